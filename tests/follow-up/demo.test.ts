import { beforeAll, describe, expect, it } from "vitest";
import { removeDemoData } from "../../prisma/demo-removal.ts";
import { seedDemoData } from "../../prisma/seed.ts";
import { useTestDatabase } from "../setup/database.ts";
import { OVERVIEW, runAs, viewerOf } from "./helpers.ts";

const t = useTestDatabase();
const NOW = new Date("2026-11-20T09:00:00Z");

beforeAll(async () => {
  await seedDemoData(t.db, { now: NOW });
}, 120_000);

describe("the follow-up demo", () => {
  it("gives handledare@demo six people in Supported Employment: two overdue first, one employed and followed along", async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "handledare@demo.stegvis.se" } });
    const result = await runAs(t.db)(viewerOf(user), OVERVIEW, {}, NOW.toISOString());
    expect(result.errors).toEqual([]);
    const rows = result.data!.followUpOverview.rows as { overdue: boolean; participant: { displayName: string } }[];
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.overdue)).toEqual([true, true, false, false, false, false]);
    expect(rows.slice(0, 2).map((r) => r.participant.displayName)).toEqual(["Ali", "Anton"]);
    const employed = await t.db.participant.findMany({ where: { supportWorkerId: user.id, outcome: "JOB_WITH_SUPPORT", supportEndedOn: null } });
    expect(employed.map((p) => p.displayName)).toEqual(["Ahmed"]);
  });

  it("has three to eight follow-ups per person, with steps that move over time", async () => {
    const people = await t.db.participant.findMany({
      where: { sePhase: { not: null } },
      include: { followUps: { orderBy: { date: "asc" }, include: { ratings: { where: { area: "WORK_TASKS" } } } } },
    });
    expect(people).toHaveLength(6);
    for (const person of people) {
      expect(person.followUps.length).toBeGreaterThanOrEqual(3);
      expect(person.followUps.length).toBeLessThanOrEqual(8);
      const steps = person.followUps.flatMap((f) => f.ratings.map((r) => r.rating));
      expect(new Set(steps).size, person.displayName).toBeGreaterThan(1);
    }
  });

  it("goes with the rest of the demo when it is removed", async () => {
    expect(await t.db.agreedAction.count()).toBeGreaterThan(0);
    await removeDemoData(t.db);
    expect(await t.db.followUp.count()).toBe(0);
    expect(await t.db.agreedAction.count()).toBe(0);
    expect(await t.db.followUpAdaptation.count()).toBe(0);
  });
});
