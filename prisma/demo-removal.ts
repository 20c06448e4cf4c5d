// Demo data in a database that is about to serve production: finding it (production refuses to start while any demo
// account exists, since their password is public) and removing it (npm run db:remove-demo).
import type { PrismaClient } from "../generated/prisma/client.ts";
import { buildDemoWorld, DEMO_ADMIN_EMAIL } from "./demo-data.ts";

/** Every demo account's email ends with this; the domain is ours and never given to a real person. */
export const DEMO_EMAIL_DOMAIN = DEMO_ADMIN_EMAIL.slice(DEMO_ADMIN_EMAIL.indexOf("@"));

const demoAccount = { email: { endsWith: DEMO_EMAIL_DOMAIN } };

/** The demo accounts' emails, in order; empty when there are none. */
export async function demoAccounts(db: PrismaClient): Promise<string[]> {
  const users = await db.user.findMany({ where: demoAccount, select: { email: true }, orderBy: { email: "asc" } });
  return users.map((user) => user.email);
}

/**
 * Removes the demo world in one transaction: the demo organisations (with their placements, which leave the search
 * index through the outbox), the demo participants and any participant a demo coach created, what the demo
 * accounts did (their audit events and API tokens), and the accounts. Real data that a demo account touched in other
 * ways makes the whole removal fail with a foreign-key error, and nothing is removed.
 */
export async function removeDemoData(db: PrismaClient): Promise<{ accounts: number; organizations: number; placements: number; participants: number }> {
  const world = buildDemoWorld();
  const organizationIds = world.organizations.map((organization) => organization.id);
  const userIds = (await db.user.findMany({ where: demoAccount, select: { id: true } })).map((user) => user.id);
  const placements = await db.placement.findMany({ where: { organizationId: { in: organizationIds } }, select: { id: true } });
  const [, , , participants, organizations, accounts] = await db.$transaction([
    db.searchOutbox.createMany({ data: placements.map((placement) => ({ placementId: placement.id })) }),
    db.auditEvent.deleteMany({ where: { actorId: { in: userIds } } }),
    db.apiToken.deleteMany({ where: { createdById: { in: userIds } } }),
    db.participant.deleteMany({ where: { OR: [{ id: { in: world.participants.map((p) => p.id) } }, { coachId: { in: userIds } }] } }),
    db.organization.deleteMany({ where: { id: { in: organizationIds } } }),
    db.user.deleteMany({ where: { id: { in: userIds } } }),
  ]);
  return { accounts: accounts.count, organizations: organizations.count, placements: placements.length, participants: participants.count };
}
