// Demo attendance and monthly reports for the demo social enterprise (socialtforetag@demo.stegvis.se's organisation):
// the days of the months before last month (the main demo writes last month's), and reports in every state a demo
// should show: approved ones, one returned with the coach's comment, and one overdue. Found by natural keys (the
// organisation's name, the member's and coach's e-mail), so it does not depend on how demo-data.ts builds its ids.
// Called once by seedDemoData, after the main world; running it again adds nothing. Removed with the demo
// (prisma/demo-removal.ts deletes the participants, and their assignments' days and reports go with them).
import type { AbsenceReason, Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { attendanceRate, dueDateOf, totalsOf, type RecordedDay } from "../attendance/report.ts";
import { firstDayOf, monthOf, overlapsMonth, scheduleOfMonth, type YearMonth } from "../attendance/schedule.ts";
import { addDays, addMonths, dateOfMoment, endOfMonth, fromDbDate, toDbDate } from "../lib/dates.ts";

export const DEMO_SOCIAL_ENTERPRISE = "Kooperativet Steget ek. för.";
const MEMBER_EMAIL = "socialtforetag@demo.stegvis.se";

/** A stable number 0–1 per key, so the same demo comes out every time. */
function noise(key: string): number {
  let hash = 2166136261;
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return ((hash >>> 0) % 10_000) / 10_000;
}

function dayOf(assignmentId: string, date: string, scheduledMinutes: number): Omit<RecordedDay, "date"> {
  const r = noise(`${assignmentId}:${date}`);
  if (r < 0.06) return { scheduledMinutes, attendedMinutes: 0, absenceReason: "SICK", note: "" };
  if (r < 0.09) return { scheduledMinutes, attendedMinutes: Math.max(0, scheduledMinutes - 90), absenceReason: "OTHER_ACTIVITY", note: "Möte med Arbetsförmedlingen." };
  if (r < 0.11) return { scheduledMinutes, attendedMinutes: 0, absenceReason: "LEAVE_APPROVED", note: "" };
  if (r < 0.14) return { scheduledMinutes, attendedMinutes: Math.max(0, scheduledMinutes - 40), absenceReason: "UNEXCUSED", note: "Kom 40 minuter sent." };
  return { scheduledMinutes, attendedMinutes: scheduledMinutes, absenceReason: null, note: "" };
}

/** A moment on a Stockholm day, mid-morning (09:00 UTC is 10:00 or 11:00 there). */
const at = (day: string, hourUtc = 9) => new Date(`${day}T${String(hourUtc).padStart(2, "0")}:00:00.000Z`);

export async function seedDemoAttendance(db: PrismaClient, now: Date): Promise<{ days: number; reports: number; versions: number }> {
  const organization = await db.organization.findFirst({ where: { name: DEMO_SOCIAL_ENTERPRISE }, select: { id: true } });
  const member = await db.user.findUnique({ where: { email: MEMBER_EMAIL }, select: { id: true } });
  if (!organization || !member) return { days: 0, reports: 0, versions: 0 };
  const assignments = await db.assignment.findMany({
    where: { placement: { organizationId: organization.id }, status: { in: ["ACTIVE", "PAUSED"] } },
    include: { participant: { select: { coachId: true, displayName: true } } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
  if (!assignments.length) return { days: 0, reports: 0, versions: 0 };
  if (await db.monthlyReportVersion.count({ where: { report: { assignmentId: { in: assignments.map((a) => a.id) } } } })) {
    return { days: 0, reports: 0, versions: 0 };
  }

  const today = dateOfMoment(now);
  const lastMonth = monthOf(addMonths(today, -1));
  const months = [-3, -2, -1].map((back) => monthOf(addMonths(today, back)));
  // The month whose due date has passed: last month after the 7th, else the month before.
  const overdueMonth = today > dueDateOf(lastMonth) ? lastMonth : months[1]!;

  // Days for every month before last month that has none yet (the main demo writes last month's).
  const days: Prisma.AttendanceDayCreateManyInput[] = [];
  for (const assignment of assignments) {
    for (const month of months) {
      if (!overlapsMonth(assignment, month)) continue;
      const first = toDbDate(firstDayOf(month));
      const stored = await db.attendanceDay.count({ where: { assignmentId: assignment.id, date: { gte: first, lte: toDbDate(endOfMonth(firstDayOf(month))) } } });
      if (stored) continue;
      for (const day of scheduleOfMonth(assignment, month)) {
        if (day.kind !== "SCHEDULED" || day.date >= today) continue;
        const values = dayOf(assignment.id, day.date, day.scheduledMinutes);
        days.push({ assignmentId: assignment.id, date: toDbDate(day.date), ...values, absenceReason: values.absenceReason as AbsenceReason | null, revision: 1 });
      }
    }
  }
  await db.attendanceDay.createMany({ data: days, skipDuplicates: true });

  const [oldest, next] = assignments;
  type Plan = { assignment: (typeof assignments)[number]; month: YearMonth; state: "APPROVED" | "RETURNED" | "DRAFT" };
  const plans: Plan[] = [];
  for (const month of months) {
    if (oldest && overlapsMonth(oldest, month)) plans.push({ assignment: oldest, month, state: month < overdueMonth ? "APPROVED" : "DRAFT" });
    if (next && overlapsMonth(next, month)) plans.push({ assignment: next, month, state: month === lastMonth ? "RETURNED" : month < overdueMonth ? "APPROVED" : "DRAFT" });
  }

  // Submissions of last month happened this month, before now.
  const monthStart = at(`${today.slice(0, 7)}-01`, 0).getTime();
  const between = (share: number) => new Date(monthStart + (now.getTime() - monthStart) * share);

  let reports = 0;
  let versions = 0;
  for (const { assignment, month, state } of plans) {
    const first = toDbDate(firstDayOf(month));
    const stored = await db.attendanceDay.findMany({ where: { assignmentId: assignment.id, date: { gte: first, lte: toDbDate(endOfMonth(firstDayOf(month))) } }, orderBy: { date: "asc" } });
    const recorded: RecordedDay[] = stored.map((d) => ({ date: fromDbDate(d.date), scheduledMinutes: d.scheduledMinutes, attendedMinutes: d.attendedMinutes, absenceReason: d.absenceReason, note: d.note }));
    const name = assignment.participant.displayName;
    const comment =
      state === "DRAFT"
        ? ""
        : `${name} kommer oftast i tid och gör arbetsuppgifterna mer och mer själv. Vi har börjat öva på det nästa målet i arbetsplanen.`;
    const submittedAt = state === "RETURNED" ? between(0.4) : at(addDays(dueDateOf(month), -3));
    const reviewedAt = state === "RETURNED" ? between(0.7) : at(addDays(dueDateOf(month), -1), 13);
    await db.monthlyReport.create({
      data: {
        assignmentId: assignment.id,
        month: first,
        status: state,
        revision: 1,
        comment: state === "DRAFT" && month === overdueMonth ? `${name} har haft en bra månad. (Utkast, inte inskickat.)` : comment,
        submittedAt: state === "DRAFT" ? null : submittedAt,
        ...(state === "DRAFT"
          ? {}
          : {
              versions: {
                create: {
                  version: 1,
                  status: state,
                  totals: totalsOf(recorded) as unknown as Prisma.InputJsonValue,
                  days: recorded as unknown as Prisma.InputJsonValue,
                  attendanceRate: attendanceRate(recorded),
                  comment,
                  authorId: member.id,
                  reviewerId: assignment.participant.coachId,
                  reviewComment: state === "RETURNED" ? "Två dagar med frånvaro saknar anteckning. Skriv vad som hände och skicka in igen." : null,
                  reviewedAt,
                  createdAt: submittedAt,
                },
              },
            }),
      },
    });
    reports += 1;
    if (state !== "DRAFT") versions += 1;
  }
  return { days: days.length, reports, versions };
}
