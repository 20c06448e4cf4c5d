// A participant placed at an organisation, with everyone who works with them signed in, and a month's days written
// the way the month grid stores them (the grid itself is tested on its own branch of the issue).
import type { AbsenceReason } from "../../generated/prisma/client.ts";
import { createAssignment, createParticipant, createPlacement, createProposal, recordConsent } from "../../prisma/factories.ts";
import type { Db } from "../../prisma/db.ts";
import { scheduleOfMonth, type YearMonth } from "../../attendance/schedule.ts";
import { toDbDate } from "../../lib/dates.ts";
import { hashSecret } from "../../graphql/auth/tokens.ts";
import { signedInUser } from "../helpers/sessions.ts";

export interface Placed {
  organizationId: string;
  placementId: string;
  participantId: string;
  assignmentId: string;
  coach: { id: string; cookie: string };
  handledare: { id: string; cookie: string };
  member: { id: string; cookie: string; email: string };
}

/** A participant placed (ACTIVE, Mon–Fri, 4 h, since 3 August 2026) with consent to share with employer and handledare. */
export async function placedParticipant(
  db: Db,
  { organizationId, displayName = "Kim", coach: existingCoach, startDate = "2026-08-03", hoursPerDay = 4 }: { organizationId?: string; displayName?: string; coach?: { id: string; cookie: string }; startDate?: string; hoursPerDay?: number } = {},
): Promise<Placed> {
  const placement = await createPlacement(db, { status: "PUBLISHED", capacity: 20, hoursPerDayMax: 8, ...(organizationId ? { organizationId } : {}) });
  const coach = existingCoach ?? (({ user, cookie }) => ({ id: user.id, cookie }))(await signedInUser(db, ["COACH"]));
  const handledare = await signedInUser(db, ["SUPPORT_WORKER"]);
  const member = await signedInUser(db, ["ORG_MEMBER"], [placement.organizationId]);
  const participant = await createParticipant(db, { coachId: coach.id, supportWorkerId: handledare.user.id, displayName });
  for (const scope of ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER"] as const) {
    await recordConsent(db, { participantId: participant.id, recordedById: coach.id, scope });
  }
  const proposal = await createProposal(db, { participantId: participant.id, placementId: placement.id, proposedById: coach.id, status: "PLACED" });
  const assignment = await createAssignment(db, {
    participantId: participant.id,
    placementId: placement.id,
    proposalId: proposal.id,
    supportWorkerId: handledare.user.id,
    startDate: toDbDate(startDate),
    hoursPerDay,
    workPlanGoals: "Komma i tid fyra dagar i veckan.",
    workPlanQuestions: "Passar lagerarbete?",
  });
  return {
    organizationId: placement.organizationId,
    placementId: placement.id,
    participantId: participant.id,
    assignmentId: assignment.id,
    coach,
    handledare: { id: handledare.user.id, cookie: handledare.cookie },
    member: { id: member.user.id, cookie: member.cookie, email: member.user.email },
  };
}

export type DayOverride = { attendedMinutes: number; absenceReason?: AbsenceReason | null; note?: string };

/**
 * Writes every scheduled day of the month as attended by the schedule, except `overrides` (by date) and `skip`; bumps
 * the report's revision as a save of the grid does.
 */
export async function fillMonth(db: Db, assignmentId: string, month: YearMonth, overrides: Record<string, DayOverride> = {}, skip: string[] = []): Promise<void> {
  const assignment = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  const days = scheduleOfMonth(assignment, month).filter((day) => day.kind === "SCHEDULED" && !skip.includes(day.date));
  await db.$transaction([
    ...days.map((day) => {
      const data = { scheduledMinutes: day.scheduledMinutes, absenceReason: null, note: "", ...(overrides[day.date] ?? { attendedMinutes: day.scheduledMinutes }) };
      return db.attendanceDay.upsert({
        where: { assignmentId_date: { assignmentId, date: toDbDate(day.date) } },
        create: { assignmentId, date: toDbDate(day.date), ...data },
        update: data,
      });
    }),
    db.monthlyReport.upsert({
      where: { assignmentId_month: { assignmentId, month: toDbDate(`${month}-01`) } },
      create: { assignmentId, month: toDbDate(`${month}-01`), revision: 1 },
      update: { revision: { increment: 1 } },
    }),
  ]);
}

/** An organisation API token (as an admin would issue one); returns the Authorization header. */
export async function apiTokenFor(db: Db, organizationId: string, createdById: string, name = "Närvarosystemet"): Promise<string> {
  const secret = `stv_test_${Math.random().toString(36).slice(2)}${Date.now()}`;
  await db.apiToken.create({ data: { organizationId, name, tokenHash: hashSecret(secret), createdById } });
  return `Bearer ${secret}`;
}
