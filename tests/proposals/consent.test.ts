import { describe, expect, it } from "vitest";
import { createPlacement, recordConsent } from "../../prisma/factories.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { useTestDatabase } from "../setup/database.ts";
import { errorOf, expectOk, PROPOSE, proposalWorld, writtenRows } from "./helpers.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

describe("proposing a participant needs consent to share with employers (acceptance 2)", () => {
  it("refuses a participant without any consent with CONSENT_REQUIRED and writes no proposal, event or audit row", async () => {
    const { coach, participant, placement } = await proposalWorld(t.db, { consent: false });
    const before = await writtenRows(t.db, participant.id);
    const call = await request(PROPOSE, { input: { participantId: participant.id, placementId: placement.id, message: "Hej!" } }, { cookie: coach.cookie });
    expect(errorOf(call).code).toBe("CONSENT_REQUIRED");
    expect(errorOf(call).message).toMatch(/samtycke/i);
    expect(call.data).toBeNull();
    expect(await writtenRows(t.db, participant.id)).toEqual(before);
    expect(before.proposals).toBe(0);
  });

  it("refuses when the only consent covers something else, or was withdrawn", async () => {
    const { coach, participant, placement } = await proposalWorld(t.db, { consent: false });
    await recordConsent(t.db, { participantId: participant.id, recordedById: coach.user.id, scope: "SHARE_WITH_SUPPORT_WORKER" });
    await recordConsent(t.db, { participantId: participant.id, recordedById: coach.user.id, withdrawnAt: new Date() });
    const before = await writtenRows(t.db, participant.id);
    const call = await request(PROPOSE, { input: { participantId: participant.id, placementId: placement.id } }, { cookie: coach.cookie });
    expect(errorOf(call).code).toBe("CONSENT_REQUIRED");
    expect(await writtenRows(t.db, participant.id)).toEqual(before);
  });

  it("proposes with an active consent: SUGGESTED, one event, an audit row, and the participant is now matching", async () => {
    const { coach, participant, placement } = await proposalWorld(t.db);
    const before = await writtenRows(t.db, participant.id);
    const call = await request<{ proposeParticipant: { status: string; message: string; events: unknown[] } }>(
      PROPOSE,
      { input: { participantId: participant.id, placementId: placement.id, message: "  Kim vill gärna arbeta på lager.  " } },
      { cookie: coach.cookie },
    );
    const proposal = expectOk(call).proposeParticipant;
    expect(proposal).toMatchObject({ status: "SUGGESTED", message: "Kim vill gärna arbeta på lager." });
    expect(proposal.events).toEqual([{ fromStatus: null, toStatus: "SUGGESTED", note: "", actorName: coach.user.name }]);
    const after = await writtenRows(t.db, participant.id);
    expect(after.proposals).toBe(1);
    expect(after.audit).toBeGreaterThan(before.audit);
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: participant.id } })).stage).toBe("MATCHING");
  });

  it("refuses a second open proposal for the same participant and placement with CONFLICT", async () => {
    const { coach, participant, placement } = await proposalWorld(t.db);
    const input = { participantId: participant.id, placementId: placement.id };
    expectOk(await request(PROPOSE, { input }, { cookie: coach.cookie }));
    const again = await request(PROPOSE, { input }, { cookie: coach.cookie });
    expect(errorOf(again).code).toBe("CONFLICT");
    expect(await t.db.proposal.count({ where: input })).toBe(1);
  });

  it("refuses a placement that is not published, or has no free spot", async () => {
    const { coach, participant, placement } = await proposalWorld(t.db);
    const draft = await createPlacement(t.db, { organizationId: placement.organizationId });
    const call = await request(PROPOSE, { input: { participantId: participant.id, placementId: draft.id } }, { cookie: coach.cookie });
    expect(errorOf(call).code).toBe("CONFLICT");
    const full = await createPlacement(t.db, { organizationId: placement.organizationId, status: "PUBLISHED", capacity: 1 });
    const other = await t.db.participant.create({ data: { code: "X-1", displayName: "Bo", kommunCode: "2183", hoursPerDayMax: 3, coachId: coach.user.id } });
    await t.db.assignment.create({ data: { participantId: other.id, placementId: full.id, startDate: new Date(), hoursPerDay: 3 } });
    const noSpot = await request(PROPOSE, { input: { participantId: participant.id, placementId: full.id } }, { cookie: coach.cookie });
    expect(errorOf(noSpot).code).toBe("CONFLICT");
    expect(await t.db.proposal.count({ where: { participantId: participant.id } })).toBe(0);
  });

  it("lets only the participant's own coach propose; unknown ids are NOT_FOUND", async () => {
    const { participant, placement } = await proposalWorld(t.db);
    const { coach: otherCoach } = await proposalWorld(t.db);
    const call = await request(PROPOSE, { input: { participantId: participant.id, placementId: placement.id } }, { cookie: otherCoach.cookie });
    expect(errorOf(call).code).toBe("FORBIDDEN");
    const unknown = await request(PROPOSE, { input: { participantId: "nobody", placementId: placement.id } }, { cookie: otherCoach.cookie });
    expect(errorOf(unknown).code).toBe("NOT_FOUND");
  });
});
