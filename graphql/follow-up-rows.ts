/**
 * The handledare's list: everyone they support in Supported Employment, with the last follow-up, the next due day,
 * this month's attendance (where AttendanceDay rows exist), open agreed actions, and whether they are overdue
 * (lib/follow-up-schedule.ts). Shared by the start page's query and the daily digest job, so both say the same thing.
 * Fixed cost: three statements however many rows.
 */
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../prisma/db.ts";
import { addMonths, endOfMonth, fromDbDate, startOfMonth, toDbDate, type IsoDate } from "../lib/dates.ts";
import { byUrgency, FOLLOW_ALONG_OUTCOMES, followUpSchedule, type FollowUpIntervals, type Schedule, type SePhase } from "../lib/follow-up-schedule.ts";

/** Participants whose support is running: a phase set, not ended. */
export const supportRunning: Prisma.ParticipantWhereInput = { sePhase: { not: null }, supportEndedOn: null };

const rowInclude = {
  followUps: { orderBy: [{ date: "desc" }, { createdAt: "desc" }], take: 1, select: { date: true, nextDate: true } },
  assignments: {
    where: { status: { in: ["ACTIVE", "PAUSED"] } },
    orderBy: { startDate: "desc" },
    take: 1,
    select: { id: true, placement: { select: { title: true, organization: { select: { name: true } } } } },
  },
  agreedActions: { where: { doneAt: null }, orderBy: [{ dueDate: "asc" }, { id: "asc" }] },
} satisfies Prisma.ParticipantInclude;

export type RowParticipant = Prisma.ParticipantGetPayload<{ include: typeof rowInclude }>;

export interface AttendanceSummary {
  scheduledMinutes: number;
  attendedMinutes: number;
  days: number;
}

export interface FollowUpRow {
  participant: RowParticipant;
  name: string;
  phase: SePhase;
  followingAlong: boolean;
  /** The last day of following along after a job or studies (null while not following along). */
  followAlongUntil: IsoDate | null;
  lastFollowUp: IsoDate | null;
  plannedNext: IsoDate | null;
  schedule: Schedule;
  attendanceThisMonth: AttendanceSummary | null;
  placementTitle: string | null;
  organizationName: string | null;
}

export async function followUpRows(
  db: Db,
  where: Prisma.ParticipantWhereInput,
  { today, intervals, followAlongMonths }: { today: IsoDate; intervals: FollowUpIntervals; followAlongMonths: number },
): Promise<FollowUpRow[]> {
  const participants = await db.participant.findMany({ where: { AND: [where, supportRunning] }, include: rowInclude });
  const attendance = await attendanceThisMonth(db, participants.map((p) => p.id), today);
  const rows = participants.map((p): FollowUpRow => {
    const last = p.followUps[0];
    const followingAlong = p.outcome !== null && (FOLLOW_ALONG_OUTCOMES as readonly string[]).includes(p.outcome);
    const lastFollowUp = last ? fromDbDate(last.date) : null;
    const plannedNext = last?.nextDate ? fromDbDate(last.nextDate) : null;
    const started = p.supportStartedOn ? fromDbDate(p.supportStartedOn) : fromDbDate(p.createdAt);
    const placement = p.assignments[0]?.placement;
    return {
      participant: p,
      name: p.displayName,
      phase: p.sePhase as SePhase,
      followingAlong,
      followAlongUntil: followingAlong && p.outcomeDate ? addMonths(fromDbDate(p.outcomeDate), followAlongMonths) : null,
      lastFollowUp,
      plannedNext,
      schedule: followUpSchedule({ phase: p.sePhase as SePhase, followingAlong, lastFollowUp, plannedNext, supportStartedOn: started }, today, intervals),
      attendanceThisMonth: attendance.get(p.id) ?? null,
      placementTitle: placement?.title ?? null,
      organizationName: placement?.organization.name ?? null,
    };
  });
  return rows.sort(byUrgency);
}

/** Minutes scheduled and attended this month so far, per participant, from the attendance reports that exist. */
async function attendanceThisMonth(db: Db, participantIds: string[], today: IsoDate): Promise<Map<string, AttendanceSummary>> {
  const summary = new Map<string, AttendanceSummary>();
  if (!participantIds.length) return summary;
  const days = await db.attendanceDay.findMany({
    where: { assignment: { participantId: { in: participantIds } }, date: { gte: toDbDate(startOfMonth(today)), lte: toDbDate(endOfMonth(today)) } },
    select: { scheduledMinutes: true, attendedMinutes: true, assignment: { select: { participantId: true } } },
  });
  for (const day of days) {
    const id = day.assignment.participantId;
    const sum = summary.get(id) ?? { scheduledMinutes: 0, attendedMinutes: 0, days: 0 };
    summary.set(id, { scheduledMinutes: sum.scheduledMinutes + day.scheduledMinutes, attendedMinutes: sum.attendedMinutes + day.attendedMinutes, days: sum.days + 1 });
  }
  return summary;
}
