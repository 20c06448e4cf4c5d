/**
 * Statistics benchmark (issue 14, acceptance 3; not a timed test): 20,000 participants with two years of placements,
 * attendance days, approved monthly reports, proposals and step ratings, generated with bulk SQL in PostgreSQL; then
 * Query.statistics for the last 12 and the last 24 months, run in-process through the GraphQL schema as an
 * administrator (every participant in scope), end to end: SQL aggregation, suppression, tables. Prints wall time,
 * this process's CPU time and (with the throwaway cluster) PostgreSQL's CPU time summed over its backends, from
 * /proc: on a loaded machine the CPU times say what the query costs, the wall time what it waited.
 *
 *   NODE_ENV=production npm run bench:statistics                     # a throwaway PostgreSQL 15 (root, Debian's postgresql)
 *   DATABASE_URL=postgresql://…/empty_db npm run bench:statistics    # an empty database of your own
 *   options: --participants 20000 --runs 5
 */
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { execute, parse } from "graphql";
import { createContext } from "../graphql/context.ts";
import { schema } from "../graphql/schema.ts";
import { fixedClock } from "../lib/dates.ts";
import { createDb, type Db } from "../prisma/db.ts";
import { applyMigrations, defaultMigrationsDir } from "../prisma/migrate.ts";
import { loadReferenceData } from "../prisma/reference-data.ts";
import { createEmbeddedEngine } from "../search/embedded.ts";
import { clusterCpuSeconds, startThrowawayPostgres } from "../tests/helpers/throwaway-postgres.ts";

const { values: args } = parseArgs({
  options: {
    participants: { type: "string", default: "20000" },
    runs: { type: "string", default: "5" },
  },
});
const PARTICIPANTS = Number(args.participants);
const RUNS = Number(args.runs);
/** "Now" for the run: the generated world spans the two years before it. */
const NOW = new Date("2026-12-01T09:00:00Z");
const QUERY = parse(`query($from: String, $to: String) {
  statistics(from: $from, to: $to) { from to scope tables { key rows { label cells { value suppressed } } } }
}`);

/** The world, in bulk statements: no row is built in JavaScript. */
const WORLD_SQL = (participants: number) => [
  `INSERT INTO "User" (id, email, name, "passwordHash", roles, "updatedAt")
   SELECT 'u' || i, 'bench' || i || '@bench.stegvis.se', 'Bänk ' || i, 'not-a-login', ARRAY[CASE WHEN i = 0 THEN 'ADMIN' ELSE 'COACH' END]::"Role"[], now()
   FROM generate_series(0, 60) i`,
  `CREATE TEMP TABLE bench_kommun AS SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM "Kommun" ORDER BY code LIMIT 30`,
  `INSERT INTO "Organization" (id, name, kind, "kommunCode", "updatedAt")
   SELECT 'o' || i, 'Organisation ' || i, (ARRAY['COMPANY','SOCIAL_ENTERPRISE','ASSOCIATION','PUBLIC']::"OrganizationKind"[])[1 + i % 4], k.code, now()
   FROM generate_series(0, 199) i JOIN bench_kommun k ON k.n = i % 30`,
  `INSERT INTO "Placement" (id, "organizationId", kind, status, title, "kommunCode", latitude, longitude, "hoursPerDayMin", "hoursPerDayMax", capacity, "publishedAt", "confirmedAt", "updatedAt")
   SELECT 'pl' || i, 'o' || (i % 200), 'WORK_TRAINING', 'PUBLISHED', 'Plats ' || i, o."kommunCode", 59.3, 18.0, 2, 6, 30,
     timestamp '2024-12-01' + (i * 7919 % 730) * interval '1 day', timestamp '2024-12-01' + (i * 7919 % 730) * interval '1 day', now()
   FROM generate_series(0, 999) i JOIN "Organization" o ON o.id = 'o' || (i % 200)`,
  // Each participant: a start day in the two years, 2–12 months placed, 45 % with an outcome at the end.
  `CREATE TEMP TABLE bench_person AS
   SELECT i, date '2024-12-01' + (i * 104729 % 700) AS start_day, 2 + (i * 31 % 11) AS months, (i * 13 % 100) < 45 AS ends
   FROM generate_series(0, ${participants - 1}) i`,
  `INSERT INTO "Participant" (id, code, "displayName", "kommunCode", "hoursPerDayMax", "coachId", outcome, "outcomeDate", "updatedAt")
   SELECT 'p' || i, 'B-' || i, 'Person ' || i, k.code, 4, 'u' || (1 + i % 60),
     CASE WHEN ends THEN (ARRAY['JOB','JOB_WITH_SUPPORT','STUDIES','OTHER_SUPPORT','ENDED']::"Outcome"[])[1 + i % 5] END,
     CASE WHEN ends THEN least(start_day + months * 30, date '2026-11-30') END, now()
   FROM bench_person JOIN bench_kommun k ON k.n = i % 30`,
  `INSERT INTO "Proposal" (id, "participantId", "placementId", status, "proposedById", "answeredAt", "createdAt", "updatedAt")
   SELECT 'pr' || i, 'p' || i, 'pl' || (i % 1000), 'PLACED', 'u' || (1 + i % 60),
     CASE WHEN i % 10 < 8 THEN (start_day - 20 + (i % 15))::timestamp END, (start_day - 21)::timestamp, now()
   FROM bench_person`,
  `INSERT INTO "Assignment" (id, "participantId", "placementId", "proposalId", status, "startDate", "endedAt", "hoursPerDay", weekdays, "updatedAt")
   SELECT 'a' || i, 'p' || i, 'pl' || (i % 1000), 'pr' || i, CASE WHEN ends THEN 'ENDED' ELSE 'ACTIVE' END::"AssignmentStatus", start_day,
     CASE WHEN ends THEN least(start_day + months * 30, date '2026-11-30')::timestamp END, 4, ARRAY['MON','TUE','WED','THU','FRI']::"Weekday"[], now()
   FROM bench_person`,
  // Weekdays from the start until the end (or now), 240 minutes scheduled, one day in eight absent.
  `INSERT INTO "AttendanceDay" (id, "assignmentId", date, "scheduledMinutes", "attendedMinutes", "absenceReason", "updatedAt")
   SELECT 'd' || i || '-' || (day - date '2024-01-01'), 'a' || i, day, 240,
     CASE WHEN (i + (day - date '2024-01-01')) % 8 = 0 THEN 0 ELSE 240 END,
     CASE WHEN (i + (day - date '2024-01-01')) % 8 = 0 THEN 'SICK'::"AbsenceReason" END, now()
   FROM bench_person, generate_series(start_day, least(start_day + months * 30, date '2026-11-30'), interval '1 day') g(ts), LATERAL (SELECT g.ts::date AS day) d
   WHERE extract(isodow FROM day) < 6`,
  `INSERT INTO "MonthlyReport" (id, "assignmentId", month, status, "submittedAt", "updatedAt")
   SELECT 'r' || "assignmentId" || to_char(date_trunc('month', date), 'YYYYMM'), "assignmentId", date_trunc('month', date)::date, 'APPROVED', max(date)::timestamp, now()
   FROM "AttendanceDay" GROUP BY "assignmentId", date_trunc('month', date)`,
  `INSERT INTO "MonthlyReportVersion" (id, "reportId", version, status, totals, "attendanceRate", "reviewedAt")
   SELECT 'v' || r.id, r.id, 1, 'APPROVED',
     jsonb_build_object('scheduledMinutes', sum(d."scheduledMinutes"), 'attendedMinutes', sum(d."attendedMinutes"), 'absentMinutes', sum(d."scheduledMinutes" - d."attendedMinutes")),
     sum(d."attendedMinutes")::float8 / nullif(sum(d."scheduledMinutes"), 0), now()
   FROM "MonthlyReport" r JOIN "AttendanceDay" d ON d."assignmentId" = r."assignmentId" AND date_trunc('month', d.date)::date = r.month
   GROUP BY r.id`,
  // Three follow-ups each, a rating per area at each.
  `INSERT INTO "FollowUp" (id, "participantId", "assignmentId", "supportWorkerId", date, mode, "updatedAt")
   SELECT 'f' || i || '-' || k, 'p' || i, 'a' || i, 'u' || (1 + i % 60), start_day + k * 30, 'WORKPLACE_VISIT', now()
   FROM bench_person, generate_series(0, 2) k`,
  `INSERT INTO "ProgressRating" (id, "followUpId", area, rating)
   SELECT 'g' || f.id || a.area, f.id, a.area, 1 + (length(f.id) * 7 + a."sortOrder" * 3 + (f.date - date '2024-01-01')) % 10
   FROM "FollowUp" f CROSS JOIN "ProgressAreaAnchor" a`,
  // Vacuumed as well as analysed, so autovacuum does not work through the fresh tables (and count in the server CPU)
  // while the queries are timed.
  `VACUUM ANALYZE`,
];

async function buildWorld(db: Db): Promise<Record<string, number>> {
  for (const statement of WORLD_SQL(PARTICIPANTS)) await db.$executeRawUnsafe(statement);
  const [counts] = await db.$queryRawUnsafe<Record<string, number>[]>(`SELECT
    (SELECT count(*)::int FROM "Participant") AS participants, (SELECT count(*)::int FROM "Assignment") AS assignments,
    (SELECT count(*)::int FROM "AttendanceDay") AS "attendanceDays", (SELECT count(*)::int FROM "MonthlyReport") AS "monthlyReports",
    (SELECT count(*)::int FROM "Proposal") AS proposals, (SELECT count(*)::int FROM "ProgressRating") AS ratings,
    (SELECT min(date)::text FROM "AttendanceDay") AS "firstDay", (SELECT max(date)::text FROM "AttendanceDay") AS "lastDay"`);
  return counts!;
}

async function runOnce(db: Db, variables: { from: string; to: string }) {
  const context = createContext({
    db,
    search: createEmbeddedEngine(),
    viewer: { userId: "u0", apiTokenId: null, email: "bench0@bench.stegvis.se", roles: ["ADMIN"], organizationIds: [] },
    clock: fixedClock(NOW),
  });
  const cpu = process.cpuUsage();
  const serverCpu = own ? clusterCpuSeconds(own.dataDir) : 0;
  const started = performance.now();
  const result = await execute({ schema, document: QUERY, contextValue: context, variableValues: variables });
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const serverUsed = own ? (clusterCpuSeconds(own.dataDir) - serverCpu) * 1000 : null;
  if (result.errors?.length) throw result.errors[0];
  const tables = (result.data as { statistics: { tables: { rows: unknown[] }[] } }).statistics.tables;
  return { wall, cpu: (used.user + used.system) / 1000, serverCpu: serverUsed, rows: tables.reduce((sum, t) => sum + t.rows.length, 0) };
}

const own = process.env.DATABASE_URL ? null : await startThrowawayPostgres("stegvis_bench");
const url = process.env.DATABASE_URL ?? own!.url;
const db = createDb(url, { statementTimeoutMs: 600_000 });
try {
  console.info(`statistics benchmark: ${PARTICIPANTS} participants, two years, ${own ? "a throwaway PostgreSQL 15" : "DATABASE_URL"}, NODE_ENV=${process.env.NODE_ENV ?? "(unset)"}`);
  await applyMigrations({ url, migrationsDir: defaultMigrationsDir });
  await loadReferenceData(db);
  const setupStarted = performance.now();
  const counts = await buildWorld(db);
  console.info(`world built with bulk SQL in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s:`, counts);
  for (const [label, variables] of [
    ["last 12 months", { from: "2025-12", to: "2026-11" }],
    ["last 24 months", { from: "2024-12", to: "2026-11" }],
  ] as const) {
    await runOnce(db, variables); // warm: plans, pool connections, the schema's first execution
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runOnce(db, variables));
    const walls = runs.map((r) => r.wall).sort((a, b) => a - b);
    const median = walls[Math.floor(walls.length / 2)]!;
    const middle = <T,>(values: T[], key: (v: T) => number) => values.map(key).sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const serverCpu = runs[0]!.serverCpu === null ? "not measured (DATABASE_URL)" : `${middle(runs, (r) => r.serverCpu!).toFixed(0)} ms`;
    console.info(
      `Query.statistics, ${label}, all ${PARTICIPANTS} participants (${runs[0]!.rows} table rows): ` +
        `wall median ${median.toFixed(0)} ms (min ${walls[0]!.toFixed(0)}, max ${walls[walls.length - 1]!.toFixed(0)}), ` +
        `CPU median: this process ${middle(runs, (r) => r.cpu).toFixed(0)} ms, PostgreSQL ${serverCpu}; ` +
        `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; target < 1000 ms wall: ${median < 1000 ? "met" : "NOT met"}`,
    );
  }
} finally {
  await db.$disconnect();
  own?.stop();
}
process.exit(process.exitCode ?? 0);
