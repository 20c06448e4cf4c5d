import { expect } from "vitest";
import type { Db } from "../../prisma/db.ts";
import { createParticipant, createPlacement, recordConsent, type CreatePlacementInput } from "../../prisma/factories.ts";
import type { GraphQLCall } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";

export const PROPOSE = /* GraphQL */ `
  mutation Propose($input: ProposeParticipantInput!) {
    proposeParticipant(input: $input) { id status message daysWaiting overdue answeredAt events { fromStatus toStatus note actorName } }
  }
`;
export const ANSWER = /* GraphQL */ `
  mutation Answer($input: AnswerProposalInput!) {
    answerProposal(input: $input) { id status answeredAt declineReason events { fromStatus toStatus note actorName } }
  }
`;
export const ADVANCE = /* GraphQL */ `
  mutation Advance($input: AdvanceProposalInput!) { advanceProposal(input: $input) { id status events { fromStatus toStatus note } } }
`;
export const WITHDRAW = /* GraphQL */ `
  mutation Withdraw($id: ID!, $note: String) { withdrawProposal(proposalId: $id, note: $note) { id status } }
`;
export const PLACE = /* GraphQL */ `
  mutation Place($input: PlaceParticipantInput!) {
    placeParticipant(input: $input) {
      id status startDate weekdays hoursPerDay workPlanGoals workPlanQuestions mentorName supportWorker { name }
      placement { id freeSpots } proposal { status }
    }
  }
`;
export const END = /* GraphQL */ `
  mutation End($input: EndAssignmentInput!) { endAssignment(input: $input) { id status outcome endedAt placement { freeSpots } } }
`;
export const MATCHES = /* GraphQL */ `
  query Matches($id: ID!, $kinds: [PlacementKind!], $kommunCodes: [String!]) {
    matches(participantId: $id, first: 50, kinds: $kinds, kommunCodes: $kommunCodes) {
      hits { placement { id kind kommunCode freeSpots } }
      nearMisses { placement { id } missing }
      kommuner { code name }
    }
  }
`;

export function expectOk<T>(call: GraphQLCall<T>): T {
  expect(call.errors, JSON.stringify(call.errors)).toBeUndefined();
  return call.data!;
}

export function errorOf(call: GraphQLCall<unknown>): { code?: string; fieldErrors: Record<string, string>; message?: string } {
  const error = call.errors?.[0];
  const fieldErrors = Object.fromEntries(
    ((error?.extensions?.fieldErrors as { field: string; message: string }[] | undefined) ?? []).map((e) => [e.field, e.message]),
  );
  return { code: error?.extensions?.code, fieldErrors, message: error?.message };
}

/**
 * A coach with one participant (consent to share with employers unless `consent: false`), an organisation with a
 * member and a published placement in the participant's kommun, a member of another organisation, a support worker.
 */
export async function proposalWorld(db: Db, options: { consent?: boolean; placement?: CreatePlacementInput } = {}) {
  const coach = await signedInUser(db, ["COACH"]);
  const supportWorker = await signedInUser(db, ["SUPPORT_WORKER"]);
  const participant = await createParticipant(db, {
    coachId: coach.user.id,
    displayName: "Kim",
    hoursPerDayMax: 4,
    goals: "Hemligt mål som bara coachen ser",
    interestsText: "lager och truckar",
    adaptationNeeds: [{ code: "QUIET_ENVIRONMENT", mustHave: false }],
  });
  if (options.consent ?? true) await recordConsent(db, { participantId: participant.id, recordedById: coach.user.id });
  const placement = await createPlacement(db, { status: "PUBLISHED", capacity: 2, mentorName: "Peter Ström", ...options.placement });
  const member = await signedInUser(db, ["ORG_MEMBER"], [placement.organizationId]);
  const other = await db.organization.create({ data: { name: "Annan förening", kind: "ASSOCIATION", kommunCode: "2183" } });
  const outsider = await signedInUser(db, ["ORG_MEMBER"], [other.id]);
  return { coach, supportWorker, participant, placement, member, outsider };
}

/** Counts of the rows a proposal write leaves behind. */
export async function writtenRows(db: Db, participantId: string) {
  const [proposals, events, audit] = await Promise.all([
    db.proposal.count({ where: { participantId } }),
    db.proposalEvent.count({ where: { proposal: { participantId } } }),
    db.auditEvent.count({ where: { participantId } }),
  ]);
  return { proposals, events, audit };
}
