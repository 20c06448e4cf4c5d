// Issue #16, acceptance 2 (decision 0022): once the participant's consent to share with employers is withdrawn, no field
// the organisation can reach over the real GraphQL endpoint shows the coach's message, a step note, the arbetsplan or
// anything about the person; what stays is that the proposal existed, its steps and their dates. And one consent in
// force per scope: a second is refused at its field, in Swedish.
import {
  getNamedType,
  isAbstractType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { createPlacement } from "../../prisma/factories.ts";
import { schema } from "../../graphql/schema.ts";
import { operationPolicy } from "../../graphql/policy.ts";
import { PARTICIPANT_LIMITS } from "../../graphql/validation/participant.ts";
import { today } from "../../lib/dates.ts";
import { graphqlClient, type GraphQLCall } from "../helpers/graphql.ts";
import { useTestDatabase } from "../setup/database.ts";
import { ANSWER, errorOf, expectOk, PLACE, PROPOSE, proposalWorld } from "./helpers.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordConsentInput!) { recordConsent(input: $input) { id scope active note } }
`;
const WITHDRAW_CONSENT = /* GraphQL */ `mutation WithdrawConsent($id: ID!) { withdrawConsent(consentId: $id) { active } }`;
const CONSENTS = /* GraphQL */ `query Consents($id: ID!) { participant(id: $id) { consents { id scope active } } }`;

/** Levels of objects below a root field: deep enough for proposals → edges → node → participant → needs. */
const DEPTH = 4;

/**
 * Every field of `type` an argument-free call can read, as paths to its leaves, objects expanded to `depth` levels (a
 * type already on the path is not entered again), each object with its __typename; `skip` holds "Type.field" the
 * caller was refused.
 */
function leavesOf(type: GraphQLObjectType, depth: number, seen: string[], skip: Set<string>): string[][] {
  const leaves: string[][] = [["__typename"]];
  for (const field of Object.values(type.getFields())) {
    if (skip.has(`${type.name}.${field.name}`) || field.args.some((arg) => isNonNullType(arg.type))) continue;
    const named: GraphQLNamedType = getNamedType(field.type);
    if (isAbstractType(named)) leaves.push([field.name, "__typename"]);
    else if (!isObjectType(named)) leaves.push([field.name]);
    else if (depth > 0 && !seen.includes(named.name)) {
      for (const leaf of leavesOf(named, depth - 1, [...seen, named.name], skip)) leaves.push([field.name, ...leaf]);
    }
  }
  return leaves;
}

/** A selection set holding the given leaf paths. */
function selectionOf(leaves: string[][]): string {
  const tree = new Map<string, string[][]>();
  for (const [head, ...rest] of leaves) {
    if (!tree.has(head!)) tree.set(head!, []);
    if (rest.length) tree.get(head!)!.push(rest);
  }
  return [...tree].map(([name, inner]) => (inner.length ? `${name} { ${selectionOf(inner)} }` : name)).join(" ");
}

/** Leaves per request: within QUERY_LIMITS (200 fields, objects on the way included; a cost of 2,000, lists weigh more). */
const LEAVES_PER_REQUEST = 60;

/** The schema field at a response path (list indices skipped), and the type it is on. */
function fieldAt(path: readonly (string | number)[]): { owner: string; field: GraphQLField<unknown, unknown> } | null {
  let owner: GraphQLObjectType = schema.getQueryType()!;
  let found: { owner: string; field: GraphQLField<unknown, unknown> } | null = null;
  for (const key of path) {
    if (typeof key === "number") continue;
    const field = owner.getFields()[key];
    if (!field) return null;
    found = { owner: owner.name, field };
    const named = getNamedType(field.type);
    if (isObjectType(named)) owner = named;
  }
  return found;
}

/** Every root field an organisation member may call (policy.ts), with arguments from the world it reads. */
function orgMemberRoots(values: Record<string, string | number>, idFor: Record<string, string>) {
  const query = schema.getQueryType()!;
  return Object.entries(operationPolicy)
    .filter(([name, scopes]) => name.startsWith("Query.") && (scopes as readonly string[]).includes("orgMember"))
    .map(([name]) => {
      const field = query.getFields()[name.slice("Query.".length)]!;
      const args = field.args.filter((arg) => isNonNullType(arg.type) || arg.name in values);
      const call = args.map((arg) => {
        const value = arg.name === "id" ? idFor[field.name] : values[arg.name];
        if (value === undefined) throw new Error(`The probe has no value for ${name}(${arg.name}): add one`);
        return `${arg.name}: ${JSON.stringify(value)}`;
      });
      return { field, call: call.length ? `(${call.join(", ")})` : "" };
    });
}

/**
 * Reads every reachable field of every root field an organisation member may call, as that member. A field the member
 * is refused (FORBIDDEN) is left out and the root asked again, so one refused field hides nothing else; a refused
 * root field is an answer too (it shows nothing). Returns every response, errors included, as one text.
 */
async function everythingTheOrganisationSees(
  cookie: string,
  values: Record<string, string | number>,
  idFor: Record<string, string>,
  /** Fields refused on a type are refused under every root; a later probe may start from an earlier one's. */
  skip = new Set<string>(),
) {
  const responses: GraphQLCall<unknown>[] = [];
  let requests = 0;
  for (const { field, call } of orgMemberRoots(values, idFor)) {
    const named = getNamedType(field.type);
    const asked = new Set<string>();
    let size = LEAVES_PER_REQUEST;
    for (let attempt = 0; attempt < 2_000; attempt++) {
      const pending = isObjectType(named) ? leavesOf(named, DEPTH, [named.name], skip).filter((leaf) => !asked.has(leaf.join("."))) : [];
      if (isObjectType(named) && !pending.length) break;
      const chunk = pending.slice(0, size);
      const selection = isObjectType(named) ? ` { ${selectionOf(chunk)} }` : "";
      const response = await request(`query Probe { ${field.name}${call}${selection} }`, {}, { cookie });
      requests += 1;
      if (response.errors?.some((e) => e.extensions?.code === "QUERY_TOO_COMPLEX")) {
        // Lists weigh more: fewer leaves where they nest. A single path the API refuses as too costly is refused to
        // every caller, so it shows nothing either.
        if (size > 1) size = Math.ceil(size / 2);
        else asked.add(chunk[0]!.join("."));
        continue;
      }
      const refused = (response.errors ?? []).filter((e) => e.extensions?.code === "FORBIDDEN" && (e.path?.length ?? 0) > 1);
      const other = (response.errors ?? []).filter((e) => !refused.includes(e) && e.extensions?.code !== "FORBIDDEN");
      expect(other, `${field.name}: ${JSON.stringify(other)}`).toEqual([]);
      if (refused.length) {
        for (const error of refused) {
          const at = fieldAt(error.path!);
          expect(at, JSON.stringify(error.path)).not.toBeNull();
          skip.add(`${at!.owner}.${at!.field.name}`);
        }
        continue;
      }
      responses.push(response);
      const rootRefused = response.errors?.some((e) => e.extensions?.code === "FORBIDDEN" && e.path?.length === 1);
      if (!isObjectType(named) || rootRefused) break;
      for (const leaf of chunk) asked.add(leaf.join("."));
      size = Math.min(LEAVES_PER_REQUEST, size * 2);
    }
  }
  console.info(`probe: ${requests} requests; ${skip.size} fields refused to the organisation`);
  return { text: JSON.stringify(responses), responses, skip };
}

/** Every __typename in a response. */
function typenames(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => typenames(item, into));
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "__typename" && typeof inner === "string") into.add(inner);
      else typenames(inner, into);
    }
  }
  return into;
}

describe("after the consent to share with employers is withdrawn (issue #16, acceptance 2)", () => {
  it("no field the organisation can reach shows the message, a note, the arbetsplan or the person; the proposal and its steps stay", { timeout: 400_000 }, async () => {
    const { coach, participant, placement, member } = await proposalWorld(t.db);
    const secrets = {
      name: participant.displayName,
      code: participant.code,
      message: "Kim vill gärna packa på lager och lär sig bäst när någon visar.",
      answerNote: "Välkommen på studiebesök, Kim har fått en tid.",
      goals: "Kim ska komma i tid tre dagar i veckan.",
      questions: "Passar lagerarbete för Kim?",
      openMessage: "Kim kan också tänka sig kontorsarbete.",
    };
    const proposalId = expectOk(
      await request<{ proposeParticipant: { id: string } }>(PROPOSE, { input: { participantId: participant.id, placementId: placement.id, message: secrets.message } }, { cookie: coach.cookie }),
    ).proposeParticipant.id;
    expectOk(await request(ANSWER, { input: { proposalId, answer: "MEET", note: secrets.answerNote } }, { cookie: member.cookie }));
    const startDate = today({ now: () => new Date() });
    const place = { proposalId, startDate, weekdays: ["MON", "WED"], hoursPerDay: 3, workPlanGoals: secrets.goals, workPlanQuestions: secrets.questions, mentorName: "Peter Ström" };
    const assignmentId = expectOk(await request<{ placeParticipant: { id: string } }>(PLACE, { input: place }, { cookie: coach.cookie })).placeParticipant.id;
    // A second proposal, still open, at another placement of the same organisation.
    const other = await createPlacement(t.db, { organizationId: placement.organizationId, status: "PUBLISHED", capacity: 1 });
    const openId = expectOk(
      await request<{ proposeParticipant: { id: string } }>(PROPOSE, { input: { participantId: participant.id, placementId: other.id, message: secrets.openMessage } }, { cookie: coach.cookie }),
    ).proposeParticipant.id;

    const month = startDate.slice(0, 7);
    const values = { organizationId: placement.organizationId, month, assignmentId, participantId: participant.id, first: 5 };
    const idFor = { proposal: proposalId, participant: participant.id, monthlyReport: `${assignmentId}:${month}` };

    // While the consent stands the probe reaches all of it: without that, its silence afterwards would prove nothing.
    const before = await everythingTheOrganisationSees(member.cookie, values, idFor);
    // (The code is the caseload's alone, consent or not.)
    for (const [what, text] of Object.entries(secrets)) if (what !== "code") expect(before.text, `${what} before the withdrawal`).toContain(text);
    expect(before.text).not.toContain(secrets.code);
    expect(typenames(before.responses)).toContain("Participant");

    const consents = expectOk(await request<{ participant: { consents: { id: string; scope: string }[] } }>(CONSENTS, { id: participant.id }, { cookie: coach.cookie }));
    const employer = consents.participant.consents.find((c) => c.scope === "SHARE_WITH_EMPLOYER")!;
    expectOk(await request(WITHDRAW_CONSENT, { id: employer.id }, { cookie: coach.cookie }));

    // Fields refused to the organisation with the consent in force (the caseload's alone) stay refused: not asked again.
    const after = await everythingTheOrganisationSees(member.cookie, values, idFor, new Set(before.skip));
    for (const [what, text] of Object.entries(secrets)) expect(after.text, `${what} after the withdrawal`).not.toContain(text);
    expect(typenames(after.responses)).not.toContain("Participant");
    expect(typenames(after.responses)).not.toContain("AdaptationNeed");

    // What stays: that the proposals existed, their steps and when.
    const PROPOSALS = /* GraphQL */ `query { proposals(first: 10) { edges { node { id status createdAt message participant { id } events { toStatus createdAt note } } } } }`;
    const listed = expectOk(await request<{ proposals: { edges: { node: any }[] } }>(PROPOSALS, {}, { cookie: member.cookie })).proposals.edges.map((e) => e.node);
    expect(listed.map((p) => [p.id, p.status, p.message, p.participant]).sort()).toEqual([[openId, "SUGGESTED", null, null], [proposalId, "PLACED", null, null]].sort());
    const placed = listed.find((p) => p.id === proposalId)!;
    expect(placed.events.map((e: { toStatus: string; note: string | null }) => [e.toStatus, e.note])).toEqual([["SUGGESTED", null], ["VISIT", null], ["PLACED", null]]);
    expect(placed.events.every((e: { createdAt: string }) => Date.parse(e.createdAt) > 0)).toBe(true);
  });
});

describe("recording a consent", () => {
  it("refuses a second consent in force for the same scope at `scope`, in Swedish, and writes nothing", async () => {
    const { coach, participant } = await proposalWorld(t.db); // holds SHARE_WITH_EMPLOYER in force
    const input = { participantId: participant.id, scope: "SHARE_WITH_EMPLOYER", givenAt: "2026-11-02T12:00:00Z" };
    const before = await t.db.consent.count({ where: { participantId: participant.id } });
    const again = await request(RECORD, { input }, { cookie: coach.cookie });
    expect(errorOf(again)).toMatchObject({ code: "VALIDATION_FAILED", fieldErrors: { scope: expect.stringContaining("gäller redan") } });
    expect(again.data).toBeNull();
    expect(await t.db.consent.count({ where: { participantId: participant.id } })).toBe(before);

    // Two at once: one is written, the other refused.
    const support = { ...input, scope: "SHARE_WITH_SUPPORT_WORKER" };
    const both = await Promise.all([request(RECORD, { input: support }, { cookie: coach.cookie }), request(RECORD, { input: support }, { cookie: coach.cookie })]);
    expect(both.map((call) => errorOf(call).code ?? "OK").sort()).toEqual(["OK", "VALIDATION_FAILED"]);
    expect(await t.db.consent.count({ where: { participantId: participant.id, scope: "SHARE_WITH_SUPPORT_WORKER", withdrawnAt: null } })).toBe(1);

    // Once withdrawn, it may be given again.
    const employer = await t.db.consent.findFirstOrThrow({ where: { participantId: participant.id, scope: "SHARE_WITH_EMPLOYER" } });
    expectOk(await request(WITHDRAW_CONSENT, { id: employer.id }, { cookie: coach.cookie }));
    expect(expectOk(await request<{ recordConsent: { active: boolean } }>(RECORD, { input }, { cookie: coach.cookie })).recordConsent.active).toBe(true);
  });

  it("bounds the note in the API: one character over the limit is refused at `note`, nothing is written", async () => {
    const { coach, participant } = await proposalWorld(t.db, { consent: false });
    const max = PARTICIPANT_LIMITS.noteMax;
    const input = { participantId: participant.id, scope: "SHARE_WITH_EMPLOYER" };
    const long = await request(RECORD, { input: { ...input, note: "x".repeat(max + 1) } }, { cookie: coach.cookie });
    expect(errorOf(long)).toMatchObject({ code: "VALIDATION_FAILED", fieldErrors: { note: expect.stringContaining(String(max)) } });
    const huge = await request(RECORD, { input: { ...input, note: "x".repeat(3_000) } }, { cookie: coach.cookie });
    expect(errorOf(huge)).toMatchObject({ code: "VALIDATION_FAILED", fieldErrors: { note: expect.stringMatching(/högst 1[  ]?000 tecken/) } });
    expect(await t.db.consent.count({ where: { participantId: participant.id } })).toBe(0);
    expect(expectOk(await request<{ recordConsent: { note: string } }>(RECORD, { input: { ...input, note: "y".repeat(max) } }, { cookie: coach.cookie })).recordConsent.note).toHaveLength(max);
  });
});
