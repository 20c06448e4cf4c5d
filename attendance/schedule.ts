/**
 * What an assignment's month looks like before anyone reports anything: for each day of the month, whether it is a
 * scheduled work day (and for how many minutes), a public holiday, a free weekday, or outside the assignment.
 * Holidays come from `date-holidays` (Sweden's public holidays, plus the eves most workplaces close on: midsommarafton,
 * julafton, nyårsafton), never from a hand-written list.
 */
import { createRequire } from "node:module";
import type Holidays from "date-holidays";
import { addDays, dateOfMoment, endOfMonth, fromDbDate, type IsoDate, weekdayOf } from "../lib/dates.ts";
import type { Weekday } from "../lib/weekdays.ts";
import { firstDayOf, type YearMonth } from "./month.ts";

export { firstDayOf, isYearMonth, monthOf, type YearMonth } from "./month.ts";

/** Every day of the month, first to last. */
export function daysOfMonth(month: YearMonth): IsoDate[] {
  const last = endOfMonth(firstDayOf(month));
  const days: IsoDate[] = [];
  for (let day = firstDayOf(month); day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

const CLOSED_EVES = new Set(["midsommarafton", "julafton", "nyårsafton"]);
const holidayCache = new Map<number, ReadonlyMap<IsoDate, string>>();

/**
 * date-holidays holds every country's calendar and takes about 150 ms to load: it is loaded (synchronously, its
 * CommonJS build) when a holiday is first asked for, not by every process at start (docs/decisions/0025).
 */
const require = createRequire(import.meta.url);
let HolidayCalendar: typeof Holidays | undefined;
const swedishCalendar = (): Holidays => new (HolidayCalendar ??= require("date-holidays") as typeof Holidays)("SE");

/** Sweden's non-working holidays of a year, date → Swedish name. */
export function swedishHolidays(year: number): ReadonlyMap<IsoDate, string> {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    const calendar = swedishCalendar();
    holidays = new Map(
      calendar
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public" || CLOSED_EVES.has(holiday.name))
        .map((holiday) => [holiday.date.slice(0, 10), holiday.name] as const),
    );
    holidayCache.set(year, holidays);
  }
  return holidays;
}

export function holidayName(day: IsoDate): string | undefined {
  return swedishHolidays(Number(day.slice(0, 4))).get(day);
}

/** The parts of an assignment the schedule depends on (dates as stored, `@db.Date`). */
export interface ScheduledAssignment {
  startDate: Date;
  plannedEndDate: Date | null;
  /** The moment the assignment ended, if it did; days after that Stockholm day are outside the assignment. */
  endedAt: Date | null;
  weekdays: readonly Weekday[];
  hoursPerDay: number;
}

export type DayKind =
  /** A work day by the schedule: `scheduledMinutes` > 0. */
  | "SCHEDULED"
  /** A public holiday on what would have been a work day, or any public holiday. */
  | "HOLIDAY"
  /** A weekday the participant does not work. */
  | "FREE"
  /** Before the start or after the (planned or actual) end. */
  | "OUTSIDE";

export interface ScheduleDay {
  date: IsoDate;
  weekday: Weekday;
  kind: DayKind;
  scheduledMinutes: number;
  holiday?: string;
}

/** Whole minutes for a day of `hoursPerDay` hours (hours are stored as decimals on the assignment). */
export function minutesPerDay(hoursPerDay: number): number {
  return Math.round(hoursPerDay * 60);
}

/** The schedule of one assignment for one month, one entry per calendar day. */
export function scheduleOfMonth(assignment: ScheduledAssignment, month: YearMonth): ScheduleDay[] {
  const start = fromDbDate(assignment.startDate);
  const ends = [assignment.plannedEndDate && fromDbDate(assignment.plannedEndDate), assignment.endedAt && dateOfMoment(assignment.endedAt)]
    .filter((day): day is IsoDate => Boolean(day))
    .sort();
  const end = ends[0];
  const minutes = minutesPerDay(assignment.hoursPerDay);
  return daysOfMonth(month).map((date) => {
    const weekday = weekdayOf(date);
    const holiday = holidayName(date);
    const base = { date, weekday, ...(holiday ? { holiday } : {}) };
    if (date < start || (end !== undefined && date > end)) return { ...base, kind: "OUTSIDE", scheduledMinutes: 0 };
    if (holiday) return { ...base, kind: "HOLIDAY", scheduledMinutes: 0 };
    if (!assignment.weekdays.includes(weekday)) return { ...base, kind: "FREE", scheduledMinutes: 0 };
    return { ...base, kind: "SCHEDULED", scheduledMinutes: minutes };
  });
}

/** Whether the assignment has any day inside the month (it is "active that month"). */
export function overlapsMonth(assignment: ScheduledAssignment, month: YearMonth): boolean {
  return scheduleOfMonth(assignment, month).some((day) => day.kind !== "OUTSIDE");
}
