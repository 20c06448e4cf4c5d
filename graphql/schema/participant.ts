import DataLoader from "dataloader";
import { Prisma, type ConsentScope as ConsentScopeCode } from "../../generated/prisma/client.ts";
import type { GraphQLResolveInfo } from "graphql";
import { auditRow, logParticipantReads, logRead } from "../audit.ts";
import { builder, FIELD_COST } from "../builder.ts";
import type { Context, Viewer } from "../context.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { allow } from "../policy.ts";
import { parseInput } from "../validation/parse.ts";
import { CONSENT_ALREADY_ACTIVE, PARTICIPANT_LIMITS, recordConsentInput } from "../validation/participant.ts";
import { OPEN_STATUSES } from "../../lib/proposal-status.ts";
import { tableOf, type Db } from "../../prisma/db.ts";
import { checkPaging, MAX_PAGE_SIZE, Weekday } from "./placement.ts";
import "./reference.ts";

/**
 * How the viewer may see a participant. CASELOAD: their own coach; their SE-handledare while the participant's consent
 * to share with the support worker stands: the whole profile. SHARED: a member of an organisation with an open
 * proposal (before placement) or a live assignment (active or paused) for the participant at one of its placements,
 * while the participant's consent to share with employers stands: first name, hours and workplace needs only.
 * CONTACT_WITH_AUTHORITIES opens nothing here: no authority signs in to Stegvis.
 */
export type ParticipantAccess = "CASELOAD" | "SHARED";

const LIVE_ASSIGNMENTS = ["ACTIVE", "PAUSED"] as const;
const accessByRow = new WeakMap<object, ParticipantAccess>();

/** Fields check this; a participant row that no access check has tagged shows nothing (fail closed). */
export const accessOf = (row: object): ParticipantAccess | null => accessByRow.get(row) ?? null;

const consentStands = (scope: ConsentScopeCode): Prisma.ParticipantWhereInput => ({ consents: { some: { scope, withdrawnAt: null } } });

export function caseloadWhere(viewer: Viewer): Prisma.ParticipantWhereInput {
  const or: Prisma.ParticipantWhereInput[] = [];
  if (viewer.userId && viewer.roles.includes("COACH")) or.push({ coachId: viewer.userId });
  if (viewer.userId && viewer.roles.includes("SUPPORT_WORKER")) {
    or.push({ supportWorkerId: viewer.userId, ...consentStands("SHARE_WITH_SUPPORT_WORKER") });
  }
  return or.length ? { OR: or } : { id: { in: [] } };
}

/**
 * caseloadWhere as SQL over the participant aliased `p`, for a statement that decides access and reads in the same
 * breath (the `matches` profile, graphql/match-profile.ts). The two must say the same thing:
 * tests/graphql/caseload-sql.test.ts asks both about every kind of viewer and participant.
 */
export function caseloadSql(db: Db, viewer: Viewer): Prisma.Sql {
  const or: Prisma.Sql[] = [];
  if (viewer.userId && viewer.roles.includes("COACH")) or.push(Prisma.sql`p."coachId" = ${viewer.userId}`);
  if (viewer.userId && viewer.roles.includes("SUPPORT_WORKER")) {
    or.push(Prisma.sql`(p."supportWorkerId" = ${viewer.userId} AND EXISTS (SELECT FROM ${tableOf(db, "Consent")} c
      WHERE c."participantId" = p.id AND c.scope = 'SHARE_WITH_SUPPORT_WORKER' AND c."withdrawnAt" IS NULL))`);
  }
  return or.length ? Prisma.sql`(${Prisma.join(or, " OR ")})` : Prisma.sql`false`;
}

/** A PLACED proposal shares nothing by itself: its assignment does, while it is live. */
export function employerShareWhere(organizationIds: string[]): Prisma.ParticipantWhereInput {
  const atOrganization = { placement: { organizationId: { in: organizationIds } } };
  return {
    ...consentStands("SHARE_WITH_EMPLOYER"),
    OR: [
      { proposals: { some: { status: { in: [...OPEN_STATUSES] }, ...atOrganization } } },
      { assignments: { some: { status: { in: [...LIVE_ASSIGNMENTS] }, ...atOrganization } } },
    ],
  };
}

/** The viewer's access to each of `participantIds` (absent: none), in at most two statements whatever their number. */
async function decideAccess({ viewer, db }: Context, participantIds: readonly string[]): Promise<Map<string, ParticipantAccess>> {
  const access = new Map<string, ParticipantAccess>();
  if (!viewer || participantIds.length === 0) return access;
  const inCaseload = await db.participant.findMany({ where: { AND: [{ id: { in: [...participantIds] } }, caseloadWhere(viewer)] }, select: { id: true } });
  for (const { id } of inCaseload) access.set(id, "CASELOAD");
  const rest = participantIds.filter((id) => !access.has(id));
  if (rest.length && viewer.roles.includes("ORG_MEMBER") && viewer.organizationIds.length) {
    const shared = await db.participant.findMany({ where: { AND: [{ id: { in: rest } }, employerShareWhere(viewer.organizationIds)] }, select: { id: true } });
    for (const { id } of shared) access.set(id, "SHARED");
  }
  return access;
}

type AccessLoader = DataLoader<string, ParticipantAccess | null>;
const decided = new WeakMap<Context, Map<string | number, AccessLoader>>();

/** One loader per root field of the request: the participants its fields ask about are decided together. */
function accessLoader(context: Context, rootKey: string | number): AccessLoader {
  let byRoot = decided.get(context);
  if (!byRoot) decided.set(context, (byRoot = new Map()));
  let loader = byRoot.get(rootKey);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const access = await decideAccess(context, ids);
      return ids.map((id) => access.get(id) ?? null);
    });
    byRoot.set(rootKey, loader);
  }
  return loader;
}

/**
 * The viewer's access to one participant, or null: the single place these rules are decided. Fields pass their
 * `info`, so the answer is reused within one root field of the operation, and the participants of a list's rows are
 * decided in one batch; a mutation writes before its fields resolve, and each root field (a later mutation too)
 * decides afresh. Without `info` (a root resolver) it decides now.
 */
export async function participantAccess(context: Context, participantId: string, info?: GraphQLResolveInfo): Promise<ParticipantAccess | null> {
  if (!info) return (await decideAccess(context, [participantId])).get(participantId) ?? null;
  let path = info.path;
  while (path.prev) path = path.prev;
  return accessLoader(context, path.key).load(participantId);
}

/**
 * Text about a participant kept on another row (a proposal's message, its step notes, the arbetsplan): given only
 * while the viewer may see the participant, and every read logged, once per request and row.
 */
export async function readAboutParticipant(
  context: Context,
  info: GraphQLResolveInfo,
  about: { participantId: string; entity: string; entityId: string; purpose: string },
): Promise<boolean> {
  if (!(await participantAccess(context, about.participantId, info))) return false;
  await logRead(context, about);
  return true;
}

/**
 * The rows a cursor page shows of those its query returned: the connection asks for one row more than the page
 * (|take| = size + 1, negative when paging backwards) to learn whether another page follows, and drops it.
 */
function pageOf<T>(rows: T[], take: number): T[] {
  if (rows.length < Math.abs(take)) return rows;
  return take < 0 ? rows.slice(1) : rows.slice(0, -1);
}

export function grant<T extends object>(row: T, access: ParticipantAccess): T {
  accessByRow.set(row, access);
  return row;
}

export const caseloadOnly = { authScopes: (row: object) => accessOf(row) === "CASELOAD" };
const sharedToo = { authScopes: (row: object) => accessOf(row) !== null };

export const AdaptationNeed = builder.prismaObject("ParticipantAdaptationNeed", {
  name: "AdaptationNeed",
  description: "A need phrased as a workplace adaptation; never a diagnosis.",
  authScopes: { loggedIn: true },
  fields: (t) => ({
    adaptation: t.relation("adaptation"),
    mustHave: t.exposeBoolean("mustHave"),
  }),
});

export const Consent = builder.prismaObject("Consent", {
  authScopes: { coach: true, supportWorker: true, admin: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    scope: t.exposeString("scope", { description: "SHARE_WITH_EMPLOYER | SHARE_WITH_SUPPORT_WORKER | CONTACT_WITH_AUTHORITIES" }),
    givenAt: t.expose("givenAt", { type: "DateTime" }),
    withdrawnAt: t.expose("withdrawnAt", { type: "DateTime", nullable: true }),
    note: t.exposeString("note"),
    active: t.boolean({ resolve: (consent) => consent.withdrawnAt === null }),
  }),
});

export const Participant = builder.prismaObject("Participant", {
  authScopes: { loggedIn: true },
  fields: (t) => ({
    id: t.exposeID("id", sharedToo),
    displayName: t.exposeString("displayName", { ...sharedToo, description: "First name or chosen name" }),
    hoursPerDayMax: t.exposeFloat("hoursPerDayMax", sharedToo),
    weekdays: t.field({ type: [Weekday], ...sharedToo, resolve: (p) => p.weekdays }),
    adaptationNeeds: t.relation("adaptationNeeds", { ...sharedToo, query: { orderBy: { adaptation: { sortOrder: "asc" } } } }),
    code: t.exposeString("code", { ...caseloadOnly, description: "Pseudonymous code; never a personnummer" }),
    kommunCode: t.exposeString("kommunCode", caseloadOnly),
    stage: t.exposeString("stage", caseloadOnly),
    interests: t.exposeStringList("interests", caseloadOnly),
    interestsText: t.exposeString("interestsText", caseloadOnly),
    goals: t.exposeString("goals", caseloadOnly),
    avoidAreas: t.exposeStringList("avoidAreas", caseloadOnly),
    avoidText: t.exposeString("avoidText", caseloadOnly),
    travelKind: t.exposeString("travelKind", caseloadOnly),
    travelRadiusKm: t.exposeFloat("travelRadiusKm", { ...caseloadOnly, nullable: true }),
    travelKommunCodes: t.stringList({
      ...caseloadOnly,
      select: { travelKommuner: { select: { kommunCode: true } } },
      resolve: (p) => p.travelKommuner.map((k) => k.kommunCode),
    }),
    consents: t.relation("consents", { ...caseloadOnly, query: { orderBy: { givenAt: "desc" } } }),
  }),
});

export async function requireCoachOf(context: Context, participantId: string): Promise<void> {
  const participant = await context.db.participant.findUnique({ where: { id: participantId }, select: { coachId: true } });
  if (!participant) throw new NotFoundError("Deltagaren");
  if (participant.coachId !== context.viewer?.userId) throw new ForbiddenError("Bara deltagarens egen jobbcoach kan göra det här.");
}

/** Admins, and the participant's own coach, may produce the log extract and the data export. */
async function requireAdminOrCoachOf(context: Context, participantId: string): Promise<void> {
  if (context.viewer?.roles.includes("ADMIN")) {
    if (!(await context.db.participant.count({ where: { id: participantId } }))) throw new NotFoundError("Deltagaren");
    return;
  }
  await requireCoachOf(context, participantId);
}

export const AuditEvent = builder.prismaObject("AuditEvent", {
  authScopes: { admin: true, coach: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    action: t.exposeString("action", { description: "READ | CREATE | UPDATE | DELETE | EXPORT" }),
    entity: t.exposeString("entity"),
    entityId: t.exposeString("entityId"),
    purpose: t.exposeString("purpose"),
    requestId: t.exposeString("requestId", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    actorName: t.string({
      nullable: true,
      select: { actor: { select: { name: true } } },
      resolve: (event) => event.actor?.name ?? null,
    }),
    viaApiToken: t.boolean({ resolve: (event) => event.apiTokenId !== null }),
  }),
});

export const ConsentScope = builder.enumType("ConsentScope", {
  values: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER", "CONTACT_WITH_AUTHORITIES"] as const,
});

const RecordConsentInput = builder.inputType("RecordConsentInput", {
  fields: (t) => ({
    participantId: t.id({ required: true }),
    scope: t.field({ type: ConsentScope, required: true }),
    givenAt: t.field({ type: "DateTime", required: false, description: "When the participant gave it; absent means now" }),
    note: t.string({ required: false, description: `At most ${PARTICIPANT_LIMITS.noteMax} characters` }),
  }),
});

builder.queryFields((t) => ({
  participants: t.prismaConnection(
    {
      type: Participant,
      cursor: "id",
      defaultSize: 50,
      maxSize: MAX_PAGE_SIZE,
      description: "Only the caller's own caseload (coach or support worker); nobody else's.",
      authScopes: allow("Query.participants"),
      totalCount: (_parent, _args, context) => context.db.participant.count({ where: caseloadWhere(context.viewer!) }),
      resolve: async (query, _root, args, context) => {
        checkPaging({ first: args.first, last: args.last });
        const rows = await context.db.participant.findMany({
          ...query,
          where: caseloadWhere(context.viewer!),
          orderBy: [{ displayName: "asc" }, { id: "asc" }],
        });
        const shown = pageOf(rows, query.take).map((row) => grant(row, "CASELOAD"));
        await logParticipantReads(context, shown.map((p) => p.id), "Visa min deltagarlista");
        return rows;
      },
    },
    { name: "ParticipantConnection" },
  ),
  participant: t.prismaField({
    type: Participant,
    nullable: true,
    authScopes: allow("Query.participant"),
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const id = String(args.id);
      // Existence first (null for an unknown id, whoever asks), then access; a row the caller may not see is dropped.
      const row = await context.db.participant.findUnique({ ...query, where: { id } });
      if (!row) return null;
      const access = await participantAccess(context, id);
      if (!access) throw new ForbiddenError("Du arbetar inte med den här deltagaren, eller så finns inget samtycke till att dela uppgifterna.");
      await logParticipantReads(context, [id], access === "CASELOAD" ? "Visa deltagarprofil" : "Visa delade uppgifter för förslag eller insats");
      return grant(row, access);
    },
  }),
  participantAuditLog: t.prismaField({
    type: [AuditEvent],
    description: "Loggutdrag: every logged read and change of one participant's data, newest first. Itself logged.",
    authScopes: allow("Query.participantAuditLog"),
    complexity: FIELD_COST.auditLog,
    args: { participantId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const participantId = String(args.participantId);
      await requireAdminOrCoachOf(context, participantId);
      await context.db.auditEvent.create({
        data: auditRow(context, { action: "EXPORT", entity: "AuditLog", entityId: participantId, participantId, purpose: "Loggutdrag" }),
      });
      return context.db.auditEvent.findMany({ ...query, where: { participantId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    },
  }),
  participantDataExport: t.string({
    description: "Everything held about one participant, as JSON (a GDPR access request). Itself logged.",
    authScopes: allow("Query.participantDataExport"),
    complexity: FIELD_COST.dataExport,
    args: { participantId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const participantId = String(args.participantId);
      await requireAdminOrCoachOf(context, participantId);
      await context.db.auditEvent.create({
        data: auditRow(context, { action: "EXPORT", entity: "Participant", entityId: participantId, participantId, purpose: "Registerutdrag (GDPR)" }),
      });
      const data = await context.db.participant.findUniqueOrThrow({
        where: { id: participantId },
        include: {
          kommun: true,
          travelKommuner: true,
          adaptationNeeds: { include: { adaptation: true } },
          avoidCards: { include: { occupationCard: true } },
          handovers: true,
          cardSortSessions: { include: { choices: { include: { occupationCard: true } } } },
          consents: true,
          proposals: { include: { events: true, placement: { select: { id: true, title: true, organization: { select: { name: true } } } } } },
          assignments: {
            include: { attendanceDays: true, monthlyReports: { include: { versions: true } }, followUps: { include: { ratings: true } } },
          },
          followUps: { include: { ratings: true } },
          auditEvents: { orderBy: { createdAt: "asc" } },
        },
      });
      return JSON.stringify({ exportedAt: new Date().toISOString(), participant: data }, null, 2);
    },
  }),
}));

builder.mutationFields((t) => ({
  recordConsent: t.prismaField({
    type: Consent,
    description:
      "The participant's own coach records a consent. One active consent per scope: a second one is refused (VALIDATION_FAILED at `scope`); nothing is written.",
    authScopes: allow("Mutation.recordConsent"),
    args: { input: t.arg({ type: RecordConsentInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const participantId = String(input.participantId);
      await requireCoachOf(context, participantId);
      const { givenAt, note } = parseInput(recordConsentInput, { givenAt: input.givenAt, note: input.note });
      return context.db.$transaction(async (tx) => {
        // Writing the participant's row first locks it until commit: two recordings at once take turns, and the second
        // sees the first's consent. (A consent is a change to the participant's data, so updatedAt moves rightly.)
        await tx.participant.update({ where: { id: participantId }, data: { updatedAt: new Date() }, select: { id: true } });
        if (await tx.consent.count({ where: { participantId, scope: input.scope, withdrawnAt: null } })) {
          throw new ValidationError([{ field: "scope", message: CONSENT_ALREADY_ACTIVE }]);
        }
        const consent = await tx.consent.create({
          ...query,
          data: { participantId, scope: input.scope, givenAt, note, recordedById: context.viewer!.userId! },
        });
        await tx.auditEvent.create({
          data: auditRow(context, { action: "CREATE", entity: "Consent", entityId: consent.id, participantId, purpose: "Registrera samtycke" }),
        });
        return consent;
      });
    },
  }),
  withdrawConsent: t.prismaField({
    type: Consent,
    description: "Takes effect at once for every later read.",
    authScopes: allow("Mutation.withdrawConsent"),
    args: { consentId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const existing = await context.db.consent.findUnique({ where: { id: String(args.consentId) } });
      if (!existing) throw new NotFoundError("Samtycket");
      await requireCoachOf(context, existing.participantId);
      if (existing.withdrawnAt) throw new ValidationError([{ field: "consentId", message: "Samtycket är redan återkallat." }]);
      return context.db.$transaction(async (tx) => {
        const consent = await tx.consent.update({
          ...query,
          where: { id: existing.id },
          data: { withdrawnAt: new Date(), withdrawnById: context.viewer!.userId },
        });
        await tx.auditEvent.create({
          data: auditRow(context, {
            action: "UPDATE",
            entity: "Consent",
            entityId: consent.id,
            participantId: existing.participantId,
            purpose: "Återkalla samtycke",
          }),
        });
        return consent;
      });
    },
  }),
}));
