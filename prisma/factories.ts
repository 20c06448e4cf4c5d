// Factories for tests and seeds: insert rows with sensible defaults; every field can be overridden.
// No test framework here. Every write that creates or changes what a placement's search document holds also inserts
// a SearchOutbox row in the same transaction.
import { randomBytes } from "node:crypto";
import { systemClock, toDbDate, today } from "../lib/dates.ts";
import { hashPassword } from "./password.ts";
import {
  Prisma,
  type PrismaClient,
  type Assignment,
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

export const DEFAULT_TEST_PASSWORD = "stegvis-test";
export const WEEKDAYS_MON_FRI: Weekday[] = ["MON", "TUE", "WED", "THU", "FRI"];

/** A collision-resistant id in the style of Prisma's cuid() (so the row id is known before the insert). */
export function newId(): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const rand = BigInt(`0x${randomBytes(10).toString("hex")}`).toString(36).padStart(16, "0").slice(-15);
  return `c${time}${rand}`;
}

/** A short unique suffix for default names, codes and e-mail addresses. */
function uniq(): string {
  return randomBytes(4).toString("hex");
}

// ---------------------------------------------------------------- organisations and users

export async function createOrganization(
  db: Db,
  overrides: Partial<Prisma.OrganizationUncheckedCreateInput> = {},
): Promise<Organization> {
  return db.organization.create({
    data: {
      name: `Testföretaget ${uniq()} AB`,
      kind: "COMPANY",
      kommunCode: "2183",
      description: "En arbetsplats för tester.",
      address: "Storgatan 1",
      ...overrides,
    },
  });
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
}

export async function createUser(db: Db, input: CreateUserInput = {}): Promise<User> {
  const passwordHash = input.passwordHash ?? (await hashPassword(input.password ?? DEFAULT_TEST_PASSWORD));
  return db.user.create({
    data: {
      ...(input.id ? { id: input.id } : {}),
      email: (input.email ?? `user-${uniq()}@test.stegvis.se`).toLowerCase(),
      name: input.name ?? "Test Testsson",
      passwordHash,
      roles: input.roles ?? ["COACH"],
      active: input.active ?? true,
      ...(input.organizationIds?.length
        ? { memberships: { createMany: { data: input.organizationIds.map((organizationId) => ({ organizationId })) } } }
        : {}),
    },
  });
}

// ---------------------------------------------------------------- placements

export type CreatePlacementInput = Partial<Prisma.PlacementUncheckedCreateInput> & {
  adaptationCodes?: string[];
  occupationCardIds?: string[];
};

/**
 * A placement (default: a DRAFT work-training placement in Bollnäs, 2–4 h Mon–Fri, capacity 2, at the kommun centre)
 * plus its adaptations and yrkeskort and a SearchOutbox row, in one transaction. Without organizationId a new
 * organisation is created first. PUBLISHED placements get publishedAt/confirmedAt = now unless given.
 */
export async function createPlacement(db: Db, input: CreatePlacementInput = {}): Promise<Placement> {
  const { adaptationCodes = [], occupationCardIds = [], ...overrides } = input;
  const organizationId = overrides.organizationId ?? (await createOrganization(db, { kommunCode: overrides.kommunCode ?? "2183" })).id;
  const kommunCode = overrides.kommunCode ?? "2183";
  const centre = kommunCentre(kommunCode);
  const status = overrides.status ?? "DRAFT";
  const now = new Date();
  const id = overrides.id ?? newId();
  const data: Prisma.PlacementUncheckedCreateInput = {
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
    organizationId,
    kommunCode,
    status,
  };
  const [placement] = await db.$transaction([
    db.placement.create({ data }),
    ...(adaptationCodes.length
      ? [db.placementAdaptation.createMany({ data: adaptationCodes.map((adaptationCode) => ({ placementId: id, adaptationCode })) })]
      : []),
    ...(occupationCardIds.length
      ? [db.placementOccupationCard.createMany({ data: occupationCardIds.map((occupationCardId) => ({ placementId: id, occupationCardId })) })]
      : []),
    db.searchOutbox.create({ data: { placementId: id } }),
  ]);
  return placement as Placement;
}

// ---------------------------------------------------------------- participants

export type CreateParticipantInput = Partial<Prisma.ParticipantUncheckedCreateInput> & {
  coachId: string;
  adaptationNeeds?: { code: string; mustHave: boolean }[];
  /** Default for travelKind KOMMUNER: the participant's own kommun. */
  travelKommunCodes?: string[];
  avoidCardIds?: string[];
};

export async function createParticipant(db: Db, input: CreateParticipantInput): Promise<Participant> {
  const { adaptationNeeds = [], travelKommunCodes, avoidCardIds = [], ...overrides } = input;
  const kommunCode = overrides.kommunCode ?? "2183";
  const travelKind = overrides.travelKind ?? (overrides.travelRadiusKm != null ? "RADIUS" : "KOMMUNER");
  const travel = travelKommunCodes ?? (travelKind === "KOMMUNER" ? [kommunCode] : []);
  return db.participant.create({
    data: {
      code: `T-${uniq().toUpperCase()}`,
      displayName: "Alex",
      hoursPerDayMax: 4,
      weekdays: WEEKDAYS_MON_FRI,
      ...overrides,
      kommunCode,
      travelKind,
      ...(travel.length ? { travelKommuner: { createMany: { data: travel.map((code) => ({ kommunCode: code })) } } } : {}),
      ...(adaptationNeeds.length
        ? { adaptationNeeds: { createMany: { data: adaptationNeeds.map((n) => ({ adaptationCode: n.code, mustHave: n.mustHave })) } } }
        : {}),
      ...(avoidCardIds.length ? { avoidCards: { createMany: { data: avoidCardIds.map((occupationCardId) => ({ occupationCardId })) } } } : {}),
    },
  });
}

export interface CreateCardSortSessionInput {
  participantId: string;
  coachId: string;
  choices: { occupationCardId: string; answer: CardAnswer; comment?: string }[];
  startedAt?: Date;
  /** Default: startedAt (a finished session); pass null for one still open. */
  completedAt?: Date | null;
}

export async function createCardSortSession(db: Db, input: CreateCardSortSessionInput): Promise<CardSortSession> {
  const startedAt = input.startedAt ?? new Date();
  return db.cardSortSession.create({
    data: {
      participantId: input.participantId,
      coachId: input.coachId,
      startedAt,
      completedAt: input.completedAt === undefined ? startedAt : input.completedAt,
      choices: {
        createMany: {
          data: input.choices.map((c) => ({ occupationCardId: c.occupationCardId, answer: c.answer, comment: c.comment ?? "", answeredAt: startedAt })),
        },
      },
    },
  });
}

export interface RecordConsentInput {
  participantId: string;
  recordedById: string;
  scope?: ConsentScope; // default SHARE_WITH_EMPLOYER
  givenAt?: Date;
  withdrawnAt?: Date | null;
  withdrawnById?: string | null;
  note?: string;
}

export async function recordConsent(db: Db, input: RecordConsentInput): Promise<Consent> {
  return db.consent.create({
    data: {
      participantId: input.participantId,
      recordedById: input.recordedById,
      scope: input.scope ?? "SHARE_WITH_EMPLOYER",
      givenAt: input.givenAt ?? new Date(),
      withdrawnAt: input.withdrawnAt ?? null,
      withdrawnById: input.withdrawnAt ? (input.withdrawnById ?? input.recordedById) : null,
      note: input.note ?? "",
    },
  });
}

// ---------------------------------------------------------------- proposals and assignments

/** The forward pipeline; a proposal at status S has passed through every earlier step. */
export const PROPOSAL_PIPELINE: ProposalStatus[] = ["SUGGESTED", "CONTACTED", "VISIT", "TRIAL", "PLACED"];

/** The event path that leads to `status` (DECLINED/WITHDRAWN are reached from SUGGESTED here). */
export function proposalPath(status: ProposalStatus): ProposalStatus[] {
  const i = PROPOSAL_PIPELINE.indexOf(status);
  return i >= 0 ? PROPOSAL_PIPELINE.slice(0, i + 1) : ["SUGGESTED", status];
}

export type CreateProposalInput = Partial<Prisma.ProposalUncheckedCreateInput> & {
  participantId: string;
  placementId: string;
  proposedById: string;
};

/** A proposal plus one ProposalEvent per step of its path (all by proposedById, at createdAt). */
export async function createProposal(db: Db, input: CreateProposalInput): Promise<Proposal> {
  const status = input.status ?? "SUGGESTED";
  const createdAt = input.createdAt ? new Date(input.createdAt) : new Date();
  const path = proposalPath(status);
  return db.proposal.create({
    data: {
      ...input,
      status,
      createdAt,
      answeredAt: input.answeredAt ?? (["VISIT", "TRIAL", "PLACED", "DECLINED"].includes(status) ? createdAt : null),
      declineReason: input.declineReason ?? (status === "DECLINED" ? "OTHER" : null),
      events: {
        createMany: {
          data: path.map((toStatus, i) => ({
            fromStatus: i === 0 ? null : path[i - 1],
            toStatus,
            actorId: input.proposedById,
            createdAt,
          })),
        },
      },
    },
  });
}

export type CreateAssignmentInput = Partial<Prisma.AssignmentUncheckedCreateInput> & {
  participantId: string;
  placementId: string;
};

/**
 * An assignment (default ACTIVE, starting today, 3 h Mon–Fri). Free spots of the placement change, so a SearchOutbox
 * row for the placement is written in the same transaction.
 */
export async function createAssignment(db: Db, input: CreateAssignmentInput): Promise<Assignment> {
  const [assignment] = await db.$transaction([
    db.assignment.create({
      data: { startDate: toDbDate(today(systemClock)), hoursPerDay: 3, weekdays: WEEKDAYS_MON_FRI, ...input },
    }),
    db.searchOutbox.create({ data: { placementId: input.placementId } }),
  ]);
  return assignment as Assignment;
}

export type CreateFollowUpInput = Partial<Prisma.FollowUpUncheckedCreateInput> & {
  participantId: string;
  supportWorkerId: string;
  ratings?: Partial<Record<ProgressArea, number>>;
};

/** A follow-up (default today, workplace visit) with optional 1–10 progress ratings per area. */
export async function createFollowUp(db: Db, input: CreateFollowUpInput): Promise<FollowUp> {
  const { ratings = {}, ...data } = input;
  const entries = Object.entries(ratings) as [ProgressArea, number][];
  return db.followUp.create({
    data: {
      date: toDbDate(today(systemClock)),
      mode: "WORKPLACE_VISIT",
      ...data,
      ...(entries.length ? { ratings: { createMany: { data: entries.map(([area, rating]) => ({ area, rating })) } } } : {}),
    },
  });
}
