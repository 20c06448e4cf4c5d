/**
 * Reminders about monthly reports, by e-mail through mail/send-once.ts (each at most once, whatever reruns):
 * - from the 3rd to the 7th (Stockholm), to each organisation with reports for the previous month not yet sent;
 * - from the 8th, to each organisation whose reports for the previous month are overdue;
 * - to the coach, once for each submission that has waited for review more than REVIEW_WAIT_DAYS days.
 * The mails name no participant (mail leaves our access control): a count, the month and a link. Without SMTP_URL
 * nothing is mailed; the same lists stand on the start pages.
 */
import { dueDateOf, isOpenReport, monthText, REVIEW_WAIT_DAYS, type ReportStatusCode } from "../attendance/report.ts";
import { firstDayOf, monthOf, overlapsMonth } from "../attendance/schedule.ts";
import { publicUrl } from "../config/public-url.ts";
import { addDays, addMonths, dateOfMoment, endOfMonth, formatDate, fromDbDate, today, toDbDate } from "../lib/dates.ts";
import { sendOnce } from "../mail/send-once.ts";
import type { Job, JobContext } from "./jobs.ts";

const DUE_REMINDER_DAY = 3;
const OVERDUE_FROM_DAY = 8;

const link = (path: string) => new URL(path, publicUrl() ?? "http://localhost:3000").toString();

async function remindOrganizations({ db, clock, mailer }: JobContext): Promise<void> {
  const day = today(clock);
  const dayOfMonth = Number(day.slice(8, 10));
  if (dayOfMonth < DUE_REMINDER_DAY) return;
  const overdue = dayOfMonth >= OVERDUE_FROM_DAY;
  const month = monthOf(addMonths(day, -1));
  const first = toDbDate(firstDayOf(month));
  const last = toDbDate(endOfMonth(firstDayOf(month)));
  const assignments = await db.assignment.findMany({
    where: { startDate: { lte: last }, OR: [{ plannedEndDate: null }, { plannedEndDate: { gte: first } }] },
    select: {
      id: true, startDate: true, plannedEndDate: true, endedAt: true, weekdays: true, hoursPerDay: true,
      placement: { select: { organizationId: true } },
      monthlyReports: { where: { month: first }, select: { status: true } },
    },
  });
  const unsent = new Map<string, number>();
  for (const a of assignments) {
    const status: ReportStatusCode = a.monthlyReports[0]?.status ?? "DRAFT";
    if (!isOpenReport(status) || !overlapsMonth(a, month)) continue;
    unsent.set(a.placement.organizationId, (unsent.get(a.placement.organizationId) ?? 0) + 1);
  }
  for (const [organizationId, count] of unsent) {
    const members = await db.membership.findMany({ where: { organizationId, user: { active: true } }, select: { user: { select: { email: true } } } });
    if (!members.length) continue;
    const reports = count === 1 ? "en månadsrapport" : `${count} månadsrapporter`;
    const due = formatDate(dueDateOf(month));
    const message = overdue
      ? {
          subject: `Försenat: månadsrapporter för ${monthText(month)}`,
          text: `Hej!\n\nNi har ${reports} för ${monthText(month)} som inte är inskickade. De skulle vara inskickade senast ${due}.\n\nFyll i närvaron och skicka in rapporterna här:\n${link(`/organisation/rapporter/${month}`)}\n\nHälsningar\nStegvis`,
        }
      : {
          subject: `Påminnelse: månadsrapporter för ${monthText(month)}`,
          text: `Hej!\n\nNi har ${reports} för ${monthText(month)} som inte är inskickade. De ska vara inskickade senast ${due}.\n\nFyll i närvaron och skicka in rapporterna här:\n${link(`/organisation/rapporter/${month}`)}\n\nHälsningar\nStegvis`,
        };
    const key = `${overdue ? "attendance-overdue" : "attendance-due"}:${organizationId}:${month}`;
    await sendOnce(db, mailer, key, { to: members.map((m) => m.user.email).join(", "), ...message });
  }
}

async function remindCoaches({ db, clock, mailer }: JobContext): Promise<void> {
  const day = today(clock);
  // Waited more than REVIEW_WAIT_DAYS whole days: submitted on a Stockholm day before this one.
  const latestDay = addDays(day, -(REVIEW_WAIT_DAYS + 1));
  const waiting = await db.monthlyReport.findMany({
    where: { status: "SUBMITTED", submittedAt: { lt: toDbDate(addDays(latestDay, 2)) } },
    select: {
      id: true, month: true, submittedAt: true, assignmentId: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } },
      assignment: { select: { participant: { select: { coach: { select: { email: true, name: true, active: true } } } } } },
    },
  });
  for (const report of waiting) {
    if (!report.submittedAt || dateOfMoment(report.submittedAt) > latestDay) continue;
    const coach = report.assignment.participant.coach;
    const version = report.versions[0];
    if (!coach.active || !version) continue;
    const month = monthOf(fromDbDate(report.month));
    await sendOnce(db, mailer, `attendance-review:${version.id}`, {
      to: coach.email,
      subject: "En månadsrapport väntar på granskning",
      text: `Hej ${coach.name}!\n\nEn månadsrapport för ${monthText(month)} har väntat på din granskning sedan ${formatDate(dateOfMoment(report.submittedAt))}.\n\nGranska den här:\n${link(`/rapporter/${month}/${report.assignmentId}`)}\n\nHälsningar\nStegvis`,
    });
  }
}

export const attendanceReminders: Job = {
  name: "attendance-reminders",
  async run(context) {
    await remindOrganizations(context);
    await remindCoaches(context);
  },
};
