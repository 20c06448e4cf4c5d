/**
 * The handledare's daily digest: at most one e-mail per handledare and Stockholm day, listing who is overdue for a
 * follow-up, by the same rule as the start page (graphql/follow-up-rows.ts). Only when someone is overdue, only
 * with SMTP configured (without it the list in the app is the reminder). The mail names participants by their
 * pseudonymous code and how late they are, nothing more; the person opens Stegvis for the rest. Each participant
 * named is logged as read, without an actor, for the reminder.
 */
import { publicUrl } from "../config/public-url.ts";
import { followAlongMonths, followUpIntervals } from "../config/follow-up.ts";
import { followUpRows } from "../graphql/follow-up-rows.ts";
import { caseloadWhere } from "../graphql/schema/participant.ts";
import { formatDate, today } from "../lib/dates.ts";
import { sendOnce } from "../mail/send-once.ts";
import type { Job } from "./jobs.ts";

export const followUpDigest: Job = {
  name: "follow-up-digest",
  async run({ db, clock, mailer }) {
    if (!mailer) return;
    const day = today(clock);
    const settings = { today: day, intervals: followUpIntervals(), followAlongMonths: followAlongMonths() };
    const workers = await db.user.findMany({ where: { active: true, roles: { has: "SUPPORT_WORKER" } }, select: { id: true, email: true, name: true } });
    for (const worker of workers) {
      const viewer = { userId: worker.id, apiTokenId: null, email: worker.email, roles: ["SUPPORT_WORKER" as const], organizationIds: [] };
      const overdue = (await followUpRows(db, caseloadWhere(viewer), settings)).filter((row) => row.schedule.overdue);
      if (!overdue.length) continue;
      const link = new URL("/handledare", publicUrl() ?? "http://localhost:3000").href;
      const lines = overdue.map((row) => `- ${row.participant.code}: ${row.schedule.daysOverdue} ${row.schedule.daysOverdue === 1 ? "dag" : "dagar"} sen (skulle ha setts senast ${formatDate(row.schedule.dueDate)})`);
      const result = await sendOnce(db, mailer, `follow-up-digest:${worker.id}:${day}`, {
        to: worker.email,
        subject: overdue.length === 1 ? "1 person behöver en uppföljning" : `${overdue.length} personer behöver en uppföljning`,
        text: [`Hej ${worker.name}!`, "", "De här personerna behöver en uppföljning nu:", ...lines, "", `Se vilka det är i Stegvis: ${link}`].join("\n"),
      });
      if (result === "sent") {
        await db.auditEvent.createMany({
          data: overdue.map((row) => ({
            action: "READ" as const,
            entity: "FollowUp",
            entityId: row.participant.id,
            participantId: row.participant.id,
            purpose: `Påminnelse om uppföljning till ${worker.email}`,
          })),
        });
      }
    }
  },
};
