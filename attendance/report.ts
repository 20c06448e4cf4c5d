/**
 * A month's report, computed: the month day by day (the schedule beside what was recorded), totals by category in
 * whole minutes, the attendance rate, the scheduled days nobody filled in, the due date, the difference between two
 * versions, and each day's class for habiliteringsersättning. Pure and browser-safe (lib/dates, month.ts and only the
 * types of schedule.ts): the API, the pages, the exports and the reminders all count the same way.
 */
import { addMonths, daysBetween, endOfMonth, formatDayAndMonth, formatMonth, type IsoDate } from "../lib/dates.ts";
import type { Weekday } from "../lib/weekdays.ts";
import { ABSENCE_LABELS, ABSENCE_REASONS, type AbsenceReasonCode } from "./entry.ts";
import { firstDayOf, type YearMonth } from "./month.ts";
// Types only: schedule.ts computes holidays with date-holidays (every country's calendar, ~1 MB), which stays on the server.
import type { DayKind, ScheduleDay } from "./schedule.ts";

/** One recorded day, as stored (AttendanceDay) and as kept in a version's snapshot. */
export interface RecordedDay {
  date: IsoDate;
  scheduledMinutes: number;
  attendedMinutes: number;
  absenceReason: AbsenceReasonCode | null;
  note: string;
}

/** One calendar day of a report: the schedule's view and, when recorded, what happened. */
export interface ReportDay {
  date: IsoDate;
  weekday: Weekday;
  kind: DayKind;
  holiday: string | null;
  scheduledMinutes: number;
  /** Null when nothing is recorded for the day. */
  attendedMinutes: number | null;
  absenceReason: AbsenceReasonCode | null;
  note: string;
  /** A scheduled day without a record: the report cannot be submitted until it is filled in. */
  missing: boolean;
}

export interface ReportTotals {
  scheduledMinutes: number;
  attendedMinutes: number;
  /** Scheduled minutes not attended, over all reasons. */
  absentMinutes: number;
  /** Scheduled minutes not attended, by reason (every reason, zero included). */
  absence: Record<AbsenceReasonCode, number>;
}

/** An absence reason's Swedish words; "" for none. */
export function absenceLabel(code: string | null | undefined): string {
  return code ? (ABSENCE_LABELS[code as AbsenceReasonCode] ?? code) : "";
}

/** Whole days after a submission that a report may wait for review before it is flagged (and the coach reminded). */
export const REVIEW_WAIT_DAYS = 5;
/** A month's report is due on this day of the next month (Stockholm). */
export const DUE_DAY_OF_NEXT_MONTH = 7;

/** The month's calendar with the recorded days laid over it; a recorded day outside the schedule is shown too. */
export function reportDays(schedule: readonly ScheduleDay[], recorded: readonly RecordedDay[]): ReportDay[] {
  const byDate = new Map(recorded.map((day) => [day.date, day]));
  return schedule.map((day) => {
    const row = byDate.get(day.date);
    return {
      date: day.date,
      weekday: day.weekday,
      kind: day.kind,
      holiday: day.holiday ?? null,
      scheduledMinutes: row ? row.scheduledMinutes : day.scheduledMinutes,
      attendedMinutes: row ? row.attendedMinutes : null,
      absenceReason: row?.absenceReason ?? null,
      note: row?.note ?? "",
      missing: !row && day.kind === "SCHEDULED",
    };
  });
}

/** The scheduled days with nothing recorded, in date order. */
export function missingDays(schedule: readonly ScheduleDay[], recorded: readonly RecordedDay[]): IsoDate[] {
  return reportDays(schedule, recorded).filter((day) => day.missing).map((day) => day.date);
}

export function emptyAbsence(): Record<AbsenceReasonCode, number> {
  return Object.fromEntries(ABSENCE_REASONS.map((reason) => [reason, 0])) as Record<AbsenceReasonCode, number>;
}

/** Totals of the recorded days. A day's absence is what it fell short of its schedule, under the day's reason. */
export function totalsOf(recorded: readonly RecordedDay[]): ReportTotals {
  const totals: ReportTotals = { scheduledMinutes: 0, attendedMinutes: 0, absentMinutes: 0, absence: emptyAbsence() };
  for (const day of recorded) {
    totals.scheduledMinutes += day.scheduledMinutes;
    totals.attendedMinutes += day.attendedMinutes;
    const short = Math.max(0, day.scheduledMinutes - day.attendedMinutes);
    totals.absentMinutes += short;
    if (short > 0 && day.absenceReason) totals.absence[day.absenceReason] += short;
  }
  return totals;
}

/**
 * Attended share of the scheduled time, 0–1: a day counts at most its scheduled minutes, so staying late one day does
 * not hide an absence on another. Null when nothing was scheduled.
 */
export function attendanceRate(recorded: readonly RecordedDay[]): number | null {
  let scheduled = 0;
  let attended = 0;
  for (const day of recorded) {
    scheduled += day.scheduledMinutes;
    attended += Math.min(day.attendedMinutes, day.scheduledMinutes);
  }
  return scheduled === 0 ? null : Math.round((attended / scheduled) * 10_000) / 10_000;
}

/** The day the month's report is due: the 7th of the next month. */
export function dueDateOf(month: YearMonth): IsoDate {
  return `${addMonths(firstDayOf(month), 1).slice(0, 7)}-${String(DUE_DAY_OF_NEXT_MONTH).padStart(2, "0")}`;
}

export type ReportStatusCode = "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";

/** Still the organisation's to send: never submitted, or returned by the coach. */
export const isOpenReport = (status: ReportStatusCode) => status === "DRAFT" || status === "RETURNED";

/** Past its due date and still the organisation's to send. */
export function isOverdue(month: YearMonth, status: ReportStatusCode, today: IsoDate): boolean {
  return isOpenReport(status) && today > dueDateOf(month);
}

/** The month is over, the due date not yet passed, and the report not sent. */
export function isDueSoon(month: YearMonth, status: ReportStatusCode, today: IsoDate): boolean {
  return isOpenReport(status) && today > endOfMonth(firstDayOf(month)) && today <= dueDateOf(month);
}

/** Whole days a submitted report has waited, by the Stockholm calendar. */
export function daysWaiting(submittedOn: IsoDate, today: IsoDate): number {
  return Math.max(0, daysBetween(submittedOn, today));
}

/** "3, 4 och 10 november" for days of one month; several months are named each. */
export function daysInWords(days: readonly IsoDate[]): string {
  const byMonth = new Map<string, IsoDate[]>();
  for (const day of days) byMonth.set(day.slice(0, 7), [...(byMonth.get(day.slice(0, 7)) ?? []), day]);
  const parts = [...byMonth.values()].map((group) => {
    const numbers = group.map((day) => String(Number(day.slice(8, 10))));
    const month = formatDayAndMonth(group[0]!).replace(/^\d+ /, "");
    return `${listInWords(numbers)} ${month}`;
  });
  return listInWords(parts);
}

/** "a", "a och b", "a, b och c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

/** What the organisation must do before the month can be sent: fill in days, write the comment. Empty: ready. */
export function submitProblems(missing: readonly IsoDate[], comment: string): string[] {
  const problems: string[] = [];
  if (missing.length) problems.push(`Fyll i närvaro för ${daysInWords(missing)}.`);
  if (!comment.trim()) problems.push("Skriv en kommentar om hur det går med målen i arbetsplanen.");
  return problems;
}

/** Minutes as hours with a decimal comma, at most two decimals: 210 → "3,5", 200 → "3,33", 0 → "0". */
export function hoursText(minutes: number): string {
  return hoursNumber(minutes).toLocaleString("sv-SE", { maximumFractionDigits: 2, useGrouping: false }).replace("−", "-");
}

/** Minutes as hours rounded to two decimals, for number cells (the CSV writer prints the decimal comma). */
export function hoursNumber(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** A rate 0–1 as "92 %"; null as "–". */
export function rateText(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)} %`;
}

export function monthText(month: YearMonth): string {
  return formatMonth(firstDayOf(month));
}

// ---------------------------------------------------------------- totals as labelled rows

export type TotalKey = "scheduled" | "attended" | "absent" | AbsenceReasonCode;

export interface TotalRow {
  key: TotalKey;
  label: string;
  minutes: number;
}

/** The totals as rows in the order every page, export and diff shows them. */
export function totalRows(totals: ReportTotals): TotalRow[] {
  return [
    { key: "scheduled", label: "Schemalagd tid", minutes: totals.scheduledMinutes },
    { key: "attended", label: "Närvarande", minutes: totals.attendedMinutes },
    { key: "absent", label: "Frånvaro totalt", minutes: totals.absentMinutes },
    ...ABSENCE_REASONS.map((reason) => ({ key: reason, label: `Frånvaro: ${ABSENCE_LABELS[reason].replace(/ \(.*\)$/, "").toLowerCase()}`, minutes: totals.absence[reason] ?? 0 })),
  ];
}

// ---------------------------------------------------------------- versions compared

export interface DayChange {
  date: IsoDate;
  before: RecordedDay | null;
  after: RecordedDay | null;
}

export interface TotalChange {
  key: TotalKey;
  label: string;
  beforeMinutes: number;
  afterMinutes: number;
}

const sameDay = (a: RecordedDay | null, b: RecordedDay | null) =>
  a?.scheduledMinutes === b?.scheduledMinutes && a?.attendedMinutes === b?.attendedMinutes && (a?.absenceReason ?? null) === (b?.absenceReason ?? null) && (a?.note ?? "") === (b?.note ?? "");

/** The days that differ between two snapshots, in date order. */
export function changedDays(before: readonly RecordedDay[], after: readonly RecordedDay[]): DayChange[] {
  const a = new Map(before.map((day) => [day.date, day]));
  const b = new Map(after.map((day) => [day.date, day]));
  return [...new Set([...a.keys(), ...b.keys()])]
    .sort()
    .map((date) => ({ date, before: a.get(date) ?? null, after: b.get(date) ?? null }))
    .filter((change) => !sameDay(change.before, change.after));
}

/** The totals that differ between two versions. */
export function changedTotals(before: ReportTotals, after: ReportTotals): TotalChange[] {
  const afterRows = new Map(totalRows(after).map((row) => [row.key, row.minutes]));
  return totalRows(before)
    .map((row) => ({ key: row.key, label: row.label, beforeMinutes: row.minutes, afterMinutes: afterRows.get(row.key) ?? 0 }))
    .filter((change) => change.beforeMinutes !== change.afterMinutes);
}

// ---------------------------------------------------------------- habiliteringsersättning

export type HabilitationClass = "FULL" | "HALF" | "NONE";

export interface HabilitationThresholds {
  /** At least this many attended minutes: a full day. */
  fullDayMinutes: number;
  /** At least this many (and less than a full day): a half day. Fewer: none. */
  halfDayMinutes: number;
}

/**
 * A day's class for habiliteringsersättning. Kommuner write "≥ 6 h full day, 2–5 h half day, < 2 h none"; the gap
 * between 5 and 6 hours is read as a half day: anything from the half-day threshold up to (not including) the
 * full-day threshold is half. The thresholds are configuration (config/habilitation.ts).
 */
export function habilitationClass(attendedMinutes: number, thresholds: HabilitationThresholds): HabilitationClass {
  if (attendedMinutes >= thresholds.fullDayMinutes) return "FULL";
  if (attendedMinutes >= thresholds.halfDayMinutes) return "HALF";
  return "NONE";
}

export const HABILITATION_LABELS: Readonly<Record<HabilitationClass, string>> = { FULL: "Heldag", HALF: "Halvdag", NONE: "Ingen" };
