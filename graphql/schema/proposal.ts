/**
 * Proposals (förslag): a coach proposes a participant of their caseload for a placement, the placement's organisation
 * answers, and the pipeline SUGGESTED → CONTACTED → VISIT → TRIAL → PLACED (or DECLINED / WITHDRAWN) follows. Every
 * transition writes a ProposalEvent and an audit row in its own transaction. Who sees a proposal: the participant's
 * caseload (caseloadWhere) and members of the placement's organisation; the participant on it, the message and the
 * step notes resolve through participantAccess, so an organisation sees exactly the consented fields, and only while
 * the consent stands and the proposal is open or its assignment live. Each of those reads is logged.
 * Checks run existence first (NOT_FOUND for an unknown id, whoever asks), then row rights, then state.
 */
import type { Prisma, ProposalStatus as ProposalStatusCode } from "../../generated/prisma/client.ts";
import type { GraphQLResolveInfo } from "graphql";
import { auditRow, logRead } from "../audit.ts";
import { builder } from "../builder.ts";
import type { Context, Viewer } from "../context.ts";
import { ConflictError, ConsentRequiredError, ForbiddenError, NotFoundError } from "../errors.ts";
import { allow } from "../policy.ts";
import { parseInput } from "../validation/parse.ts";
import { daysBetweenMoments } from "../../lib/dates.ts";
import { advanceSteps, isOpenStatus, OPEN_STATUSES, PIPELINE, proposalStatuses } from "../../lib/proposal-status.ts";
import { advanceInput, answerInput, declineReasons, OVERDUE_AFTER_DAYS, proposeInput, withdrawInput } from "../validation/proposal.ts";
import { caseloadWhere, grant, Participant, participantAccess, readAboutParticipant } from "./participant.ts";
import { checkPaging, MAX_PAGE_SIZE } from "./placement.ts";

type Tx = Prisma.TransactionClient;

export const ProposalStatus = builder.enumType("ProposalStatus", { values: proposalStatuses });
export const DeclineReason = builder.enumType("DeclineReason", { values: declineReasons });
const ProposalAnswer = builder.enumType("ProposalAnswer", {
  values: {
    YES: { description: "Yes: the proposal moves to CONTACTED" },
    NO: { description: "No, with a reason: DECLINED" },
    MEET: { description: "Let's meet: a studiebesök, VISIT" },
  },
});
const ProposalStep = builder.enumType("ProposalStep", { values: advanceSteps, description: "Steps a coach moves a proposal to by hand" });

// ---------------------------------------------------------------- who sees what

/** Proposals the viewer may see: their caseload's, and those at their organisations' placements. */
export function visibleProposals(viewer: Viewer): Prisma.ProposalWhereInput {
  const or: Prisma.ProposalWhereInput[] = [{ participant: caseloadWhere(viewer) }];
  if (viewer.roles.includes("ORG_MEMBER") && viewer.organizationIds.length) {
    or.push({ placement: { organizationId: { in: viewer.organizationIds } } });
  }
  return { OR: or };
}

const isMember = (context: Context, organizationId: string) => context.viewer?.organizationIds.includes(organizationId) ?? false;
const isCoach = (context: Context, coachId: string) => context.viewer?.userId != null && context.viewer.userId === coachId;

const withParties = { placement: true, participant: { select: { coachId: true, supportWorkerId: true, stage: true } } } satisfies Prisma.ProposalInclude;
export type ProposalWithParties = Prisma.ProposalGetPayload<{ include: typeof withParties }>;

/** The proposal with its placement and the participant's coach; NOT_FOUND for an unknown id. */
export async function loadProposal(context: Context, id: string): Promise<ProposalWithParties> {
  const proposal = await context.db.proposal.findUnique({ where: { id }, include: withParties });
  if (!proposal) throw new NotFoundError("Förslaget");
  return proposal;
}

export function requireProposalCoach(context: Context, proposal: ProposalWithParties): void {
  if (!isCoach(context, proposal.participant.coachId)) throw new ForbiddenError("Bara deltagarens egen jobbcoach kan göra det här.");
}

function requireProposalMember(context: Context, proposal: ProposalWithParties): void {
  if (!isMember(context, proposal.placement.organizationId)) throw new ForbiddenError("Bara arbetsplatsen som fått förslaget kan svara på det.");
  // Every step names the person who took it; an API token has no person behind it.
  if (!context.viewer?.userId) throw new ForbiddenError("Ett förslag besvaras av en person. Logga in för att svara.");
}

/** Moves a proposal and records the step (event and audit row); call inside the write's transaction. */
export async function recordTransition(
  tx: Tx,
  context: Context,
  proposal: { id: string; status: ProposalStatusCode; participantId: string },
  to: ProposalStatusCode,
  note: string,
  data: Prisma.ProposalUncheckedUpdateInput = {},
  purpose = "Ändra förslag",
): Promise<void> {
  // The status in `where` makes a concurrent step fail instead of being overwritten.
  const moved = await tx.proposal.updateMany({ where: { id: proposal.id, status: proposal.status }, data: { ...data, status: to } });
  if (moved.count !== 1) throw new ConflictError("Förslaget ändrades av någon annan nyss. Ladda om sidan och försök igen.");
  await tx.proposalEvent.create({ data: { proposalId: proposal.id, fromStatus: proposal.status, toStatus: to, note, actorId: context.viewer!.userId! } });
  await tx.auditEvent.create({
    data: auditRow(context, { action: "UPDATE", entity: "Proposal", entityId: proposal.id, participantId: proposal.participantId, purpose }),
  });
}

/**
 * Resolves the participant of a proposal or assignment through participantAccess: tagged for the field rules, the
 * read logged, or null when the viewer may not see them (e.g. the consent was withdrawn).
 */
export function consentedParticipant(caseloadPurpose: string, sharedPurpose: string) {
  return async <T extends object>(row: { participantId: string; participant: T }, _args: object, context: Context, info: GraphQLResolveInfo): Promise<T | null> => {
    const access = await participantAccess(context, row.participantId, info);
    if (!access) return null;
    const { participantId } = row;
    await logRead(context, { entity: "Participant", entityId: participantId, participantId, purpose: access === "CASELOAD" ? caseloadPurpose : sharedPurpose });
    return grant(row.participant, access);
  };
}

/** The message and the step notes are about the participant: read under the participant's access, logged together. */
const proposalText = (context: Context, info: GraphQLResolveInfo, proposal: { id: string; participantId: string }) =>
  readAboutParticipant(context, info, { participantId: proposal.participantId, entity: "Proposal", entityId: proposal.id, purpose: "Läsa förslagets meddelande och anteckningar" });

// ---------------------------------------------------------------- types

export const ProposalEvent = builder.prismaObject("ProposalEvent", {
  description: "One step of a proposal: from, to, the note written with it, who and when.",
  authScopes: { loggedIn: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    fromStatus: t.field({ type: ProposalStatus, nullable: true, resolve: (e) => e.fromStatus }),
    toStatus: t.field({ type: ProposalStatus, resolve: (e) => e.toStatus }),
    note: t.string({
      nullable: true,
      description: "Seen by both the coach and the organisation; null once the caller may no longer see the participant",
      select: { proposal: { select: { id: true, participantId: true } } },
      resolve: async (e, _args, context, info) => ((await proposalText(context, info, e.proposal)) ? e.note : null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    actorName: t.string({ select: { actor: { select: { name: true } } }, resolve: (e) => e.actor.name }),
  }),
});

export const Proposal = builder.prismaObject("Proposal", {
  // Row visibility (visibleProposals) is applied by every query that loads proposals.
  authScopes: { loggedIn: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    status: t.field({ type: ProposalStatus, resolve: (p) => p.status }),
    message: t.string({
      nullable: true,
      description:
        "The coach's message to the workplace; written for the employer, so the organisation sees it too. Null once the caller may no longer see the participant",
      resolve: async (p, _args, context, info) => ((await proposalText(context, info, p)) ? p.message : null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true, description: "When the organisation answered" }),
    declineReason: t.field({ type: DeclineReason, nullable: true, resolve: (p) => p.declineReason }),
    daysWaiting: t.int({
      description: "Whole days the proposal has waited for the organisation's answer: until now while it waits, else until it was answered or moved on",
      select: { createdAt: true, answeredAt: true, events: { where: { fromStatus: "SUGGESTED" }, select: { createdAt: true }, take: 1 } },
      resolve: (p, _args, context) => daysBetweenMoments(p.createdAt, p.answeredAt ?? p.events[0]?.createdAt ?? context.clock.now()),
    }),
    awaitingAnswer: t.boolean({ description: "Still SUGGESTED, with no answer", resolve: (p) => p.status === "SUGGESTED" && p.answeredAt === null }),
    overdue: t.boolean({
      description: `No answer after ${OVERDUE_AFTER_DAYS} days: flagged to both sides`,
      resolve: (p, _args, context) =>
        p.status === "SUGGESTED" && p.answeredAt === null && daysBetweenMoments(p.createdAt, context.clock.now()) >= OVERDUE_AFTER_DAYS,
    }),
    placement: t.relation("placement"),
    participant: t.field({
      type: Participant,
      nullable: true,
      description: "The caseload sees the profile; the organisation only the consented fields, and nothing once the consent is withdrawn",
      select: (_args, _context, nested) => ({ participant: nested() }),
      resolve: consentedParticipant("Visa förslag", "Visa delade uppgifter i förslag"),
    }),
    events: t.relation("events", { query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }),
    assignment: t.relation("assignment", { nullable: true }),
    proposedByName: t.string({ select: { proposedBy: { select: { name: true } } }, resolve: (p) => p.proposedBy.name }),
    viewerIsCoach: t.boolean({
      description: "The caller is the participant's own coach (moves the proposal on)",
      select: { participant: { select: { coachId: true } } },
      resolve: (p, _args, context) => isCoach(context, p.participant.coachId),
    }),
    viewerCanAnswer: t.boolean({
      description: "The caller belongs to the placement's organisation and the proposal awaits its answer",
      select: { placement: { select: { organizationId: true } } },
      resolve: (p, _args, context) =>
        isMember(context, p.placement.organizationId) && p.answeredAt === null && (p.status === "SUGGESTED" || p.status === "CONTACTED"),
    }),
  }),
});

// ---------------------------------------------------------------- queries

function proposalsWhere(context: Context, args: { status?: ProposalStatusCode | null; open?: boolean | null }): Prisma.ProposalWhereInput {
  const open = { status: { in: [...OPEN_STATUSES] } };
  return {
    AND: [visibleProposals(context.viewer!), args.status ? { status: args.status } : {}, args.open == null ? {} : args.open ? open : { NOT: open }],
  };
}

builder.queryFields((t) => ({
  proposals: t.prismaConnection(
    {
      type: Proposal,
      cursor: "id",
      defaultSize: 50,
      maxSize: MAX_PAGE_SIZE,
      description: "A coach's or support worker's caseload's proposals, and those at the caller's organisations' placements; newest first.",
      authScopes: allow("Query.proposals"),
      args: {
        status: t.arg({ type: ProposalStatus, required: false }),
        open: t.arg.boolean({ required: false, description: `true: only open proposals (${OPEN_STATUSES.join(", ")}); false: only the others` }),
      },
      totalCount: (_parent, args, context) => context.db.proposal.count({ where: proposalsWhere(context, args) }),
      resolve: (query, _root, args, context) => {
        checkPaging({ first: args.first, last: args.last });
        return context.db.proposal.findMany({ ...query, where: proposalsWhere(context, args), orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
      },
    },
    { name: "ProposalConnection" },
  ),
  proposal: t.prismaField({
    type: Proposal,
    nullable: true,
    authScopes: allow("Query.proposal"),
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const id = String(args.id);
      const row = await context.db.proposal.findUnique({ ...query, where: { id } });
      if (!row) return null;
      const visible = await context.db.proposal.count({ where: { AND: [{ id }, visibleProposals(context.viewer!)] } });
      if (!visible) throw new ForbiddenError("Förslaget gäller inte din deltagare eller er arbetsplats.");
      return row;
    },
  }),
}));

// ---------------------------------------------------------------- mutations

const ProposeParticipantInput = builder.inputType("ProposeParticipantInput", {
  fields: (t) => ({
    participantId: t.id({ required: true }),
    placementId: t.id({ required: true }),
    message: t.string({ required: false, description: "To the workplace: why this could fit. Never diagnoses." }),
  }),
});

const AnswerProposalInput = builder.inputType("AnswerProposalInput", {
  fields: (t) => ({
    proposalId: t.id({ required: true }),
    answer: t.field({ type: ProposalAnswer, required: true }),
    declineReason: t.field({ type: DeclineReason, required: false, description: "Required with NO" }),
    note: t.string({ required: false }),
  }),
});

const AdvanceProposalInput = builder.inputType("AdvanceProposalInput", {
  fields: (t) => ({
    proposalId: t.id({ required: true }),
    to: t.field({ type: ProposalStep, required: true, description: "A later step than the current one" }),
    note: t.string({ required: false }),
  }),
});

const ANSWER_STEP = { YES: "CONTACTED", MEET: "VISIT", NO: "DECLINED" } as const;

builder.mutationFields((t) => ({
  proposeParticipant: t.prismaField({
    type: Proposal,
    description:
      "The participant's own coach proposes them for a published placement with a free spot. Needs the participant's active consent to share with employers (CONSENT_REQUIRED otherwise; nothing is written).",
    authScopes: allow("Mutation.proposeParticipant"),
    args: { input: t.arg({ type: ProposeParticipantInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const participantId = String(input.participantId);
      const placementId = String(input.placementId);
      const participant = await context.db.participant.findUnique({ where: { id: participantId }, select: { coachId: true, stage: true } });
      if (!participant) throw new NotFoundError("Deltagaren");
      const placement = await context.db.placement.findUnique({
        where: { id: placementId },
        select: { status: true, capacity: true, _count: { select: { assignments: { where: { status: "ACTIVE" } } } } },
      });
      if (!placement) throw new NotFoundError("Platsen");
      if (!isCoach(context, participant.coachId)) throw new ForbiddenError("Bara deltagarens egen jobbcoach kan föreslå deltagaren.");
      const { message } = parseInput(proposeInput, { participantId, placementId, message: input.message ?? "" });
      const consent = await context.db.consent.count({ where: { participantId, scope: "SHARE_WITH_EMPLOYER", withdrawnAt: null } });
      if (!consent) {
        throw new ConsentRequiredError("Deltagaren har inte samtyckt till att uppgifter delas med arbetsgivare. Registrera samtycket först.");
      }
      if (placement.status !== "PUBLISHED") throw new ConflictError("Platsen är inte publicerad och kan inte få förslag.");
      if (placement._count.assignments >= placement.capacity) throw new ConflictError("Platsen har inga lediga platser just nu.");
      const open = await context.db.proposal.count({ where: { participantId, placementId, status: { in: [...OPEN_STATUSES] } } });
      if (open) throw new ConflictError("Deltagaren är redan föreslagen till den här platsen.");

      const id = await context.db.$transaction(async (tx) => {
        const proposal = await tx.proposal.create({ data: { participantId, placementId, message, proposedById: context.viewer!.userId! } });
        await tx.proposalEvent.create({ data: { proposalId: proposal.id, fromStatus: null, toStatus: "SUGGESTED", actorId: context.viewer!.userId! } });
        const audit = [auditRow(context, { action: "CREATE", entity: "Proposal", entityId: proposal.id, participantId, purpose: "Föreslå deltagaren till en plats" })];
        if (participant.stage === "INTAKE" || participant.stage === "GUIDANCE") {
          await tx.participant.update({ where: { id: participantId }, data: { stage: "MATCHING" } });
          audit.push(auditRow(context, { action: "UPDATE", entity: "Participant", entityId: participantId, participantId, purpose: "Steg: söker plats" }));
        }
        await tx.auditEvent.createMany({ data: audit });
        return proposal.id;
      });
      return context.db.proposal.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  answerProposal: t.prismaField({
    type: Proposal,
    description: "The placement's organisation answers: YES → CONTACTED, MEET → VISIT, NO (with a reason) → DECLINED.",
    authScopes: allow("Mutation.answerProposal"),
    args: { input: t.arg({ type: AnswerProposalInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const proposal = await loadProposal(context, String(input.proposalId));
      requireProposalMember(context, proposal);
      const answer = parseInput(answerInput, { ...input, proposalId: proposal.id, declineReason: input.declineReason ?? null, note: input.note ?? "" });
      if (proposal.answeredAt || (proposal.status !== "SUGGESTED" && proposal.status !== "CONTACTED")) {
        throw new ConflictError("Förslaget är redan besvarat.");
      }
      await context.db.$transaction((tx) =>
        recordTransition(tx, context, proposal, ANSWER_STEP[answer.answer], answer.note, {
          answeredAt: new Date(),
          declineReason: answer.answer === "NO" ? answer.declineReason : null,
        }, "Arbetsplatsen svarar på förslag"),
      );
      return context.db.proposal.findUniqueOrThrow({ ...query, where: { id: proposal.id } });
    },
  }),
  advanceProposal: t.prismaField({
    type: Proposal,
    description: "The coach moves an open proposal to a later step: CONTACTED, VISIT (studiebesök) or TRIAL (prova-på).",
    authScopes: allow("Mutation.advanceProposal"),
    args: { input: t.arg({ type: AdvanceProposalInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const proposal = await loadProposal(context, String(input.proposalId));
      requireProposalCoach(context, proposal);
      const step = parseInput(advanceInput, { ...input, proposalId: proposal.id, note: input.note ?? "" });
      const from = PIPELINE.indexOf(proposal.status as (typeof PIPELINE)[number]);
      if (!isOpenStatus(proposal.status) || PIPELINE.indexOf(step.to) <= from) {
        throw new ConflictError("Förslaget kan bara flyttas framåt, och bara medan det är öppet.");
      }
      await context.db.$transaction((tx) => recordTransition(tx, context, proposal, step.to, step.note));
      return context.db.proposal.findUniqueOrThrow({ ...query, where: { id: proposal.id } });
    },
  }),
  withdrawProposal: t.prismaField({
    type: Proposal,
    description: "The coach withdraws an open proposal.",
    authScopes: allow("Mutation.withdrawProposal"),
    args: { proposalId: t.arg.id({ required: true }), note: t.arg.string({ required: false }) },
    resolve: async (query, _root, args, context) => {
      const proposal = await loadProposal(context, String(args.proposalId));
      requireProposalCoach(context, proposal);
      const { note } = parseInput(withdrawInput, { proposalId: proposal.id, note: args.note ?? "" });
      if (!isOpenStatus(proposal.status)) throw new ConflictError("Bara ett öppet förslag kan dras tillbaka.");
      await context.db.$transaction((tx) => recordTransition(tx, context, proposal, "WITHDRAWN", note, {}, "Dra tillbaka förslag"));
      return context.db.proposal.findUniqueOrThrow({ ...query, where: { id: proposal.id } });
    },
  }),
}));
