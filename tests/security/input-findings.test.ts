/**
 * The input findings of the security audit (issue #15), one test each: bad input is answered with a typed error and a
 * Swedish message, never a masked one, and what should be refused is refused, not stored as something else.
 */
import { describe, expect, it } from "vitest";
import { createOrganization, createProposal } from "../../prisma/factories.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { looksSwedish } from "../helpers/schema-operations.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { completeInput, CREATE as CREATE_PLACEMENT } from "../placements/helpers.ts";
import { CREATE as CREATE_PARTICIPANT, VALID_INPUT as PARTICIPANT } from "../participants/helpers.ts";
import { PLACE, proposalWorld } from "../proposals/helpers.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

type Call = Awaited<ReturnType<typeof request>>;

/** The call failed as the caller's mistake: one typed error in Swedish, and the field errors by field. */
function refusal(call: Call, code = "VALIDATION_FAILED"): Record<string, string> {
  expect(call.status).not.toBe(500);
  expect(call.errors?.map((error) => error.extensions?.code), JSON.stringify(call.errors)).toEqual([code]);
  expect(looksSwedish(call.errors![0]!.message), call.errors![0]!.message).toBe(true);
  const fields = (call.errors![0]!.extensions!.fieldErrors as { field: string; message: string }[] | undefined) ?? [];
  return Object.fromEntries(fields.map((error) => [error.field, error.message]));
}

function ok<T>(call: Call): T {
  expect(call.errors, JSON.stringify(call.errors)).toBeUndefined();
  return call.data as T;
}

async function organizationMember() {
  const organization = await createOrganization(t.db);
  const member = await signedInUser(t.db, ["ORG_MEMBER"], [organization.id]);
  return { organization, cookie: member.cookie };
}

const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id givenAt note } }`;

async function coachWithParticipant() {
  const coach = await signedInUser(t.db, ["COACH"]);
  const created = ok<{ createParticipant: { id: string } }>(
    await request(CREATE_PARTICIPANT, { input: { ...PARTICIPANT, code: `SEC-${String(Math.floor(Math.random() * 9000) + 1000)}` } }, { cookie: coach.cookie }),
  );
  return { cookie: coach.cookie, participantId: created.createParticipant.id };
}

describe("dates", () => {
  it("refuses 2024-02-30 instead of storing 2024-03-01", async () => {
    const { organization, cookie } = await organizationMember();
    const call = await request(CREATE_PLACEMENT, { input: completeInput(organization.id, { startDate: "2024-02-30" }) }, { cookie });
    expect(refusal(call)).toEqual({ startDate: "Datumet finns inte." });
    expect(await t.db.placement.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("refuses the year 0 as a start date, with a typed error", async () => {
    const { organization, cookie } = await organizationMember();
    const call = await request(CREATE_PLACEMENT, { input: completeInput(organization.id, { startDate: "0000-01-01" }) }, { cookie });
    expect(refusal(call)).toEqual({ startDate: "Välj ett datum mellan år 1900 och 2100." });
  });

  it("refuses the year 0 as an assignment's start, with a typed error", async () => {
    const { coach, participant, placement } = await proposalWorld(t.db);
    const proposal = await createProposal(t.db, { participantId: participant.id, placementId: placement.id, proposedById: coach.user.id, status: "VISIT" });
    const input = {
      proposalId: proposal.id,
      startDate: "0000-01-01",
      weekdays: ["MON"],
      hoursPerDay: 3,
      workPlanGoals: "Komma i tid.",
      workPlanQuestions: "Passar lager?",
    };
    expect(refusal(await request(PLACE, { input }, { cookie: coach.cookie }))).toEqual({ startDate: "Välj ett datum mellan år 1900 och 2100." });
  });

  it("refuses givenAt \"0\" instead of storing 2000-01-01, and BC and year-0 moments, naming the field", async () => {
    const { cookie, participantId } = await coachWithParticipant();
    for (const givenAt of ["0", "-000001-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "2024-02-30T10:00:00Z"]) {
      const call = await request(RECORD_CONSENT, { input: { participantId, scope: "SHARE_WITH_EMPLOYER", givenAt } }, { cookie });
      expect(refusal(call)).toEqual({ givenAt: expect.stringContaining("2026-10-01T09:30:00Z") });
    }
    expect(await t.db.consent.count({ where: { participantId } })).toBe(0);
    const fine = ok<{ recordConsent: { givenAt: string } }>(
      await request(RECORD_CONSENT, { input: { participantId, scope: "SHARE_WITH_EMPLOYER", givenAt: "2026-03-01T12:00:00+01:00" } }, { cookie }),
    );
    expect(fine.recordConsent.givenAt).toBe("2026-03-01T11:00:00.000Z");
  });
});

describe("empty references", () => {
  it("takes externalRef \"\" as no reference, for a second placement too", async () => {
    const { organization, cookie } = await organizationMember();
    for (const title of ["Första platsen", "Andra platsen"]) {
      ok(await request(CREATE_PLACEMENT, { input: completeInput(organization.id, { title, externalRef: "" }) }, { cookie }));
    }
    const stored = await t.db.placement.findMany({ where: { organizationId: organization.id }, select: { externalRef: true } });
    expect(stored).toEqual([{ externalRef: null }, { externalRef: null }]);
  });

  it("takes supportWorkerId \"\" as no SE-handledare", async () => {
    const coach = await signedInUser(t.db, ["COACH"]);
    const call = await request(CREATE_PARTICIPANT, { input: { ...PARTICIPANT, code: "TOM-0001", supportWorkerId: "" } }, { cookie: coach.cookie });
    const { createParticipant } = ok<{ createParticipant: { id: string } }>(call);
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: createParticipant.id }, select: { supportWorkerId: true } })).toEqual({ supportWorkerId: null });
  });
});

describe("sizes", () => {
  it("answers a 1 MB e-mail address at login with a typed error", async () => {
    const call = await request(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: `${"a".repeat(1_000_000)}@x.se`, p: "x" });
    expect(Object.keys(refusal(call))).toEqual(["email"]);
  });

  it("refuses a weekdays list of 10,000 entries, and a day chosen twice", async () => {
    const { organization, cookie } = await organizationMember();
    const huge = await request(CREATE_PLACEMENT, { input: completeInput(organization.id, { weekdays: Array(10_000).fill("MON") }) }, { cookie });
    expect(refusal(huge)).toEqual({ weekdays: "Högst 100 värden får skickas här." });
    const twice = await request(CREATE_PLACEMENT, { input: completeInput(organization.id, { weekdays: ["MON", "MON"] }) }, { cookie });
    expect(refusal(twice)).toEqual({ weekdays: "Samma veckodag är vald två gånger." });
    expect(await t.db.placement.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("refuses a 100,000-character consent note, and a 1,001-character one with the note's own limit", async () => {
    const { cookie, participantId } = await coachWithParticipant();
    const huge = await request(RECORD_CONSENT, { input: { participantId, scope: "SHARE_WITH_EMPLOYER", note: "x".repeat(100_000) } }, { cookie });
    expect(refusal(huge)).toEqual({ note: "Texten får vara högst 4000 tecken." });
    const long = await request(RECORD_CONSENT, { input: { participantId, scope: "SHARE_WITH_EMPLOYER", note: "x".repeat(1_001) } }, { cookie });
    expect(refusal(long)).toEqual({ note: "Anteckningen får vara högst 1000 tecken." });
    expect(await t.db.consent.count({ where: { participantId } })).toBe(0);
  });
});

describe("GraphQL's own errors", () => {
  it("gives a variable of the wrong type a code and Swedish words, GraphQL's English as detail", async () => {
    const call = await request(`query($f: Int) { placements(first: $f) { totalCount } }`, { f: "tjugo" });
    refusal(call, "BAD_USER_INPUT");
    expect(call.errors![0]!.message).toBe("Variabeln $f har fel typ eller saknas.");
    expect(call.errors![0]!.extensions!.detail).toMatch(/Int cannot represent/);
  });

  it("refuses a cursor it never handed out with a typed Swedish error", async () => {
    for (const after of ["inte-en-markör", Buffer.from("OffsetConnection:-5").toString("base64"), Buffer.from("OffsetConnection:99999999999999").toString("base64")]) {
      const call = await request(`query($a: String) { placements(after: $a) { totalCount } }`, { a: after });
      expect(refusal(call)).toEqual({ after: "Sidmarkören är ogiltig. Börja om från första sidan." });
    }
  });

  it("answers a syntax error and an unknown field with codes and Swedish words", async () => {
    const syntax = await request(`{ placements(first: 1 { totalCount } }`);
    refusal(syntax, "GRAPHQL_PARSE_FAILED");
    const unknown = await request(`{ placementz { totalCount } }`);
    refusal(unknown, "GRAPHQL_VALIDATION_FAILED");
  });
});
