// Demo data for the embedded default and development. Never in production. The world itself is built by
// prisma/demo-data.ts from the files in prisma/data/demo/; this module only writes it.
// `npm run db:seed` (scripts/seed.ts) loads reference data, then demo data, into DATABASE_URL (or the embedded
// database when DATABASE_URL is unset) and prints counts.
// seedDemoData is idempotent: when the demo admin exists it does nothing. Everything is written in one batch
// transaction of createMany statements (~20 round trips), so it is fast on PGlite too.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { hashPassword } from "./password.ts";
import { buildDemoWorld, DEMO_ADMIN_EMAIL, type DemoWorld } from "./demo-data.ts";
import { addFollowUpDemo } from "./demo-follow-up.ts";
import { isProduction } from "../config/mode.ts";
import { seedDemoAttendance } from "./demo-attendance.ts";

export type SeedCounts = { [K in Exclude<keyof DemoWorld, "now">]: number } & { searchOutbox: number };

export type SeedResult = { seeded: false } | { seeded: true; counts: SeedCounts };

export function assertNotProduction(): void {
  if (isProduction()) {
    throw new Error("Vägrar lägga in demodata: NODE_ENV=production. Demodata (med kända lösenord) får aldrig finnas i produktion.");
  }
}

/**
 * The demo world goes in as one batch: Prisma's default 5 s limit is too short for a first start on a busy machine
 * (seen at load 20 on 2 cores), and a seed that times out leaves a first start that fails.
 */
export const SEED_TRANSACTION = { maxWait: 30_000, timeout: 120_000 } as const;

export async function seedDemoData(db: PrismaClient, options: { now?: Date } = {}): Promise<SeedResult> {
  assertNotProduction();
  const existing = await db.user.findUnique({ where: { email: DEMO_ADMIN_EMAIL }, select: { id: true } });
  if (existing) return { seeded: false };

  const world = buildDemoWorld({ now: options.now });
  // one hash per distinct password (all demo users share "stegvis-demo"); argon2id with its own salt
  const hashes = new Map<string, string>();
  await Promise.all(
    [...new Set(world.users.map((u) => u.password))].map(async (pw) => hashes.set(pw, await hashPassword(pw))),
  );
  const users = world.users.map(({ password, ...u }) => ({ ...u, passwordHash: hashes.get(password)! }));
  const outbox = world.placements.map((p) => ({ placementId: p.id }));

  await db.$transaction([
    db.user.createMany({ data: users }),
    db.organization.createMany({ data: world.organizations }),
    db.membership.createMany({ data: world.memberships }),
    db.placement.createMany({ data: world.placements }),
    db.placementAdaptation.createMany({ data: world.placementAdaptations }),
    db.placementOccupationCard.createMany({ data: world.placementOccupationCards }),
    db.searchOutbox.createMany({ data: outbox }),
    db.participant.createMany({ data: world.participants }),
    db.participantTravelKommun.createMany({ data: world.participantTravelKommuner }),
    db.participantAdaptationNeed.createMany({ data: world.participantAdaptationNeeds }),
    db.participantAvoidCard.createMany({ data: world.participantAvoidCards }),
    db.cardSortSession.createMany({ data: world.cardSortSessions }),
    db.cardChoice.createMany({ data: world.cardChoices }),
    db.consent.createMany({ data: world.consents }),
    db.proposal.createMany({ data: world.proposals }),
    db.proposalEvent.createMany({ data: world.proposalEvents }),
    db.assignment.createMany({ data: world.assignments }),
    db.followUp.createMany({ data: world.followUps }),
    db.progressRating.createMany({ data: world.progressRatings }),
    db.attendanceDay.createMany({ data: world.attendanceDays }),
  ], SEED_TRANSACTION);
  await addFollowUpDemo(db, world.now);

  await seedDemoAttendance(db, world.now); // the demo social enterprise's months and monthly reports
  const { now: _now, ...tables } = world;
  const counts = Object.fromEntries(Object.entries(tables).map(([k, rows]) => [k, rows.length])) as SeedCounts;
  counts.searchOutbox = outbox.length;
  return { seeded: true, counts };
}
