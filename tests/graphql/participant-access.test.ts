import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../prisma/demo-data.ts";
import { seedDemoData } from "../../prisma/seed.ts";
import { cookieFrom, errorCodes, graphqlClient } from "../helpers/graphql.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

const PARTICIPANT = /* GraphQL */ `
  query Participant($id: ID!) {
    participant(id: $id) { id displayName hoursPerDayMax adaptationNeeds { mustHave adaptation { code label } } }
  }
`;

async function login(email: string): Promise<string> {
  const result = await request(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: email, p: DEMO_PASSWORD });
  expect(result.errors).toBeUndefined();
  return cookieFrom(result.headers)!;
}

async function userId(email: string) {
  return (await t.db.user.findUniqueOrThrow({ where: { email } })).id;
}

async function readsLogged(actorId: string, participantId: string) {
  return t.db.auditEvent.count({ where: { actorId, participantId, action: "READ", entity: "Participant" } });
}

/** Proposals that share the participant before placement; after it, only a live assignment does. */
const OPEN = ["SUGGESTED", "CONTACTED", "VISIT", "TRIAL"];

beforeAll(async () => {
  await seedDemoData(t.db);
});

describe("participant data: only the people who work with a participant may read it", () => {
  it("gives a coach their own caseload through participants, and nobody else's", async () => {
    const coach = await login("coach@demo.stegvis.se");
    const coachId = await userId("coach@demo.stegvis.se");
    const result = await request<{ participants: { totalCount: number; edges: { node: { id: string; code: string } }[] } }>(
      `{ participants(first: 100) { totalCount edges { node { id code kommunCode hoursPerDayMax adaptationNeeds { mustHave } } } } }`,
      undefined,
      { cookie: coach },
    );
    expect(result.errors).toBeUndefined();
    const ids = result.data!.participants.edges.map((edge) => edge.node.id);
    const own = await t.db.participant.findMany({ where: { coachId }, select: { id: true } });
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ids)).toEqual(new Set(own.map((p) => p.id)));
    expect(result.data!.participants.totalCount).toBe(own.length);
    // Each listed participant was one logged read.
    for (const id of ids) expect(await readsLogged(coachId, id)).toBe(1);
  });

  it("logs one read as a whole row: who, what, why, in which request and when", async () => {
    const coach = await login("coach@demo.stegvis.se");
    const coachId = await userId("coach@demo.stegvis.se");
    const own = await t.db.participant.findFirstOrThrow({ where: { coachId }, orderBy: { id: "desc" } });
    const before = Date.now();
    const result = await request(PARTICIPANT, { id: own.id }, { cookie: coach });
    const after = Date.now();
    expect(result.errors).toBeUndefined();
    const [row, ...more] = await t.db.auditEvent.findMany({
      where: { actorId: coachId, participantId: own.id, createdAt: { gte: new Date(before - 1) } },
    });
    expect(more).toEqual([]);
    expect(row).toMatchObject({ apiTokenId: null, action: "READ", entity: "Participant", entityId: own.id, purpose: expect.any(String) });
    expect(row!.id).toMatch(/^c[0-9a-z]{20,}$/);
    expect(row!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(row!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(row!.createdAt.getTime()).toBeLessThanOrEqual(after + 1);
  });

  it("refuses a coach who reads another coach's participant by id, and logs no read", async () => {
    const coach = await login("coach@demo.stegvis.se");
    const coachId = await userId("coach@demo.stegvis.se");
    const other = await t.db.participant.findFirstOrThrow({ where: { coach: { email: "coach2@demo.stegvis.se" } } });
    const result = await request(PARTICIPANT, { id: other.id }, { cookie: coach });
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    expect(result.data?.participant ?? null).toBeNull();
    expect(await readsLogged(coachId, other.id)).toBe(0);
  });

  it("lets an employer read no participant without a consented open proposal or assignment at its organisation", async () => {
    const employer = await login("arbetsgivare@demo.stegvis.se");
    const employerId = await userId("arbetsgivare@demo.stegvis.se");
    const organizationIds = (await t.db.membership.findMany({ where: { userId: employerId } })).map((m) => m.organizationId);
    const participants = await t.db.participant.findMany({
      include: { consents: true, proposals: { include: { placement: true } }, assignments: { include: { placement: true } } },
    });
    let allowedCount = 0;
    for (const participant of participants) {
      const consented = participant.consents.some((c) => c.scope === "SHARE_WITH_EMPLOYER" && c.withdrawnAt === null);
      const related =
        participant.proposals.some((p) => OPEN.includes(p.status) && organizationIds.includes(p.placement.organizationId)) ||
        participant.assignments.some((a) => ["ACTIVE", "PAUSED"].includes(a.status) && organizationIds.includes(a.placement.organizationId));
      const result = await request(PARTICIPANT, { id: participant.id }, { cookie: employer });
      if (consented && related) {
        allowedCount += 1;
        expect(result.errors, participant.code).toBeUndefined();
        expect(await readsLogged(employerId, participant.id)).toBe(1);
      } else {
        expect(errorCodes(result), participant.code).toEqual(["FORBIDDEN"]);
        expect(await readsLogged(employerId, participant.id)).toBe(0);
      }
    }
    expect(allowedCount).toBeLessThan(participants.length);
  });

  it("shows an employer only the consented fields of a proposed participant, and nothing after consent is withdrawn", async () => {
    const coach = await login("coach@demo.stegvis.se");
    const employer = await login("arbetsgivare@demo.stegvis.se");
    const coachId = await userId("coach@demo.stegvis.se");
    const employerId = await userId("arbetsgivare@demo.stegvis.se");
    const placement = await t.db.placement.findFirstOrThrow({ where: { organization: { memberships: { some: { userId: employerId } } }, status: "PUBLISHED" } });
    const participant = await t.db.participant.findFirstOrThrow({
      where: { coachId, proposals: { none: {} }, assignments: { none: {} }, consents: { some: { scope: "SHARE_WITH_EMPLOYER", withdrawnAt: null } } },
    });

    // Before any proposal: refused.
    expect(errorCodes(await request(PARTICIPANT, { id: participant.id }, { cookie: employer }))).toEqual(["FORBIDDEN"]);

    await t.db.proposal.create({ data: { participantId: participant.id, placementId: placement.id, proposedById: coachId } });
    const shared = await request<{ participant: { displayName: string; hoursPerDayMax: number } }>(PARTICIPANT, { id: participant.id }, { cookie: employer });
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.participant).toMatchObject({ displayName: participant.displayName, hoursPerDayMax: participant.hoursPerDayMax });

    // Fields outside the consent are refused one by one, even with the proposal.
    for (const field of ["code", "interests", "goals", "consents { id }"]) {
      const result = await request(`query($id: ID!) { participant(id: $id) { id ${field} } }`, { id: participant.id }, { cookie: employer });
      expect(errorCodes(result), field).toContain("FORBIDDEN");
    }

    const consent = await t.db.consent.findFirstOrThrow({ where: { participantId: participant.id, scope: "SHARE_WITH_EMPLOYER", withdrawnAt: null } });
    const withdrawn = await request(`mutation($id: ID!) { withdrawConsent(consentId: $id) { id active } }`, { id: consent.id }, { cookie: coach });
    expect(withdrawn.data).toEqual({ withdrawConsent: { id: consent.id, active: false } });

    const after = await request(PARTICIPANT, { id: participant.id }, { cookie: employer });
    expect(errorCodes(after)).toEqual(["FORBIDDEN"]);

    // Three employer reads were attempted; the one that succeeded (plus the field probes that passed the access
    // check) are logged, the refused ones are not. The log extract shows them to the coach.
    const employerReads = await t.db.auditEvent.findMany({ where: { actorId: employerId, participantId: participant.id, action: "READ" } });
    expect(employerReads).toHaveLength(1 + 4);
    const extract = await request<{ participantAuditLog: { action: string; entity: string; actorName: string | null; purpose: string }[] }>(
      `query($id: ID!) { participantAuditLog(participantId: $id) { action entity actorName purpose } }`,
      { id: participant.id },
      { cookie: coach },
    );
    expect(extract.errors).toBeUndefined();
    const log = extract.data!.participantAuditLog;
    expect(log.filter((e) => e.action === "READ" && e.entity === "Participant" && e.actorName === "Peter Ström")).toHaveLength(5);
    expect(log.some((e) => e.entity === "Consent" && e.action === "UPDATE")).toBe(true);
    expect(log[0]).toMatchObject({ action: "EXPORT", entity: "AuditLog", purpose: "Loggutdrag" });
  });

  it("stops a handledare reading goals and interests at once when the support-worker consent is withdrawn, and keeps the coach's access", async () => {
    const handledare = await login("handledare@demo.stegvis.se");
    const coach = await login("coach@demo.stegvis.se");
    const handledareId = await userId("handledare@demo.stegvis.se");
    const participant = await t.db.participant.findFirstOrThrow({
      where: { supportWorkerId: handledareId, coach: { email: "coach@demo.stegvis.se" }, consents: { some: { scope: "SHARE_WITH_SUPPORT_WORKER", withdrawnAt: null } } },
    });
    const PROFILE = `query($id: ID!) { participant(id: $id) { displayName goals interests interestsText } }`;
    expect((await request(PROFILE, { id: participant.id }, { cookie: handledare })).errors).toBeUndefined();

    const consent = await t.db.consent.findFirstOrThrow({ where: { participantId: participant.id, scope: "SHARE_WITH_SUPPORT_WORKER", withdrawnAt: null } });
    const withdrawn = await request(`mutation($id: ID!) { withdrawConsent(consentId: $id) { active } }`, { id: consent.id }, { cookie: coach });
    expect(withdrawn.data).toEqual({ withdrawConsent: { active: false } });

    const readsBefore = await readsLogged(handledareId, participant.id);
    const after = await request(PROFILE, { id: participant.id }, { cookie: handledare });
    expect(errorCodes(after)).toEqual(["FORBIDDEN"]);
    expect(JSON.stringify(after.data)).not.toContain(participant.goals);
    const list = await request<{ participants: { edges: { node: { id: string } }[] } }>(
      `{ participants(first: 100) { edges { node { id } } } }`,
      undefined,
      { cookie: handledare },
    );
    expect(list.data!.participants.edges.map((edge) => edge.node.id)).not.toContain(participant.id);
    expect(await readsLogged(handledareId, participant.id)).toBe(readsBefore);
    expect((await request(PROFILE, { id: participant.id }, { cookie: coach })).errors).toBeUndefined();
  });

  it("stops an organisation reading the participant, its needs and the arbetsplan once the assignment has ended", async () => {
    const employer = await login("arbetsgivare@demo.stegvis.se");
    const employerId = await userId("arbetsgivare@demo.stegvis.se");
    const assignment = await t.db.assignment.findFirstOrThrow({
      where: {
        status: "ACTIVE",
        proposalId: { not: null },
        placement: { organization: { memberships: { some: { userId: employerId } } } },
        participant: { consents: { some: { scope: "SHARE_WITH_EMPLOYER", withdrawnAt: null } } },
      },
      include: { participant: { include: { coach: true } } },
    });
    const coach = await login(assignment.participant.coach.email);
    const SHARED = `query($p: ID!, $r: ID!) {
      participant(id: $p) { displayName adaptationNeeds { mustHave } }
      proposal(id: $r) { participant { displayName } assignment { workPlanGoals workPlanQuestions participant { displayName } } }
    }`;
    const variables = { p: assignment.participantId, r: assignment.proposalId };
    const before = await request<{ proposal: { assignment: { workPlanGoals: string | null } } }>(SHARED, variables, { cookie: employer });
    expect(before.errors).toBeUndefined();
    expect(before.data!.proposal.assignment.workPlanGoals).toBe(assignment.workPlanGoals);

    const ended = await request(`mutation($a: ID!) { endAssignment(input: { assignmentId: $a, outcome: COMPLETED }) { status } }`, { a: assignment.id }, { cookie: coach });
    expect(ended.data).toEqual({ endAssignment: { status: "ENDED" } });

    const after = await request<{ proposal: unknown }>(SHARED, variables, { cookie: employer });
    expect(errorCodes(after)).toEqual(["FORBIDDEN"]);
    expect(after.errors![0]!.path).toEqual(["participant"]);
    // The proposal itself stays in the organisation's history, without the person.
    expect(after.data!.proposal).toEqual({ participant: null, assignment: { workPlanGoals: null, workPlanQuestions: null, participant: null } });
    expect(JSON.stringify(after.data)).not.toContain(assignment.participant.displayName);
  });

  it("lets an admin export a participant's data as JSON without browsing profiles, and logs the export", async () => {
    const admin = await login("admin@demo.stegvis.se");
    const adminId = await userId("admin@demo.stegvis.se");
    const participant = await t.db.participant.findFirstOrThrow({ where: { code: "BOL-0001" } });
    expect(errorCodes(await request(PARTICIPANT, { id: participant.id }, { cookie: admin }))).toEqual(["FORBIDDEN"]);
    const exported = await request<{ participantDataExport: string }>(
      `query($id: ID!) { participantDataExport(participantId: $id) }`,
      { id: participant.id },
      { cookie: admin },
    );
    expect(exported.errors).toBeUndefined();
    const data = JSON.parse(exported.data!.participantDataExport);
    expect(data.participant).toMatchObject({ id: participant.id, code: "BOL-0001" });
    expect(data.participant.cardSortSessions.length).toBeGreaterThan(0);
    expect(await t.db.auditEvent.count({ where: { actorId: adminId, participantId: participant.id, action: "EXPORT" } })).toBe(1);
  });
});
