// Routes reckon "today" in Stockholm by the clock Remix's load context carries (lib/dates.ts), not the UTC date or
// the server's midnight: between 00:00 and 01:00/02:00 in Stockholm those are still yesterday.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { fixedClock, toDbDate } from "../../lib/dates.ts";
import { createAssignment, createParticipant, createPlacement, createProposal } from "../../prisma/factories.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";

const services = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("../../app/utils/db.server.ts", () => ({ getDb: () => services.db, getSearchEngine: () => createEmbeddedEngine() }));

const { loader: participantLoader } = await import("../../app/routes/deltagare.$id._index.tsx");
const { loader: coachLoader } = await import("../../app/routes/coach.tsx");
const { loader: proposalLoader } = await import("../../app/routes/forslag.$id.tsx");

const t = useTestDatabase();
let coach: Awaited<ReturnType<typeof signedInUser>>;
let participantId: string;
let placementId: string;

beforeAll(async () => {
  services.db = t.db;
  coach = await signedInUser(t.db, ["COACH"]);
  participantId = (await createParticipant(t.db, { coachId: coach.user.id, code: "STH-0001" })).id;
  const placement = await createPlacement(t.db, { status: "PUBLISHED" });
  placementId = placement.id;
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

describe("days waiting on a proposal", () => {
  it("counts Stockholm calendar days by the request's clock: made at 23:30, it has waited one day at 00:30", async () => {
    // 22:30 UTC on 15 January is 23:30 in Stockholm.
    const proposal = await createProposal(t.db, { participantId, placementId, proposedById: coach.user.id, createdAt: new Date("2026-01-15T22:30:00Z") });
    const at = async (moment: string) => {
      const { proposal: p } = await proposalLoader(args(`/forslag/${proposal.id}`, moment, { id: proposal.id }));
      return { daysWaiting: p.daysWaiting, overdue: p.overdue };
    };
    expect(await at("2026-01-15T22:59:00Z")).toEqual({ daysWaiting: 0, overdue: false });
    expect(await at("2026-01-15T23:30:00Z")).toEqual({ daysWaiting: 1, overdue: false });
    // Overdue from the seventh calendar day, whatever the hour.
    expect(await at("2026-01-21T23:30:00Z")).toEqual({ daysWaiting: 7, overdue: true });
    expect(await at("2026-01-21T22:00:00Z")).toEqual({ daysWaiting: 6, overdue: false });
  });
});
