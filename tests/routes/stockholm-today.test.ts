// Routes reckon "today" in Stockholm by the clock Remix's load context carries (lib/dates.ts), not the UTC date or
// the server's midnight: between 00:00 and 01:00/02:00 in Stockholm those are still yesterday.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { fixedClock, toDbDate } from "../../lib/dates.ts";
import { createAssignment, createParticipant, createPlacement } from "../../prisma/factories.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";

const services = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("../../app/utils/db.server.ts", () => ({ getDb: () => services.db, getSearchEngine: () => createEmbeddedEngine() }));

const { loader: participantLoader } = await import("../../app/routes/deltagare.$id._index.tsx");
const { loader: coachLoader } = await import("../../app/routes/coach.tsx");

const t = useTestDatabase();
let coach: Awaited<ReturnType<typeof signedInUser>>;
let participantId: string;

beforeAll(async () => {
  services.db = t.db;
  coach = await signedInUser(t.db, ["COACH"]);
  participantId = (await createParticipant(t.db, { coachId: coach.user.id, code: "STH-0001" })).id;
  const placement = await createPlacement(t.db, { status: "PUBLISHED" });
  await createAssignment(t.db, { participantId, placementId: placement.id, startDate: toDbDate("2026-01-16") });
});

const args = (path: string, at: string, params: Record<string, string> = {}) => ({
  request: new Request(`http://localhost${path}`, { headers: { cookie: coach.cookie } }),
  params,
  context: { clientAddress: "127.0.0.1", cspNonce: "", clock: fixedClock(at) },
});

describe("today on the pages", () => {
  it("caps a consent's date at Stockholm's today, already tomorrow at 23:30 UTC in winter", async () => {
    const data = await participantLoader(args(`/deltagare/${participantId}`, "2026-01-15T23:30:00Z", { id: participantId }));
    expect(data.today).toBe("2026-01-16");
  });

  it("caps it the same at 22:30 UTC in summer", async () => {
    const data = await participantLoader(args(`/deltagare/${participantId}`, "2026-07-15T22:30:00Z", { id: participantId }));
    expect(data.today).toBe("2026-07-16");
  });

  it("shows an assignment starting today in Stockholm among those starting soon, and not one that started yesterday", async () => {
    const justAfterMidnight = await coachLoader(args("/coach", "2026-01-15T23:30:00Z"));
    expect(justAfterMidnight.startingSoon.map((a) => a.startDate)).toEqual(["2026-01-16"]);
    const nextNight = await coachLoader(args("/coach", "2026-01-16T23:30:00Z"));
    expect(nextNight.startingSoon).toEqual([]);
    const twoWeeksBefore = await coachLoader(args("/coach", "2026-01-01T23:30:00Z"));
    expect(twoWeeksBefore.startingSoon.map((a) => a.startDate)).toEqual(["2026-01-16"]);
  });
});
