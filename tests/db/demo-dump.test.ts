import { describe, expect, it } from "vitest";
import { buildDemoWorld, DEMO_PASSWORD } from "../../prisma/demo-data.ts";
import { seedAndDump } from "../../scripts/dump-demo-world.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();

describe("npm run demo:dump", () => {
  it("prints every demo row, naming rows by natural keys instead of ids", async () => {
    const dump = await seedAndDump(t.url);
    const world = buildDemoWorld();
    expect(dump.Placement).toHaveLength(world.placements.length);
    expect(dump.CardChoice).toHaveLength(world.cardChoices.length);
    expect(dump.AttendanceDay).toHaveLength(world.attendanceDays.length);
    expect(JSON.stringify(dump)).not.toMatch(/"demo-[a-z]+-/);
    expect(dump.Membership).toContainEqual(expect.objectContaining({ userId: "arbetsgivare@demo.stegvis.se", organizationId: "Hälsinge Logistik AB" }));
    expect(dump.SearchOutbox.every((row) => typeof row.placementId === "string" && row.placementId.includes(" / "))).toBe(true);
    expect(new Set(dump.User.map((user) => user.passwordHash))).toEqual(new Set([`argon2id(${DEMO_PASSWORD})`]));
  });
});
