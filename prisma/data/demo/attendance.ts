// Attendance the demo shows: every active demo assignment has a day of attendance for each of its weekdays in the
// last whole month before now (from its start, if it started later). Which days those are depends on `now`, so the
// days are drawn, not listed: each day draws a number in [0, 1) from a seeded generator, and the first band below
// that number says how the day went; a day above every band was attended in full.
import type { AbsenceReason } from "../../../generated/prisma/client.ts";

export interface AttendanceBand {
  below: number;
  absenceReason: AbsenceReason;
  /** Hours of the day not attended; "all" for a whole day away. */
  hoursMissed: number | "all";
  note?: string;
}

export const ATTENDANCE_BANDS: AttendanceBand[] = [
  { below: 0.07, absenceReason: "SICK", hoursMissed: "all" },
  { below: 0.1, absenceReason: "OTHER_ACTIVITY", hoursMissed: 1.5, note: "Möte med Arbetsförmedlingen." },
  { below: 0.12, absenceReason: "LEAVE_APPROVED", hoursMissed: "all" },
  { below: 0.13, absenceReason: "UNEXCUSED", hoursMissed: "all" },
  { below: 0.16, absenceReason: "OTHER_ACTIVITY", hoursMissed: 0.5, note: "Gick tidigare till läkarbesök." },
];

/**
 * The generator's seed. The rest of the demo world was drawn once, by the generator that preceded these files, and
 * written into them; this seed continues that generator's stream where attendance began, so the demo month is the
 * same as before the move.
 */
export const ATTENDANCE_SEED = 0x78181e1a;
