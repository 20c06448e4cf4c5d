/**
 * Attendance benchmark (issue 12, acceptance 6; not a timed test): 50 organisations × 10 participants each send a
 * month of days through the real HTTP API (POST /graphql, upsertAttendanceDays, one request per participant and an
 * API token per organisation), all at once, against PostgreSQL. A share of the batches is sent twice at the same time
 * with the same idempotency key. Prints throughput, p50/p95/max latency, CPU time of the server and of this process
 * beside wall time, and the count of lost or duplicated days (must be 0).
 *
 *   NODE_ENV=production npm run bench:attendance                     # a throwaway PostgreSQL 15 (root, Debian's postgresql)
 *   DATABASE_URL=postgresql://…/empty_db npm run bench:attendance    # an empty database of your own
 *   options: --orgs 50 --participants 10 --month 2026-11 --repeat 0.1
 *
 * Phases run in order against the same world; add one (e.g. submitting the month's reports) to PHASES.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { scheduleOfMonth, type YearMonth } from "../attendance/schedule.ts";
import { hashSecret, newSecret } from "../graphql/auth/tokens.ts";
import { toDbDate } from "../lib/dates.ts";
import { createDb, type Db } from "../prisma/db.ts";
import { startAppServer, type AppServer } from "../tests/helpers/app-server.ts";
import { throwawayPostgres } from "./throwaway-postgres.ts";

const { values: args } = parseArgs({
  options: {
    orgs: { type: "string", default: "50" },
    participants: { type: "string", default: "10" },
    month: { type: "string", default: "2026-11" },
    repeat: { type: "string", default: "0.1" },
  },
});
const ORGS = Number(args.orgs);
const PER_ORG = Number(args.participants);
const MONTH: YearMonth = args.month!;
const REPEAT_SHARE = Number(args.repeat);
const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI"] as const;
const HOURS = 4;

// ---------------------------------------------------------------- the world

interface World {
  organizations: { id: string; token: string; assignments: string[] }[];
}

async function buildWorld(db: Db): Promise<World> {
  const admin = await db.user.create({ data: { email: `bench-admin-${Date.now()}@bench.stegvis.se`, name: "Bench", passwordHash: "not-a-login", roles: ["ADMIN"] } });
  const coach = await db.user.create({ data: { email: `bench-coach-${Date.now()}@bench.stegvis.se`, name: "Coach", passwordHash: "not-a-login", roles: ["COACH"] } });
  const world: World = { organizations: [] };
  for (let o = 0; o < ORGS; o++) {
    const org = await db.organization.create({ data: { name: `Bänkföretaget ${o}`, kind: "SOCIAL_ENTERPRISE", kommunCode: "2183" } });
    const placement = await db.placement.create({
      data: { organizationId: org.id, kind: "WORK_TRAINING", title: "Lager", description: "", kommunCode: "2183", weekdays: [...WEEKDAYS], hoursPerDayMin: 2, hoursPerDayMax: 8, capacity: PER_ORG, status: "PUBLISHED", latitude: 61.35, longitude: 16.39 },
    });
    const token = newSecret("stv_");
    await db.apiToken.create({ data: { organizationId: org.id, name: "Bänk", tokenHash: hashSecret(token), createdById: admin.id } });
    const assignments: string[] = [];
    for (let p = 0; p < PER_ORG; p++) {
      const participant = await db.participant.create({
        data: { code: `B-${o}-${p}`, displayName: `Deltagare ${o}-${p}`, kommunCode: "2183", hoursPerDayMax: 8, weekdays: [...WEEKDAYS], travelKind: "KOMMUNER", coachId: coach.id },
      });
      await db.consent.create({ data: { participantId: participant.id, scope: "SHARE_WITH_EMPLOYER", givenAt: new Date(), recordedById: coach.id } });
      const assignment = await db.assignment.create({
        data: { participantId: participant.id, placementId: placement.id, startDate: toDbDate(`${MONTH}-01`), weekdays: [...WEEKDAYS], hoursPerDay: HOURS },
      });
      assignments.push(assignment.id);
    }
    world.organizations.push({ id: org.id, token, assignments });
  }
  return world;
}

/** The days a participant's system sends: every scheduled day, a few absences, one partial day. */
function monthOfDays(assignmentId: string, seed: number) {
  const schedule = scheduleOfMonth({ startDate: toDbDate(`${MONTH}-01`), plannedEndDate: null, endedAt: null, weekdays: [...WEEKDAYS], hoursPerDay: HOURS }, MONTH);
  return schedule
    .filter((day) => day.kind === "SCHEDULED")
    .map((day, i) =>
      (i + seed) % 11 === 0
        ? { assignmentId, date: day.date, attendedMinutes: 0, absenceReason: "SICK" }
        : (i + seed) % 7 === 0
          ? { assignmentId, date: day.date, attendedMinutes: day.scheduledMinutes - 45, absenceReason: "OTHER_ACTIVITY", note: "Läkarbesök" }
          : { assignmentId, date: day.date, attendedMinutes: day.scheduledMinutes },
    );
}

// ---------------------------------------------------------------- measuring

interface Sample {
  ms: number;
  ok: boolean;
  replayed?: boolean;
  error?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Server CPU seconds from /proc (user + system): the server is another process, so process.cpuUsage cannot see it. */
function processCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz on Linux)
}

const UPSERT = `mutation($input: UpsertAttendanceDaysInput!) { upsertAttendanceDays(input: $input) { replayed created updated } }`;

async function post(app: AppServer, token: string, body: object): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    const json = (await response.json()) as { data?: { upsertAttendanceDays?: { replayed: boolean } }; errors?: { message: string; extensions?: { code?: string } }[] };
    const ms = performance.now() - started;
    if (json.errors?.length) return { ms, ok: false, error: `${json.errors[0]!.extensions?.code}: ${json.errors[0]!.message}` };
    return { ms, ok: true, replayed: json.data?.upsertAttendanceDays?.replayed };
  } catch (error) {
    return { ms: performance.now() - started, ok: false, error: String(error) };
  }
}

interface PhaseResult {
  name: string;
  samples: Sample[];
  units: number;
  unitName: string;
}

/** A phase sends its requests all at once and returns its samples; PHASES run in order. */
type Phase = (app: AppServer, world: World) => Promise<PhaseResult>;

const upsertMonth: Phase = async (app, world) => {
  const requests: Promise<Sample>[] = [];
  let days = 0;
  world.organizations.forEach((org, o) =>
    org.assignments.forEach((assignmentId, p) => {
      const batch = monthOfDays(assignmentId, o * PER_ORG + p);
      days += batch.length;
      const body = { query: UPSERT, variables: { input: { idempotencyKey: `bench-${assignmentId}`, days: batch } } };
      requests.push(post(app, org.token, body));
      // A retrying client: the same key again, at the same time.
      if ((o * PER_ORG + p) % Math.max(1, Math.round(1 / REPEAT_SHARE)) === 0) requests.push(post(app, org.token, body));
    }),
  );
  return { name: "upsert a month of days", samples: await Promise.all(requests), units: days, unitName: "days" };
};

const PHASES: Phase[] = [upsertMonth];

// ---------------------------------------------------------------- checking

async function lostOrDuplicated(db: Db, world: World): Promise<{ expected: number; stored: number; lost: number; wrong: number; duplicated: number }> {
  let expected = 0;
  let lost = 0;
  let wrong = 0;
  let stored = 0;
  for (const [o, org] of world.organizations.entries()) {
    const rows = await db.attendanceDay.findMany({ where: { assignmentId: { in: org.assignments } } });
    stored += rows.length;
    const byKey = new Map<string, (typeof rows)[number][]>();
    for (const row of rows) {
      const key = `${row.assignmentId}:${row.date.toISOString().slice(0, 10)}`;
      byKey.set(key, [...(byKey.get(key) ?? []), row]);
    }
    org.assignments.forEach((assignmentId, p) => {
      for (const day of monthOfDays(assignmentId, o * PER_ORG + p)) {
        expected += 1;
        const found = byKey.get(`${assignmentId}:${day.date}`);
        if (!found) lost += 1;
        else if (found[0]!.attendedMinutes !== day.attendedMinutes || found[0]!.absenceReason !== (day.absenceReason ?? null)) wrong += 1;
      }
    });
  }
  return { expected, stored, lost, wrong, duplicated: stored - (expected - lost) };
}

// ---------------------------------------------------------------- run

const own = process.env.DATABASE_URL ? null : await throwawayPostgres();
const url = process.env.DATABASE_URL ?? own!.url;
let app: AppServer | undefined;
try {
  console.info(`attendance benchmark: ${ORGS} organisations × ${PER_ORG} participants, month ${MONTH}, ${own ? "a throwaway PostgreSQL 15" : "DATABASE_URL"}`);
  app = await startAppServer({ databaseUrl: url, env: { NODE_ENV: process.env.NODE_ENV ?? "production" } });
  const db = createDb(url);
  const setupStarted = performance.now();
  const world = await buildWorld(db);
  console.info(`world built in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s; server mode: ${/mode: (\w+)/.exec(app.output())?.[1] ?? "?"}`);
  for (const phase of PHASES) {
    const serverCpu = processCpuSeconds(app.pid);
    const ownCpu = process.cpuUsage();
    const started = performance.now();
    const result = await phase(app, world);
    const wall = (performance.now() - started) / 1000;
    const ownUsed = process.cpuUsage(ownCpu);
    const latencies = result.samples.map((s) => s.ms).sort((a, b) => a - b);
    const failures = result.samples.filter((s) => !s.ok);
    console.info(`\n${result.name}: ${result.samples.length} requests, all at once`);
    console.info(`  wall time         ${wall.toFixed(2)} s`);
    console.info(`  throughput        ${(result.samples.length / wall).toFixed(1)} requests/s, ${(result.units / wall).toFixed(0)} ${result.unitName}/s`);
    console.info(`  latency           p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${latencies[latencies.length - 1]!.toFixed(0)} ms`);
    console.info(`  CPU time          server ${(processCpuSeconds(app.pid) - serverCpu).toFixed(2)} s, benchmark ${((ownUsed.user + ownUsed.system) / 1e6).toFixed(2)} s (wall ${wall.toFixed(2)} s)`);
    console.info(`  replayed          ${result.samples.filter((s) => s.replayed).length} (same key sent twice at once)`);
    console.info(`  failed requests   ${failures.length}${failures.length ? `: ${[...new Set(failures.map((f) => f.error))].slice(0, 3).join(" | ")}` : ""}`);
  }
  const check = await lostOrDuplicated(db, world);
  console.info(`\ndays expected ${check.expected}, stored ${check.stored}: lost ${check.lost}, duplicated ${check.duplicated}, wrong values ${check.wrong}`);
  await db.$disconnect();
  process.exitCode = check.lost || check.duplicated || check.wrong ? 1 : 0;
} finally {
  await app?.stop();
  own?.stop();
}
