// Factories for tests and seeds. Each entity has a pure builder, `buildX(input)`, that returns the rows to insert
// with sensible defaults (every field can be overridden), and most have `createX(db, input)`, which inserts what the
// builder returns. Tests call `createX`; the demo world (prisma/demo-data.ts) calls the same builders and the seed
// writes all their rows in one batch, so the demo and the tests share one idea of a valid row.
// No test framework here. Builders that need "now" or "today" take a Clock (lib/dates.ts), default the system clock.
// Every write that creates or changes what a placement's search document holds also inserts a SearchOutbox row in the
// same transaction.
import { randomBytes } from "node:crypto";
import { systemClock, toDbDate, today, type Clock } from "../lib/dates.ts";
import { newId } from "../lib/ids.ts";
import { hashPassword } from "./password.ts";
import {
  Prisma,
  type PrismaClient,
  type Assignment,
  type AttendanceDay,
  type CardAnswer,
  type CardSortSession,
  type Consent,
  type ConsentScope,
  type FollowUp,
  type Organization,
  type Participant,
  type Placement,
  type ProgressArea,
  type Proposal,
  type ProposalStatus,
  type Role,
  type User,
  type Weekday,
} from "../generated/prisma/client.ts";
import { kommunCentre } from "./reference-data.ts";

type Db = PrismaClient;
/** A row whose id is known before the insert, so the rows that point at it can be built with it. */
export type WithId<T> = T & { id: string };

export const DEFAULT_TEST_PASSWORD = "stegvis-test";
export const WEEKDAYS_MON_FRI: Weekday[] = ["MON", "TUE", "WED", "THU", "FRI"];

/** The createMany for a parent's child rows, or nothing when there are none: spread it into a $transaction list. */
function insertRows<T>(rows: T[], createMany: (data: T[]) => Prisma.PrismaPromise<Prisma.BatchPayload>): Prisma.PrismaPromise<Prisma.BatchPayload>[] {
  return rows.length ? [createMany(rows)] : [];
}

/** A short unique suffix for default names, codes and e-mail addresses. */
function uniq(): string {
  return randomBytes(4).toString("hex");
}

// ---------------------------------------------------------------- organisations and users

export function buildOrganization(overrides: Partial<Prisma.OrganizationCreateManyInput> = {}): WithId<Prisma.OrganizationCreateManyInput> {
  return {
    name: `Testföretaget ${uniq()} AB`,
    kind: "COMPANY",
    kommunCode: "2183",
    description: "En arbetsplats för tester.",
    address: "Storgatan 1",
    ...overrides,
    id: overrides.id ?? newId(),
  };
}

export async function createOrganization(
  db: Db,
  overrides: Partial<Prisma.OrganizationCreateManyInput> = {},
): Promise<Organization> {
  return db.organization.create({ data: buildOrganization(overrides) });
}

export interface CreateUserInput {
  email?: string;
  roles?: Role[];
  name?: string;
  /** Plain-text password; default DEFAULT_TEST_PASSWORD. Ignored when passwordHash is given. */
  password?: string;
  passwordHash?: string;
  organizationIds?: string[];
  active?: boolean;
  id?: string;
  createdAt?: Date;
}

export interface UserRows {
  /** Without its password hash: hashing is slow and asynchronous, so createUser and the seed add it. */
  user: WithId<Omit<Prisma.UserCreateManyInput, "passwordHash">>;
  memberships: Prisma.MembershipCreateManyInput[];
}

export function buildUser(input: Omit<CreateUserInput, "password" | "passwordHash"> = {}): UserRows {
  const id = input.id ?? newId();
  return {
    user: {
      id,
      email: (input.email ?? `user-${uniq()}@test.stegvis.se`).toLowerCase(),
      name: input.name ?? "Test Testsson",
      roles: input.roles ?? ["COACH"],
      active: input.active ?? true,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    },
    memberships: (input.organizationIds ?? []).map((organizationId) => ({ userId: id, organizationId })),
  };
}

export async function createUser(db: Db, input: CreateUserInput = {}): Promise<User> {
  const passwordHash = input.passwordHash ?? (await hashPassword(input.password ?? DEFAULT_TEST_PASSWORD));
  const { user, memberships } = buildUser(input);
  const [created] = await db.$transaction([
    db.user.create({ data: { ...user, passwordHash } }),
    ...insertRows(memberships, (data) => db.membership.createMany({ data })),
  ]);
  return created as User;
}

// ---------------------------------------------------------------- placements

export type CreatePlacementInput = Partial<Prisma.PlacementCreateManyInput> & {
  adaptationCodes?: string[];
  occupationCardIds?: string[];
};

export interface PlacementRows {
  placement: WithId<Prisma.PlacementCreateManyInput>;
  adaptations: Prisma.PlacementAdaptationCreateManyInput[];
  occupationCards: Prisma.PlacementOccupationCardCreateManyInput[];
}

/**
 * A placement (default: a DRAFT work-training placement in Bollnäs, 2–4 h Mon–Fri, capacity 2, at the kommun centre)
 * with its adaptations and yrkeskort. PUBLISHED placements get publishedAt/confirmedAt = now unless given.
 */
export function buildPlacement(input: CreatePlacementInput & { organizationId: string }, clock: Clock = systemClock): PlacementRows {
  const { adaptationCodes = [], occupationCardIds = [], ...overrides } = input;
  const kommunCode = overrides.kommunCode ?? "2183";
  const centre = kommunCentre(kommunCode);
  const status = overrides.status ?? "DRAFT";
  const now = clock.now();
  const id = overrides.id ?? newId();
  return {
    placement: {
      kind: "WORK_TRAINING",
      title: "Lagerarbete",
      description: "Du plockar och packar varor. Vi visar dig hur allt går till.",
      tasks: ["Plocka varor", "Packa lådor"],
      weekdays: WEEKDAYS_MON_FRI,
      hoursPerDayMin: 2,
      hoursPerDayMax: 4,
      capacity: 2,
      latitude: centre.latitude,
      longitude: centre.longitude,
      ...(status === "PUBLISHED" ? { publishedAt: now, confirmedAt: now } : {}),
      ...overrides,
      id,
      kommunCode,
      status,
    },
    adaptations: adaptationCodes.map((adaptationCode) => ({ placementId: id, adaptationCode })),
    occupationCards: occupationCardIds.map((occupationCardId) => ({ placementId: id, occupationCardId })),
  };
}

/**
 * buildPlacement's rows plus a SearchOutbox row, in one transaction. Without organizationId a new organisation is
 * created first.
 */
export async function createPlacement(db: Db, input: CreatePlacementInput = {}): Promise<Placement> {
  const organizationId = input.organizationId ?? (await createOrganization(db, { kommunCode: input.kommunCode ?? "2183" })).id;
  const { placement, adaptations, occupationCards } = buildPlacement({ ...input, organizationId });
  const [created] = await db.$transaction([
    db.placement.create({ data: placement }),
    ...insertRows(adaptations, (data) => db.placementAdaptation.createMany({ data })),
    ...insertRows(occupationCards, (data) => db.placementOccupationCard.createMany({ data })),
    db.searchOutbox.create({ data: { placementId: placement.id } }),
  ]);
  return created as Placement;
}

// ---------------------------------------------------------------- participants

export type CreateParticipantInput = Partial<Prisma.ParticipantCreateManyInput> & {
  coachId: string;
  adaptationNeeds?: { code: string; mustHave: boolean }[];
  /** Default for travelKind KOMMUNER: the participant's own kommun. */
  travelKommunCodes?: string[];
  avoidCardIds?: string[];
};

export interface ParticipantRows {
  participant: WithId<Prisma.ParticipantCreateManyInput>;
  travelKommuner: Prisma.ParticipantTravelKommunCreateManyInput[];
  adaptationNeeds: Prisma.ParticipantAdaptationNeedCreateManyInput[];
  avoidCards: Prisma.ParticipantAvoidCardCreateManyInput[];
}

export function buildParticipant(input: CreateParticipantInput): ParticipantRows {
  const { adaptationNeeds = [], travelKommunCodes, avoidCardIds = [], ...overrides } = input;
  const kommunCode = overrides.kommunCode ?? "2183";
  const travelKind = overrides.travelKind ?? (overrides.travelRadiusKm != null ? "RADIUS" : "KOMMUNER");
  const travel = travelKommunCodes ?? (travelKind === "KOMMUNER" ? [kommunCode] : []);
  const id = overrides.id ?? newId();
  return {
    participant: {
      code: `T-${uniq().toUpperCase()}`,
      displayName: "Alex",
      hoursPerDayMax: 4,
      weekdays: WEEKDAYS_MON_FRI,
      ...overrides,
      id,
      kommunCode,
      travelKind,
    },
    travelKommuner: travel.map((code) => ({ participantId: id, kommunCode: code })),
    adaptationNeeds: adaptationNeeds.map((n) => ({ participantId: id, adaptationCode: n.code, mustHave: n.mustHave })),
    avoidCards: avoidCardIds.map((occupationCardId) => ({ participantId: id, occupationCardId })),
  };
}

export async function createParticipant(db: Db, input: CreateParticipantInput): Promise<Participant> {
  const { participant, travelKommuner, adaptationNeeds, avoidCards } = buildParticipant(input);
  const [created] = await db.$transaction([
    db.participant.create({ data: participant }),
    ...insertRows(travelKommuner, (data) => db.participantTravelKommun.createMany({ data })),
    ...insertRows(adaptationNeeds, (data) => db.participantAdaptationNeed.createMany({ data })),
    ...insertRows(avoidCards, (data) => db.participantAvoidCard.createMany({ data })),
  ]);
  return created as Participant;
}

export interface CreateCardSortSessionInput {
  id?: string;
  participantId: string;
  coachId: string;
  /** answeredAt defaults to the session's start. */
  choices: { occupationCardId: string; answer: CardAnswer; comment?: string; answeredAt?: Date }[];
  startedAt?: Date;
  /** Default: startedAt (a finished session); pass null for one still open. */
  completedAt?: Date | null;
}

export interface CardSortSessionRows {
  session: WithId<Prisma.CardSortSessionCreateManyInput>;
  choices: Prisma.CardChoiceCreateManyInput[];
}

export function buildCardSortSession(input: CreateCardSortSessionInput, clock: Clock = systemClock): CardSortSessionRows {
  const id = input.id ?? newId();
  const startedAt = input.startedAt ?? clock.now();
  return {
    session: {
      id,
      participantId: input.participantId,
      coachId: input.coachId,
      startedAt,
      completedAt: input.completedAt === undefined ? startedAt : input.completedAt,
    },
    choices: input.choices.map((c) => ({
      sessionId: id,
      occupationCardId: c.occupationCardId,
      answer: c.answer,
      comment: c.comment ?? "",
      answeredAt: c.answeredAt ?? startedAt,
    })),
  };
}

export async function createCardSortSession(db: Db, input: CreateCardSortSessionInput): Promise<CardSortSession> {
  const { session, choices } = buildCardSortSession(input);
  const [created] = await db.$transaction([
    db.cardSortSession.create({ data: session }),
    ...insertRows(choices, (data) => db.cardChoice.createMany({ data })),
  ]);
  return created as CardSortSession;
}

export interface RecordConsentInput {
  id?: string;
  participantId: string;
  recordedById: string;
  scope?: ConsentScope; // default SHARE_WITH_EMPLOYER
  givenAt?: Date;
  withdrawnAt?: Date | null;
  withdrawnById?: string | null;
  note?: string;
  createdAt?: Date;
}

export function buildConsent(input: RecordConsentInput, clock: Clock = systemClock): WithId<Prisma.ConsentCreateManyInput> {
  return {
    id: input.id ?? newId(),
    participantId: input.participantId,
    recordedById: input.recordedById,
    scope: input.scope ?? "SHARE_WITH_EMPLOYER",
    givenAt: input.givenAt ?? clock.now(),
    withdrawnAt: input.withdrawnAt ?? null,
    withdrawnById: input.withdrawnAt ? (input.withdrawnById ?? input.recordedById) : null,
    note: input.note ?? "",
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
  };
}

export async function recordConsent(db: Db, input: RecordConsentInput): Promise<Consent> {
  return db.consent.create({ data: buildConsent(input) });
}

// ---------------------------------------------------------------- proposals and assignments

/** The forward pipeline; a proposal at status S has passed through every earlier step. */
export const PROPOSAL_PIPELINE: ProposalStatus[] = ["SUGGESTED", "CONTACTED", "VISIT", "TRIAL", "PLACED"];

/** The event path that leads to `status` (DECLINED/WITHDRAWN are reached from SUGGESTED here). */
export function proposalPath(status: ProposalStatus): ProposalStatus[] {
  const i = PROPOSAL_PIPELINE.indexOf(status);
  return i >= 0 ? PROPOSAL_PIPELINE.slice(0, i + 1) : ["SUGGESTED", status];
}

/** One step of a proposal's history; actor and time default to the proposer and the proposal's createdAt. */
export interface ProposalEventInput {
  toStatus: ProposalStatus;
  note?: string;
  actorId?: string;
  createdAt?: Date;
}

export type CreateProposalInput = Partial<Prisma.ProposalCreateManyInput> & {
  participantId: string;
  placementId: string;
  proposedById: string;
  /** The history, first step first; default: one event per step of proposalPath(status). */
  events?: ProposalEventInput[];
};

export interface ProposalRows {
  proposal: WithId<Prisma.ProposalCreateManyInput>;
  events: Prisma.ProposalEventCreateManyInput[];
}

export function buildProposal(input: CreateProposalInput, clock: Clock = systemClock): ProposalRows {
  const { events, ...fields } = input;
  const id = fields.id ?? newId();
  const status = fields.status ?? "SUGGESTED";
  const createdAt = fields.createdAt ? new Date(fields.createdAt) : clock.now();
  const steps: ProposalEventInput[] = events ?? proposalPath(status).map((toStatus) => ({ toStatus }));
  return {
    proposal: {
      ...fields,
      id,
      status,
      createdAt,
      answeredAt: fields.answeredAt ?? (["VISIT", "TRIAL", "PLACED", "DECLINED"].includes(status) ? createdAt : null),
      declineReason: fields.declineReason ?? (status === "DECLINED" ? "OTHER" : null),
    },
    events: steps.map((step, i) => ({
      proposalId: id,
      fromStatus: i === 0 ? null : steps[i - 1].toStatus,
      toStatus: step.toStatus,
      note: step.note ?? "",
      actorId: step.actorId ?? fields.proposedById,
      createdAt: step.createdAt ?? createdAt,
    })),
  };
}

/** A proposal plus its events (default: one per step of its path, all by proposedById, at createdAt). */
export async function createProposal(db: Db, input: CreateProposalInput): Promise<Proposal> {
  const { proposal, events } = buildProposal(input);
  const [created] = await db.$transaction([db.proposal.create({ data: proposal }), db.proposalEvent.createMany({ data: events })]);
  return created as Proposal;
}

export type CreateAssignmentInput = Partial<Prisma.AssignmentCreateManyInput> & {
  participantId: string;
  placementId: string;
};

/** An assignment (default ACTIVE, starting today, 3 h Mon–Fri). */
export function buildAssignment(input: CreateAssignmentInput, clock: Clock = systemClock): WithId<Prisma.AssignmentCreateManyInput> {
  return { startDate: toDbDate(today(clock)), hoursPerDay: 3, weekdays: WEEKDAYS_MON_FRI, ...input, id: input.id ?? newId() };
}

/** buildAssignment's row. Free spots of the placement change, so a SearchOutbox row goes in the same transaction. */
export async function createAssignment(db: Db, input: CreateAssignmentInput): Promise<Assignment> {
  const [assignment] = await db.$transaction([
    db.assignment.create({ data: buildAssignment(input) }),
    db.searchOutbox.create({ data: { placementId: input.placementId } }),
  ]);
  return assignment as Assignment;
}

export type CreateFollowUpInput = Partial<Prisma.FollowUpCreateManyInput> & {
  participantId: string;
  supportWorkerId: string;
  ratings?: Partial<Record<ProgressArea, number>>;
};

export interface FollowUpRows {
  followUp: WithId<Prisma.FollowUpCreateManyInput>;
  ratings: Prisma.ProgressRatingCreateManyInput[];
}

/** A follow-up (default today, workplace visit) with optional 1–10 progress ratings per area. */
export function buildFollowUp(input: CreateFollowUpInput, clock: Clock = systemClock): FollowUpRows {
  const { ratings = {}, ...fields } = input;
  const id = fields.id ?? newId();
  return {
    followUp: { date: toDbDate(today(clock)), mode: "WORKPLACE_VISIT", ...fields, id },
    ratings: (Object.entries(ratings) as [ProgressArea, number][]).map(([area, rating]) => ({ followUpId: id, area, rating })),
  };
}

export async function createFollowUp(db: Db, input: CreateFollowUpInput): Promise<FollowUp> {
  const { followUp, ratings } = buildFollowUp(input);
  const [created] = await db.$transaction([
    db.followUp.create({ data: followUp }),
    ...insertRows(ratings, (data) => db.progressRating.createMany({ data })),
  ]);
  return created as FollowUp;
}

// ---------------------------------------------------------------- attendance

export type CreateAttendanceDayInput = Partial<Prisma.AttendanceDayCreateManyInput> & { assignmentId: string };

/** A day of attendance (default today, 3 h = 180 minutes scheduled, all of them attended). */
export function buildAttendanceDay(input: CreateAttendanceDayInput, clock: Clock = systemClock): WithId<Prisma.AttendanceDayCreateManyInput> {
  const scheduledMinutes = input.scheduledMinutes ?? 180;
  return {
    date: toDbDate(today(clock)),
    attendedMinutes: scheduledMinutes,
    absenceReason: null,
    note: "",
    ...input,
    id: input.id ?? newId(),
    scheduledMinutes,
  };
}

export async function createAttendanceDay(db: Db, input: CreateAttendanceDayInput): Promise<AttendanceDay> {
  return db.attendanceDay.create({ data: buildAttendanceDay(input) });
}
