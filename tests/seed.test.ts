import { afterEach, describe, expect, it } from "vitest";
import { buildDemoWorld, DEMO_NOW, DEMO_STEPS, pairKey, type DemoStep } from "../prisma/demo-data.ts";
import { createParticipant, createPlacement, createUser } from "../prisma/factories.ts";
import { loadReferenceData, readAdaptations, readKommuner, readOccupationCards } from "../prisma/reference-data.ts";
import { seedDemoData } from "../prisma/seed.ts";
import { useTestDatabase } from "./setup/database.ts";

const t = useTestDatabase();
const nodeEnv = process.env.NODE_ENV;
afterEach(() => {
  process.env.NODE_ENV = nodeEnv;
});

describe("reference data", () => {
  it("reads 290 kommuner, 46 yrkeskort with slug ids and 29 adaptations", () => {
    expect(readKommuner()).toHaveLength(290);
    const cards = readOccupationCards();
    expect(cards).toHaveLength(46);
    expect(cards[0]).toMatchObject({ id: "stada-lokaler", ssyk: "9111", area: "Lokalvård", sortOrder: 1 });
    expect(cards.find((c) => c.id === "lana-ut-utrustning-som-fritidsbanken")?.title).toBe("Låna ut utrustning (som Fritidsbanken)");
    expect(cards.every((c) => c.description.startsWith("Du "))).toBe(true);
    expect(readAdaptations().find((a) => a.code === "LOW_SENSORY_LOAD")?.label).toBe("Dämpat ljus, inga starka dofter");
  });

  it("is idempotent and writes nothing on a loaded database", async () => {
    const again = await loadReferenceData(t.db);
    expect(again.inserted).toEqual({ kommuner: 0, occupationCards: 0, adaptations: 0, progressAreas: 0 });
    expect(again.updated).toEqual({ kommuner: 0, occupationCards: 0, adaptations: 0, progressAreas: 0 });
    expect(await t.db.progressAreaAnchor.count()).toBe(7);
    expect(await t.db.kommun.count()).toBe(290);
  });
});

describe("demo data", () => {
  it("is deterministic for a given now", () => {
    expect(JSON.stringify(buildDemoWorld({ now: DEMO_NOW }))).toBe(JSON.stringify(buildDemoWorld()));
  });

  it("dates everything from now", () => {
    const week = 7 * 86_400_000;
    const later = buildDemoWorld({ now: new Date(DEMO_NOW.getTime() + week) });
    const moments = (world: ReturnType<typeof buildDemoWorld>) =>
      [...world.placements.map((p) => p.createdAt), ...world.proposalEvents.map((e) => e.createdAt), ...world.followUps.map((f) => f.date)].map((d) =>
        new Date(d!).getTime(),
      );
    expect(moments(later)).toEqual(moments(buildDemoWorld()).map((t) => t + week));
  });

  it("lets a step find what earlier steps made by natural key, and names a key that is not there", () => {
    const found: string[] = [];
    buildDemoWorld({
      steps: [
        ...DEMO_STEPS,
        {
          name: "a later domain",
          run(ctx) {
            const assignment = ctx.find("assignment", pairKey("BOL-0001", "Kafébiträde på Café Steget"));
            found.push(assignment.row.participantId, ctx.find("participant", "BOL-0001").row.id, ctx.find("user", "handledare@demo.stegvis.se").row.id);
          },
        },
      ],
    });
    expect(found).toEqual(["demo-ptc-bol-0001", "demo-ptc-bol-0001", "demo-user-handledare"]);
    const misspelt: DemoStep = { name: "misspelt", run: (ctx) => void ctx.find("placement", "Kafébiträde") };
    expect(() => buildDemoWorld({ steps: [...DEMO_STEPS.slice(0, 3), misspelt] })).toThrow('demo data (misspelt): no placement "Kafébiträde"');
  });

  it("refuses to run in production", async () => {
    process.env.NODE_ENV = "production";
    await expect(seedDemoData(t.db)).rejects.toThrow(/production/);
    expect(await t.db.user.count()).toBe(0);
  });

  it("seeds once, with outbox rows for every placement, and then does nothing", async () => {
    const first = await seedDemoData(t.db);
    expect(first.seeded).toBe(true);
    expect(await t.db.placement.count({ where: { status: "PUBLISHED" } })).toBeGreaterThanOrEqual(60);
    const placementIds = (await t.db.placement.findMany({ select: { id: true } })).map((p) => p.id).sort();
    const outboxIds = [...new Set((await t.db.searchOutbox.findMany()).map((o) => o.placementId))].sort();
    expect(outboxIds).toEqual(placementIds);
    const coach = await t.db.user.findUniqueOrThrow({ where: { email: "coach@demo.stegvis.se" }, include: { _count: { select: { caseload: true } } } });
    expect(coach._count.caseload).toBeGreaterThanOrEqual(30);
    const placements = await t.db.placement.findMany({ include: { _count: { select: { assignments: { where: { status: "ACTIVE" } } } } } });
    for (const p of placements) expect(p.capacity).toBeGreaterThanOrEqual(p._count.assignments);

    const counts = { users: await t.db.user.count(), choices: await t.db.cardChoice.count() };
    expect(await seedDemoData(t.db)).toEqual({ seeded: false });
    expect({ users: await t.db.user.count(), choices: await t.db.cardChoice.count() }).toEqual(counts);
  });
});

describe("factories", () => {
  it("creates a published placement with its outbox row, and a participant in their own kommun", async () => {
    const before = await t.db.searchOutbox.count();
    const placement = await createPlacement(t.db, {
      status: "PUBLISHED", kommunCode: "1781", adaptationCodes: ["QUIET_ENVIRONMENT"], occupationCardIds: ["baka"],
    });
    expect(placement.publishedAt).not.toBeNull();
    expect(placement.latitude).toBeCloseTo(59.30944);
    expect(await t.db.searchOutbox.count()).toBe(before + 1);
    const coach = await createUser(t.db, { email: "factory-coach@test.stegvis.se", roles: ["COACH"] });
    const participant = await createParticipant(t.db, { coachId: coach.id, kommunCode: "1781", adaptationNeeds: [{ code: "QUIET_ENVIRONMENT", mustHave: true }] });
    expect(await t.db.participantTravelKommun.findMany({ where: { participantId: participant.id } })).toEqual([
      { participantId: participant.id, kommunCode: "1781" },
    ]);
  });
});
