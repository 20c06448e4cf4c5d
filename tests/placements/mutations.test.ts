import { beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "../../graphql/auth/tokens.ts";
import { createAssignment, createOrganization, createParticipant, createPlacement, createUser } from "../../prisma/factories.ts";
import { kommunCentre } from "../../prisma/reference-data.ts";
import { errorCodes, graphqlClient } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";
import { completeInput, CREATE, fieldErrorsOf, step, UPDATE } from "./helpers.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);
let organizationId: string;
let otherOrganizationId: string;
let member: string;
let outsider: string;
let coach: string;

beforeAll(async () => {
  organizationId = (await createOrganization(t.db, { name: "Kooperativet Kvisten" })).id;
  otherOrganizationId = (await createOrganization(t.db, { name: "Andra AB" })).id;
  member = (await signedInUser(t.db, ["ORG_MEMBER"], [organizationId])).cookie;
  outsider = (await signedInUser(t.db, ["ORG_MEMBER"], [otherOrganizationId])).cookie;
  coach = (await signedInUser(t.db, ["COACH"])).cookie;
});

const outboxFor = (placementId: string) => t.db.searchOutbox.count({ where: { placementId } });

describe("createPlacement", () => {
  it("creates a draft with its adaptations, yrkeskort and kommun-centre coordinates, and records it in the search outbox", async () => {
    const result = await request(CREATE, { input: completeInput(organizationId) }, { cookie: member });
    expect(result.errors).toBeUndefined();
    const placement = result.data!.createPlacement;
    expect(placement).toMatchObject({ status: "DRAFT", title: "Sortera skänkta kläder", capacity: 2, freeSpots: 2, publishedAt: null });
    expect(placement.adaptations.map((a: { code: string }) => a.code).sort()).toEqual(["OWN_PACE", "QUIET_ENVIRONMENT"]);
    expect(placement.occupationCards).toEqual([{ id: "second-hand-butik" }]);
    expect({ latitude: placement.latitude, longitude: placement.longitude }).toEqual(kommunCentre("2183"));
    expect(await outboxFor(placement.id)).toBe(1);
  });

  it("says in Swedish, field by field, that the title is missing and that max hours are below min hours", async () => {
    const result = await request(CREATE, { input: completeInput(organizationId, { title: "  ", hoursPerDayMin: 4, hoursPerDayMax: 2 }) }, { cookie: member });
    expect(errorCodes(result)).toEqual(["VALIDATION_FAILED"]);
    expect(fieldErrorsOf(result.errors)).toEqual({
      title: "Skriv en rubrik för platsen.",
      hoursPerDayMax: "Högsta antal timmar kan inte vara mindre än lägsta antal timmar.",
    });
    expect(await t.db.placement.count({ where: { title: "  " } })).toBe(0);
  });

  it("refuses unknown adaptations, yrkeskort and kommuner by name", async () => {
    const result = await request(
      CREATE,
      { input: completeInput(organizationId, { adaptationCodes: ["FLYING"], occupationCardIds: ["astronaut"], kommunCode: "9999" }) },
      { cookie: member },
    );
    expect(fieldErrorsOf(result.errors)).toEqual({
      adaptationCodes: "Okänd anpassning: FLYING.",
      occupationCardIds: "Okänt yrkeskort: astronaut.",
      kommunCode: "Kommunen finns inte. Välj en kommun i listan.",
    });
  });

  it("lets only members of the organisation create its placements; an unknown organisation is not found", async () => {
    expect(errorCodes(await request(CREATE, { input: completeInput(organizationId) }, { cookie: outsider }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await request(CREATE, { input: completeInput("no-such-org") }, { cookie: member }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await request(CREATE, { input: completeInput(organizationId) }, { cookie: coach }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await request(CREATE, { input: completeInput(organizationId) }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("lets an API token act as a member of its own organisation only", async () => {
    const issuer = await createUser(t.db, { roles: ["ADMIN"] });
    await t.db.apiToken.create({ data: { organizationId, name: "Kvistens system", tokenHash: hashSecret("stv_kvisten"), createdById: issuer.id } });
    const own = await request(CREATE, { input: completeInput(organizationId, { title: "Via API" }) }, { authorization: "Bearer stv_kvisten" });
    expect(own.data?.createPlacement.title).toBe("Via API");
    const foreign = await request(CREATE, { input: completeInput(otherOrganizationId) }, { authorization: "Bearer stv_kvisten" });
    expect(errorCodes(foreign)).toEqual(["FORBIDDEN"]);
  });
});

describe("publishing and the status steps", () => {
  it("refuses to publish an incomplete draft and says what is missing, field by field", async () => {
    const draft = await request(
      CREATE,
      { input: { organizationId, kind: "INTERNSHIP", title: "Halvfärdig", hoursPerDayMin: 2, hoursPerDayMax: 3, capacity: 1, kommunCode: "2183" } },
      { cookie: member },
    );
    const id = draft.data!.createPlacement.id;
    const result = await request(step("publishPlacement"), { id }, { cookie: member });
    expect(errorCodes(result)).toEqual(["VALIDATION_FAILED"]);
    expect(fieldErrorsOf(result.errors)).toEqual({
      description: "Skriv en lättläst beskrivning av platsen.",
      tasks: "Skriv minst en arbetsuppgift.",
      occupationCardIds: "Välj minst ett yrkeskort.",
      weekdays: "Välj minst en veckodag.",
      address: "Skriv adressen till arbetsplatsen.",
      mentorName: "Skriv namnet på handledaren på plats.",
    });
    expect((await t.db.placement.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("publishes, pauses, reopens, closes and reopens, writing the outbox each time", async () => {
    const id = (await request(CREATE, { input: completeInput(organizationId) }, { cookie: member })).data!.createPlacement.id;
    const published = (await request(step("publishPlacement"), { id }, { cookie: member })).data!.publishPlacement;
    expect(published).toMatchObject({ status: "PUBLISHED", needsConfirmation: false, stale: false });
    expect(published.publishedAt).toBe(published.confirmedAt);
    for (const [name, status] of [
      ["pausePlacement", "PAUSED"],
      ["reopenPlacement", "PUBLISHED"],
      ["closePlacement", "CLOSED"],
      ["reopenPlacement", "PUBLISHED"],
    ] as const) {
      const result = await request(step(name), { id }, { cookie: member });
      expect(result.data?.[name].status, name).toBe(status);
    }
    expect(await outboxFor(id)).toBe(6);
  });

  it("refuses a step that does not fit the status with CONFLICT, and another organisation's member with FORBIDDEN", async () => {
    const id = (await request(CREATE, { input: completeInput(organizationId) }, { cookie: member })).data!.createPlacement.id;
    expect(errorCodes(await request(step("pausePlacement"), { id }, { cookie: member }))).toEqual(["CONFLICT"]);
    expect(errorCodes(await request(step("confirmPlacement"), { id }, { cookie: member }))).toEqual(["CONFLICT"]);
    await request(step("publishPlacement"), { id }, { cookie: member });
    expect(errorCodes(await request(step("publishPlacement"), { id }, { cookie: member }))).toEqual(["CONFLICT"]);
    for (const name of ["pausePlacement", "closePlacement", "confirmPlacement"]) {
      expect(errorCodes(await request(step(name), { id }, { cookie: outsider })), name).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await request(step("closePlacement"), { id: "no-such-placement" }, { cookie: member }))).toEqual(["NOT_FOUND"]);
  });

  it("hides another organisation's draft from an outsider as not found", async () => {
    const id = (await request(CREATE, { input: completeInput(organizationId) }, { cookie: member })).data!.createPlacement.id;
    expect(errorCodes(await request(step("publishPlacement"), { id }, { cookie: outsider }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await request(UPDATE, { input: { id, title: "Kapad" } }, { cookie: outsider }))).toEqual(["NOT_FOUND"]);
  });
});

describe("updatePlacement", () => {
  it("changes only the fields given, replaces lists, and moves coordinates with the kommun", async () => {
    const id = (await request(CREATE, { input: completeInput(organizationId) }, { cookie: member })).data!.createPlacement.id;
    const result = await request(
      UPDATE,
      { input: { id, title: "Ny rubrik", adaptationCodes: ["PICTURE_SUPPORT"], kommunCode: "1780", endDate: "2027-06-30" } },
      { cookie: member },
    );
    expect(result.errors).toBeUndefined();
    const placement = result.data!.updatePlacement;
    expect(placement).toMatchObject({ title: "Ny rubrik", description: completeInput("").description, kommunCode: "1780", capacity: 2 });
    expect(placement.adaptations).toEqual([{ code: "PICTURE_SUPPORT" }]);
    expect(placement.endDate).toBe("2027-06-30");
    expect({ latitude: placement.latitude, longitude: placement.longitude }).toEqual(kommunCentre("1780"));
    expect(await outboxFor(id)).toBe(2);
  });

  it("keeps a published placement complete: emptying a required field is refused", async () => {
    const id = (await request(CREATE, { input: completeInput(organizationId) }, { cookie: member })).data!.createPlacement.id;
    await request(step("publishPlacement"), { id }, { cookie: member });
    const result = await request(UPDATE, { input: { id, tasks: [] } }, { cookie: member });
    expect(fieldErrorsOf(result.errors)).toEqual({ tasks: "Skriv minst en arbetsuppgift." });
  });
});

describe("freshness and free spots", () => {
  it("flags a listing unconfirmed for 90 days, calls it stale after 120, and confirming clears both", async () => {
    const days = (n: number) => new Date(Date.now() - n * 86_400_000);
    const fresh = await createPlacement(t.db, { organizationId, status: "PUBLISHED", confirmedAt: days(89), publishedAt: days(200) });
    const flagged = await createPlacement(t.db, { organizationId, status: "PUBLISHED", confirmedAt: days(91), publishedAt: days(200) });
    const stale = await createPlacement(t.db, { organizationId, status: "PUBLISHED", confirmedAt: null, publishedAt: days(121) });
    const query = `query($id: ID!) { placement(id: $id) { needsConfirmation stale } }`;
    const flags = async (id: string) => (await request(query, { id }, { cookie: member })).data!.placement;
    expect(await flags(fresh.id)).toEqual({ needsConfirmation: false, stale: false });
    expect(await flags(flagged.id)).toEqual({ needsConfirmation: true, stale: false });
    expect(await flags(stale.id)).toEqual({ needsConfirmation: true, stale: true });

    const confirmed = await request(step("confirmPlacement"), { id: stale.id }, { cookie: member });
    expect(confirmed.data!.confirmPlacement).toMatchObject({ needsConfirmation: false, stale: false });
    expect(await outboxFor(stale.id)).toBe(2);
  });

  it("derives free spots from active assignments", async () => {
    const user = await createUser(t.db, { roles: ["COACH"] });
    const placement = await createPlacement(t.db, { organizationId, status: "PUBLISHED", capacity: 3 });
    for (const status of ["ACTIVE", "ACTIVE", "ENDED"] as const) {
      const participant = await createParticipant(t.db, { coachId: user.id });
      await createAssignment(t.db, { participantId: participant.id, placementId: placement.id, status });
    }
    const result = await request(`query($id: ID!) { placement(id: $id) { capacity freeSpots } }`, { id: placement.id });
    expect(result.data!.placement).toEqual({ capacity: 3, freeSpots: 1 });
  });
});
