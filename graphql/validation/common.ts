// Pieces every input schema shares: strict dates, optional ids, lists without repeats, and how an input's problems
// become field errors. Browser-safe: zod only.
import * as z from "zod";

/** Dates outside these years are typing mistakes ("0026", "20026"), never real placements or consents. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/i;

const inYearRange = (year: number) => year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;

/** Whether the day exists: "2024-02-30" does not. setUTCFullYear, unlike Date.UTC, keeps years below 100 as they are. */
function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** UTC midnight of a real calendar day in YEAR_RANGE, or null. */
function calendarDay(year: number, month: number, day: number): Date | null {
  return inYearRange(year) && isRealDay(year, month, day) ? new Date(Date.UTC(year, month - 1, day)) : null;
}

/** "YYYY-MM-DD" → that day at UTC midnight; null for anything else. */
export function parseIsoDate(text: string): Date | null {
  const match = DATE.exec(text);
  return match ? calendarDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/**
 * An ISO 8601 moment with an explicit offset ("2026-10-01T09:30:00Z", "…+02:00"), or a bare day (UTC midnight);
 * null for anything else. Unlike `new Date(text)`, nothing is guessed: "0" is not the year 2000.
 */
export function parseIsoDateTime(text: string): Date | null {
  if (DATE.test(text)) return parseIsoDate(text);
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds = "0", fraction = "", zone, offsetHours = "0", offsetMinutes = "0"] = match;
  const midnight = calendarDay(Number(year), Number(month), Number(day));
  if (!midnight || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
  if (Number(offsetHours) > 14 || Number(offsetMinutes) > 59) return null;
  const offset = zone.toUpperCase() === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const millis = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  return new Date(midnight.getTime() + ((Number(hours) * 60 + Number(minutes) - offset) * 60 + Number(seconds)) * 1000 + millis);
}

export const DATE_TIME_MESSAGE = `Skriv datum och tid som 2026-10-01T09:30:00Z, mellan år ${YEAR_RANGE.min} och ${YEAR_RANGE.max}.`;

const DAY_FORMAT = "Skriv datumet som år-månad-dag, till exempel 2026-10-01.";

/** What is wrong with a day written as "YYYY-MM-DD", in Swedish; null when it is a real day within YEAR_RANGE. */
export function dayProblem(value: string): string | null {
  const match = DATE.exec(value);
  if (!match) return DAY_FORMAT;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDay(year, month, day)) return "Datumet finns inte.";
  return inYearRange(year) ? null : `Välj ett datum mellan år ${YEAR_RANGE.min} och ${YEAR_RANGE.max}.`;
}

/**
 * A day as "YYYY-MM-DD": a real calendar day within YEAR_RANGE. Stays a string; lib/dates.ts' toDbDate turns it into the stored Date.
 * `missing` is what to say when no text is given at all.
 */
export const isoDate = (missing = DAY_FORMAT) =>
  z.string(missing).superRefine((value, ctx) => {
    const problem = dayProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
  });

/** An optional reference to another row: "" and null both mean none. */
export const optionalId = () =>
  z
    .string()
    .trim()
    .nullable()
    .default(null)
    .transform((id) => id || null);

/** True when no value repeats. */
export const distinct = (values: readonly unknown[]): boolean => new Set(values).size === values.length;

/** What is wrong with one field: where (a path in the input, "adaptationNeeds.2.code", or the field `fieldOf` named) and what, in Swedish. */
export interface FieldError {
  field: string;
  message: string;
  /** A stable reason for systems, where one field can fail in several ways (e.g. REASON_REQUIRED on a day). */
  code?: string;
}

/**
 * The one mapping from zod issues to field errors, for the API's ValidationError, the CSV import's row errors and the
 * forms (app/forms/form.ts). `fieldOf` names the field a path belongs to (a form field, a CSV column); by default the
 * path itself.
 */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], fieldOf: (path: string) => string = (path) => path): FieldError[] {
  return issues.map((issue) => ({ field: fieldOf(issue.path.join(".")), message: issue.message }));
}
