// A participant placed at an organisation (consent to share with employers, a PLACED proposal, an active assignment),
// and an organisation's API token: the world attendance tests write into.
import type { Weekday } from "../../generated/prisma/client.ts";
import { hashSecret, newSecret } from "../../graphql/auth/tokens.ts";
import { toDbDate } from "../../lib/dates.ts";
import type { Db } from "../../prisma/db.ts";
import { createAssignment, createOrganization, createParticipant, createPlacement, createProposal, createUser, recordConsent } from "../../prisma/factories.ts";

export interface Placed {
  organizationId: string;
  assignmentId: string;
  participantId: string;
  coachId: string;
}

export async function placedParticipant(
  db: Db,
  {
    organizationId,
    displayName = "Kim",
    startDate = "2026-11-02",
    plannedEndDate = null,
    weekdays = ["MON", "TUE", "WED", "THU", "FRI"],
    hoursPerDay = 4,
    consent = true,
  }: { organizationId?: string; displayName?: string; startDate?: string; plannedEndDate?: string | null; weekdays?: Weekday[]; hoursPerDay?: number; consent?: boolean } = {},
): Promise<Placed> {
  const org = organizationId ?? (await createOrganization(db, { kind: "SOCIAL_ENTERPRISE" })).id;
  const coach = await createUser(db, { roles: ["COACH"], passwordHash: "not-a-login" });
  const placement = await createPlacement(db, { organizationId: org, status: "PUBLISHED", capacity: 20, weekdays: ["MON", "TUE", "WED", "THU", "FRI"], hoursPerDayMax: 8 });
  const participant = await createParticipant(db, { coachId: coach.id, displayName, hoursPerDayMax: 8 });
  if (consent) await recordConsent(db, { participantId: participant.id, recordedById: coach.id });
  const proposal = await createProposal(db, { participantId: participant.id, placementId: placement.id, proposedById: coach.id, status: "PLACED" });
  const assignment = await createAssignment(db, {
    participantId: participant.id,
    placementId: placement.id,
    proposalId: proposal.id,
    startDate: toDbDate(startDate),
    plannedEndDate: plannedEndDate ? toDbDate(plannedEndDate) : null,
    weekdays,
    hoursPerDay,
  });
  return { organizationId: org, assignmentId: assignment.id, participantId: participant.id, coachId: coach.id };
}

/** A fresh API token of the organisation, as `Authorization: Bearer …`. */
export async function apiTokenFor(db: Db, organizationId: string): Promise<string> {
  const creator = await createUser(db, { roles: ["ADMIN"], passwordHash: "not-a-login" });
  const token = newSecret("stv_");
  await db.apiToken.create({ data: { organizationId, name: "Närvarosystemet", tokenHash: hashSecret(token), createdById: creator.id } });
  return `Bearer ${token}`;
}
