// The questions the coach's start page asks the API: which proposals are still open (waiting), which assignments start
// soon. The page only reads the answers.
import { describe, expect, it } from "vitest";
import { createAssignment, createParticipant, createProposal } from "../../prisma/factories.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";
import { errorOf, expectOk, proposalWorld } from "./helpers.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

const DAY = 86_400_000;
/** A date-only value `days` from today's Stockholm date, as start dates are stored. */
function stockholmDay(days: number): Date {
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());
  return new Date(new Date(`${today}T00:00:00.000Z`).getTime() + days * DAY);
}

describe("proposals(open:)", () => {
  it("lists only the open proposals with true, and only the ended or placed ones with false", async () => {
    const { coach, member, participant, placement } = await proposalWorld(t.db);
    const byStatus = Object.fromEntries(
      await Promise.all(
        (["SUGGESTED", "TRIAL", "PLACED", "DECLINED", "WITHDRAWN"] as const).map(async (status) => [
          status,
          (await createProposal(t.db, { participantId: participant.id, placementId: placement.id, proposedById: coach.user.id, status })).id,
        ]),
      ),
    );
    const LIST = `query($open: Boolean) { proposals(open: $open) { totalCount edges { node { id status } } } }`;
    for (const cookie of [coach.cookie, member.cookie]) {
      const open = expectOk(await request<{ proposals: any }>(LIST, { open: true }, { cookie })).proposals;
      expect(open.edges.map((e: any) => e.node.id).sort()).toEqual([byStatus.SUGGESTED, byStatus.TRIAL].sort());
      expect(open.totalCount).toBe(2);
      const others = expectOk(await request<{ proposals: any }>(LIST, { open: false }, { cookie })).proposals;
      expect(others.edges.map((e: any) => e.node.status).sort()).toEqual(["DECLINED", "PLACED", "WITHDRAWN"]);
      expect(expectOk(await request<{ proposals: any }>(LIST, {}, { cookie })).proposals.totalCount).toBe(5);
    }
  });
});

describe("assignmentsStartingSoon", () => {
  const SOON = `query($days: Int) { assignmentsStartingSoon(withinDays: $days) { id startDate participant { id displayName } } }`;

  it("lists the caseload's active assignments from today up to 14 days ahead, soonest first, and logs each participant read", async () => {
    const { coach, participant, placement } = await proposalWorld(t.db);
    const other = await createParticipant(t.db, { coachId: coach.user.id, displayName: "Robin" });
    const assignment = (participantId: string, days: number, status: "ACTIVE" | "PAUSED" | "ENDED" = "ACTIVE") =>
      createAssignment(t.db, { participantId, placementId: placement.id, startDate: stockholmDay(days), status });
    const inFourteen = await assignment(participant.id, 14);
    const today = await assignment(other.id, 0);
    await assignment(participant.id, 15);
    await assignment(participant.id, -1);
    await assignment(other.id, 3, "PAUSED");
    await assignment(other.id, 3, "ENDED");
    const elsewhere = await signedInUser(t.db, ["COACH"]);
    await assignment((await createParticipant(t.db, { coachId: elsewhere.user.id })).id, 2);

    const before = await t.db.auditEvent.count({ where: { action: "READ", purpose: "Visa insats" } });
    const soon = expectOk(await request<{ assignmentsStartingSoon: any[] }>(SOON, {}, { cookie: coach.cookie })).assignmentsStartingSoon;
    expect(soon.map((a) => a.id)).toEqual([today.id, inFourteen.id]);
    expect(soon.map((a) => a.participant.displayName)).toEqual(["Robin", "Kim"]);
    expect(await t.db.auditEvent.count({ where: { action: "READ", purpose: "Visa insats" } })).toBe(before + 2);

    const withinThree = expectOk(await request<{ assignmentsStartingSoon: any[] }>(SOON, { days: 3 }, { cookie: coach.cookie })).assignmentsStartingSoon;
    expect(withinThree.map((a) => a.id)).toEqual([today.id]);
    expect(expectOk(await request<{ assignmentsStartingSoon: any[] }>(SOON, {}, { cookie: elsewhere.cookie })).assignmentsStartingSoon).toHaveLength(1);
  });

  it("refuses a window below 0 or above 366 days, and callers without a caseload", async () => {
    const { coach, member } = await proposalWorld(t.db);
    expect(errorOf(await request(SOON, { days: -1 }, { cookie: coach.cookie })).code).toBe("VALIDATION_FAILED");
    expect(errorOf(await request(SOON, { days: 367 }, { cookie: coach.cookie })).code).toBe("VALIDATION_FAILED");
    expect(errorOf(await request(SOON, {}, { cookie: member.cookie })).code).toBe("FORBIDDEN");
  });
});
