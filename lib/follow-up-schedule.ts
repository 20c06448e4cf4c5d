/**
 * When a participant's next follow-up is due and whether it is overdue: the rule the handledare's start page, the
 * daily digest and the API share. Browser-safe; days are Stockholm calendar days (lib/dates.ts), so the answer never
 * depends on the server's zone or on a daylight-saving change.
 *
 * Due: the planned next date when one was set at the last follow-up; otherwise the last follow-up (or the day support
 * started) plus the interval the participant's phase calls for. Overdue: the due day is before today, that is the
 * planned date has passed, or the interval has run out, whichever comes first.
 */
import { addDays, daysBetween, type IsoDate } from "./dates.ts";

export const SE_PHASES = ["AGREEMENT", "VOCATIONAL_PROFILE", "JOB_FINDING", "EMPLOYER_ENGAGEMENT", "ON_OFF_JOB_SUPPORT"] as const;
export type SePhase = (typeof SE_PHASES)[number];

/** Outcomes after which the support worker keeps following along (SIUS); the others end support. */
export const FOLLOW_ALONG_OUTCOMES = ["JOB", "JOB_WITH_SUPPORT", "STUDIES"] as const;

/** Intervals in days per phase, and FOLLOWING_ALONG for people who left for a job or studies. */
export type FollowUpIntervals = Record<SePhase | "FOLLOWING_ALONG", number>;

export const FOLLOW_UP_INTERVAL_DEFAULTS: Readonly<FollowUpIntervals> = {
  AGREEMENT: 14,
  VOCATIONAL_PROFILE: 21,
  JOB_FINDING: 14,
  EMPLOYER_ENGAGEMENT: 14,
  ON_OFF_JOB_SUPPORT: 14,
  FOLLOWING_ALONG: 30,
};

/** SIUS: follow-up at least a year after employment. */
export const FOLLOW_ALONG_MONTHS_DEFAULT = 12;

export interface ScheduleInput {
  phase: SePhase;
  followingAlong: boolean;
  /** The day of the latest follow-up, if any. */
  lastFollowUp: IsoDate | null;
  /** The next date planned at the latest follow-up, if any. */
  plannedNext: IsoDate | null;
  /** When support started: the interval counts from here until a first follow-up. */
  supportStartedOn: IsoDate;
}

export type OverdueReason = "NEXT_DATE_PASSED" | "INTERVAL_EXCEEDED";

export interface Schedule {
  intervalDays: number;
  /** The day by which the next follow-up should happen. */
  dueDate: IsoDate;
  overdue: boolean;
  reason: OverdueReason | null;
  /** Whole days past the due day (0 when not overdue). */
  daysOverdue: number;
}

export function followUpSchedule(input: ScheduleInput, today: IsoDate, intervals: FollowUpIntervals): Schedule {
  const intervalDays = input.followingAlong ? intervals.FOLLOWING_ALONG : intervals[input.phase];
  const byInterval = addDays(input.lastFollowUp ?? input.supportStartedOn, intervalDays);
  const planned = input.plannedNext && input.lastFollowUp && input.plannedNext >= input.lastFollowUp ? input.plannedNext : null;
  const dueDate = planned && planned < byInterval ? planned : byInterval;
  const daysOverdue = Math.max(0, daysBetween(dueDate, today));
  const overdue = daysOverdue > 0;
  const reason = !overdue ? null : planned && planned < today ? "NEXT_DATE_PASSED" : "INTERVAL_EXCEEDED";
  return { intervalDays, dueDate, overdue, reason, daysOverdue };
}

/** Overdue first (longest overdue on top), then by due day, then by name. */
export function byUrgency<T extends { schedule: Schedule; name: string }>(a: T, b: T): number {
  if (a.schedule.overdue !== b.schedule.overdue) return a.schedule.overdue ? -1 : 1;
  if (a.schedule.dueDate !== b.schedule.dueDate) return a.schedule.dueDate < b.schedule.dueDate ? -1 : 1;
  return a.name.localeCompare(b.name, "sv");
}
