/** Months as `yyyy-mm` (the grid's URL, the API's argument). Browser-safe: lib/dates.ts only. */
import { addMonths, type IsoDate } from "../lib/dates.ts";

/** A month as `yyyy-mm`, e.g. "2026-11". */
export type YearMonth = string;

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: string): value is YearMonth {
  return YEAR_MONTH.test(value);
}

/** The first day of a `yyyy-mm` month. */
export function firstDayOf(month: YearMonth): IsoDate {
  if (!isYearMonth(month)) throw new RangeError(`not a month (yyyy-mm): ${month}`);
  return `${month}-01`;
}

/** The `yyyy-mm` month a day falls in. */
export function monthOf(day: IsoDate): YearMonth {
  return day.slice(0, 7);
}

/** The month `months` later (earlier when negative). */
export function shiftMonth(month: YearMonth, months: number): YearMonth {
  return monthOf(addMonths(firstDayOf(month), months));
}
