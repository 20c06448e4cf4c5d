/**
 * Monthly reports (månadsredovisning): per assignment and month, the totals of the month's attendance, the attendance
 * rate and the organisation's comment on progress against the arbetsplan. DRAFT → SUBMITTED (locked) → APPROVED or
 * RETURNED (with the coach's comment) → resubmitted; after approval only an amendment with a reason. Every submission
 * and amendment is a version that keeps its totals and days exactly as sent; the review is recorded on it.
 *
 * A report exists for every assignment-month the assignment overlaps, whether or not a row was written yet: a month
 * nobody touched is a DRAFT with the synthetic id `<assignmentId>:<yyyy-mm>` (the row's own id once it exists; both
 * are accepted wherever a report id is).
 *
 * Who: reading follows the participant's profile (participantAccess: the caseload, or a member of the assignment's own
 * organisation while the consent to share with employers stands and the assignment is live), because absence reasons
 * are health data; every read is logged, an export as EXPORT. Members of the assignment's organisation (people and its
 * API tokens) write; the participant's own coach approves and returns; the handledare reads only.
 *
 * Atomicity: a submit (one or all of an organisation's month), an amendment and a review each run in one transaction
 * that first moves the report's row on a condition on its status and revision (so a concurrent save of the month's
 * days, which bumps the revision, and a second submit both lose cleanly), then reads the days and writes the version.
 */
import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import type { Prisma } from "../../generated/prisma/client.ts";
import { ABSENCE_REASONS, dayProblem, type AbsenceReasonCode } from "../../attendance/entry.ts";
import {
  attendanceRate,
  changedDays,
  changedTotals,
  daysWaiting,
  dueDateOf,
  emptyAbsence,
  habilitationClass,
  isDueSoon,
  isOpenReport,
  isOverdue,
  listInWords,
  missingDays,
  REVIEW_WAIT_DAYS,
  reportDays,
  submitProblems,
  totalsOf,
  type RecordedDay,
  type ReportDay as ReportDayValue,
  type ReportStatusCode,
  type ReportTotals,
} from "../../attendance/report.ts";
import { firstDayOf, monthOf, overlapsMonth, scheduleOfMonth, type YearMonth } from "../../attendance/schedule.ts";
import { habilitationThresholds } from "../../config/habilitation.ts";
import { isProduction } from "../../config/mode.ts";
import { addMonths, dateOfMoment, endOfMonth, fromDbDate, today, toDbDate } from "../../lib/dates.ts";
import { auditRow, logRead } from "../audit.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { AttendanceIncompleteError, ConflictError, ForbiddenError, NotFoundError, ReportLockedError, ReportStateError, ValidationError } from "../errors.ts";
import { bounded } from "../input-limits.ts";
import { allow } from "../policy.ts";
import { parseInput } from "../validation/parse.ts";
import { amendReportInput, approveReportInput, MONTH_MESSAGE, returnReportInput, saveCommentInput, submitReportInput, yearMonth } from "../validation/monthly-report.ts";
import { Assignment } from "./assignment.ts";
import { AbsenceReason, DayKind, MonthlyReportStatus } from "./attendance.ts";
import { caseloadWhere, participantAccess, type ParticipantAccess } from "./participant.ts";
import { Organization } from "./organization.ts";
import { User } from "./user.ts";

type Tx = Prisma.TransactionClient;

// ---------------------------------------------------------------- loading

const assignmentInclude = {
  participant: { select: { id: true, displayName: true, code: true, coachId: true, supportWorkerId: true } },
  placement: { select: { id: true, title: true, organizationId: true, organization: true } },
} satisfies Prisma.AssignmentInclude;
type AssignmentRow = Prisma.AssignmentGetPayload<{ include: typeof assignmentInclude }>;

const versionInclude = { author: true, reviewer: true, authorApiToken: { select: { name: true } } } satisfies Prisma.MonthlyReportVersionInclude;
type VersionRow = Prisma.MonthlyReportVersionGetPayload<{ include: typeof versionInclude }>;
const reportInclude = { versions: { include: versionInclude, orderBy: { version: "asc" } } } satisfies Prisma.MonthlyReportInclude;
type ReportRow = Prisma.MonthlyReportGetPayload<{ include: typeof reportInclude }>;

/** One assignment-month as the viewer may see it. */
export interface ReportView {
  key: string;
  month: YearMonth;
  assignment: AssignmentRow;
  row: ReportRow | null;
  access: ParticipantAccess;
  today: string;
}

const keyOf = (assignmentId: string, month: YearMonth) => `${assignmentId}:${month}`;
const statusOf = (view: ReportView): ReportStatusCode => view.row?.status ?? "DRAFT";

/** The month's stored days, for every report a request shows, in one statement per batch. */
const dayLoaders = new WeakMap<Context, DataLoader<string, RecordedDay[]>>();
function daysOf(context: Context, view: { assignment: { id: string }; month: YearMonth }): Promise<RecordedDay[]> {
  let loader = dayLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (keys) => {
      const wanted = keys.map((key) => {
        const [assignmentId, month] = key.split(":") as [string, YearMonth];
        return { assignmentId, date: { gte: toDbDate(firstDayOf(month)), lte: toDbDate(endOfMonth(firstDayOf(month))) } };
      });
      const rows = await context.db.attendanceDay.findMany({ where: { OR: wanted }, orderBy: { date: "asc" } });
      const byKey = new Map<string, RecordedDay[]>();
      for (const row of rows) {
        const key = keyOf(row.assignmentId, monthOf(fromDbDate(row.date)));
        byKey.set(key, [...(byKey.get(key) ?? []), recorded(row)]);
      }
      return keys.map((key) => byKey.get(key) ?? []);
    });
    dayLoaders.set(context, loader);
  }
  return loader.load(keyOf(view.assignment.id, view.month));
}

function recorded(row: { date: Date; scheduledMinutes: number; attendedMinutes: number; absenceReason: string | null; note: string }): RecordedDay {
  return {
    date: fromDbDate(row.date),
    scheduledMinutes: row.scheduledMinutes,
    attendedMinutes: row.attendedMinutes,
    absenceReason: row.absenceReason as AbsenceReasonCode | null,
    note: row.note,
  };
}

/** A report id: the row's own id, or `<assignmentId>:<yyyy-mm>` (a month that has no row yet). */
async function keyOfReportId(context: Context, id: string): Promise<{ assignmentId: string; month: YearMonth }> {
  const synthetic = /^([^:]+):(\d{4}-\d{2})$/.exec(id);
  if (synthetic) {
    if (!yearMonth().safeParse(synthetic[2]).success) throw new ValidationError([{ field: "id", message: MONTH_MESSAGE }]);
    return { assignmentId: synthetic[1]!, month: synthetic[2]! };
  }
  const row = await context.db.monthlyReport.findUnique({ where: { id }, select: { assignmentId: true, month: true } });
  if (!row) throw new NotFoundError("Månadsrapporten");
  return { assignmentId: row.assignmentId, month: monthOf(fromDbDate(row.month)) };
}

/**
 * How the viewer may see reports of this assignment: the caseload always; anyone else only as a member of the
 * assignment's own organisation with the participant shared (consent, live assignment). Null: not at all.
 */
async function reportAccess(context: Context, assignment: AssignmentRow, info?: GraphQLResolveInfo): Promise<ParticipantAccess | null> {
  const access = await participantAccess(context, assignment.participantId, info);
  if (access === "CASELOAD") return access;
  if (access === "SHARED" && context.viewer?.organizationIds.includes(assignment.placement.organizationId)) return access;
  return null;
}

const isMemberFor = (context: Context, view: ReportView) => context.viewer?.organizationIds.includes(view.assignment.placement.organizationId) ?? false;
const isCoachFor = (context: Context, view: ReportView) => context.viewer?.userId != null && context.viewer.userId === view.assignment.participant.coachId;

/** One report by id, checked and (unless `log` is false) its read logged; NOT_FOUND, FORBIDDEN otherwise. */
export async function loadReport(context: Context, id: string, { purpose = "Läsa månadsrapport", log = true } = {}): Promise<ReportView> {
  const { assignmentId, month } = await keyOfReportId(context, id);
  const assignment = await context.db.assignment.findUnique({ where: { id: assignmentId }, include: assignmentInclude });
  if (!assignment) throw new NotFoundError("Månadsrapporten");
  const row = await context.db.monthlyReport.findUnique({ where: { assignmentId_month: { assignmentId, month: toDbDate(firstDayOf(month)) } }, include: reportInclude });
  if (!row && !overlapsMonth(assignment, month)) throw new NotFoundError("Månadsrapporten");
  const access = await reportAccess(context, assignment);
  if (!access) throw new ForbiddenError("Månadsrapporten gäller inte din deltagare eller en deltagare placerad hos er.");
  const view = { key: keyOf(assignmentId, month), month, assignment, row, access, today: today(context.clock) };
  if (log) await logReport(context, view, "READ", purpose);
  return view;
}

async function logReport(context: Context, view: ReportView, action: "READ" | "EXPORT", purpose: string): Promise<void> {
  const participantId = view.assignment.participantId;
  if (action === "READ") return logRead(context, { entity: "MonthlyReport", entityId: view.key, participantId, purpose });
  await context.db.auditEvent.create({ data: auditRow(context, { action, entity: "MonthlyReport", entityId: view.key, participantId, purpose }) });
}

/** Existence first (NOT_FOUND for an unknown id, whoever asks), then membership. */
async function requireOwnOrganization(context: Context, organizationId: string): Promise<void> {
  if (!(await context.db.organization.count({ where: { id: organizationId } }))) throw new NotFoundError("Organisationen");
  if (!context.viewer?.organizationIds.includes(organizationId)) throw new ForbiddenError("Du hör inte till den organisationen.");
}

interface ListFilter {
  organizationId?: string | null;
  participantId?: string | null;
  month?: string | null;
  status?: ReportStatusCode | null;
  waitingForReview?: boolean | null;
  overdue?: boolean | null;
  dueSoon?: boolean | null;
}

/** How far back a list without a month looks. */
const LIST_MONTHS = 12;
/** Assignments one list considers at most. */
const LIST_ASSIGNMENTS = 500;

/** The reports the viewer may see that match the filter (see Query.monthlyReports). */
async function listReports(context: Context, filter: ListFilter, info: GraphQLResolveInfo): Promise<ReportView[]> {
  const viewer = context.viewer!;
  const day = today(context.clock);
  let months: YearMonth[];
  if (filter.month) {
    months = [parseInput(yearMonth(), filter.month)];
  } else {
    const current = monthOf(day);
    months = Array.from({ length: LIST_MONTHS + 1 }, (_, i) => monthOf(addMonths(firstDayOf(current), i - LIST_MONTHS)));
  }
  const first = firstDayOf(months[0]!);
  const last = endOfMonth(firstDayOf(months[months.length - 1]!));

  const scope: Prisma.AssignmentWhereInput[] = [{ startDate: { lte: toDbDate(last) } }];
  if (filter.organizationId) {
    await requireOwnOrganization(context, filter.organizationId);
    scope.push({ placement: { organizationId: filter.organizationId } });
  } else {
    const or: Prisma.AssignmentWhereInput[] = [{ participant: caseloadWhere(viewer) }];
    if (viewer.organizationIds.length) or.push({ placement: { organizationId: { in: viewer.organizationIds } } });
    scope.push({ OR: or });
  }
  if (filter.participantId) scope.push({ participantId: filter.participantId });
  const assignments = await context.db.assignment.findMany({
    where: { AND: scope },
    include: assignmentInclude,
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: LIST_ASSIGNMENTS,
  });
  const rows = await context.db.monthlyReport.findMany({
    where: { assignmentId: { in: assignments.map((a) => a.id) }, month: { gte: toDbDate(first), lte: toDbDate(last) } },
    include: reportInclude,
  });
  const rowByKey = new Map(rows.map((row) => [keyOf(row.assignmentId, monthOf(fromDbDate(row.month))), row]));

  const candidates: Omit<ReportView, "access">[] = [];
  for (const assignment of assignments) {
    for (const month of months) {
      const row = rowByKey.get(keyOf(assignment.id, month)) ?? null;
      if (!row && !overlapsMonth(assignment, month)) continue;
      const view = { key: keyOf(assignment.id, month), month, assignment, row, today: day };
      const status = row?.status ?? "DRAFT";
      if (filter.status && status !== filter.status) continue;
      if (filter.waitingForReview != null && (status === "SUBMITTED") !== filter.waitingForReview) continue;
      if (filter.overdue != null && isOverdue(month, status, day) !== filter.overdue) continue;
      if (filter.dueSoon != null && isDueSoon(month, status, day) !== filter.dueSoon) continue;
      candidates.push(view);
    }
  }
  const decided = await Promise.all(candidates.map(async (view) => ({ ...view, access: await reportAccess(context, view.assignment, info) })));
  const visible = decided.filter((view): view is ReportView => view.access !== null);
  await Promise.all(visible.map((view) => logReport(context, view, "READ", "Visa månadsrapporter")));
  return visible.sort(
    filter.waitingForReview
      ? (a, b) => (a.row?.submittedAt?.getTime() ?? 0) - (b.row?.submittedAt?.getTime() ?? 0)
      : (a, b) => b.month.localeCompare(a.month) || a.assignment.participant.displayName.localeCompare(b.assignment.participant.displayName, "sv"),
  );
}

// ---------------------------------------------------------------- types

const HabilitationDay = builder.enumType("HabilitationDay", {
  description: "A day's class for habiliteringsersättning (thresholds in config/habilitation.ts)",
  values: { FULL: { description: "Heldag" }, HALF: { description: "Halvdag" }, NONE: { description: "Ingen ersättning" } } as const,
});

/** Lists bounded by a month (its days, reasons, versions) cost their items, not the default tenfold. */
const SMALL_LIST = { field: 1, multiplier: 1 };

const AbsenceTotal = builder.objectType(builder.objectRef<{ reason: AbsenceReasonCode; minutes: number }>("AbsenceTotal"), {
  description: "Scheduled minutes not attended, for one absence reason",
  fields: (t) => ({
    reason: t.field({ type: AbsenceReason, resolve: (a) => a.reason }),
    minutes: t.exposeInt("minutes"),
  }),
});

const AttendanceTotals = builder.objectType(builder.objectRef<{ totals: ReportTotals; rate: number | null }>("AttendanceTotals"), {
  description: "A month's totals in whole minutes",
  fields: (t) => ({
    scheduledMinutes: t.int({ resolve: ({ totals }) => totals.scheduledMinutes }),
    attendedMinutes: t.int({ resolve: ({ totals }) => totals.attendedMinutes }),
    absentMinutes: t.int({ description: "Scheduled minutes not attended, all reasons", resolve: ({ totals }) => totals.absentMinutes }),
    absences: t.field({
      type: [AbsenceTotal],
      complexity: SMALL_LIST,
      description: "Every absence reason, in the order reports list them (zero included)",
      resolve: ({ totals }) => ABSENCE_REASONS.map((reason) => ({ reason, minutes: totals.absence[reason] ?? 0 })),
    }),
    attendanceRate: t.float({ nullable: true, description: "Attended share of the scheduled time, 0–1; null when nothing was scheduled", resolve: ({ rate }) => rate }),
  }),
});


const ReportDay = builder.objectType(builder.objectRef<ReportDayValue>("ReportDay"), {
  description: "One calendar day of a report: the schedule and what was recorded",
  fields: (t) => ({
    date: t.field({ type: "Date", resolve: (d) => d.date }),
    weekday: t.exposeString("weekday"),
    kind: t.field({ type: DayKind, resolve: (d) => d.kind }),
    holiday: t.exposeString("holiday", { nullable: true }),
    scheduledMinutes: t.exposeInt("scheduledMinutes"),
    attendedMinutes: t.exposeInt("attendedMinutes", { nullable: true, description: "Null when nothing is recorded" }),
    absenceReason: t.field({ type: AbsenceReason, nullable: true, resolve: (d) => d.absenceReason }),
    note: t.exposeString("note"),
    missing: t.exposeBoolean("missing", { description: "A scheduled day with nothing recorded" }),
    habilitation: t.field({
      type: HabilitationDay,
      nullable: true,
      description: "The day's class for habiliteringsersättning; null when nothing is recorded",
      resolve: (d) => (d.attendedMinutes === null ? null : habilitationClass(d.attendedMinutes, habilitationThresholds())),
    }),
  }),
});

/** A version's snapshot as calendar days (the schedule's kinds are not kept: a recorded day is shown as recorded). */
function snapshotDays(days: RecordedDay[], month: YearMonth, assignment: AssignmentRow): ReportDayValue[] {
  return reportDays(scheduleOfMonth(assignment, month), days).map((day) => ({ ...day, missing: false }));
}

interface VersionValue {
  row: VersionRow;
  month: YearMonth;
  assignment: AssignmentRow;
}
const versionDays = (row: VersionRow) => row.days as unknown as RecordedDay[];
const versionTotals = (row: VersionRow) => ({ ...totalsOf([]), ...(row.totals as unknown as ReportTotals), absence: { ...emptyAbsence(), ...(row.totals as unknown as ReportTotals).absence } });

const MonthlyReportVersion = builder.objectType(builder.objectRef<VersionValue>("MonthlyReportVersion"), {
  description: "One submission or amendment, exactly as sent, with its review",
  fields: (t) => ({
    version: t.int({ resolve: (v) => v.row.version }),
    status: t.field({ type: MonthlyReportStatus, description: "SUBMITTED until reviewed, then APPROVED or RETURNED", resolve: (v) => v.row.status }),
    totals: t.field({ type: AttendanceTotals, resolve: (v) => ({ totals: versionTotals(v.row), rate: v.row.attendanceRate }) }),
    attendanceRate: t.float({ nullable: true, resolve: (v) => v.row.attendanceRate }),
    days: t.field({ type: [ReportDay], complexity: SMALL_LIST, description: "The month as submitted", resolve: (v) => snapshotDays(versionDays(v.row), v.month, v.assignment) }),
    comment: t.string({ resolve: (v) => v.row.comment }),
    amendmentReason: t.string({ nullable: true, description: "Why an approved report was amended", resolve: (v) => v.row.amendmentReason }),
    author: t.field({ type: User, nullable: true, description: "Null when an API token submitted", resolve: (v) => v.row.author }),
    authorName: t.string({
      description: "The person, or the API token's name",
      resolve: (v) => v.row.author?.name ?? (v.row.authorApiToken ? `API-nyckel: ${v.row.authorApiToken.name}` : "Okänd"),
    }),
    reviewer: t.field({ type: User, nullable: true, resolve: (v) => v.row.reviewer }),
    reviewComment: t.string({ nullable: true, resolve: (v) => v.row.reviewComment }),
    createdAt: t.field({ type: "DateTime", description: "When it was submitted", resolve: (v) => v.row.createdAt }),
    reviewedAt: t.field({ type: "DateTime", nullable: true, resolve: (v) => v.row.reviewedAt }),
  }),
});

const DayChange = builder.objectType(builder.objectRef<{ date: string; before: ReportDayValue | null; after: ReportDayValue | null }>("ReportDayChange"), {
  fields: (t) => ({
    date: t.field({ type: "Date", resolve: (c) => c.date }),
    before: t.field({ type: ReportDay, nullable: true, description: "Null when the day was not recorded in the earlier version", resolve: (c) => c.before }),
    after: t.field({ type: ReportDay, nullable: true, resolve: (c) => c.after }),
  }),
});

const TotalChange = builder.objectType(builder.objectRef<{ key: string; label: string; beforeMinutes: number; afterMinutes: number }>("ReportTotalChange"), {
  fields: (t) => ({
    category: t.exposeString("key", { description: "scheduled | attended | absent | an AbsenceReason" }),
    label: t.exposeString("label"),
    beforeMinutes: t.exposeInt("beforeMinutes"),
    afterMinutes: t.exposeInt("afterMinutes"),
  }),
});

const MonthlyReportDiff = builder.objectType(
  builder.objectRef<{ from: VersionValue; to: VersionValue }>("MonthlyReportDiff"),
  {
    description: "What changed between two versions of a report: the days and totals that differ, and the comment",
    fields: (t) => ({
      fromVersion: t.int({ resolve: (d) => d.from.row.version }),
      toVersion: t.int({ resolve: (d) => d.to.row.version }),
      days: t.field({
        type: [DayChange],
        complexity: SMALL_LIST,
        resolve: ({ from, to }) => {
          const asDay = (day: RecordedDay | null, v: VersionValue) => (day ? snapshotDays([day], v.month, v.assignment).find((d) => d.date === day.date)! : null);
          return changedDays(versionDays(from.row), versionDays(to.row)).map((c) => ({ date: c.date, before: asDay(c.before, from), after: asDay(c.after, to) }));
        },
      }),
      totals: t.field({ type: [TotalChange], resolve: ({ from, to }) => changedTotals(versionTotals(from.row), versionTotals(to.row)) }),
      commentBefore: t.string({ resolve: (d) => d.from.row.comment }),
      commentAfter: t.string({ resolve: (d) => d.to.row.comment }),
    }),
  },
);

const versionsOf = (view: ReportView): VersionValue[] => (view.row?.versions ?? []).map((row) => ({ row, month: view.month, assignment: view.assignment }));
const latestVersion = (view: ReportView) => view.row?.versions[view.row.versions.length - 1] ?? null;

export const MonthlyReport = builder.objectType(builder.objectRef<ReportView>("MonthlyReport"), {
  description: "Månadsredovisning: one assignment's attendance for one month, its comment, state and every version",
  fields: (t) => ({
    id: t.id({ description: "The report's id; `<assignmentId>:<yyyy-mm>` while the month has no stored row", resolve: (r) => r.row?.id ?? r.key }),
    month: t.string({ description: "yyyy-mm", resolve: (r) => r.month }),
    status: t.field({ type: MonthlyReportStatus, resolve: statusOf }),
    revision: t.int({ description: "Bumped by every save of the month's days; submit with the revision you saw", resolve: (r) => r.row?.revision ?? 0 }),
    dueDate: t.field({ type: "Date", description: "The 7th of the next month", resolve: (r) => dueDateOf(r.month) }),
    overdue: t.boolean({ description: "Past the due date and not sent (or returned and not sent again)", resolve: (r) => isOverdue(r.month, statusOf(r), r.today) }),
    dueSoon: t.boolean({ description: "The month is over and the due date has not passed, and it is not sent", resolve: (r) => isDueSoon(r.month, statusOf(r), r.today) }),
    submittedAt: t.field({ type: "DateTime", nullable: true, description: "The latest submission or amendment", resolve: (r) => r.row?.submittedAt ?? null }),
    submittedBy: t.string({ nullable: true, description: "Who sent the latest version", resolve: (r) => latestVersion(r)?.author?.name ?? (latestVersion(r)?.authorApiToken ? `API-nyckel: ${latestVersion(r)!.authorApiToken!.name}` : null) }),
    daysWaiting: t.int({
      nullable: true,
      description: "Whole days a SUBMITTED report has waited for review; null otherwise",
      resolve: (r) => (statusOf(r) === "SUBMITTED" && r.row?.submittedAt ? daysWaiting(dateOfMoment(r.row.submittedAt), r.today) : null),
    }),
    waitingLong: t.boolean({
      description: `Waited more than ${REVIEW_WAIT_DAYS} days for review`,
      resolve: (r) => statusOf(r) === "SUBMITTED" && !!r.row?.submittedAt && daysWaiting(dateOfMoment(r.row.submittedAt), r.today) > REVIEW_WAIT_DAYS,
    }),
    comment: t.string({ description: "The current comment on progress against the arbetsplan (the draft's, or the latest version's)", resolve: (r) => r.row?.comment ?? "" }),
    totals: t.field({ type: AttendanceTotals, resolve: async (r, _args, context) => {
      const days = await daysOf(context, r);
      return { totals: totalsOf(days), rate: attendanceRate(days) };
    } }),
    attendanceRate: t.float({ nullable: true, resolve: async (r, _args, context) => attendanceRate(await daysOf(context, r)) }),
    days: t.field({
      type: [ReportDay],
      complexity: SMALL_LIST,
      description: "Every day of the month: the schedule, and what is recorded now",
      resolve: async (r, _args, context) => reportDays(scheduleOfMonth(r.assignment, r.month), await daysOf(context, r)),
    }),
    missingDays: t.field({
      type: ["Date"],
      complexity: SMALL_LIST,
      description: "Scheduled days with nothing recorded: the report cannot be sent until they are filled in",
      resolve: async (r, _args, context) => missingDays(scheduleOfMonth(r.assignment, r.month), await daysOf(context, r)),
    }),
    versions: t.field({ type: [MonthlyReportVersion], complexity: SMALL_LIST, description: "Every submission and amendment, oldest first", resolve: versionsOf }),
    version: t.field({
      type: MonthlyReportVersion,
      nullable: true,
      args: { version: t.arg.int({ required: true }) },
      resolve: (r, args) => versionsOf(r).find((v) => v.row.version === args.version) ?? null,
    }),
    versionDiff: t.field({
      type: MonthlyReportDiff,
      nullable: true,
      description: "What changed from one version to another; null when either does not exist",
      args: { from: t.arg.int({ required: true }), to: t.arg.int({ required: true }) },
      resolve: (r, args) => {
        const versions = versionsOf(r);
        const from = versions.find((v) => v.row.version === args.from);
        const to = versions.find((v) => v.row.version === args.to);
        return from && to ? { from, to } : null;
      },
    }),
    assignment: t.field({ type: Assignment, resolve: (r) => r.assignment }),
    participantId: t.id({ resolve: (r) => r.assignment.participantId }),
    participantName: t.string({ description: "First name or chosen name", resolve: (r) => r.assignment.participant.displayName }),
    participantCode: t.string({ nullable: true, description: "The pseudonymous code; the caseload only", resolve: (r) => (r.access === "CASELOAD" ? r.assignment.participant.code : null) }),
    placementTitle: t.string({ resolve: (r) => r.assignment.placement.title }),
    organization: t.field({ type: Organization, resolve: (r) => r.assignment.placement.organization }),
    viewerCanSubmit: t.boolean({
      description: "The caller belongs to the assignment's organisation and the report is theirs to send",
      resolve: (r, _args, context) => isMemberFor(context, r) && isOpenReport(statusOf(r)),
    }),
    viewerCanAmend: t.boolean({ resolve: (r, _args, context) => isMemberFor(context, r) && statusOf(r) === "APPROVED" }),
    viewerCanReview: t.boolean({
      description: "The caller is the participant's own coach and the report waits for review",
      resolve: (r, _args, context) => isCoachFor(context, r) && statusOf(r) === "SUBMITTED",
    }),
  }),
});

const MonthlyReportFilter = builder.inputType("MonthlyReportFilter", {
  fields: (t) => ({
    organizationId: t.id({ required: false, description: "One of the caller's organisations" }),
    participantId: t.id({ required: false }),
    month: t.string({ required: false, description: `yyyy-mm; without it, the last ${LIST_MONTHS} months and this one`, ...bounded({ maxLength: 20 }) }),
    status: t.field({ type: MonthlyReportStatus, required: false }),
    waitingForReview: t.boolean({ required: false, description: "true: SUBMITTED, oldest submission first" }),
    overdue: t.boolean({ required: false }),
    dueSoon: t.boolean({ required: false }),
  }),
});

const HabilitationThresholds = builder.objectType(builder.objectRef<{ fullDayMinutes: number; halfDayMinutes: number }>("HabilitationThresholds"), {
  fields: (t) => ({ fullDayMinutes: t.exposeInt("fullDayMinutes"), halfDayMinutes: t.exposeInt("halfDayMinutes") }),
});

const MonthlyReportExport = builder.objectType(
  builder.objectRef<{ reports: ReportView[]; organization: AssignmentRow["placement"]["organization"] | null; month: YearMonth }>("MonthlyReportExport"),
  {
    description: "The reports of an export (one report, or an organisation's month), logged as an export of participant data",
    fields: (t) => ({
      month: t.exposeString("month"),
      organization: t.field({ type: Organization, nullable: true, resolve: (e) => e.organization }),
      reports: t.field({ type: [MonthlyReport], resolve: (e) => e.reports }),
      habilitationThresholds: t.field({ type: HabilitationThresholds, resolve: () => habilitationThresholds() }),
    }),
  },
);

builder.queryFields((t) => ({
  monthlyReport: t.field({
    type: MonthlyReport,
    nullable: true,
    description: "One report, by its id or `<assignmentId>:<yyyy-mm>`. Reading it is logged (absence reasons are health data).",
    authScopes: allow("Query.monthlyReport"),
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => loadReport(context, String(args.id)),
  }),
  monthlyReports: t.field({
    type: [MonthlyReport],
    description:
      "Reports the caller may see: an organisation's (its assignments), a coach's or handledare's (their participants'). Each read is logged.",
    authScopes: allow("Query.monthlyReports"),
    args: { filter: t.arg({ type: MonthlyReportFilter, required: false }) },
    resolve: (_root, args, context, info) =>
      listReports(context, { ...args.filter, organizationId: args.filter?.organizationId ? String(args.filter.organizationId) : null, participantId: args.filter?.participantId ? String(args.filter.participantId) : null }, info),
  }),
  monthlyReportExport: t.field({
    type: MonthlyReportExport,
    description: "One report (reportId), or every report of an organisation's month (organizationId and month), for CSV and PDF. Logged as an export.",
    authScopes: allow("Query.monthlyReportExport"),
    complexity: 200,
    args: { reportId: t.arg.id({ required: false }), organizationId: t.arg.id({ required: false }), month: t.arg.string({ required: false, ...bounded({ maxLength: 20 }) }) },
    resolve: async (_root, args, context, info) => {
      if (args.reportId) {
        const view = await loadReport(context, String(args.reportId), { log: false });
        await logReport(context, view, "EXPORT", "Exportera månadsrapport");
        return { reports: [view], organization: view.assignment.placement.organization, month: view.month };
      }
      if (!args.organizationId || !args.month) {
        throw new ValidationError([{ field: "reportId", message: "Välj en rapport, eller en organisation och en månad." }]);
      }
      const month = parseInput(yearMonth(), args.month);
      const organizationId = String(args.organizationId);
      const reports = await listReports(context, { organizationId, month }, info);
      const organization = await context.db.organization.findUniqueOrThrow({ where: { id: organizationId } });
      for (const view of reports) await logReport(context, view, "EXPORT", "Exportera organisationens månadsrapporter");
      return { reports: [...reports].sort((a, b) => a.assignment.participant.displayName.localeCompare(b.assignment.participant.displayName, "sv")), organization, month };
    },
  }),
}));

// ---------------------------------------------------------------- writing

/** A pause inside the submit transaction, for the test that kills the app mid-submit (tests/attendance/submit-kill.test.ts). Never in production. */
async function testPauseInsideSubmit(): Promise<void> {
  const ms = Number(process.env.STEGVIS_TEST_PAUSE_IN_SUBMIT_MS ?? 0);
  if (!ms || isProduction()) return;
  console.info("test hook: submit paused inside its transaction");
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Transactions that write a report wait this long at most (PGlite serialises them). */
const transactionOptions = () => ({ timeout: 30_000 + Number(process.env.STEGVIS_TEST_PAUSE_IN_SUBMIT_MS ?? 0), maxWait: 30_000 });

function requireMember(context: Context, view: ReportView): void {
  if (!isMemberFor(context, view)) throw new ForbiddenError("Deltagaren är inte placerad hos er. Bara organisationen där insatsen är kan rapportera.");
}

function requireCoach(context: Context, view: ReportView): void {
  if (!isCoachFor(context, view)) throw new ForbiddenError("Bara deltagarens egen jobbcoach kan godkänna eller skicka tillbaka rapporten.");
}

function requireMonthOver(view: ReportView): void {
  if (view.today < endOfMonth(firstDayOf(view.month))) {
    throw new ReportStateError("Månaden är inte slut än. Rapporten kan skickas in från månadens sista dag.");
  }
}

/** The report's row inside a transaction, created as a DRAFT when the month has none yet. */
async function rowIn(tx: Tx, view: ReportView) {
  const month = toDbDate(firstDayOf(view.month));
  await tx.monthlyReport.createMany({ data: [{ assignmentId: view.assignment.id, month }], skipDuplicates: true });
  return tx.monthlyReport.findUniqueOrThrow({ where: { assignmentId_month: { assignmentId: view.assignment.id, month } } });
}

async function storedDaysIn(tx: Tx, view: ReportView): Promise<RecordedDay[]> {
  const first = firstDayOf(view.month);
  const rows = await tx.attendanceDay.findMany({
    where: { assignmentId: view.assignment.id, date: { gte: toDbDate(first), lte: toDbDate(endOfMonth(first)) } },
    orderBy: { date: "asc" },
  });
  return rows.map(recorded);
}

function incomplete(view: ReportView, missing: string[], comment: string, prefix = ""): void {
  const problems = submitProblems(missing, comment);
  if (!problems.length) return;
  const message = prefix + problems.join(" ");
  if (missing.length) throw new AttendanceIncompleteError(message, missing);
  throw new ValidationError([{ field: "comment", message: problems[0]! }], message);
}

/** Writes the next version from the days now stored; call after the row was moved to SUBMITTED. */
async function writeVersion(tx: Tx, context: Context, view: ReportView, reportId: string, data: { comment: string; amendmentReason?: string | null }, now: Date): Promise<void> {
  const days = await storedDaysIn(tx, view);
  const missing = missingDays(scheduleOfMonth(view.assignment, view.month), days);
  incomplete(view, missing, data.comment);
  const last = await tx.monthlyReportVersion.findFirst({ where: { reportId }, orderBy: { version: "desc" }, select: { version: true } });
  await tx.monthlyReportVersion.create({
    data: {
      reportId,
      version: (last?.version ?? 0) + 1,
      status: "SUBMITTED",
      totals: totalsOf(days) as unknown as Prisma.InputJsonValue,
      days: days as unknown as Prisma.InputJsonValue,
      attendanceRate: attendanceRate(days),
      comment: data.comment,
      amendmentReason: data.amendmentReason ?? null,
      authorId: context.viewer?.userId ?? null,
      authorApiTokenId: context.viewer?.apiTokenId ?? null,
      createdAt: now,
    },
  });
}

/** Submits one report inside `tx`: the row moves to SUBMITTED only from DRAFT or RETURNED at the revision read. */
async function submitIn(tx: Tx, context: Context, view: ReportView, comment: string | null, expectedRevision: number | null, now: Date): Promise<string> {
  const row = await rowIn(tx, view);
  if (!isOpenReport(row.status)) throw new ReportLockedError(`Rapporten för ${view.assignment.participant.displayName} är redan inskickad.`);
  if (expectedRevision !== null && row.revision !== expectedRevision) {
    throw new ConflictError("Närvaron har ändrats sedan du öppnade sidan. Ladda om sidan, kontrollera dagarna och skicka in igen.");
  }
  const text = comment ?? row.comment;
  const moved = await tx.monthlyReport.updateMany({
    where: { id: row.id, status: row.status, revision: row.revision },
    data: { status: "SUBMITTED", comment: text, submittedAt: now },
  });
  if (moved.count !== 1) throw new ConflictError("Rapporten ändrades av någon annan nyss. Ladda om sidan och försök igen.");
  await testPauseInsideSubmit();
  await writeVersion(tx, context, view, row.id, { comment: text }, now);
  await tx.auditEvent.create({
    data: auditRow(context, { action: "UPDATE", entity: "MonthlyReport", entityId: row.id, participantId: view.assignment.participantId, purpose: "Skicka in månadsrapport" }),
  });
  return row.id;
}

const SaveMonthlyReportCommentInput = builder.inputType("SaveMonthlyReportCommentInput", {
  fields: (t) => ({
    reportId: t.id({ required: true }),
    comment: t.string({ required: true, ...bounded({ maxLength: 4_000 }) }),
  }),
});

const SubmitMonthlyReportInput = builder.inputType("SubmitMonthlyReportInput", {
  fields: (t) => ({
    reportId: t.id({ required: true, description: "The report's id or `<assignmentId>:<yyyy-mm>`" }),
    comment: t.string({ required: false, description: "Progress against the arbetsplan; default: the saved draft comment", ...bounded({ maxLength: 4_000 }) }),
    revision: t.int({ required: false, description: "The revision the caller saw: refused (CONFLICT) if the days changed since" }),
  }),
});

const ReviewMonthlyReportInput = builder.inputType("ReviewMonthlyReportInput", {
  fields: (t) => ({
    reportId: t.id({ required: true }),
    comment: t.string({ required: false, description: "Required when returning", ...bounded({ maxLength: 2_000 }) }),
  }),
});

const AmendDayInput = builder.inputType("AmendAttendanceDayInput", {
  fields: (t) => ({
    date: t.field({ type: "Date", required: true }),
    attendedMinutes: t.int({ required: true }),
    absenceReason: t.field({ type: AbsenceReason, required: false, description: "Required when attended is less than scheduled" }),
    note: t.string({ required: false, ...bounded({ maxLength: 500 }) }),
  }),
});

const AmendMonthlyReportInput = builder.inputType("AmendMonthlyReportInput", {
  fields: (t) => ({
    reportId: t.id({ required: true }),
    reason: t.string({ required: true, description: "Why the approved report is amended", ...bounded({ maxLength: 2_000 }) }),
    comment: t.string({ required: false, description: "Default: the approved version's comment", ...bounded({ maxLength: 4_000 }) }),
    days: t.field({ type: [AmendDayInput], required: false, description: "The days that change; others stay", ...bounded({ maxItems: 31 }) }),
  }),
});

const submittedView = (context: Context, id: string) => loadReport(context, id, { log: false });

builder.mutationFields((t) => ({
  saveMonthlyReportComment: t.field({
    type: MonthlyReport,
    description: "Saves the draft comment on progress against the arbetsplan (DRAFT or RETURNED reports).",
    authScopes: allow("Mutation.saveMonthlyReportComment"),
    args: { input: t.arg({ type: SaveMonthlyReportCommentInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const view = await submittedView(context, String(input.reportId));
      requireMember(context, view);
      const { comment } = parseInput(saveCommentInput, { comment: input.comment });
      if (!isOpenReport(statusOf(view))) throw new ReportLockedError();
      await context.db.$transaction(async (tx) => {
        const row = await rowIn(tx, view);
        const saved = await tx.monthlyReport.updateMany({ where: { id: row.id, status: { in: ["DRAFT", "RETURNED"] } }, data: { comment } });
        if (saved.count !== 1) throw new ReportLockedError();
        await tx.auditEvent.create({
          data: auditRow(context, { action: "UPDATE", entity: "MonthlyReport", entityId: row.id, participantId: view.assignment.participantId, purpose: "Spara kommentar i månadsrapport" }),
        });
      }, transactionOptions());
      return submittedView(context, view.key);
    },
  }),
  submitMonthlyReport: t.field({
    type: MonthlyReport,
    description:
      "Sends a DRAFT or RETURNED report: locked from then on, a new version with its totals and days. Refused with ATTENDANCE_INCOMPLETE (naming the days) while scheduled days lack attendance, VALIDATION_FAILED without a comment, REPORT_LOCKED when already sent.",
    authScopes: allow("Mutation.submitMonthlyReport"),
    args: { input: t.arg({ type: SubmitMonthlyReportInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const view = await submittedView(context, String(input.reportId));
      requireMember(context, view);
      const comment = input.comment == null ? null : parseInput(submitReportInput, { comment: input.comment }).comment;
      if (!isOpenReport(statusOf(view))) throw new ReportLockedError("Rapporten är redan inskickad och låst.");
      requireMonthOver(view);
      incomplete(view, missingDays(scheduleOfMonth(view.assignment, view.month), await daysOf(context, view)), comment ?? view.row?.comment ?? "");
      const now = context.clock.now();
      await context.db.$transaction((tx) => submitIn(tx, context, view, comment, input.revision ?? null, now), transactionOptions());
      return submittedView(context, view.key);
    },
  }),
  submitMonthlyReports: t.field({
    type: [MonthlyReport],
    description:
      "Sends every DRAFT or RETURNED report of an organisation's month at once, each with its saved comment, in one transaction: all or none. The refusal names every report that is not ready.",
    authScopes: allow("Mutation.submitMonthlyReports"),
    args: { organizationId: t.arg.id({ required: true }), month: t.arg.string({ required: true, ...bounded({ maxLength: 20 }) }) },
    resolve: async (_root, args, context, info) => {
      const organizationId = String(args.organizationId);
      await requireOwnOrganization(context, organizationId);
      const all = await listReports(context, { organizationId, month: args.month }, info);
      const open = all.filter((view) => isOpenReport(statusOf(view)));
      if (!open.length) throw new ReportStateError("Det finns inga rapporter att skicka in för månaden.");
      requireMonthOver(open[0]!);
      const problems: string[] = [];
      const missing: string[] = [];
      for (const view of open) {
        const gaps = missingDays(scheduleOfMonth(view.assignment, view.month), await daysOf(context, view));
        missing.push(...gaps);
        const text = submitProblems(gaps, view.row?.comment ?? "");
        if (text.length) problems.push(`${view.assignment.participant.displayName}: ${text.join(" ").replace(/^./, (c) => c.toLowerCase())}`);
      }
      if (problems.length) {
        const message = `Inget skickades in. ${problems.join(" ")}`;
        if (missing.length) throw new AttendanceIncompleteError(message, [...new Set(missing)].sort());
        throw new ValidationError([{ field: "comment", message }], message);
      }
      const now = context.clock.now();
      await context.db.$transaction(async (tx) => {
        for (const view of open) await submitIn(tx, context, view, null, null, now);
      }, transactionOptions());
      return Promise.all(all.map((view) => submittedView(context, view.key)));
    },
  }),
  approveMonthlyReport: reviewField(t, "APPROVED", "The participant's coach approves a SUBMITTED report."),
  returnMonthlyReport: reviewField(t, "RETURNED", "The participant's coach sends a SUBMITTED report back with a comment saying what to change (required)."),
  amendMonthlyReport: t.field({
    type: MonthlyReport,
    description:
      "Amends an APPROVED report: writes the changed days and a new version with the reason in one transaction; the report waits for the coach's approval again.",
    authScopes: allow("Mutation.amendMonthlyReport"),
    args: { input: t.arg({ type: AmendMonthlyReportInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const view = await submittedView(context, String(input.reportId));
      requireMember(context, view);
      const values = parseInput(amendReportInput, {
        reason: input.reason,
        comment: input.comment ?? latestVersion(view)?.comment ?? view.row?.comment ?? "",
        days: (input.days ?? []).map((day) => ({ ...day, absenceReason: day.absenceReason ?? null, note: day.note ?? "" })),
      });
      if (statusOf(view) !== "APPROVED") {
        throw new ReportStateError(
          isOpenReport(statusOf(view)) ? "Rapporten är inte inskickad. Ändra närvaron och skicka in den i stället." : "Rapporten väntar på granskning. Den kan rättas när den är godkänd.",
        );
      }
      const schedule = new Map(scheduleOfMonth(view.assignment, view.month).map((day) => [day.date, day]));
      const stored = new Map((await daysOf(context, view)).map((day) => [day.date, day]));
      const errors = values.days.flatMap((day, i) => {
        const planned = schedule.get(day.date);
        if (!planned || planned.kind === "OUTSIDE") return [{ field: `days.${i}.date`, message: `${day.date} ligger utanför ${listInWords([view.month])} eller insatsen.` }];
        const problem = dayProblem(day, stored.get(day.date)?.scheduledMinutes ?? planned.scheduledMinutes);
        return problem ? [{ field: `days.${i}.attendedMinutes`, message: `${day.date}: ${problem.message}` }] : [];
      });
      if (new Set(values.days.map((d) => d.date)).size !== values.days.length) errors.push({ field: "days", message: "Samma dag finns flera gånger." });
      if (errors.length) throw new ValidationError(errors);
      const now = context.clock.now();
      await context.db.$transaction(async (tx) => {
        const row = await rowIn(tx, view);
        const moved = await tx.monthlyReport.updateMany({
          where: { id: row.id, status: "APPROVED", revision: row.revision },
          data: { status: "SUBMITTED", comment: values.comment, submittedAt: now, revision: { increment: values.days.length ? 1 : 0 } },
        });
        if (moved.count !== 1) throw new ConflictError("Rapporten ändrades av någon annan nyss. Ladda om sidan och försök igen.");
        for (const day of values.days) {
          const date = toDbDate(day.date);
          const scheduledMinutes = stored.get(day.date)?.scheduledMinutes ?? schedule.get(day.date)!.scheduledMinutes;
          // The day carries the revision it was written at, as the grid's saves do (their conflicts name changed days by it).
          const data = { attendedMinutes: day.attendedMinutes, absenceReason: day.absenceReason, note: day.note, revision: row.revision + 1 };
          await tx.attendanceDay.upsert({
            where: { assignmentId_date: { assignmentId: view.assignment.id, date } },
            create: { assignmentId: view.assignment.id, date, scheduledMinutes, ...data },
            update: data,
          });
        }
        await writeVersion(tx, context, view, row.id, { comment: values.comment, amendmentReason: values.reason }, now);
        await tx.auditEvent.create({
          data: auditRow(context, { action: "UPDATE", entity: "MonthlyReport", entityId: row.id, participantId: view.assignment.participantId, purpose: "Rätta godkänd månadsrapport" }),
        });
      }, transactionOptions());
      return submittedView(context, view.key);
    },
  }),
}));

/** The coach's approve or return mutation: the same checks, the comment rule of each. */
function reviewField(t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0], to: "APPROVED" | "RETURNED", description: string) {
  return t.field({
    type: MonthlyReport,
    description,
    authScopes: allow(to === "APPROVED" ? "Mutation.approveMonthlyReport" : "Mutation.returnMonthlyReport"),
    args: { input: t.arg({ type: ReviewMonthlyReportInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const view = await submittedView(context, String(input.reportId));
      requireCoach(context, view);
      const { comment } = parseInput(to === "APPROVED" ? approveReportInput : returnReportInput, { comment: input.comment ?? "" });
      await review(context, view, to, comment);
      return submittedView(context, view.key);
    },
  });
}

/** Approves or returns the SUBMITTED report and records the review on its latest version, in one transaction. */
async function review(context: Context, view: ReportView, to: "APPROVED" | "RETURNED", comment: string): Promise<void> {
  if (statusOf(view) !== "SUBMITTED" || !view.row) {
    throw new ReportStateError(statusOf(view) === "APPROVED" ? "Rapporten är redan godkänd." : "Rapporten är inte inskickad och kan inte granskas än.");
  }
  const row = view.row;
  const now = context.clock.now();
  await context.db.$transaction(async (tx) => {
    const moved = await tx.monthlyReport.updateMany({ where: { id: row.id, status: "SUBMITTED", revision: row.revision }, data: { status: to } });
    if (moved.count !== 1) throw new ConflictError("Rapporten ändrades nyss. Ladda om sidan och försök igen.");
    const latest = await tx.monthlyReportVersion.findFirstOrThrow({ where: { reportId: row.id }, orderBy: { version: "desc" } });
    await tx.monthlyReportVersion.update({
      where: { id: latest.id },
      data: { status: to, reviewerId: context.viewer!.userId, reviewComment: comment || null, reviewedAt: now },
    });
    await tx.auditEvent.create({
      data: auditRow(context, {
        action: "UPDATE",
        entity: "MonthlyReport",
        entityId: row.id,
        participantId: view.assignment.participantId,
        purpose: to === "APPROVED" ? "Godkänna månadsrapport" : "Skicka tillbaka månadsrapport",
      }),
    });
  }, transactionOptions());
}

export { AttendanceTotals, ReportDay };
