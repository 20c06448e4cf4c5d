import { beforeAll, describe, expect, it, vi } from "vitest";
import { createParticipant } from "../../prisma/factories.ts";
import { errorCodes, graphqlClient } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";
import { CREATE, expectOk, fieldErrorsOf, refuseAuditRows, UPDATE, VALID_INPUT } from "./helpers.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

let coach: Awaited<ReturnType<typeof signedInUser>>;
let otherCoach: Awaited<ReturnType<typeof signedInUser>>;
let supportWorker: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  coach = await signedInUser(t.db, ["COACH"]);
  otherCoach = await signedInUser(t.db, ["COACH"]);
  supportWorker = await signedInUser(t.db, ["SUPPORT_WORKER"]);
});

let codeCounter = 100;
const nextCode = () => `BOL-${String((codeCounter += 1)).padStart(4, "0")}`;

async function created(input: Record<string, unknown> = {}, cookie = coach.cookie) {
  const call = await request<{ createParticipant: { id: string } }>(CREATE, { input: { ...VALID_INPUT, code: nextCode(), ...input } }, { cookie });
  return expectOk(call).createParticipant;
}

describe("creating a participant", () => {
  it("puts the participant in the caller's caseload with needs, travel area and an audit row", async () => {
    const call = await request<{ createParticipant: Record<string, any> }>(
      CREATE,
      {
        input: {
          ...VALID_INPUT,
          code: " bol-0042 ",
          interests: ["djur", "trädgård"],
          goals: "Arbeta med djur två dagar i veckan.",
          avoidAreas: ["Butik"],
          avoidCardIds: ["sitta-i-kassa"],
          adaptationNeeds: [
            { code: "QUIET_ENVIRONMENT", mustHave: true },
            { code: "PICTURE_SUPPORT", mustHave: false },
          ],
        },
      },
      { cookie: coach.cookie },
    );
    const participant = expectOk(call).createParticipant;
    expect(participant).toMatchObject({
      code: "BOL-0042",
      displayName: "Kim",
      travelKind: "KOMMUNER",
      travelRadiusKm: null,
      travelKommuner: [{ code: "2183" }],
      stage: "INTAKE",
      coach: { id: coach.user.id },
      nextStep: "Registrera samtycke.",
    });
    expect(participant.adaptationNeeds).toEqual(
      expect.arrayContaining([
        { mustHave: true, adaptation: { code: "QUIET_ENVIRONMENT" } },
        { mustHave: false, adaptation: { code: "PICTURE_SUPPORT" } },
      ]),
    );
    const audit = await t.db.auditEvent.findMany({ where: { participantId: participant.id } });
    expect(audit).toMatchObject([{ action: "CREATE", entity: "Participant", actorId: coach.user.id }]);
  });

  it("refuses invalid input with a Swedish message next to each field, all at once", async () => {
    const call = await request(
      CREATE,
      {
        input: {
          code: "12345",
          displayName: " ",
          kommunCode: "9999",
          hoursPerDayMax: 14,
          weekdays: [],
          travelKind: "RADIUS",
          travelRadiusKm: 500,
          adaptationNeeds: [{ code: "TELEPORTATION", mustHave: true }],
        },
      },
      { cookie: coach.cookie },
    );
    expect(errorCodes(call)).toEqual(["VALIDATION_FAILED"]);
    expect(fieldErrorsOf(call)).toEqual({
      code: "Skriv koden som tre bokstäver, ett bindestreck och fyra siffror, till exempel BOL-0042.",
      displayName: "Skriv ett förnamn eller det namn deltagaren vill använda.",
      hoursPerDayMax: "Högst 12 timmar om dagen.",
      weekdays: "Välj minst en veckodag.",
      kommunCode: "Kommunen finns inte. Välj en kommun i listan.",
      travelRadiusKm: "Skriv ett avstånd mellan 1 och 200 km.",
      adaptationNeeds: "Okänd anpassning: TELEPORTATION.",
    });
    expect(await t.db.participant.count({ where: { kommunCode: "9999" } })).toBe(0);
  });

  it("asks for at least half an hour a day, and for a radius when the travel area is a radius", async () => {
    const call = await request(CREATE, { input: { ...VALID_INPUT, code: nextCode(), hoursPerDayMax: 0.25, travelKind: "RADIUS" } }, { cookie: coach.cookie });
    expect(fieldErrorsOf(call)).toEqual({
      hoursPerDayMax: "Minst 0,5 timmar om dagen.",
      travelRadiusKm: "Skriv hur många kilometer deltagaren kan resa.",
    });
  });

  it("refuses a code another participant already has", async () => {
    const first = await created();
    const code = (await t.db.participant.findUniqueOrThrow({ where: { id: first.id } })).code;
    const call = await request(CREATE, { input: { ...VALID_INPUT, code } }, { cookie: otherCoach.cookie });
    expect(fieldErrorsOf(call)).toEqual({ code: "Koden används redan av en annan deltagare." });
  });

  it("keeps a radius only for RADIUS and leaves no travel kommuner then", async () => {
    const call = await request<{ createParticipant: Record<string, any> }>(
      CREATE,
      { input: { ...VALID_INPUT, code: nextCode(), travelKind: "RADIUS", travelRadiusKm: 25, travelKommunCodes: ["2180"] } },
      { cookie: coach.cookie },
    );
    expect(expectOk(call).createParticipant).toMatchObject({ travelKind: "RADIUS", travelRadiusKm: 25, travelKommuner: [] });
  });

  it("lets only coaches create participants", async () => {
    const call = await request(CREATE, { input: { ...VALID_INPUT, code: nextCode() } }, { cookie: supportWorker.cookie });
    expect(errorCodes(call)).toEqual(["FORBIDDEN"]);
  });
});

describe("updating a participant", () => {
  it("changes the given fields, keeps the rest, replaces lists and writes an audit row", async () => {
    const { id } = await created({ goals: "Komma igång.", adaptationNeeds: [{ code: "SHORTER_DAYS", mustHave: true }], travelKommunCodes: ["2183", "2180"] });
    const call = await request<{ updateParticipant: Record<string, any> }>(
      UPDATE,
      { id, input: { hoursPerDayMax: 4.5, adaptationNeeds: [{ code: "EXTRA_BREAKS", mustHave: false }] } },
      { cookie: coach.cookie },
    );
    expect(expectOk(call).updateParticipant).toMatchObject({
      hoursPerDayMax: 4.5,
      goals: "Komma igång.",
      weekdays: ["MON", "WED", "FRI"],
      adaptationNeeds: [{ mustHave: false, adaptation: { code: "EXTRA_BREAKS" } }],
    });
    expect(call.data!.updateParticipant.travelKommuner.map((k: { code: string }) => k.code).sort()).toEqual(["2180", "2183"]);
    const audit = await t.db.auditEvent.findMany({ where: { participantId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["CREATE", "UPDATE"]);
  });

  it("refuses invalid changes in Swedish and changes nothing", async () => {
    const { id } = await created();
    const call = await request(UPDATE, { id, input: { hoursPerDayMax: 0, weekdays: [] } }, { cookie: coach.cookie });
    expect(fieldErrorsOf(call)).toEqual({ hoursPerDayMax: "Minst 0,5 timmar om dagen.", weekdays: "Välj minst en veckodag." });
    expect((await t.db.participant.findUniqueOrThrow({ where: { id } })).hoursPerDayMax).toBe(3);
  });

  it("lets only the participant's own coach change the profile", async () => {
    const { id } = await created();
    await t.db.participant.update({ where: { id }, data: { supportWorkerId: supportWorker.user.id } });
    const byOther = await request(UPDATE, { id, input: { goals: "Något annat" } }, { cookie: otherCoach.cookie });
    expect(errorCodes(byOther)).toEqual(["FORBIDDEN"]);
    const bySupportWorker = await request(UPDATE, { id, input: { goals: "Något annat" } }, { cookie: supportWorker.cookie });
    expect(errorCodes(bySupportWorker)).toEqual(["FORBIDDEN"]);
    const unknown = await request(UPDATE, { id: "finns-inte", input: { goals: "Något annat" } }, { cookie: otherCoach.cookie });
    expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
    expect((await t.db.participant.findUniqueOrThrow({ where: { id } })).goals).toBe("");
  });

  it("accepts an active SE-handledare and nobody else as support worker", async () => {
    const { id } = await created();
    const wrong = await request(UPDATE, { id, input: { supportWorkerId: otherCoach.user.id } }, { cookie: coach.cookie });
    expect(fieldErrorsOf(wrong)).toEqual({ supportWorkerId: "Välj en handledare i listan." });
    const right = await request(UPDATE, { id, input: { supportWorkerId: supportWorker.user.id } }, { cookie: coach.cookie });
    expectOk(right);
    expect((await t.db.participant.findUniqueOrThrow({ where: { id } })).supportWorkerId).toBe(supportWorker.user.id);
  });

  it("writes the change and its audit row in one transaction: no audit row, no change", async () => {
    const { id } = await created();
    vi.mocked(console.error).mockImplementation(() => {});
    const restore = await refuseAuditRows(t.db, t.schema, "Participant");
    try {
      const call = await request(UPDATE, { id, input: { displayName: "Robin" } }, { cookie: coach.cookie });
      expect(call.errors?.length).toBe(1);
      const failedCreate = await request(CREATE, { input: { ...VALID_INPUT, code: "ROL-0001" } }, { cookie: coach.cookie });
      expect(failedCreate.errors?.length).toBe(1);
    } finally {
      await restore();
    }
    expect((await t.db.participant.findUniqueOrThrow({ where: { id } })).displayName).toBe("Kim");
    expect(await t.db.participant.count({ where: { code: "ROL-0001" } })).toBe(0);
  });
});

describe("the caseload's fields", () => {
  it("derives the next step from consent, stage and card sorting", async () => {
    const { id } = await created({ stage: "GUIDANCE" });
    const NEXT = `query($id: ID!) { participant(id: $id) { nextStep } }`;
    const nextStep = async () => expectOk(await request<{ participant: { nextStep: string } }>(NEXT, { id }, { cookie: coach.cookie })).participant.nextStep;
    expect(await nextStep()).toBe("Registrera samtycke.");
    await t.db.consent.create({ data: { participantId: id, scope: "SHARE_WITH_EMPLOYER", givenAt: new Date(), recordedById: coach.user.id } });
    expect(await nextStep()).toBe("Sortera yrkeskort tillsammans.");
    const session = await t.db.cardSortSession.create({ data: { participantId: id, coachId: coach.user.id } });
    expect(await nextStep()).toBe("Fortsätt sortera yrkeskort.");
    await t.db.cardSortSession.update({ where: { id: session.id }, data: { completedAt: new Date() } });
    expect(await nextStep()).toBe("Gå igenom korten och sök platser.");
  });

  it("lists active colleagues by role for handovers, to coaches only", async () => {
    const STAFF = `query { staff(role: COACH) { id name } }`;
    const call = await request<{ staff: { id: string }[] }>(STAFF, undefined, { cookie: coach.cookie });
    const ids = expectOk(call).staff.map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([coach.user.id, otherCoach.user.id]));
    expect(ids).not.toContain(supportWorker.user.id);
    expect(errorCodes(await request(STAFF, undefined, { cookie: supportWorker.cookie }))).toEqual(["FORBIDDEN"]);
  });
});

describe("handing a participant over to another coach", () => {
  const HANDOVER = /* GraphQL */ `
    mutation($participantId: ID!, $toCoachId: ID!, $note: String) {
      handOverParticipant(participantId: $participantId, toCoachId: $toCoachId, note: $note) { id note fromCoach { id } toCoach { id } }
    }
  `;
  const PROFILE = `query($id: ID!) { participant(id: $id) { id coach { id } handovers { note fromCoach { id name } toCoach { id } createdAt } } }`;

  it("moves access to the new coach, takes it from the old one, and keeps the history", async () => {
    const participant = await createParticipant(t.db, { coachId: coach.user.id, code: "HAN-0001" });
    const session = await t.db.cardSortSession.create({ data: { participantId: participant.id, coachId: coach.user.id } });
    const call = await request(HANDOVER, { participantId: participant.id, toCoachId: otherCoach.user.id, note: "Flyttar till Söderhamn." }, { cookie: coach.cookie });
    expect(expectOk(call).handOverParticipant).toMatchObject({ fromCoach: { id: coach.user.id }, toCoach: { id: otherCoach.user.id }, note: "Flyttar till Söderhamn." });

    expect(errorCodes(await request(PROFILE, { id: participant.id }, { cookie: coach.cookie }))).toEqual(["FORBIDDEN"]);
    const again = await request(HANDOVER, { participantId: participant.id, toCoachId: coach.user.id }, { cookie: coach.cookie });
    expect(errorCodes(again)).toEqual(["FORBIDDEN"]);

    const seen = expectOk(await request<{ participant: Record<string, any> }>(PROFILE, { id: participant.id }, { cookie: otherCoach.cookie }));
    expect(seen.participant.coach).toEqual({ id: otherCoach.user.id });
    expect(seen.participant.handovers).toMatchObject([{ note: "Flyttar till Söderhamn.", fromCoach: { id: coach.user.id }, toCoach: { id: otherCoach.user.id } }]);
    // The card sorting done before the handover stays with the participant.
    expect(await t.db.cardSortSession.count({ where: { id: session.id, participantId: participant.id } })).toBe(1);
    const audit = await t.db.auditEvent.findMany({ where: { participantId: participant.id, entity: "CoachHandover" } });
    expect(audit).toMatchObject([{ action: "UPDATE", actorId: coach.user.id }]);
  });

  it("refuses to hand over to someone who is not an active coach, or to oneself", async () => {
    const participant = await createParticipant(t.db, { coachId: coach.user.id, code: "HAN-0002" });
    const toWorker = await request(HANDOVER, { participantId: participant.id, toCoachId: supportWorker.user.id }, { cookie: coach.cookie });
    expect(fieldErrorsOf(toWorker)).toEqual({ toCoachId: "Välj en jobbcoach i listan." });
    const toSelf = await request(HANDOVER, { participantId: participant.id, toCoachId: coach.user.id }, { cookie: coach.cookie });
    expect(fieldErrorsOf(toSelf)).toEqual({ toCoachId: "Välj en annan jobbcoach än dig själv." });
    const unknown = await request(HANDOVER, { participantId: "finns-inte", toCoachId: otherCoach.user.id }, { cookie: coach.cookie });
    expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: participant.id } })).coachId).toBe(coach.user.id);
  });

  it("rolls the handover back when its audit row cannot be written", async () => {
    const participant = await createParticipant(t.db, { coachId: coach.user.id, code: "HAN-0003" });
    vi.mocked(console.error).mockImplementation(() => {});
    const restore = await refuseAuditRows(t.db, t.schema, "CoachHandover");
    try {
      const call = await request(HANDOVER, { participantId: participant.id, toCoachId: otherCoach.user.id }, { cookie: coach.cookie });
      expect(call.errors?.length).toBe(1);
    } finally {
      await restore();
    }
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: participant.id } })).coachId).toBe(coach.user.id);
    expect(await t.db.coachHandover.count({ where: { participantId: participant.id } })).toBe(0);
  });
});
