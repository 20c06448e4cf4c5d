import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import type { ConsentScope, Role } from "../../generated/prisma/client.ts";
import { schema } from "../../graphql/schema.ts";
import { isAllowed, operationPolicy, type Operation } from "../../graphql/policy.ts";
import { createAssignment, createFollowUp, createParticipant, createPlacement, createProposal, recordConsent } from "../../prisma/factories.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { sessionCookieFor, signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

const callers: Record<string, Role[] | null> = {
  anonymous: null,
  ADMIN: ["ADMIN"],
  COACH: ["COACH"],
  SUPPORT_WORKER: ["SUPPORT_WORKER"],
  ORG_MEMBER: ["ORG_MEMBER"],
};
const userIds: Record<string, string> = {};

beforeAll(async () => {
  const organization = await t.db.organization.create({ data: { name: "Matrisens förening", kind: "ASSOCIATION", kommunCode: "1781" } });
  for (const [name, roles] of Object.entries(callers)) {
    if (roles) userIds[name] = (await signedInUser(t.db, roles, roles.includes("ORG_MEMBER") ? [organization.id] : [])).user.id;
  }
});

/** A syntactically valid value for a required argument: enough to get past validation to the auth check. */
function sample(type: GraphQLInputType): string {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return `[${sample(inner.ofType)}]`;
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    const required = Object.values(inner.getFields()).filter((field) => isNonNullType(field.type));
    return `{ ${required.map((field) => `${field.name}: ${sample(field.type)}`).join(", ")} }`;
  }
  switch (inner.name) {
    case "Int":
      return "1";
    case "Float":
      return "1.5";
    case "Boolean":
      return "true";
    case "DateTime":
      return '"2026-01-01T00:00:00Z"';
    case "Date":
      return '"2026-01-01"';
    default:
      return '"matrix-probe"';
  }
}

function operationText(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => `${arg.name}: ${sample(arg.type)}`);
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? " { __typename }" : "";
  return `${kind} { ${field.name}${args.length ? `(${args.join(", ")})` : ""}${selection} }`;
}

const operations = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ name: `Query.${field.name}`, text: operationText("query", field) })),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ name: `Mutation.${field.name}`, text: operationText("mutation", field) })),
];

describe("authorization matrix: every operation of the schema × every role and anonymous", () => {
  it("has a policy row for every operation the schema serves, and no row for one it does not", () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const { name } of operations) expect(operationPolicy, `${name} needs a row in graphql/policy.ts`).toHaveProperty([name]);
    expect(Object.keys(operationPolicy).sort()).toEqual(operations.map((o) => o.name).sort());
  });

  for (const { name, text } of operations) {
    for (const [caller, roles] of Object.entries(callers)) {
      const allowed = name in operationPolicy && isAllowed(name as Operation, roles);
      it(`${allowed ? "lets" : "refuses"} ${caller} ${allowed ? "call" : ""} ${name}`, async () => {
        // A fresh session per probe: the logout probe ends the session it is given.
        const cookie = userIds[caller] ? await sessionCookieFor(t.db, userIds[caller]) : undefined;
        const result = await request(text, undefined, { cookie });
        const authErrors = (result.errors ?? []).filter(
          (error) => ["FORBIDDEN", "UNAUTHENTICATED"].includes(error.extensions?.code ?? "") && error.path?.length === 1,
        );
        if (allowed) {
          expect(authErrors, JSON.stringify(result.errors)).toEqual([]);
        } else {
          expect(authErrors).toHaveLength(1);
          expect(authErrors[0]!.extensions!.code).toBe(roles ? "FORBIDDEN" : "UNAUTHENTICATED");
        }
      });
    }
  }
});

// ---------------------------------------------------------------- row level: consent scopes and the assignment's state

type Party = "coach" | "handledare" | "organisation";
type Scenario = "everything stands" | "SHARE_WITH_EMPLOYER withdrawn" | "SHARE_WITH_SUPPORT_WORKER withdrawn" | "CONTACT_WITH_AUTHORITIES withdrawn" | "the assignment ended";

/** Who keeps a participant's data in each scenario: the coach always; the others while their own ground stands. */
const keeps: Record<Scenario, Record<Party, boolean>> = {
  "everything stands": { coach: true, handledare: true, organisation: true },
  "SHARE_WITH_EMPLOYER withdrawn": { coach: true, handledare: true, organisation: false },
  "SHARE_WITH_SUPPORT_WORKER withdrawn": { coach: true, handledare: false, organisation: true },
  "CONTACT_WITH_AUTHORITIES withdrawn": { coach: true, handledare: true, organisation: true },
  "the assignment ended": { coach: true, handledare: true, organisation: false },
};

/**
 * Every path to one participant's data. `marker` names the text that shows only when the path is open (none: the call
 * must simply succeed); `caseload` paths are never open to the organisation, `coachOnly` ones only to the coach.
 */
const paths: {
  name: string;
  query: string;
  marker?: "name" | "goals" | "message" | "note" | "workPlan" | "attendance" | "followUp" | "action";
  reach: "shared" | "caseload" | "coachOnly" | "orgOnly";
}[] = [
  { name: "participant(id)", query: `query($p: ID!) { participant(id: $p) { displayName } }`, marker: "name", reach: "shared" },
  { name: "participant(id) goals and interests", query: `query($p: ID!) { participant(id: $p) { goals interestsText } }`, marker: "goals", reach: "caseload" },
  { name: "participants list", query: `{ participants(first: 100) { edges { node { displayName } } } }`, marker: "name", reach: "caseload" },
  { name: "participant.assignments work plan", query: `query($p: ID!) { participant(id: $p) { assignments { workPlanGoals } } }`, marker: "workPlan", reach: "caseload" },
  { name: "proposal.participant", query: `query($r: ID!) { proposal(id: $r) { participant { displayName } } }`, marker: "name", reach: "shared" },
  { name: "proposal.message", query: `query($r: ID!) { proposal(id: $r) { message } }`, marker: "message", reach: "shared" },
  { name: "proposal.events notes", query: `query($r: ID!) { proposal(id: $r) { events { note } } }`, marker: "note", reach: "shared" },
  { name: "proposals list messages", query: `{ proposals(first: 100) { edges { node { message } } } }`, marker: "message", reach: "shared" },
  { name: "proposal.assignment work plan", query: `query($r: ID!) { proposal(id: $r) { assignment { workPlanGoals workPlanQuestions } } }`, marker: "workPlan", reach: "shared" },
  { name: "proposal.assignment.participant", query: `query($r: ID!) { proposal(id: $r) { assignment { participant { displayName } } } }`, marker: "name", reach: "shared" },
  { name: "monthlyReports (attendance, absence reasons)", query: `query($p: ID!) { monthlyReports(filter: { participantId: $p }) { participantName totals { absentMinutes } } }`, marker: "name", reach: "shared" },
  { name: "matches", query: `query($p: ID!) { matches(participantId: $p) { hits { score } } }`, reach: "caseload" },
  { name: "participantDataExport", query: `query($p: ID!) { participantDataExport(participantId: $p) }`, marker: "goals", reach: "coachOnly" },
  { name: "participantAuditLog", query: `query($p: ID!) { participantAuditLog(participantId: $p) { id } }`, reach: "coachOnly" },
  { name: "assignmentAttendance days", query: `query($a: ID!, $m: String!) { assignmentAttendance(assignmentId: $a, month: $m) { days { note } } }`, marker: "attendance", reach: "shared" },
  { name: "attendanceMonth days", query: `query($o: ID!, $m: String!) { attendanceMonth(organizationId: $o, month: $m) { days { note } } }`, marker: "attendance", reach: "orgOnly" },
  { name: "participant.followUps notes", query: `query($p: ID!) { participant(id: $p) { followUps { notes risks } } }`, marker: "followUp", reach: "caseload" },
  { name: "participant.progress and agreedActions", query: `query($p: ID!) { participant(id: $p) { progress { points { rating } } agreedActions { description } } }`, marker: "action", reach: "caseload" },
  { name: "followUp(id)", query: `query($f: ID!) { followUp(id: $f) { notes actions { description } } }`, marker: "followUp", reach: "caseload" },
  { name: "followUpOverview", query: `{ followUpOverview { rows { participant { displayName } openActions { description } } } }`, marker: "name", reach: "caseload" },
  { name: "mySteps", query: `query($p: ID!) { mySteps(participantId: $p) { firstName steps { rating } } }`, marker: "name", reach: "caseload" },
  { name: "organizationAgreedActions", query: `{ organizationAgreedActions { description participant { displayName } } }`, marker: "action", reach: "orgOnly" },
];

function expectedOpen(scenario: Scenario, party: Party, reach: (typeof paths)[number]["reach"]): boolean {
  if (reach === "coachOnly") return party === "coach";
  if (reach === "orgOnly") return party === "organisation" && keeps[scenario][party];
  if (reach === "caseload" && party === "organisation") return false;
  return keeps[scenario][party];
}

describe("row-level matrix: every path to a participant's data × coach, handledare and organisation, after each consent withdrawal and after the assignment ends", () => {
  for (const scenario of Object.keys(keeps) as Scenario[]) {
    describe(scenario, () => {
      const cookies = {} as Record<Party, string>;
      const actorIds = {} as Record<Party, string>;
      let ids: { participant: string; proposal: string; assignment: string; organization: string; month: string; followUp: string };
      let markers: Record<NonNullable<(typeof paths)[number]["marker"]>, string>;

      beforeAll(async () => {
        const tag = scenario.replace(/\W+/g, "-");
        markers = {
          name: `Kim ${tag}`,
          goals: `Mål ${tag}`,
          message: `Meddelande ${tag}`,
          note: `Anteckning ${tag}`,
          workPlan: `Arbetsplan ${tag}`,
          attendance: `Närvaro ${tag}`,
          followUp: `Uppföljning ${tag}`,
          action: `Överenskommelse ${tag}`,
        };
        const coach = await signedInUser(t.db, ["COACH"]);
        const handledare = await signedInUser(t.db, ["SUPPORT_WORKER"]);
        const placement = await createPlacement(t.db, { status: "PUBLISHED", capacity: 2 });
        const member = await signedInUser(t.db, ["ORG_MEMBER"], [placement.organizationId]);
        const participant = await createParticipant(t.db, {
          coachId: coach.user.id,
          supportWorkerId: handledare.user.id,
          displayName: markers.name,
          goals: markers.goals,
          interestsText: "lager",
          sePhase: "ON_OFF_JOB_SUPPORT",
        });
        const consents = {} as Record<ConsentScope, string>;
        for (const scope of ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER", "CONTACT_WITH_AUTHORITIES"] as const) {
          consents[scope] = (await recordConsent(t.db, { participantId: participant.id, recordedById: coach.user.id, scope })).id;
        }
        const proposal = await createProposal(t.db, {
          participantId: participant.id,
          placementId: placement.id,
          proposedById: coach.user.id,
          status: "PLACED",
          message: markers.message,
        });
        await t.db.proposalEvent.updateMany({ where: { proposalId: proposal.id, toStatus: "VISIT" }, data: { note: markers.note } });
        const assignment = await createAssignment(t.db, {
          participantId: participant.id,
          placementId: placement.id,
          proposalId: proposal.id,
          supportWorkerId: handledare.user.id,
          workPlanGoals: markers.workPlan,
          workPlanQuestions: "Passar lagerarbete?",
        });
        await t.db.attendanceDay.create({ data: { assignmentId: assignment.id, date: assignment.startDate, scheduledMinutes: 180, attendedMinutes: 0, absenceReason: "SICK", note: markers.attendance } });
        const followUp = await createFollowUp(t.db, {
          participantId: participant.id,
          assignmentId: assignment.id,
          supportWorkerId: handledare.user.id,
          notes: markers.followUp,
          risks: markers.followUp,
          ratings: { WORK_TASKS: 4 },
        });
        await t.db.agreedAction.create({
          data: {
            followUpId: followUp.id,
            participantId: participant.id,
            description: markers.action,
            owner: "ORGANIZATION",
            organizationId: placement.organizationId,
            dueDate: followUp.date,
          },
        });
        ids = {
          participant: participant.id,
          proposal: proposal.id,
          assignment: assignment.id,
          organization: placement.organizationId,
          month: assignment.startDate.toISOString().slice(0, 7),
          followUp: followUp.id,
        };
        Object.assign(cookies, { coach: coach.cookie, handledare: handledare.cookie, organisation: member.cookie });
        Object.assign(actorIds, { coach: coach.user.id, handledare: handledare.user.id, organisation: member.user.id });

        // The change goes through the API, as the coach makes it, and must take effect at once.
        const scope = scenario.match(/^(\w+) withdrawn$/)?.[1] as ConsentScope | undefined;
        const change = scope
          ? await request(`mutation($c: ID!) { withdrawConsent(consentId: $c) { active } }`, { c: consents[scope] }, { cookie: coach.cookie })
          : scenario === "the assignment ended"
            ? await request(`mutation($a: ID!) { endAssignment(input: { assignmentId: $a, outcome: COMPLETED }) { status } }`, { a: assignment.id }, { cookie: coach.cookie })
            : { errors: undefined };
        expect(change.errors).toBeUndefined();
      });

      for (const party of ["coach", "handledare", "organisation"] as const) {
        for (const path of paths) {
          const open = expectedOpen(scenario, party, path.reach);
          it(`${open ? "opens" : "closes"} ${path.name} to the ${party}, and logs every read it serves`, async () => {
            const logged = () => t.db.auditEvent.count({ where: { actorId: actorIds[party], participantId: ids.participant, action: { in: ["READ", "EXPORT"] } } });
            const before = await logged();
            const variables = Object.fromEntries(
              Object.entries({ p: ids.participant, r: ids.proposal, a: ids.assignment, o: ids.organization, m: ids.month, f: ids.followUp }).filter(([name]) => path.query.includes(`$${name}`)),
            );
            const result = await request(path.query, variables, { cookie: cookies[party] });
            const body = JSON.stringify(result.data ?? null);
            if (open) {
              expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
              if (path.marker) expect(body).toContain(markers[path.marker]);
              expect(await logged()).toBeGreaterThan(before);
            } else {
              for (const marker of Object.values(markers)) expect(body).not.toContain(marker);
              // A party that lost its ground reads nothing, so nothing is logged for it. (A field refused inside a
              // participant the party may see is logged with that participant's read.)
              if (!keeps[scenario][party]) expect(await logged()).toBe(before);
            }
          });
        }
      }
    });
  }
});
