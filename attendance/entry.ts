/**
 * What one cell of the month grid says, and the rule a reported day must keep. Browser-safe (imports nothing), so the
 * grid in the browser, the plain form's server-side parsing and the API judge a day with the same words.
 *
 * A cell holds attended time and/or an absence key:
 *   "3", "3,5", "3.5" or "3:30"  attended time in hours (decimal) or hours:minutes
 *   "S"                           absent the whole day, for the reason with that key (attended 0)
 *   "3:30 S" or "3:30s"           a partial absence: attended 3:30, the rest of the day for reason S
 *   ""                            not reported
 * Times are whole minutes (a decimal hour is rounded to the nearest minute).
 */

export const ABSENCE_REASONS = ["SICK", "CARE_OF_CHILD", "LEAVE_APPROVED", "OTHER_ACTIVITY", "SCHOOL", "CLOSED", "UNEXCUSED"] as const;
export type AbsenceReasonCode = (typeof ABSENCE_REASONS)[number];

/** One key per reason, each a letter no time can contain, shown in the grid's legend. */
export const ABSENCE_KEYS: Readonly<Record<AbsenceReasonCode, string>> = {
  SICK: "S",
  CARE_OF_CHILD: "V",
  LEAVE_APPROVED: "L",
  OTHER_ACTIVITY: "A",
  SCHOOL: "U",
  CLOSED: "T",
  UNEXCUSED: "O",
};

export const ABSENCE_LABELS: Readonly<Record<AbsenceReasonCode, string>> = {
  SICK: "Sjuk",
  CARE_OF_CHILD: "Vård av barn",
  LEAVE_APPROVED: "Beviljad ledighet",
  OTHER_ACTIVITY: "Annan insats (till exempel läkarbesök eller möte)",
  SCHOOL: "Skola eller utbildning",
  CLOSED: "Stängt (verksamheten stängd, planeringsdag)",
  UNEXCUSED: "Ogiltig frånvaro (uteblev)",
};

const REASON_BY_KEY = new Map(Object.entries(ABSENCE_KEYS).map(([reason, key]) => [key, reason as AbsenceReasonCode]));

/** A day may fall short of its schedule by this many minutes without a reason (a few minutes late is no absence). */
export const SHORTFALL_WITHOUT_REASON_MINUTES = 15;

export const MINUTES_PER_DAY = 24 * 60;

export interface DayEntry {
  attendedMinutes: number;
  absenceReason: AbsenceReasonCode | null;
}

export type CellParse = { ok: true; entry: DayEntry | null } | { ok: false; problem: string };

const TIME = /^(\d{1,2})(?:[,.](\d{1,2})|:(\d{2}))?$/;

export const CELL_HELP = "Skriv timmar (3, 3,5 eller 3:30), en bokstav för frånvaro (till exempel S) eller båda (3:30 S).";

/** Reads a cell's text. An impossible time or an unknown letter is a problem in Swedish, never a guess. */
export function parseCell(text: string): CellParse {
  const trimmed = text.trim().toUpperCase().replace(/\s+/g, " ");
  if (trimmed === "") return { ok: true, entry: null };
  const match = /^(-?[\d.,:]*)\s?([A-ZÅÄÖ]?)$/.exec(trimmed);
  if (!match) return { ok: false, problem: CELL_HELP };
  const [, time, key] = match;
  let reason: AbsenceReasonCode | null = null;
  if (key) {
    reason = REASON_BY_KEY.get(key) ?? null;
    if (!reason) return { ok: false, problem: `${key} är ingen frånvarokod. Koderna står under tabellen.` };
  }
  if (time === "") return reason ? { ok: true, entry: { attendedMinutes: 0, absenceReason: reason } } : { ok: false, problem: CELL_HELP };
  if (time.startsWith("-")) return { ok: false, problem: "Tiden kan inte vara negativ." };
  const parts = TIME.exec(time);
  if (!parts) return { ok: false, problem: CELL_HELP };
  const [, hours, decimals, minutes] = parts;
  if (minutes !== undefined && Number(minutes) > 59) return { ok: false, problem: "Minuterna går från 00 till 59." };
  const total =
    Number(hours) * 60 + (minutes !== undefined ? Number(minutes) : decimals !== undefined ? Math.round(Number(`0.${decimals}`) * 60) : 0);
  if (total > MINUTES_PER_DAY) return { ok: false, problem: "En dag har högst 24 timmar." };
  return { ok: true, entry: { attendedMinutes: total, absenceReason: reason } };
}

/** 180 → "3", 210 → "3:30", 5 → "0:05". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? String(hours) : `${hours}:${String(rest).padStart(2, "0")}`;
}

/** "3 tim 30 min", for screen readers and messages. */
export function spokenMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} tim` : `${hours} tim ${rest} min`;
}

/** What a cell shows for a stored day: the inverse of parseCell. */
export function cellText(entry: DayEntry | null): string {
  if (!entry) return "";
  const key = entry.absenceReason ? ABSENCE_KEYS[entry.absenceReason] : "";
  if (entry.absenceReason && entry.attendedMinutes === 0) return key;
  return key ? `${formatMinutes(entry.attendedMinutes)} ${key}` : formatMinutes(entry.attendedMinutes);
}

export type DayProblem = "NEGATIVE_TIME" | "OVER_24_HOURS" | "REASON_REQUIRED";

/**
 * What is wrong with a reported day against its scheduled minutes, or null. A shortfall of more than
 * SHORTFALL_WITHOUT_REASON_MINUTES needs a reason (a partial absence: late arrival or early leave); a shortfall of 1–15
 * minutes is allowed without one.
 */
export function dayProblem(entry: DayEntry, scheduledMinutes: number): { code: DayProblem; message: string } | null {
  if (entry.attendedMinutes < 0) return { code: "NEGATIVE_TIME", message: "Tiden kan inte vara negativ." };
  if (entry.attendedMinutes > MINUTES_PER_DAY) return { code: "OVER_24_HOURS", message: "En dag har högst 24 timmar." };
  if (!entry.absenceReason && scheduledMinutes - entry.attendedMinutes > SHORTFALL_WITHOUT_REASON_MINUTES) {
    return {
      code: "REASON_REQUIRED",
      message: `${spokenMinutes(scheduledMinutes - entry.attendedMinutes)} kortare än schemat: skriv en frånvarokod, till exempel ${formatMinutes(entry.attendedMinutes)} S.`,
    };
  }
  return null;
}
