import { describe, expect, it } from "vitest";
import { buildDemoWorld } from "../../prisma/demo-data.ts";
import { DEMO_EMAIL_DOMAIN, demoAccounts, removeDemoData } from "../../prisma/demo-removal.ts";
import { createOrganization, createParticipant, createPlacement, createUser } from "../../prisma/factories.ts";
import { seedDemoData } from "../../prisma/seed.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();

describe("removing the demo data before production", () => {
  it("finds every demo account by its email domain", () => {
    expect(buildDemoWorld().users.every((user) => user.email.endsWith(DEMO_EMAIL_DOMAIN))).toBe(true);
  });

  it("removes the demo world and what demo accounts made, keeps real data, and takes the placements out of the index", { timeout: 120_000 }, async () => {
    await seedDemoData(t.db);
    const world = buildDemoWorld();
    expect(await t.db.monthlyReportVersion.count()).toBeGreaterThan(0); // prisma/demo-attendance.ts
    const demoCoach = await t.db.user.findUniqueOrThrow({ where: { email: "coach@demo.stegvis.se" } });
    // Made while trying the demo: a participant of a demo coach, and a read in the audit log.
    const tried = await createParticipant(t.db, { coachId: demoCoach.id });
    await t.db.auditEvent.create({ data: { actorId: demoCoach.id, action: "READ", entity: "Participant", entityId: tried.id, participantId: tried.id, purpose: "test" } });
    // Real: an organisation with a placement, an administrator and a coach with a participant.
    const realOrganization = await createOrganization(t.db);
    const realPlacement = await createPlacement(t.db, { organizationId: realOrganization.id, status: "PUBLISHED" });
    await createUser(t.db, { email: "chef@kommun.example", roles: ["ADMIN"] });
    const realCoach = await createUser(t.db, { email: "coach@kommun.example", roles: ["COACH"] });
    const realParticipant = await createParticipant(t.db, { coachId: realCoach.id });
    expect((await demoAccounts(t.db)).length).toBe(world.users.length);
    await t.db.searchOutbox.deleteMany();

    const removed = await removeDemoData(t.db);

    expect(removed).toEqual({
      accounts: world.users.length,
      organizations: world.organizations.length,
      placements: world.placements.length,
      participants: world.participants.length + 1,
    });
    expect(await demoAccounts(t.db)).toEqual([]);
    expect([await t.db.monthlyReport.count(), await t.db.monthlyReportVersion.count(), await t.db.attendanceDay.count()]).toEqual([0, 0, 0]);
    expect(await t.db.organization.findMany({ select: { id: true } })).toEqual([{ id: realOrganization.id }]);
    expect(await t.db.placement.findMany({ select: { id: true } })).toEqual([{ id: realPlacement.id }]);
    expect(await t.db.participant.findMany({ select: { id: true } })).toEqual([{ id: realParticipant.id }]);
    expect((await t.db.user.findMany({ select: { email: true }, orderBy: { email: "asc" } })).map((user) => user.email)).toEqual([
      "chef@kommun.example",
      "coach@kommun.example",
    ]);
    const outbox = (await t.db.searchOutbox.findMany()).map((row) => row.placementId).sort();
    expect(outbox).toEqual(world.placements.map((placement) => placement.id).sort());
  });
});
