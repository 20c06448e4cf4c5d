/**
 * The statistics period: whole months, from and to inclusive, as `yyyy-mm`. One check for the page's form and the
 * API, with Swedish messages per field. Browser-safe.
 */
import { isYearMonth, shiftMonth, type YearMonth } from "../attendance/month.ts";

/** The longest period one request may ask for: two years, the span the benchmark holds. */
export const MAX_PERIOD_MONTHS = 24;
/** The period shown when none is asked for: the last 12 months, this one included. */
export const DEFAULT_PERIOD_MONTHS = 12;

export interface Period {
  from: YearMonth;
  to: YearMonth;
}

export type PeriodCheck = { ok: true; period: Period } | { ok: false; errors: { from?: string; to?: string } };

export function defaultPeriod(currentMonth: YearMonth): Period {
  return { from: shiftMonth(currentMonth, -(DEFAULT_PERIOD_MONTHS - 1)), to: currentMonth };
}

export function monthsIn({ from, to }: Period): number {
  const [fromYear, fromMonth] = from.split("-").map(Number) as [number, number];
  const [toYear, toMonth] = to.split("-").map(Number) as [number, number];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
}

/** Missing values fall back to the default period; bad ones are named, field by field. */
export function checkPeriod(from: string | null | undefined, to: string | null | undefined, currentMonth: YearMonth): PeriodCheck {
  const fallback = defaultPeriod(currentMonth);
  const wanted = { from: from?.trim() || fallback.from, to: to?.trim() || fallback.to };
  const errors: { from?: string; to?: string } = {};
  if (!isYearMonth(wanted.from)) errors.from = "Skriv en månad som år-månad, till exempel 2026-01.";
  if (!isYearMonth(wanted.to)) errors.to = "Skriv en månad som år-månad, till exempel 2026-12.";
  if (errors.from || errors.to) return { ok: false, errors };
  const months = monthsIn(wanted);
  if (months < 1) return { ok: false, errors: { to: "Till-månaden kan inte vara före från-månaden." } };
  if (months > MAX_PERIOD_MONTHS) return { ok: false, errors: { to: `Perioden är för lång. Välj högst ${MAX_PERIOD_MONTHS} månader.` } };
  return { ok: true, period: wanted };
}

/** The months of a period, in order. */
export function periodMonths(period: Period): YearMonth[] {
  return Array.from({ length: monthsIn(period) }, (_, i) => shiftMonth(period.from, i));
}
