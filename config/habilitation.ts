/**
 * Habiliteringsersättning: how many attended hours make a full or a half day. Kommuner differ; the defaults are the
 * common rule (≥ 6 h full day, ≥ 2 h half day, less: none; 5–6 h counts as a half day, see attendance/report.ts).
 * HABILITATION_FULL_DAY_HOURS and HABILITATION_HALF_DAY_HOURS change them (decimals with a point or a comma). Read at
 * call time, like the mode.
 */
import type { HabilitationThresholds } from "../attendance/report.ts";

const DEFAULTS = { full: 6, half: 2 } as const;

function hours(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw.replace(",", "."));
  if (!Number.isFinite(value) || value < 0 || value > 24) throw new Error(`${name} must be hours between 0 and 24, got "${raw}"`);
  return value;
}

export function habilitationThresholds(): HabilitationThresholds {
  const full = hours("HABILITATION_FULL_DAY_HOURS", DEFAULTS.full);
  const half = hours("HABILITATION_HALF_DAY_HOURS", DEFAULTS.half);
  if (half > full) throw new Error("HABILITATION_HALF_DAY_HOURS must not be more than HABILITATION_FULL_DAY_HOURS");
  return { fullDayMinutes: Math.round(full * 60), halfDayMinutes: Math.round(half * 60) };
}
