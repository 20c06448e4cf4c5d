// A participant in Supported Employment with their coach, SE-handledare (consent to share with the support worker
// given), a live assignment at an organisation (consent to share with employers given), and an API caller that can
// run as any of them at any moment (an injected clock, as the app's requests carry one).
import { execute, parse } from "graphql";
import { createContext, type Viewer } from "../../graphql/context.ts";
import { schema } from "../../graphql/schema.ts";
import { fixedClock, systemClock, toDbDate, type Clock } from "../../lib/dates.ts";
import type { Db } from "../../prisma/db.ts";
import { createAssignment, createParticipant, createPlacement, recordConsent } from "../../prisma/factories.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { signedInUser } from "../helpers/sessions.ts";

type User = Awaited<ReturnType<typeof signedInUser>>["user"];

export function viewerOf(user: User, organizationIds: string[] = []): Viewer {
  return { userId: user.id, apiTokenId: null, email: user.email, roles: user.roles, organizationIds };
}

/** Runs an operation in process as `viewer` at `at` (an ISO moment) or now. */
export function runAs(db: Db) {
  const search = createEmbeddedEngine();
  return async (viewer: Viewer, query: string, variables: Record<string, unknown> = {}, at?: string) => {
    const clock: Clock = at ? fixedClock(at) : systemClock;
    const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue: createContext({ db, search, viewer, clock }) });
    return { data: result.data as Record<string, any> | null | undefined, errors: result.errors ?? [], codes: (result.errors ?? []).map((e) => e.extensions.code) };
  };
}

export async function supportedParticipant(db: Db, options: { displayName?: string; startDate?: string; supportStartedOn?: string; goals?: string } = {}) {
  const coach = await signedInUser(db, ["COACH"]);
  const handledare = await signedInUser(db, ["SUPPORT_WORKER"]);
  const placement = await createPlacement(db, { status: "PUBLISHED", capacity: 3 });
  const member = await signedInUser(db, ["ORG_MEMBER"], [placement.organizationId]);
  const participant = await createParticipant(db, {
    coachId: coach.user.id,
    supportWorkerId: handledare.user.id,
    displayName: options.displayName ?? "Kim",
    sePhase: "ON_OFF_JOB_SUPPORT",
    supportStartedOn: toDbDate(options.supportStartedOn ?? "2026-09-01"),
  });
  for (const scope of ["SHARE_WITH_SUPPORT_WORKER", "SHARE_WITH_EMPLOYER"] as const) {
    await recordConsent(db, { participantId: participant.id, recordedById: coach.user.id, scope });
  }
  const assignment = await createAssignment(db, {
    participantId: participant.id,
    placementId: placement.id,
    supportWorkerId: handledare.user.id,
    startDate: toDbDate(options.startDate ?? "2026-09-01"),
    workPlanGoals: options.goals ?? "Komma i tid varje dag.\nDiska själv under lunchen.",
  });
  return {
    participant,
    assignment,
    placement,
    coach: { ...coach, viewer: viewerOf(coach.user) },
    handledare: { ...handledare, viewer: viewerOf(handledare.user) },
    member: { ...member, viewer: viewerOf(member.user, [placement.organizationId]) },
  };
}

export const RECORD = `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id date notes nextDate ratings { area rating } actions { id description owner dueDate } } }`;
export const OVERVIEW = `{ followUpOverview { today rows { participant { id displayName } overdue overdueReason dueDate daysOverdue lastFollowUpDate nextDate sePhase openActions { description } } notStarted { id } intervals { key days } } }`;
