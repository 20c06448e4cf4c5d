import type { Role } from "../generated/prisma/client.ts";

/**
 * Who may call what: the one table to read. Each operation lists the scopes of which the caller needs ANY.
 * Row-level rules come on top, in the resolvers: a coach reads only their own caseload, an organisation member
 * reads a participant only through a consented proposal or assignment at their own organisation, and so on.
 * An operation missing here makes the schema refuse to build (default deny; see assertEveryOperationHasPolicy).
 */
export const SCOPES = ["public", "loggedIn", "admin", "coach", "supportWorker", "orgMember"] as const;
export type Scope = (typeof SCOPES)[number];

export const operationPolicy = {
  // Open to everyone: published placements and the vocabularies hold no personal data.
  "Query.me": ["public"],
  "Query.placements": ["public"],
  "Query.placement": ["public"],
  "Query.adaptations": ["public"],
  "Query.occupationCards": ["public"],
  "Query.kommuner": ["public"],
  "Query.organizations": ["public"],
  "Query.organization": ["public"],
  "Mutation.login": ["public"],
  "Mutation.logout": ["public"],
  "Mutation.resetPassword": ["public"],

  // Placements: only members of the placement's organisation may write it (row-level check in the resolvers).
  "Mutation.createPlacement": ["orgMember"],
  "Mutation.updatePlacement": ["orgMember"],
  "Mutation.publishPlacement": ["orgMember"],
  "Mutation.pausePlacement": ["orgMember"],
  "Mutation.closePlacement": ["orgMember"],
  "Mutation.reopenPlacement": ["orgMember"],
  "Mutation.confirmPlacement": ["orgMember"],
  "Mutation.previewPlacementImport": ["orgMember"],
  "Mutation.importPlacements": ["orgMember"],

  // Participants: special-category data (GDPR art. 9).
  "Query.participants": ["coach", "supportWorker"],
  "Query.participant": ["coach", "supportWorker", "orgMember"],
  "Query.matches": ["coach", "supportWorker"],
  "Query.participantAuditLog": ["admin", "coach"],
  "Query.participantDataExport": ["admin", "coach"],
  "Mutation.recordConsent": ["coach"],
  "Mutation.withdrawConsent": ["coach"],

  // Administration.
  "Query.users": ["admin"],
  "Query.apiTokens": ["admin"],
  "Mutation.createUser": ["admin"],
  "Mutation.deactivateUser": ["admin"],
  "Mutation.issuePasswordReset": ["admin"],
  "Mutation.createOrganization": ["admin"],
  "Mutation.createApiToken": ["admin"],
  "Mutation.revokeApiToken": ["admin"],

  // Participant profiles and yrkeskort card sorting: only the participant's own coach writes (row-level check in the
  // resolvers, after the existence check). Colleagues are listed for handovers and for choosing an SE-handledare.
  "Query.staff": ["coach"],
  "Mutation.createParticipant": ["coach"],
  "Mutation.updateParticipant": ["coach"],
  "Mutation.handOverParticipant": ["coach"],
  "Mutation.startCardSortSession": ["coach"],
  "Mutation.answerCard": ["coach"],
  "Mutation.undoCardAnswer": ["coach"],
  "Mutation.completeCardSortSession": ["coach"],

  // Proposals and assignments: the participant's own coach proposes, moves on, places and ends (row-level check in the
  // resolvers, after the existence check); members of the placement's organisation answer. A proposal is readable by
  // the participant's coach and support worker and by the placement's organisation (consented fields only).
  "Query.proposals": ["coach", "supportWorker", "orgMember"],
  "Query.proposal": ["coach", "supportWorker", "orgMember"],
  "Query.assignmentsStartingSoon": ["coach", "supportWorker"],
  "Mutation.proposeParticipant": ["coach"],
  "Mutation.answerProposal": ["orgMember"],
  "Mutation.advanceProposal": ["coach"],
  "Mutation.withdrawProposal": ["coach"],
  "Mutation.placeParticipant": ["coach"],
  "Mutation.endAssignment": ["coach"],

  // Attendance (närvaro): health data (absence reasons), read under the participant's access and logged. The
  // organisation where the participant is placed reports (row-level: its own assignments, consent standing); the
  // participant's coach and handledare read a month of their own participants.
  "Query.placedAssignments": ["orgMember"],
  "Query.attendanceMonth": ["orgMember"],
  "Query.assignmentAttendance": ["coach", "supportWorker", "orgMember"],
  "Mutation.saveAttendance": ["orgMember"],
  "Mutation.upsertAttendanceDays": ["orgMember"],

  // Supported Employment follow-up: the participant's SE-handledare (while consent stands) and coach read and write
  // (row-level check: participantAccess CASELOAD). An organisation never reads a follow-up; it reads and ticks off
  // only the agreed actions it owns, while consent and a live assignment stand. The step anchors are reference data.
  "Query.followUpOverview": ["coach", "supportWorker"],
  "Query.followUp": ["coach", "supportWorker"],
  "Query.mySteps": ["coach", "supportWorker"],
  "Query.progressAreaAnchors": ["public"],
  "Query.organizationAgreedActions": ["orgMember"],
  "Mutation.recordFollowUp": ["coach", "supportWorker"],
  "Mutation.updateFollowUp": ["coach", "supportWorker"],
  "Mutation.addFollowUpAddendum": ["coach", "supportWorker"],
  "Mutation.setSePhase": ["coach", "supportWorker"],
  "Mutation.recordOutcome": ["coach", "supportWorker"],
  "Mutation.setAgreedActionDone": ["coach", "supportWorker", "orgMember"],
  "Mutation.confirmAdaptationNeed": ["coach", "supportWorker"],

  // Monthly reports: read like the participant's profile (the caseload; members of the assignment's own organisation
  // while the consent stands), each read logged. Members of the assignment's organisation, and its API tokens, write
  // and submit their own; the participant's own coach approves and returns; the handledare reads only (row-level
  // checks in graphql/schema/monthly-report.ts).
  "Query.monthlyReport": ["coach", "supportWorker", "orgMember"],
  "Query.monthlyReports": ["coach", "supportWorker", "orgMember"],
  "Query.monthlyReportExport": ["coach", "supportWorker", "orgMember"],
  "Mutation.saveMonthlyReportComment": ["orgMember"],
  "Mutation.submitMonthlyReport": ["orgMember"],
  "Mutation.submitMonthlyReports": ["orgMember"],
  "Mutation.amendMonthlyReport": ["orgMember"],
  "Mutation.approveMonthlyReport": ["coach"],
  "Mutation.returnMonthlyReport": ["coach"],

  // Statistics: aggregates with small counts suppressed (statistics/suppression.ts). Administrators read everyone's;
  // a coach only their own caseload (row-level: the query scopes itself to the caller's participants).
  "Query.statistics": ["admin", "coach"],
} as const satisfies Record<string, readonly Scope[]>;

export type Operation = keyof typeof operationPolicy;

/** The authScopes option for an operation's field: any of its listed scopes. */
export function allow(operation: Operation): Partial<Record<Scope, true>> {
  return Object.fromEntries(operationPolicy[operation].map((scope) => [scope, true]));
}

const roleScopes: Record<Role, Scope> = { ADMIN: "admin", COACH: "coach", SUPPORT_WORKER: "supportWorker", ORG_MEMBER: "orgMember" };

/** The scopes a caller holds: everyone has `public`; a signed-in caller `loggedIn` and one per role. */
export function scopesOf(roles: readonly Role[] | null): Set<Scope> {
  if (roles === null) return new Set(["public"]);
  return new Set<Scope>(["public", "loggedIn", ...roles.map((role) => roleScopes[role])]);
}

export function isAllowed(operation: Operation, roles: readonly Role[] | null): boolean {
  const held = scopesOf(roles);
  return operationPolicy[operation].some((scope) => held.has(scope));
}
