/**
 * The statistics' raw figures, aggregated in PostgreSQL (one statement per section, no rows per person reach
 * JavaScript). Unsuppressed: only statistics/report.ts reads these, and it publishes them through the suppression
 * rule. Server-only.
 */
import { Prisma } from "../generated/prisma/client.ts";
import { schemaOf, type Db } from "../prisma/db.ts";
import { firstDayOf, shiftMonth } from "../attendance/month.ts";
import { STALE_AFTER_DAYS } from "../lib/freshness.ts";
import type { Period } from "./period.ts";

export const OUTCOMES = ["JOB", "JOB_WITH_SUPPORT", "STUDIES", "OTHER_SUPPORT", "ENDED"] as const;
export type OutcomeCode = (typeof OUTCOMES)[number];
/** Step change buckets, first to latest rating: −2 or worse … +3 or better. */
export const STEP_BUCKETS = [-2, -1, 0, 1, 2, 3] as const;

export interface StatisticsScope {
  /** Only this coach's caseload; null: everyone (an administrator). */
  coachId: string | null;
}

/** Participants of one group (an organisation or a kommun). */
export interface ParticipantGroup {
  dimension: "organization" | "kommun";
  /** null: participants who never had a placement (organisation dimension only). */
  key: string | null;
  label: string | null;
  started: number;
  active: number;
  outcomes: Record<OutcomeCode, number>;
}

export interface MedianFigure {
  medianDays: number | null;
  people: number;
}

export interface AttendanceFigure {
  dimension: "month" | "organization" | "total";
  key: string | null;
  label: string | null;
  attendedMinutes: number;
  scheduledMinutes: number;
  people: number;
}

export interface StepChangeFigure {
  area: string;
  label: string;
  sortOrder: number;
  /** People per bucket of STEP_BUCKETS, in that order. */
  people: number[];
}

export interface AnswerTimeFigure {
  organizationId: string;
  label: string;
  people: number;
  proposals: number;
  answered: number;
  medianDays: number | null;
  answeredWithin7Days: number;
}

export interface PlacementFigure {
  organizationId: string;
  label: string;
  published: number;
  filled: number;
  stale: number;
}

export interface RawStatistics {
  groups: ParticipantGroup[];
  toPlacement: MedianFigure;
  toOutcome: MedianFigure;
  attendance: AttendanceFigure[];
  stepChanges: StepChangeFigure[];
  answerTimes: AnswerTimeFigure[];
  /** Placements hold no personal data, but their fill says where people went: administrators only. */
  placements: PlacementFigure[] | null;
}

const TABLES = [
  "Assignment",
  "FollowUp",
  "Kommun",
  "MonthlyReport",
  "MonthlyReportVersion",
  "Organization",
  "Participant",
  "Placement",
  "ProgressAreaAnchor",
  "ProgressRating",
  "Proposal",
  "ProposalEvent",
] as const;

interface Bounds {
  /** yyyy-mm-dd, the first day of the period; end is the first day after it. */
  start: string;
  end: string;
  /** The tables, qualified with the client's schema (prisma/db.ts' schemaOf). */
  t: Record<(typeof TABLES)[number], Prisma.Sql>;
  scoped: Prisma.Sql;
  /** A condition on a participant id column: true for everyone (an administrator), else the coach's caseload. */
  inScope: (participantId: Prisma.Sql) => Prisma.Sql;
}

function boundsOf(db: Db, period: Period, scope: StatisticsScope): Bounds {
  const schema = schemaOf(db).replaceAll('"', '""');
  const t = Object.fromEntries(TABLES.map((name) => [name, Prisma.raw(`"${schema}"."${name}"`)])) as Bounds["t"];
  return {
    t,
    start: firstDayOf(period.from),
    end: firstDayOf(shiftMonth(period.to, 1)),
    scoped: Prisma.sql`SELECT id, "kommunCode", outcome, "outcomeDate" FROM ${t.Participant}
      WHERE (${scope.coachId}::text IS NULL OR "coachId" = ${scope.coachId}::text)`,
    inScope: (participantId) =>
      scope.coachId === null ? Prisma.sql`TRUE` : Prisma.sql`${participantId} IN (SELECT id FROM ${t.Participant} WHERE "coachId" = ${scope.coachId})`,
  };
}

export async function rawStatistics(db: Db, period: Period, scope: StatisticsScope): Promise<RawStatistics> {
  const bounds = boundsOf(db, period, scope);
  // Side by side on the pool's connections, so PostgreSQL may use every core.
  const [groups, medians, attendance, stepChanges, answerTimes, placements] = await Promise.all([
    withoutJit(db, (q) => participantGroups(q, bounds)),
    withoutJit(db, (q) => durationMedians(q, bounds)),
    withoutJit(db, (q) => attendanceFigures(q, bounds)),
    withoutJit(db, (q) => stepChangeFigures(q, bounds)),
    withoutJit(db, (q) => answerTimeFigures(q, bounds)),
    scope.coachId === null ? withoutJit(db, (q) => placementFigures(q, bounds)) : Promise.resolve(null),
  ]);
  return {
    groups: groups.map(toGroup),
    toPlacement: { medianDays: medians[0]!.placementMedian, people: medians[0]!.placementPeople },
    toOutcome: { medianDays: medians[0]!.outcomeMedian, people: medians[0]!.outcomePeople },
    attendance,
    stepChanges: toStepChanges(stepChanges),
    answerTimes,
    placements: scope.coachId === null ? placements : null,
  };
}

type Queryable = Pick<Db, "$queryRaw">;

/**
 * One statement in its own short transaction with JIT off, room to sort in memory and no parallel workers. The
 * planner's row estimates for these CTEs run high, and PostgreSQL then spent more CPU compiling the plans than running
 * them; with the default 4 MB work_mem the sorts spilled to disk; and the sections already run side by side, so
 * parallel workers only add their start-up and gather costs (bench/statistics.ts, decision 0021).
 */
function withoutJit<T>(db: Db, statement: (q: Queryable) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true),
        set_config('max_parallel_workers_per_gather', '0', true)`;
      return statement(tx);
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
}

/**
 * Each participant counts once per dimension: in the organisation of their latest placement started before the
 * period ends (so organisations partition people and add up to the total), and in their own kommun.
 */
const PARTICIPANT_FACTS = (b: Bounds, { withHome }: { withHome: boolean }) => Prisma.sql`
  scoped AS (${b.scoped}),
  home AS (${withHome ? HOME(b) : Prisma.sql`SELECT NULL::text AS "participantId", NULL::text AS "organizationId" WHERE false`}),
  spans AS (
    SELECT a."participantId", min(a."startDate") AS first_start,
      bool_or(a."startDate" < ${b.end}::date AND (a."endedAt" IS NULL OR a."endedAt" >= ${b.start}::timestamp)) AS active
    FROM ${b.t.Assignment} a JOIN scoped s ON s.id = a."participantId"
    GROUP BY a."participantId"
  ),
  facts AS (
    SELECT s.id, s."kommunCode", h."organizationId", sp.first_start,
      coalesce(sp.first_start >= ${b.start}::date AND sp.first_start < ${b.end}::date, false) AS started,
      coalesce(sp.active, false) AS active,
      CASE WHEN s."outcomeDate" >= ${b.start}::date AND s."outcomeDate" < ${b.end}::date THEN s.outcome::text END AS outcome,
      s."outcomeDate"
    FROM scoped s LEFT JOIN home h ON h."participantId" = s.id LEFT JOIN spans sp ON sp."participantId" = s.id
  )`;

/** Each participant's organisation: their latest placement started before the period ends. */
const HOME = (b: Bounds) => Prisma.sql`
    SELECT DISTINCT ON (a."participantId") a."participantId", pl."organizationId"
    FROM ${b.t.Assignment} a JOIN ${b.t.Placement} pl ON pl.id = a."placementId" JOIN scoped s ON s.id = a."participantId"
    WHERE a."startDate" < ${b.end}::date
    ORDER BY a."participantId", a."startDate" DESC, a.id DESC`;

type GroupRow = Omit<ParticipantGroup, "outcomes"> & Record<OutcomeCode, number>;

function participantGroups(db: Queryable, b: Bounds) {
  const counts = Prisma.sql`
    count(*) FILTER (WHERE started)::int AS started,
    count(*) FILTER (WHERE active)::int AS active,
    count(*) FILTER (WHERE outcome = 'JOB')::int AS "JOB",
    count(*) FILTER (WHERE outcome = 'JOB_WITH_SUPPORT')::int AS "JOB_WITH_SUPPORT",
    count(*) FILTER (WHERE outcome = 'STUDIES')::int AS "STUDIES",
    count(*) FILTER (WHERE outcome = 'OTHER_SUPPORT')::int AS "OTHER_SUPPORT",
    count(*) FILTER (WHERE outcome = 'ENDED')::int AS "ENDED"`;
  return db.$queryRaw<GroupRow[]>`
    WITH ${PARTICIPANT_FACTS(b, { withHome: true })},
    relevant AS (SELECT * FROM facts WHERE started OR active OR outcome IS NOT NULL)
    SELECT 'organization' AS dimension, f."organizationId" AS key, o.name AS label, ${counts}
    FROM relevant f LEFT JOIN ${b.t.Organization} o ON o.id = f."organizationId"
    GROUP BY f."organizationId", o.name
    UNION ALL
    SELECT 'kommun', f."kommunCode", k.name, ${counts}
    FROM relevant f JOIN ${b.t.Kommun} k ON k.code = f."kommunCode"
    GROUP BY f."kommunCode", k.name
    ORDER BY 1, 3 NULLS LAST, 2`;
}

function toGroup({ dimension, key, label, started, active, ...outcomes }: GroupRow): ParticipantGroup {
  return { dimension, key, label, started, active, outcomes: Object.fromEntries(OUTCOMES.map((code) => [code, outcomes[code]])) as Record<OutcomeCode, number> };
}

/** Medians, not means: a few very long waits would otherwise hide what is typical. */
function durationMedians(db: Queryable, b: Bounds) {
  return db.$queryRaw<{ placementMedian: number | null; placementPeople: number; outcomeMedian: number | null; outcomePeople: number }[]>`
    WITH ${PARTICIPANT_FACTS(b, { withHome: false })},
    first_proposal AS (
      SELECT p."participantId", min(p."createdAt")::date AS proposed
      FROM ${b.t.Proposal} p JOIN scoped s ON s.id = p."participantId"
      GROUP BY p."participantId"
    )
    SELECT
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY f.first_start - fp.proposed)
         FROM facts f JOIN first_proposal fp ON fp."participantId" = f.id WHERE f.started AND fp.proposed <= f.first_start) AS "placementMedian",
      (SELECT count(*)::int FROM facts f JOIN first_proposal fp ON fp."participantId" = f.id WHERE f.started AND fp.proposed <= f.first_start) AS "placementPeople",
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY f."outcomeDate" - f.first_start)
         FROM facts f WHERE f.outcome IS NOT NULL AND f.first_start <= f."outcomeDate") AS "outcomeMedian",
      (SELECT count(*)::int FROM facts f WHERE f.outcome IS NOT NULL AND f.first_start <= f."outcomeDate") AS "outcomePeople"`;
}

/** From approved monthly reports: each report's latest approved version (an amendment waiting for review keeps it). */
function attendanceFigures(db: Queryable, b: Bounds) {
  return db.$queryRaw<AttendanceFigure[]>`
    WITH approved AS (
      SELECT r.month, a."participantId", pl."organizationId",
        (v.totals->>'attendedMinutes')::bigint AS attended, (v.totals->>'scheduledMinutes')::bigint AS scheduled
      FROM ${b.t.MonthlyReport} r
        JOIN ${b.t.MonthlyReportVersion} v ON v."reportId" = r.id AND v.status = 'APPROVED'
        JOIN ${b.t.Assignment} a ON a.id = r."assignmentId"
        JOIN ${b.t.Placement} pl ON pl.id = a."placementId"
      WHERE r.month >= ${b.start}::date AND r.month < ${b.end}::date AND ${b.inScope(Prisma.sql`a."participantId"`)}
        AND NOT EXISTS (SELECT 1 FROM ${b.t.MonthlyReportVersion} w WHERE w."reportId" = r.id AND w.status = 'APPROVED' AND w.version > v.version)
    ),
    -- One hashed pass: each person once per month, per organisation and in total (no DISTINCT, no sort).
    per_person AS (
      SELECT GROUPING(month, "organizationId") AS level, month, "organizationId", sum(attended) AS attended, sum(scheduled) AS scheduled
      FROM approved
      GROUP BY GROUPING SETS ((month, "participantId"), ("organizationId", "participantId"), ("participantId"))
    ),
    figures AS (
      SELECT level, month, "organizationId", sum(attended) AS attended, sum(scheduled) AS scheduled, count(*)::int AS people
      FROM per_person GROUP BY level, month, "organizationId"
    )
    SELECT CASE f.level WHEN 1 THEN 'month' WHEN 2 THEN 'organization' ELSE 'total' END AS dimension,
      CASE f.level WHEN 1 THEN to_char(f.month, 'YYYY-MM') WHEN 2 THEN f."organizationId" END AS key, o.name AS label,
      f.attended::float8 AS "attendedMinutes", f.scheduled::float8 AS "scheduledMinutes", f.people
    FROM figures f LEFT JOIN ${b.t.Organization} o ON o.id = f."organizationId"
    WHERE f.level <> 2 OR o.id IS NOT NULL
    UNION ALL
    SELECT 'total', NULL, NULL, 0, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM figures WHERE level = 3)
    ORDER BY 1, 3, 2`;
}

/** Per area, people rated at least twice whose latest rating falls in the period: latest minus first, bucketed. */
type StepRow = { area: string; label: string; sortOrder: number; bucket: number | null; people: number };

function stepChangeFigures(db: Queryable, b: Bounds) {
  // Each rating keyed by when it was given, rating in the low 4 bits (1–10, a CHECK): (follow-up date in days since
  // 2000) << 46 | (createdAt in ms since 2000) << 4 | rating. min/max of the key per person and area is the first
  // and the latest rating, in one hashed pass with no sort and no ordered aggregate.
  return db.$queryRaw<StepRow[]>`
    WITH keyed AS (
      SELECT f."participantId", r.area, f.date,
        ((f.date - DATE '2000-01-01')::bigint << 46)
          + (floor(date_part('epoch', f."createdAt" - TIMESTAMP '2000-01-01') * 1000)::bigint << 4) + r.rating AS key
      FROM ${b.t.ProgressRating} r JOIN ${b.t.FollowUp} f ON f.id = r."followUpId"
      WHERE f.date < ${b.end}::date AND ${b.inScope(Prisma.sql`f."participantId"`)}
    ),
    ends AS (
      SELECT area, min(key) & 15 AS first, max(key) & 15 AS latest, max(date) AS last_date, count(*) AS ratings
      FROM keyed GROUP BY "participantId", area
    ),
    changes AS (
      SELECT area, least(greatest(latest - first, ${STEP_BUCKETS[0]}), ${STEP_BUCKETS[STEP_BUCKETS.length - 1]})::int AS bucket, count(*)::int AS people
      FROM ends WHERE ratings >= 2 AND last_date >= ${b.start}::date
      GROUP BY 1, 2
    )
    SELECT a.area::text AS area, a.label, a."sortOrder", c.bucket, coalesce(c.people, 0) AS people
    FROM ${b.t.ProgressAreaAnchor} a LEFT JOIN changes c ON c.area = a.area
    ORDER BY a."sortOrder", c.bucket`;
}

function toStepChanges(rows: StepRow[]): StepChangeFigure[] {
  const areas = new Map<string, StepChangeFigure>();
  for (const row of rows) {
    const figure = areas.get(row.area) ?? { area: row.area, label: row.label, sortOrder: row.sortOrder, people: STEP_BUCKETS.map(() => 0) };
    areas.set(row.area, figure);
    if (row.bucket !== null) figure.people[STEP_BUCKETS.indexOf(row.bucket as (typeof STEP_BUCKETS)[number])] = row.people;
  }
  return [...areas.values()];
}

/**
 * Proposals made in the period, per organisation: an answer is the organisation's own (answeredAt) or its first
 * move of the proposal on from SUGGESTED. Unanswered proposals count against the share answered within 7 days.
 */
function answerTimeFigures(db: Queryable, b: Bounds) {
  return db.$queryRaw<AnswerTimeFigure[]>`
    WITH scoped AS (${b.scoped}),
    made AS (
      SELECT p.id, p."participantId", pl."organizationId", p."createdAt",
        coalesce(p."answeredAt", (SELECT min(e."createdAt") FROM ${b.t.ProposalEvent} e WHERE e."proposalId" = p.id AND e."fromStatus" = 'SUGGESTED')) AS answered
      FROM ${b.t.Proposal} p JOIN scoped s ON s.id = p."participantId" JOIN ${b.t.Placement} pl ON pl.id = p."placementId"
      WHERE p."createdAt" >= ${b.start}::timestamp AND p."createdAt" < ${b.end}::timestamp
    )
    SELECT m."organizationId", o.name AS label, count(DISTINCT m."participantId")::int AS people, count(*)::int AS proposals,
      count(m.answered)::int AS answered,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM m.answered - m."createdAt") / 86400) AS "medianDays",
      count(*) FILTER (WHERE m.answered - m."createdAt" <= interval '7 days')::int AS "answeredWithin7Days"
    FROM made m JOIN ${b.t.Organization} o ON o.id = m."organizationId"
    GROUP BY m."organizationId", o.name
    ORDER BY o.name, m."organizationId"`;
}

/** Published in the period; filled (a placement started in the period); stale at the period's end (or today). */
function placementFigures(db: Queryable, b: Bounds) {
  return db.$queryRaw<PlacementFigure[]>`
    WITH figures AS (
      SELECT pl."organizationId",
        count(*) FILTER (WHERE pl."publishedAt" >= ${b.start}::timestamp AND pl."publishedAt" < ${b.end}::timestamp)::int AS published,
        count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM ${b.t.Assignment} a WHERE a."placementId" = pl.id AND a."startDate" >= ${b.start}::date AND a."startDate" < ${b.end}::date
        ))::int AS filled,
        count(*) FILTER (WHERE pl.status = 'PUBLISHED'
          AND coalesce(pl."confirmedAt", pl."publishedAt") < least(${b.end}::timestamp, now()) - make_interval(days => ${STALE_AFTER_DAYS}))::int AS stale
      FROM ${b.t.Placement} pl
      GROUP BY pl."organizationId"
    )
    SELECT f."organizationId", o.name AS label, f.published, f.filled, f.stale
    FROM figures f JOIN ${b.t.Organization} o ON o.id = f."organizationId"
    WHERE f.published + f.filled + f.stale > 0
    ORDER BY o.name, f."organizationId"`;
}
