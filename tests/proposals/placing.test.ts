import { describe, expect, it } from "vitest";
import { createParticipant, createPlacement, createProposal, recordConsent } from "../../prisma/factories.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { useTestDatabase } from "../setup/database.ts";
import { END, errorOf, expectOk, MATCHES, PLACE, proposalWorld } from "./helpers.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

const placeInput = (proposalId: string, supportWorkerId?: string) => ({
  proposalId,
  startDate: "2026-12-01",
  plannedEndDate: "2027-02-28",
  weekdays: ["MON", "WED", "THU"],
  hoursPerDay: 3,
  workPlanGoals: "Komma i tid tre dagar i veckan.\nPacka lådor själv.",
  workPlanQuestions: "Passar lagerarbete? Hur många timmar orkar Kim?",
  mentorName: "Peter Ström",
  ...(supportWorkerId ? { supportWorkerId } : {}),
});

type Matches = { matches: { hits: { placement: { id: string; kind: string; kommunCode: string } }[]; nearMisses: { placement: { id: string }; missing: string[] }[]; kommuner: { code: string }[] } };
const ids = (list: { placement: { id: string } }[]) => list.map((x) => x.placement.id);

describe("placing a participant (an assignment starts)", () => {
  it("creates the assignment, sets PLACED, takes one free spot and records the placement in the outbox, all together", async () => {
    const { coach, supportWorker, participant, placement } = await proposalWorld(t.db);
    const proposal = await createProposal(t.db, { participantId: participant.id, placementId: placement.id, proposedById: coach.user.id, status: "VISIT" });
    const outboxBefore = await t.db.searchOutbox.count({ where: { placementId: placement.id } });
    const call = await request<{ placeParticipant: any }>(PLACE, { input: placeInput(proposal.id, supportWorker.user.id) }, { cookie: coach.cookie });
    const assignment = expectOk(call).placeParticipant;
    expect(assignment).toMatchObject({
      status: "ACTIVE",
      startDate: "2026-12-01",
      weekdays: ["MON", "WED", "THU"],
      hoursPerDay: 3,
      workPlanQuestions: "Passar lagerarbete? Hur många timmar orkar Kim?",
      mentorName: "Peter Ström",
      supportWorker: { name: supportWorker.user.name },
      placement: { id: placement.id, freeSpots: 1 },
      proposal: { status: "PLACED" },
    });
    expect(await t.db.searchOutbox.count({ where: { placementId: placement.id } })).toBe(outboxBefore + 1);
    const events = await t.db.proposalEvent.findMany({ where: { proposalId: proposal.id }, orderBy: { createdAt: "asc" } });
    expect(events.at(-1)).toMatchObject({ fromStatus: "VISIT", toStatus: "PLACED", actorId: coach.user.id });
    expect(await t.db.auditEvent.count({ where: { entity: "Assignment", entityId: assignment.id, action: "CREATE" } })).toBe(1);
    const after = await t.db.participant.findUniqueOrThrow({ where: { id: participant.id } });
    expect(after).toMatchObject({ stage: "WORK_TRAINING", supportWorkerId: supportWorker.user.id });
  });

  it("refuses a schedule outside the placement's with Swedish field errors, and starting before an answer", async () => {
    const { coach, participant, placement } = await proposalWorld(t.db, { placement: { weekdays: ["MON", "TUE", "WED"], hoursPerDayMin: 2, hoursPerDayMax: 4 } });
    const proposal = await createProposal(t.db, { participantId: participant.id, placementId: placement.id, proposedById: coach.user.id, status: "TRIAL" });
    const call = await request(PLACE, { input: { ...placeInput(proposal.id), weekdays: ["MON", "FRI"], hoursPerDay: 5, workPlanGoals: " " } }, { cookie: coach.cookie });
    expect(errorOf(call)).toMatchObject({
      code: "VALIDATION_FAILED",
      fieldErrors: { workPlanGoals: "Skriv minst ett mål i arbetsplanen." },
    });
    const schedule = await request(PLACE, { input: { ...placeInput(proposal.id), weekdays: ["MON", "FRI"], hoursPerDay: 5 } }, { cookie: coach.cookie });
    expect(errorOf(schedule).fieldErrors).toEqual({
      weekdays: "Välj bara dagar då platsen är öppen för deltagare.",
      hoursPerDay: "Platsen har 2–4 timmar om dagen. Välj ett antal inom det.",
    });
    const suggested = await createProposal(t.db, { participantId: participant.id, placementId: placement.id, proposedById: coach.user.id });
    expect(errorOf(await request(PLACE, { input: { ...placeInput(suggested.id), weekdays: ["MON"] } }, { cookie: coach.cookie })).code).toBe("CONFLICT");
    expect(await t.db.assignment.count({ where: { placementId: placement.id } })).toBe(0);
  });

  it("refuses the last spot to a second proposal and writes nothing for it", async () => {
    const { coach, participant, placement } = await proposalWorld(t.db, { placement: { capacity: 1 } });
    const other = await createParticipant(t.db, { coachId: coach.user.id, displayName: "Sam" });
    const first = await createProposal(t.db, { participantId: participant.id, placementId: placement.id, proposedById: coach.user.id, status: "VISIT" });
    const second = await createProposal(t.db, { participantId: other.id, placementId: placement.id, proposedById: coach.user.id, status: "VISIT" });
    expectOk(await request(PLACE, { input: placeInput(first.id) }, { cookie: coach.cookie }));
    const call = await request(PLACE, { input: placeInput(second.id) }, { cookie: coach.cookie });
    expect(errorOf(call).code).toBe("CONFLICT");
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("VISIT");
    expect(await t.db.assignment.count({ where: { placementId: placement.id } })).toBe(1);
  });
});

describe("free spots and matching (acceptance 4)", () => {
  it("never shows a filled placement in matches, not even as a near miss, and shows it again when the assignment ends", async () => {
    const { coach, participant, placement } = await proposalWorld(t.db, { placement: { capacity: 1, adaptationCodes: ["QUIET_ENVIRONMENT"] } });
    // A second participant for whom the placement is a near miss: one must-have adaptation it does not offer.
    const nearly = await createParticipant(t.db, { coachId: coach.user.id, displayName: "Robin", adaptationNeeds: [{ code: "ACCESSIBLE_PREMISES", mustHave: true }] });
    await recordConsent(t.db, { participantId: nearly.id, recordedById: coach.user.id });
    const before = expectOk(await request<Matches>(MATCHES, { id: participant.id }, { cookie: coach.cookie })).matches;
    expect(ids(before.hits)).toContain(placement.id);
    const nearBefore = expectOk(await request<Matches>(MATCHES, { id: nearly.id }, { cookie: coach.cookie })).matches;
    expect(ids(nearBefore.nearMisses)).toContain(placement.id);

    const proposal = await createProposal(t.db, { participantId: participant.id, placementId: placement.id, proposedById: coach.user.id, status: "TRIAL" });
    const assignment = expectOk(await request<{ placeParticipant: any }>(PLACE, { input: placeInput(proposal.id) }, { cookie: coach.cookie })).placeParticipant;
    expect(assignment.placement.freeSpots).toBe(0);
    for (const who of [participant.id, nearly.id]) {
      const full = expectOk(await request<Matches>(MATCHES, { id: who }, { cookie: coach.cookie })).matches;
      expect([...ids(full.hits), ...ids(full.nearMisses)]).not.toContain(placement.id);
    }

    const ended = expectOk(await request<{ endAssignment: any }>(END, { input: { assignmentId: assignment.id, outcome: "COMPLETED", note: "Klar med prova-på." } }, { cookie: coach.cookie }));
    expect(ended.endAssignment).toMatchObject({ status: "ENDED", outcome: "COMPLETED", placement: { freeSpots: 1 } });
    expect(ids(expectOk(await request<Matches>(MATCHES, { id: participant.id }, { cookie: coach.cookie })).matches.hits)).toContain(placement.id);
    expect(ids(expectOk(await request<Matches>(MATCHES, { id: nearly.id }, { cookie: coach.cookie })).matches.nearMisses)).toContain(placement.id);
    expect(errorOf(await request(END, { input: { assignmentId: assignment.id, outcome: "JOB" } }, { cookie: coach.cookie })).code).toBe("CONFLICT");
  });

  it("narrows matches by kind and kommun after ranking, and lists the kommuner to narrow by", async () => {
    const { coach, participant, placement } = await proposalWorld(t.db);
    await t.db.participantTravelKommun.create({ data: { participantId: participant.id, kommunCode: "2182" } });
    const internship = await createPlacement(t.db, { status: "PUBLISHED", kind: "INTERNSHIP", kommunCode: "2182" });
    const all = expectOk(await request<Matches>(MATCHES, { id: participant.id }, { cookie: coach.cookie })).matches;
    expect(ids(all.hits)).toEqual(expect.arrayContaining([placement.id, internship.id]));
    expect(all.kommuner.map((k) => k.code).sort()).toEqual(["2182", "2183"]);
    const kinds = expectOk(await request<Matches>(MATCHES, { id: participant.id, kinds: ["INTERNSHIP"] }, { cookie: coach.cookie })).matches;
    expect(ids(kinds.hits)).toContain(internship.id);
    expect(kinds.hits.map((hit) => hit.placement.kind)).toEqual(kinds.hits.map(() => "INTERNSHIP"));
    const kommun = expectOk(await request<Matches>(MATCHES, { id: participant.id, kommunCodes: ["2183"] }, { cookie: coach.cookie })).matches;
    expect(ids(kommun.hits)).toContain(placement.id);
    expect(ids(kommun.hits)).not.toContain(internship.id);
    expect(kommun.hits.map((hit) => hit.placement.kommunCode)).toEqual(kommun.hits.map(() => "2183"));
    expect(kommun.kommuner.map((k) => k.code).sort()).toEqual(["2182", "2183"]);
  });
});
