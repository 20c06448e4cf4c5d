/**
 * How often a handledare should see each participant, per Supported Employment phase, and how long they follow
 * along after a job or studies start. Defaults follow the SIUS-like rhythm in DOMAIN.md (close contact while a
 * placement starts, at least a year of follow-along after employment); a kommun changes them without code:
 *   FOLLOW_UP_INTERVAL_DAYS="AGREEMENT=7,ON_OFF_JOB_SUPPORT=10,FOLLOWING_ALONG=45"
 *   FOLLOW_ALONG_MONTHS=18
 * Read at call time, like the mode. Unknown names or values that are not whole days from 1 to 365 stop the app
 * with a clear message rather than silently falling back.
 */
import { FOLLOW_UP_INTERVAL_DEFAULTS, FOLLOW_ALONG_MONTHS_DEFAULT, type FollowUpIntervals } from "../lib/follow-up-schedule.ts";

const environment: NodeJS.ProcessEnv = process.env;

export function followUpIntervals(): FollowUpIntervals {
  const intervals: FollowUpIntervals = { ...FOLLOW_UP_INTERVAL_DEFAULTS };
  const text = environment["FOLLOW_UP_INTERVAL_DAYS"]?.trim();
  if (!text) return intervals;
  for (const part of text.split(",")) {
    const [name, value] = part.split("=").map((s) => s.trim());
    const days = Number(value);
    if (!(name! in intervals) || !Number.isInteger(days) || days < 1 || days > 365) {
      throw new Error(`FOLLOW_UP_INTERVAL_DAYS: "${part}" ska vara FAS=dagar (1–365), fas en av ${Object.keys(intervals).join(", ")}`);
    }
    intervals[name as keyof FollowUpIntervals] = days;
  }
  return intervals;
}

export function followAlongMonths(): number {
  const text = environment["FOLLOW_ALONG_MONTHS"]?.trim();
  if (!text) return FOLLOW_ALONG_MONTHS_DEFAULT;
  const months = Number(text);
  if (!Number.isInteger(months) || months < 1 || months > 60) throw new Error(`FOLLOW_ALONG_MONTHS: "${text}" ska vara 1–60 månader`);
  return months;
}
