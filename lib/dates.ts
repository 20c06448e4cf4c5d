/**
 * One Stockholm clock (STYLE.md 17): what day it is, month boundaries, calendar arithmetic and Swedish date
 * formatting, for every layer. Browser-safe: date-fns and @date-fns/tz only (date-fns's Swedish locale is bundled
 * data, so the server and the browser format alike, whatever ICU either has).
 *
 * Two kinds of value:
 * - a calendar day (`IsoDate`, "2026-11-03"): a date-only value, as stored in `@db.Date` columns and sent by the
 *   API's `Date` scalar. It has no time zone and no time of day, so its arithmetic never meets DST. Prisma reads and
 *   writes such columns as UTC midnight; `fromDbDate` / `toDbDate` convert at that edge, nowhere else.
 * - a moment (a JS `Date`): when something happened. `dateOfMoment` says which day that was in Stockholm.
 *
 * The clock is injected, never global: whatever needs "today" takes a `Clock` from its caller. The GraphQL context
 * carries one (`context.clock`) and so does Remix's load context (`clockOf(context)` in app/utils/request.server.ts);
 * both default to `systemClock`. Tests pass `fixedClock(...)` into the request they make, so tests running in
 * parallel never share or reset a clock, and a forgotten clock cannot leak from one test into the next. (A
 * module-level setter would be simpler to call but is shared state: tests would have to remember to reset it and
 * could not run concurrently.)
 */
import { TZDate } from "@date-fns/tz";
import { addDays as addDaysFns, addMonths as addMonthsFns, differenceInCalendarDays, endOfMonth as endOfMonthFns, format, startOfMonth as startOfMonthFns } from "date-fns";
import { sv } from "date-fns/locale/sv";
import { WEEKDAYS, type Weekday } from "./weekdays.ts";

/** The zone every "today", month and formatted date is reckoned in. */
export const STOCKHOLM = "Europe/Stockholm";

/** A calendar day as "yyyy-mm-dd". Parse untrusted text with graphql/validation/common.ts's strict parser first. */
export type IsoDate = string;

/** Where "now" comes from. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one moment, for tests: `fixedClock("2026-01-15T23:30:00Z")`. */
export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`fixedClock: not a moment: ${String(at)}`);
  return { now: () => new Date(instant) };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day as a date-fns value at UTC midnight: UTC has no DST, so calendar arithmetic on it is exact. */
function calendar(day: IsoDate): TZDate {
  const match = ISO_DATE.exec(day);
  if (!match) throw new RangeError(`Not a calendar day (yyyy-mm-dd): ${day}`);
  return new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), "UTC");
}

const iso = (date: Date): IsoDate => format(date, "yyyy-MM-dd");

/** The day it is in Stockholm at a moment: 23:30 UTC on 15 January is already 16 January there. */
export function dateOfMoment(moment: Date): IsoDate {
  return iso(TZDate.tz(STOCKHOLM, moment));
}

/** Today in Stockholm by the given clock. */
export function today(clock: Clock): IsoDate {
  return dateOfMoment(clock.now());
}

/** A `@db.Date` value as Prisma reads it (UTC midnight) → its day. */
export function fromDbDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** A day → the UTC midnight Prisma writes into a `@db.Date` column. */
export function toDbDate(day: IsoDate): Date {
  return new Date(calendar(day).getTime());
}

export function addDays(day: IsoDate, days: number): IsoDate {
  return iso(addDaysFns(calendar(day), days));
}

/** Whole months later (or earlier); the 31st becomes the month's last day when the month is shorter. */
export function addMonths(day: IsoDate, months: number): IsoDate {
  return iso(addMonthsFns(calendar(day), months));
}

/** Calendar days from `from` to `to`: 1 from a day to the next, negative when `to` comes first; DST never counts. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(calendar(to), calendar(from));
}

/**
 * Stockholm calendar days from one moment to another: a proposal made at 23:30 has waited one day at 00:30, and
 * 47 hours from 00:30 one day to 23:30 the next day are one day. Never negative (a clock a little behind the database).
 */
export function daysBetweenMoments(from: Date, to: Date): number {
  return Math.max(0, daysBetween(dateOfMoment(from), dateOfMoment(to)));
}

/** The first day of the day's month. */
export function startOfMonth(day: IsoDate): IsoDate {
  return iso(startOfMonthFns(calendar(day)));
}

/** The last day of the day's month. */
export function endOfMonth(day: IsoDate): IsoDate {
  return iso(endOfMonthFns(calendar(day)));
}

/** The weekday code ("MON" … "SUN") the day falls on. */
export function weekdayOf(day: IsoDate): Weekday {
  return WEEKDAYS[(calendar(day).getDay() + 6) % 7];
}

/** "3 november 2026". */
export function formatDate(day: IsoDate): string {
  return format(calendar(day), "d MMMM yyyy", { locale: sv });
}

/** "3 november", when the year goes without saying. */
export function formatDayAndMonth(day: IsoDate): string {
  return format(calendar(day), "d MMMM", { locale: sv });
}

/** "november 2026". */
export function formatMonth(day: IsoDate): string {
  return format(calendar(day), "LLLL yyyy", { locale: sv });
}

/** "nov. 2026" (Swedish writes shortened month names with a period; "maj", "juni" and "juli" are whole words). */
export function formatMonthShort(day: IsoDate): string {
  return format(calendar(day), "LLL yyyy", { locale: sv });
}

/** The Stockholm day of a moment, formatted: "3 november 2026". Accepts the API's ISO text as well. */
export function formatMomentDate(moment: Date | string): string {
  return formatDate(dateOfMoment(new Date(moment)));
}

/** A moment as Stockholm's day and time: "3 november 2026 kl. 14.05". */
export function formatMoment(moment: Date | string): string {
  return format(TZDate.tz(STOCKHOLM, new Date(moment)), "d MMMM yyyy 'kl.' HH.mm", { locale: sv });
}
