/**
 * A month's attendance days: reading them against the schedule, and writing them with optimistic concurrency.
 *
 * Every write goes through `writeAttendance`, inside the caller's one transaction, per (assignment, month) group:
 *   1. the MonthlyReport row is created (DRAFT, revision 0) if missing: INSERT … ON CONFLICT DO NOTHING;
 *   2. the requested days are compared with the stored ones; a group with no difference writes nothing and never
 *      conflicts (a stale copy of unchanged values loses nothing);
 *   3. a SUBMITTED or APPROVED month is locked (REPORT_LOCKED); a save based on an older revision is refused
 *      (ATTENDANCE_CONFLICT), naming the days written since (each day keeps the revision that last wrote it);
 *   4. the revision is bumped with a conditional UPDATE … WHERE revision = <read> AND status IN (DRAFT, RETURNED):
 *      of two concurrent saves from the same revision exactly one matches. The API, which sends no revision, re-reads
 *      and retries when it loses that race, so its days are applied on top of whatever won;
 *   5. the days are written, stamped with the new revision, and one UPDATE audit event per group is added.
 * Refusals are collected over all groups and thrown after: the transaction rolls back, nothing is half-written.
 */
import type { AbsenceReason, Assignment, MonthlyReportStatus, Prisma } from "../generated/prisma/client.ts";
import { dayProblem, type AbsenceReasonCode } from "../attendance/entry.ts";
import { firstDayOf, scheduleOfMonth, type DayKind, type YearMonth } from "../attendance/schedule.ts";
import { endOfMonth, formatDate, formatDayAndMonth, formatMoment, fromDbDate, toDbDate, type IsoDate } from "../lib/dates.ts";
import { auditRow } from "./audit.ts";
import type { Context } from "./context.ts";
import { AttendanceConflictError, ReportLockedError, type AttendanceConflict, type FieldError } from "./errors.ts";

type Tx = Prisma.TransactionClient;

/** Months whose days only an amendment may change. */
export const LOCKED_STATUSES: readonly MonthlyReportStatus[] = ["SUBMITTED", "APPROVED"];

export interface AttendanceDayData {
  date: IsoDate;
  kind: DayKind;
  holiday: string | null;
  scheduledMinutes: number;
  attendedMinutes: number | null;
  absenceReason: AbsenceReason | null;
  note: string;
}

export interface AttendanceRowData {
  assignment: Assignment;
  month: YearMonth;
  revision: number;
  reportStatus: MonthlyReportStatus;
  days: AttendanceDayData[];
}

/** The month's days of the database, as the `@db.Date` range Prisma compares with. */
export function monthRange(month: YearMonth): { gte: Date; lte: Date } {
  const first = firstDayOf(month);
  return { gte: toDbDate(first), lte: toDbDate(endOfMonth(first)) };
}

/** Assignments that have a day inside the month by their stored dates (refined by the schedule afterwards). */
export function overlappingMonth(month: YearMonth): Prisma.AssignmentWhereInput {
  const { gte, lte } = monthRange(month);
  return {
    startDate: { lte },
    OR: [{ plannedEndDate: null }, { plannedEndDate: { gte } }],
    AND: [{ OR: [{ endedAt: null }, { endedAt: { gte: new Date(gte.getTime() - 24 * 3600_000) } }] }],
  };
}

/** Each assignment's month, day by day: its schedule with what has been reported. Two statements for any number. */
export async function attendanceRows(db: Context["db"], assignments: Assignment[], month: YearMonth): Promise<AttendanceRowData[]> {
  if (assignments.length === 0) return [];
  const assignmentId = { in: assignments.map((a) => a.id) };
  const [stored, reports] = await Promise.all([
    db.attendanceDay.findMany({ where: { assignmentId, date: monthRange(month) } }),
    db.monthlyReport.findMany({ where: { assignmentId, month: toDbDate(firstDayOf(month)) }, select: { assignmentId: true, status: true, revision: true } }),
  ]);
  const byKey = new Map(stored.map((day) => [`${day.assignmentId}:${fromDbDate(day.date)}`, day]));
  return assignments.map((assignment) => {
    const report = reports.find((r) => r.assignmentId === assignment.id);
    return {
      assignment,
      month,
      revision: report?.revision ?? 0,
      reportStatus: report?.status ?? "DRAFT",
      days: scheduleOfMonth(assignment, month).map((day) => {
        const saved = byKey.get(`${assignment.id}:${day.date}`);
        return {
          date: day.date,
          kind: day.kind,
          holiday: day.holiday ?? null,
          scheduledMinutes: saved?.scheduledMinutes ?? day.scheduledMinutes,
          attendedMinutes: saved?.attendedMinutes ?? null,
          absenceReason: saved?.absenceReason ?? null,
          note: saved?.note ?? "",
        };
      }),
    };
  });
}

// ---------------------------------------------------------------- writing

/** The parts of an assignment a write needs. */
export const writeSelect = {
  id: true,
  participantId: true,
  startDate: true,
  plannedEndDate: true,
  endedAt: true,
  weekdays: true,
  hoursPerDay: true,
  placement: { select: { organizationId: true } },
  participant: { select: { displayName: true } },
} satisfies Prisma.AssignmentSelect;
export type WriteAssignment = Prisma.AssignmentGetPayload<{ select: typeof writeSelect }>;

/** One day as asked: attended null and no reason clears the day; a reason without a time is a whole day's absence. */
export interface DayRequest {
  date: IsoDate;
  attendedMinutes: number | null;
  absenceReason: AbsenceReasonCode | null;
  /** Null keeps the stored note. */
  note: string | null;
  /** Where the day sits in the caller's input, for field errors: "rows.0.days.3". */
  field: string;
}

export interface GroupRequest {
  assignment: WriteAssignment;
  month: YearMonth;
  /** The revision the caller loaded (the grid); null for the API, which applies its days on top of what is stored. */
  expectedRevision: number | null;
  days: DayRequest[];
}

/** Everything wrong with the requested days, per field, before any write: outside the assignment, time, reason. */
export function attendanceProblems(groups: GroupRequest[]): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const schedule = new Map(scheduleOfMonth(group.assignment, group.month).map((day) => [day.date, day]));
    for (const day of group.days) {
      const key = `${group.assignment.id}:${day.date}`;
      if (seen.has(key)) {
        problems.push({ field: `${day.field}.date`, code: "DUPLICATE_DAY", message: `${formatDate(day.date)} finns två gånger i samma sändning.` });
        continue;
      }
      seen.add(key);
      const scheduled = schedule.get(day.date);
      if (!scheduled) {
        problems.push({ field: `${day.field}.date`, code: "OUTSIDE_MONTH", message: `${formatDate(day.date)} hör inte till den månad som sparas.` });
        continue;
      }
      if (scheduled.kind === "OUTSIDE") {
        problems.push({
          field: `${day.field}.date`,
          code: "OUTSIDE_ASSIGNMENT",
          message: `${formatDate(day.date)} ligger utanför ${group.assignment.participant.displayName}s insats (från ${formatDate(fromDbDate(group.assignment.startDate))}${group.assignment.plannedEndDate ? ` till ${formatDate(fromDbDate(group.assignment.plannedEndDate))}` : ""}).`,
        });
        continue;
      }
      if (day.attendedMinutes === null && day.absenceReason === null) continue;
      const problem = dayProblem({ attendedMinutes: day.attendedMinutes ?? 0, absenceReason: day.absenceReason }, scheduled.scheduledMinutes);
      if (problem) {
        const field = problem.code === "REASON_REQUIRED" ? "absenceReason" : "attendedMinutes";
        problems.push({ field: `${day.field}.${field}`, code: problem.code, message: `${formatDayAndMonth(day.date)}: ${problem.message}` });
      }
    }
  }
  return problems;
}

export interface WrittenDay {
  assignmentId: string;
  date: IsoDate;
  scheduledMinutes: number;
  attendedMinutes: number | null;
  absenceReason: AbsenceReason | null;
  note: string;
}

export interface WriteOutcome {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
  /** Each requested day as it stands after the write (attendedMinutes null: not reported). */
  days: WrittenDay[];
}

interface Refusals {
  locked: { group: GroupRequest; status: MonthlyReportStatus }[];
  conflicts: { group: GroupRequest; reportId: string; revision: number; dates: IsoDate[] }[];
}

/** Thrown inside the transaction to roll it back; turned into the typed error, with names, once it has. */
export class AttendanceRefused extends Error {
  constructor(readonly refusals: Refusals) {
    super("attendance refused");
  }
}

/** How many times the API re-reads a month whose revision moved under it before giving up (never seen past 2). */
const API_RETRIES = 20;

/** Writes the groups inside `tx` (see the module comment); throws AttendanceRefused for locked or stale months. */
export async function writeAttendance(tx: Tx, context: Context, groups: GroupRequest[]): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { created: 0, updated: 0, deleted: 0, unchanged: 0, days: [] };
  const refusals: Refusals = { locked: [], conflicts: [] };
  const audit: Prisma.AuditEventCreateManyInput[] = [];
  // A fixed order: two calls touching the same months lock them in the same order, so they cannot deadlock.
  const ordered = [...groups].sort((a, b) => a.assignment.id.localeCompare(b.assignment.id) || a.month.localeCompare(b.month));
  for (const group of ordered) {
    const { assignment, month } = group;
    const monthDate = toDbDate(firstDayOf(month));
    const where = { assignmentId_month: { assignmentId: assignment.id, month: monthDate } };
    await tx.monthlyReport.createMany({ data: [{ assignmentId: assignment.id, month: monthDate }], skipDuplicates: true });
    const schedule = new Map(scheduleOfMonth(assignment, month).map((day) => [day.date, day.scheduledMinutes]));
    const dates = group.days.map((day) => toDbDate(day.date));
    for (let attempt = 0; ; attempt++) {
      const report = await tx.monthlyReport.findUniqueOrThrow({ where, select: { id: true, status: true, revision: true } });
      const stored = new Map(
        (await tx.attendanceDay.findMany({ where: { assignmentId: assignment.id, date: { in: dates } } })).map((day) => [fromDbDate(day.date), day]),
      );
      const plan = planDays(group, stored, schedule);
      if (plan.creates.length + plan.updates.length + plan.deletes.length === 0) {
        outcome.unchanged += plan.unchanged;
        outcome.days.push(...plan.result);
        break;
      }
      if (await refused(tx, group, report, refusals)) break;
      // The conditional UPDATE: of two saves that read the same revision, exactly one gets count 1.
      const bumped = await tx.monthlyReport.updateMany({
        where: { id: report.id, revision: report.revision, status: { notIn: [...LOCKED_STATUSES] } },
        data: { revision: { increment: 1 } },
      });
      if (bumped.count === 0) {
        // Someone saved (or submitted) between our read and our update. The API re-reads and applies its days on top;
        // the grid's caller is told, with the state that won.
        if (group.expectedRevision === null) {
          if (attempt < API_RETRIES) continue;
          throw new Error(`attendance: gave up after ${API_RETRIES} concurrent saves of ${assignment.id} ${month}`);
        }
        await refused(tx, group, await tx.monthlyReport.findUniqueOrThrow({ where, select: { id: true, status: true, revision: true } }), refusals);
        break;
      }
      const revision = report.revision + 1;
      if (plan.creates.length) await tx.attendanceDay.createMany({ data: plan.creates.map((day) => ({ ...day, revision })) });
      for (const day of plan.updates) {
        await tx.attendanceDay.update({
          where: { assignmentId_date: { assignmentId: assignment.id, date: day.date } },
          data: { scheduledMinutes: day.scheduledMinutes, attendedMinutes: day.attendedMinutes, absenceReason: day.absenceReason, note: day.note, revision },
        });
      }
      if (plan.deletes.length) await tx.attendanceDay.deleteMany({ where: { assignmentId: assignment.id, date: { in: plan.deletes } } });
      Object.assign(outcome, {
        created: outcome.created + plan.creates.length,
        updated: outcome.updated + plan.updates.length,
        deleted: outcome.deleted + plan.deletes.length,
        unchanged: outcome.unchanged + plan.unchanged,
      });
      outcome.days.push(...plan.result);
      audit.push(
        auditRow(context, { action: "UPDATE", entity: "MonthlyReport", entityId: report.id, participantId: assignment.participantId, purpose: `Spara närvaro ${month}` }),
      );
      break;
    }
  }
  if (refusals.locked.length || refusals.conflicts.length) throw new AttendanceRefused(refusals);
  if (audit.length) await tx.auditEvent.createMany({ data: audit });
  return outcome;
}

/** Records why the group may not be written (locked, or stale against `report`); false when it may. */
async function refused(tx: Tx, group: GroupRequest, report: { id: string; status: MonthlyReportStatus; revision: number }, refusals: Refusals): Promise<boolean> {
  if (LOCKED_STATUSES.includes(report.status)) {
    refusals.locked.push({ group, status: report.status });
    return true;
  }
  if (group.expectedRevision === null || report.revision === group.expectedRevision) return false;
  const changed = await tx.attendanceDay.findMany({
    where: { assignmentId: group.assignment.id, date: monthRange(group.month), revision: { gt: group.expectedRevision } },
    select: { date: true },
    orderBy: { date: "asc" },
  });
  refusals.conflicts.push({ group, reportId: report.id, revision: report.revision, dates: changed.map((day) => fromDbDate(day.date)) });
  return true;
}

type StoredDay = Prisma.AttendanceDayGetPayload<object>;

function planDays(group: GroupRequest, stored: Map<IsoDate, StoredDay>, schedule: Map<IsoDate, number>) {
  const creates: Prisma.AttendanceDayCreateManyInput[] = [];
  const updates: { date: Date; scheduledMinutes: number; attendedMinutes: number; absenceReason: AbsenceReason | null; note: string }[] = [];
  const deletes: Date[] = [];
  const result: WrittenDay[] = [];
  let unchanged = 0;
  for (const day of group.days) {
    const saved = stored.get(day.date);
    const scheduledMinutes = schedule.get(day.date) ?? 0;
    const base = { assignmentId: group.assignment.id, date: day.date, scheduledMinutes };
    if (day.attendedMinutes === null && day.absenceReason === null) {
      if (saved) deletes.push(saved.date);
      else unchanged += 1;
      result.push({ ...base, attendedMinutes: null, absenceReason: null, note: "" });
      continue;
    }
    const wanted = { scheduledMinutes, attendedMinutes: day.attendedMinutes ?? 0, absenceReason: day.absenceReason, note: day.note ?? saved?.note ?? "" };
    result.push({ ...base, ...wanted });
    if (!saved) creates.push({ assignmentId: group.assignment.id, date: toDbDate(day.date), ...wanted });
    else if (
      saved.scheduledMinutes !== wanted.scheduledMinutes ||
      saved.attendedMinutes !== wanted.attendedMinutes ||
      saved.absenceReason !== wanted.absenceReason ||
      saved.note !== wanted.note
    ) {
      updates.push({ date: saved.date, ...wanted });
    } else unchanged += 1;
  }
  return { creates, updates, deletes, unchanged, result };
}

// ---------------------------------------------------------------- refusals in words

const STATUS_WORDS: Record<MonthlyReportStatus, string> = { DRAFT: "utkast", SUBMITTED: "inskickad", APPROVED: "godkänd", RETURNED: "returnerad" };

/** "3, 4 och 5 november". */
function dayList(dates: IsoDate[]): string {
  const words = dates.map((date) => formatDayAndMonth(date));
  if (words.length <= 1) return words.join("");
  const shown = words.length > 8 ? [...words.slice(0, 7), `${words.length - 7} dagar till`] : words;
  return `${shown.slice(0, -1).join(", ")} och ${shown[shown.length - 1]}`;
}

/** The typed error for refused groups, with who saved last and when (from the audit log) for each conflict. */
export async function refusalError(context: Context, refused: AttendanceRefused): Promise<ReportLockedError | AttendanceConflictError> {
  const { locked, conflicts } = refused.refusals;
  if (locked.length) {
    const names = locked.map(({ group, status }) => `${group.assignment.participant.displayName} (${group.month}, ${STATUS_WORDS[status]})`);
    return new ReportLockedError(
      `Månadsrapporten är redan inskickad eller godkänd för ${names.join(", ")}. Dagarna går inte att ändra; be jobbcoachen returnera rapporten eller gör en rättelse. Inget sparades.`,
      locked.map(({ group, status }) => ({ assignmentId: group.assignment.id, month: group.month, status })),
    );
  }
  const details: AttendanceConflict[] = [];
  const sentences: string[] = [];
  for (const { group, reportId, revision, dates } of conflicts) {
    const last = await context.db.auditEvent.findFirst({
      where: { entity: "MonthlyReport", entityId: reportId, action: "UPDATE" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { createdAt: true, apiTokenId: true, actor: { select: { name: true } } },
    });
    const savedBy = last ? (last.actor?.name ?? (last.apiTokenId ? "ett anslutet system (API-nyckel)" : null)) : null;
    const name = group.assignment.participant.displayName;
    const what = dates.length ? dayList(dates) : "närvaron";
    sentences.push(`${name}: ${what} ändrades${savedBy ? ` av ${savedBy}` : ""}${last ? ` ${formatMoment(last.createdAt)}` : ""}.`);
    details.push({
      assignmentId: group.assignment.id,
      participantName: name,
      dates,
      revision,
      savedBy,
      savedAt: last?.createdAt.toISOString() ?? null,
    });
  }
  return new AttendanceConflictError(
    `Någon annan sparade samma månad medan du arbetade. ${sentences.join(" ")} Det som sparades finns kvar, och dina ändringar för ${conflicts.length === 1 ? "den raden" : "de raderna"} sparades inte. Raderna visar nu de sparade värdena: gör om dina ändringar och spara igen.`,
    details,
  );
}
