import { describe, expect, it } from "vitest";
import { addDays, systemClock, today } from "../../lib/dates.ts";
import { createAssignment, createProposal } from "../../prisma/factories.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";
import { ADVANCE, ANSWER, errorOf, expectOk, PROPOSE, proposalWorld, WITHDRAW } from "./helpers.ts";
import { PROPOSAL as PROPOSAL_PAGE } from "../../app/routes/forslag.$id.tsx";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

async function proposed(options: Parameters<typeof proposalWorld>[1] = {}) {
  const world = await proposalWorld(t.db, options);
  const call = await request<{ proposeParticipant: { id: string } }>(
    PROPOSE,
    { input: { participantId: world.participant.id, placementId: world.placement.id, message: "Kim tycker om att sortera och packa." } },
    { cookie: world.coach.cookie },
  );
  return { ...world, proposalId: expectOk(call).proposeParticipant.id };
}


describe("what the organisation sees of a proposal", () => {
  it("shows the consented fields and the coach's message, logs the read, and refuses every other participant field", async () => {
    const { member, participant, proposalId } = await proposed();
    const reads = async () => {
      const events = await t.db.auditEvent.findMany({ where: { participantId: participant.id, action: "READ", actorId: member.user.id } });
      return events.map((event) => event.entity).sort();
    };
    const readsBefore = await reads();
    const shared = expectOk(await request<{ proposal: any }>(PROPOSAL_PAGE, { id: proposalId }, { cookie: member.cookie })).proposal;
    expect(shared).toMatchObject({ status: "SUGGESTED", message: "Kim tycker om att sortera och packa.", viewerCanAnswer: true, viewerIsCoach: false });
    expect(shared.participant).toEqual({
      id: participant.id,
      displayName: "Kim",
      hoursPerDayMax: 4,
      weekdays: ["MON", "TUE", "WED", "THU", "FRI"],
      adaptationNeeds: [{ mustHave: false, adaptation: { code: "QUIET_ENVIRONMENT", label: "Tyst och lugn miljö" } }],
    });
    // One read of the participant, one of the proposal's message.
    expect(await reads()).toEqual([...readsBefore, "Participant", "Proposal"].sort());

    for (const field of ["code", "goals", "interestsText", "avoidText", "consents { note }", "proposals { id }", "assignments { id }"]) {
      const call = await request(`query($id: ID!) { proposal(id: $id) { participant { displayName ${field} } } }`, { id: proposalId }, { cookie: member.cookie });
      expect(errorOf(call).code, field).toBe("FORBIDDEN");
      expect(JSON.stringify(call.data), field).not.toContain("Hemligt");
    }
  });

  it("refuses members of other organisations: no proposal, no answer, nothing in their list", async () => {
    const { outsider, proposalId } = await proposed();
    expect(errorOf(await request(PROPOSAL_PAGE, { id: proposalId }, { cookie: outsider.cookie })).code).toBe("FORBIDDEN");
    const answer = await request(ANSWER, { input: { proposalId, answer: "MEET" } }, { cookie: outsider.cookie });
    expect(errorOf(answer).code).toBe("FORBIDDEN");
    const list = expectOk(await request<{ proposals: { totalCount: number } }>(`{ proposals { totalCount } }`, {}, { cookie: outsider.cookie }));
    expect(list.proposals.totalCount).toBe(0);
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("SUGGESTED");
  });

  it("lets an organisation's API token read the proposal with the consented fields, but not answer it (an answer names a person)", async () => {
    const { placement, proposalId } = await proposed();
    const admin = await signedInUser(t.db, ["ADMIN"]);
    const issued = await request<{ createApiToken: { token: string } }>(
      `mutation($o: ID!) { createApiToken(organizationId: $o, name: "Ärendesystemet") { token } }`,
      { o: placement.organizationId },
      { cookie: admin.cookie },
    );
    const authorization = `Bearer ${expectOk(issued).createApiToken.token}`;
    const shared = expectOk(await request<{ proposal: any }>(PROPOSAL_PAGE, { id: proposalId }, { authorization })).proposal;
    expect(shared.participant.displayName).toBe("Kim");
    const answer = await request(ANSWER, { input: { proposalId, answer: "YES" } }, { authorization });
    expect(errorOf(answer).code).toBe("FORBIDDEN");
    expect(await t.db.proposalEvent.count({ where: { proposalId } })).toBe(1);
  });

  it("stops sharing the participant once the consent is withdrawn, while the proposal stays visible", async () => {
    const { member, participant, proposalId } = await proposed();
    await t.db.consent.updateMany({ where: { participantId: participant.id }, data: { withdrawnAt: new Date() } });
    const shared = expectOk(await request<{ proposal: any }>(PROPOSAL_PAGE, { id: proposalId }, { cookie: member.cookie })).proposal;
    expect(shared.participant).toBeNull();
    expect(shared.message).toBeNull();
    expect(shared.placement.id).toBeTruthy();
  });

  it("logs each read of the coach's message, of step notes, of the arbetsplan and of why the assignment ended", async () => {
    const { coach, member, participant, placement } = await proposalWorld(t.db);
    const proposal = await createProposal(t.db, { participantId: participant.id, placementId: placement.id, proposedById: coach.user.id, status: "PLACED", message: "Kim packar gärna." });
    await t.db.proposalEvent.updateMany({ where: { proposalId: proposal.id, toStatus: "VISIT" }, data: { note: "Besök på tisdag." } });
    const assignment = await createAssignment(t.db, { participantId: participant.id, placementId: placement.id, proposalId: proposal.id, workPlanGoals: "Komma i tid.", workPlanQuestions: "Passar lager?" });
    const reads = (actorId: string) => t.db.auditEvent.findMany({ where: { actorId, participantId: participant.id, action: "READ" }, select: { entity: true, entityId: true } });
    for (const viewer of [member, coach]) {
      for (const [selection, text, entity, entityId] of [
        ["message", "Kim packar gärna.", "Proposal", proposal.id],
        ["events { note }", "Besök på tisdag.", "Proposal", proposal.id],
        ["assignment { workPlanGoals workPlanQuestions }", "Komma i tid.", "Assignment", assignment.id],
      ] as const) {
        const before = await reads(viewer.user.id);
        const call = await request(`query($id: ID!) { proposal(id: $id) { ${selection} } }`, { id: proposal.id }, { cookie: viewer.cookie });
        expect(JSON.stringify(expectOk(call)), selection).toContain(text);
        const after = await reads(viewer.user.id);
        // One event per read, however many notes or fields of the arbetsplan the query asked for.
        expect(after.length - before.length, selection).toBe(1);
        expect(after, selection).toContainEqual({ entity, entityId });
      }
    }
    // Why an assignment ended is the caseload's alone, and its reads are logged too.
    await t.db.assignment.update({ where: { id: assignment.id }, data: { status: "ENDED", endNote: "Kim fick jobb." } });
    const before = (await reads(coach.user.id)).length;
    const ended = await request(`query($id: ID!) { proposal(id: $id) { assignment { endNote } } }`, { id: proposal.id }, { cookie: coach.cookie });
    expect(expectOk(ended)).toEqual({ proposal: { assignment: { endNote: "Kim fick jobb." } } });
    expect((await reads(coach.user.id)).length).toBe(before + 1);
  });
});

describe("the pipeline", () => {
  it("goes SUGGESTED → VISIT (let's meet) → TRIAL with one event per step, with notes, actors and answeredAt", async () => {
    const { coach, member, proposalId } = await proposed();
    const met = expectOk(await request<{ answerProposal: any }>(ANSWER, { input: { proposalId, answer: "MEET", note: "Kom på tisdag kl 10." } }, { cookie: member.cookie }));
    expect(met.answerProposal.status).toBe("VISIT");
    expect(met.answerProposal.answeredAt).toBeTruthy();
    const trial = expectOk(await request<{ advanceProposal: any }>(ADVANCE, { input: { proposalId, to: "TRIAL", note: "Prova två veckor." } }, { cookie: coach.cookie }));
    expect(trial.advanceProposal.events).toEqual([
      { fromStatus: null, toStatus: "SUGGESTED", note: "" },
      { fromStatus: "SUGGESTED", toStatus: "VISIT", note: "Kom på tisdag kl 10." },
      { fromStatus: "VISIT", toStatus: "TRIAL", note: "Prova två veckor." },
    ]);
    const events = await t.db.proposalEvent.findMany({ where: { proposalId }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.actorId)).toEqual([coach.user.id, member.user.id, coach.user.id]);
    expect(await t.db.auditEvent.count({ where: { entity: "Proposal", entityId: proposalId, action: "UPDATE" } })).toBe(2);
  });

  it("takes YES to CONTACTED, and refuses a second answer", async () => {
    const { member, proposalId } = await proposed();
    expect(expectOk(await request<{ answerProposal: any }>(ANSWER, { input: { proposalId, answer: "YES" } }, { cookie: member.cookie })).answerProposal.status).toBe("CONTACTED");
    expect(errorOf(await request(ANSWER, { input: { proposalId, answer: "MEET" } }, { cookie: member.cookie })).code).toBe("CONFLICT");
  });

  it("needs a reason from the list for NO (Swedish field error), then DECLINED with the reason and the participant no longer shared", async () => {
    const { member, proposalId } = await proposed();
    const missing = await request(ANSWER, { input: { proposalId, answer: "NO" } }, { cookie: member.cookie });
    expect(errorOf(missing)).toMatchObject({ code: "VALIDATION_FAILED", fieldErrors: { declineReason: "Välj varför ni säger nej." } });
    expect(await t.db.proposalEvent.count({ where: { proposalId } })).toBe(1);
    const no = expectOk(
      await request<{ answerProposal: any }>(ANSWER, { input: { proposalId, answer: "NO", declineReason: "SCHEDULE_DOES_NOT_FIT", note: "Vi har bara kvällar." } }, { cookie: member.cookie }),
    );
    expect(no.answerProposal).toMatchObject({ status: "DECLINED", declineReason: "SCHEDULE_DOES_NOT_FIT" });
    const after = expectOk(await request<{ proposal: any }>(PROPOSAL_PAGE, { id: proposalId }, { cookie: member.cookie }));
    expect(after.proposal.participant).toBeNull();
  });

  it("lets the coach withdraw an open proposal, and refuses moving backwards or on a closed proposal", async () => {
    const { coach, member, proposalId } = await proposed();
    expectOk(await request(ANSWER, { input: { proposalId, answer: "MEET" } }, { cookie: member.cookie }));
    expect(errorOf(await request(ADVANCE, { input: { proposalId, to: "CONTACTED" } }, { cookie: coach.cookie })).code).toBe("CONFLICT");
    expect(errorOf(await request(ADVANCE, { input: { proposalId, to: "TRIAL" } }, { cookie: member.cookie })).code).toBe("FORBIDDEN");
    expect(expectOk(await request<{ withdrawProposal: any }>(WITHDRAW, { id: proposalId, note: "Kim valde en annan plats." }, { cookie: coach.cookie })).withdrawProposal.status).toBe("WITHDRAWN");
    expect(errorOf(await request(WITHDRAW, { id: proposalId }, { cookie: coach.cookie })).code).toBe("CONFLICT");
    expect(errorOf(await request(ADVANCE, { input: { proposalId, to: "TRIAL" } }, { cookie: coach.cookie })).code).toBe("CONFLICT");
  });

  it("lists proposals for the coach's caseload and for the organisation, filtered by status", async () => {
    const { coach, member, proposalId } = await proposed();
    const LIST = `query($status: ProposalStatus) { proposals(status: $status) { totalCount edges { node { id status } } } }`;
    for (const cookie of [coach.cookie, member.cookie]) {
      const list = expectOk(await request<{ proposals: any }>(LIST, {}, { cookie })).proposals;
      expect(list.edges.map((e: any) => e.node.id)).toEqual([proposalId]);
      expect(expectOk(await request<{ proposals: any }>(LIST, { status: "PLACED" }, { cookie })).proposals.totalCount).toBe(0);
    }
  });
});

describe("days waiting and the overdue flag", () => {
  const DAYS = `query($id: ID!) { proposal(id: $id) { daysWaiting overdue awaitingAnswer } }`;

  it("counts days without an answer and flags the proposal to both sides after 7 days", async () => {
    const { coach, member, participant, placement } = await proposalWorld(t.db);
    // Noon in Stockholm some calendar days ago (11:00 UTC is 12:00 or 13:00 there): whole days, whatever the hour now.
    const noonDaysAgo = (days: number) => new Date(`${addDays(today(systemClock), -days)}T11:00:00Z`);
    const fresh = await createProposal(t.db, { participantId: participant.id, placementId: placement.id, proposedById: coach.user.id, createdAt: noonDaysAgo(6) });
    const old = await createProposal(t.db, { participantId: participant.id, placementId: placement.id, proposedById: coach.user.id, createdAt: noonDaysAgo(8) });
    for (const cookie of [coach.cookie, member.cookie]) {
      expect(expectOk(await request<{ proposal: any }>(DAYS, { id: fresh.id }, { cookie })).proposal).toEqual({ daysWaiting: 6, overdue: false, awaitingAnswer: true });
      expect(expectOk(await request<{ proposal: any }>(DAYS, { id: old.id }, { cookie })).proposal).toEqual({ daysWaiting: 8, overdue: true, awaitingAnswer: true });
    }
    expectOk(await request(ANSWER, { input: { proposalId: old.id, answer: "YES" } }, { cookie: member.cookie }));
    expect(expectOk(await request<{ proposal: any }>(DAYS, { id: old.id }, { cookie: coach.cookie })).proposal).toEqual({ daysWaiting: 8, overdue: false, awaitingAnswer: false });
  });
});
