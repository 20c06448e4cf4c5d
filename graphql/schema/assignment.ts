/**
 * Assignments (insatser): a participant at a placement, started when a proposal reaches PLACED, ended with an outcome.
 * An assignment starting or ending changes the placement's free spots, so both writes record the placement in
 * SearchOutbox in the same transaction as the change: a full placement leaves matching, a freed one comes back.
 */
import type { GraphQLResolveInfo } from "graphql";
import type { AssignmentOutcome as OutcomeCode, Prisma } from "../../generated/prisma/client.ts";
import { auditRow } from "../audit.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { allow } from "../policy.ts";
import { addDays, today, toDbDate } from "../../lib/dates.ts";
import { parseInput } from "../validation/parse.ts";
import { placeableFrom } from "../../lib/proposal-status.ts";
import { assignmentOutcomes, endAssignmentInput, placeInput, scheduleErrors } from "../validation/proposal.ts";
import { caseloadOnly, caseloadWhere, Participant, participantAccess, readAboutParticipant } from "./participant.ts";
import { Weekday } from "./placement.ts";
import { consentedParticipant, loadProposal, recordTransition, requireProposalCoach } from "./proposal.ts";
import { pluralWord } from "../../lib/plural.ts";

export const AssignmentStatus = builder.enumType("AssignmentStatus", { values: ["ACTIVE", "PAUSED", "ENDED"] as const });
export const AssignmentOutcome = builder.enumType("AssignmentOutcome", { values: assignmentOutcomes });

/** The arbetsplan is about the participant: shown only while the viewer may see the participant, and each read logged. */
const whileShared = (field: "workPlanGoals" | "workPlanQuestions") =>
  async (a: { id: string; participantId: string } & Record<typeof field, string>, _args: object, context: Context, info: GraphQLResolveInfo) =>
    (await readAboutParticipant(context, info, { participantId: a.participantId, entity: "Assignment", entityId: a.id, purpose: "Läsa arbetsplanen" }))
      ? a[field]
      : null;

interface Contact {
  role: "COACH" | "SUPPORT_WORKER";
  name: string;
  email: string;
}

const AssignmentContact = builder.objectRef<Contact>("AssignmentContact").implement({
  description: "A person to contact about an assignment, with their work e-mail.",
  fields: (t) => ({
    role: t.string({ description: "COACH (jobbcoach) | SUPPORT_WORKER (SE-handledare)", resolve: (c) => c.role }),
    name: t.exposeString("name"),
    email: t.exposeString("email"),
  }),
});

export const Assignment = builder.prismaObject("Assignment", {
  description: "A participant at a placement (insats): schedule, arbetsplan, workplace mentor and support worker.",
  // Row visibility (the caseload, or the placement's organisation through a proposal) is applied where it is loaded.
  authScopes: { loggedIn: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    status: t.field({ type: AssignmentStatus, resolve: (a) => a.status }),
    startDate: t.expose("startDate", { type: "Date" }),
    plannedEndDate: t.expose("plannedEndDate", { type: "Date", nullable: true }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true }),
    outcome: t.field({ type: AssignmentOutcome, nullable: true, resolve: (a) => a.outcome }),
    endNote: t.string({
      ...caseloadOnlyAssignment(),
      description: "Why it ended; the caseload only",
      resolve: async (a, _args, context, info) =>
        (await readAboutParticipant(context, info, { participantId: a.participantId, entity: "Assignment", entityId: a.id, purpose: "Läsa varför insatsen avslutades" }))
          ? a.endNote
          : "",
    }),
    weekdays: t.field({ type: [Weekday], resolve: (a) => a.weekdays }),
    hoursPerDay: t.exposeFloat("hoursPerDay"),
    workPlanGoals: t.string({ nullable: true, description: "Arbetsplan: goals. Null once the participant's consent no longer covers the caller", resolve: whileShared("workPlanGoals") }),
    workPlanQuestions: t.string({ nullable: true, description: "Arbetsplan: what the work training should answer", resolve: whileShared("workPlanQuestions") }),
    mentorName: t.exposeString("mentorName", { description: "The workplace mentor (handledare på plats)" }),
    supportWorker: t.relation("supportWorker", { nullable: true }),
    contacts: t.field({
      type: [AssignmentContact],
      description: "Who to contact: the participant's jobbcoach and the assignment's SE-handledare (staff work e-mail, no participant data)",
      select: { participant: { select: { coach: { select: { name: true, email: true } } } }, supportWorker: { select: { name: true, email: true } } },
      resolve: (a) => [
        { role: "COACH" as const, ...a.participant.coach },
        ...(a.supportWorker ? [{ role: "SUPPORT_WORKER" as const, ...a.supportWorker }] : []),
      ],
    }),
    placement: t.relation("placement"),
    proposal: t.relation("proposal", { nullable: true }),
    participant: t.field({
      type: Participant,
      nullable: true,
      description: "The caseload sees the profile; the organisation only the consented fields",
      select: (_args, _context, nested) => ({ participant: nested() }),
      resolve: consentedParticipant("Visa insats", "Visa delade uppgifter i insats"),
    }),
  }),
});

function caseloadOnlyAssignment() {
  return {
    authScopes: async (a: { participantId: string }, _args: object, context: Context, info: GraphQLResolveInfo) =>
      (await participantAccess(context, a.participantId, info)) === "CASELOAD",
  };
}

builder.prismaObjectFields(Participant, (t) => ({
  proposals: t.relation("proposals", { ...caseloadOnly, query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] } }),
  assignments: t.relation("assignments", { ...caseloadOnly, query: { orderBy: [{ startDate: "desc" }, { id: "desc" }] } }),
}));

const PlaceParticipantInput = builder.inputType("PlaceParticipantInput", {
  fields: (t) => ({
    proposalId: t.id({ required: true }),
    startDate: t.field({ type: "Date", required: true }),
    plannedEndDate: t.field({ type: "Date", required: false }),
    weekdays: t.field({ type: [Weekday], required: true, description: "Within the placement's weekdays" }),
    hoursPerDay: t.float({ required: true, description: "Within the placement's min–max hours" }),
    workPlanGoals: t.string({ required: true, description: "Arbetsplan: goals" }),
    workPlanQuestions: t.string({ required: true, description: "Arbetsplan: what the work training should answer" }),
    mentorName: t.string({ required: false, description: "Default: the placement's mentor" }),
    supportWorkerId: t.id({ required: false }),
  }),
});

const EndAssignmentInput = builder.inputType("EndAssignmentInput", {
  fields: (t) => ({
    assignmentId: t.id({ required: true }),
    outcome: t.field({ type: AssignmentOutcome, required: true }),
    note: t.string({ required: false }),
  }),
});

/** Where the participant stands after an assignment ends (when nothing else holds them at a placement). */
const STAGE_AFTER: Record<OutcomeCode, Prisma.ParticipantUpdateInput["stage"]> = {
  JOB: "EMPLOYED",
  STUDIES: "STUDIES",
  OTHER_SUPPORT: "ENDED",
  INTERRUPTED: "MATCHING",
  COMPLETED: "MATCHING",
};

/** "Starting soon" on the coach's start page: within this many days from today. */
const STARTING_SOON_DAYS = 14;

builder.queryFields((t) => ({
  assignmentsStartingSoon: t.prismaField({
    type: [Assignment],
    description: `The caller's caseload's active assignments that start today or within \`withinDays\` days (the Stockholm calendar), soonest first.`,
    authScopes: allow("Query.assignmentsStartingSoon"),
    args: { withinDays: t.arg.int({ required: false, defaultValue: STARTING_SOON_DAYS, description: `0–366; default ${STARTING_SOON_DAYS}` }) },
    resolve: (query, _root, args, context) => {
      const withinDays = args.withinDays ?? STARTING_SOON_DAYS;
      if (withinDays < 0 || withinDays > 366) throw new ValidationError([{ field: "withinDays", message: "Välj mellan 0 och 366 dagar." }]);
      const day = today(context.clock);
      return context.db.assignment.findMany({
        ...query,
        where: { status: "ACTIVE", participant: caseloadWhere(context.viewer!), startDate: { gte: toDbDate(day), lte: toDbDate(addDays(day, withinDays)) } },
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  placeParticipant: t.prismaField({
    type: Assignment,
    description:
      "The coach starts an assignment from a proposal at CONTACTED, VISIT or TRIAL: the proposal becomes PLACED and the placement loses a free spot, all in one transaction.",
    authScopes: allow("Mutation.placeParticipant"),
    args: { input: t.arg({ type: PlaceParticipantInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const proposal = await loadProposal(context, String(input.proposalId));
      requireProposalCoach(context, proposal);
      const values = parseInput(placeInput, {
        ...input,
        proposalId: proposal.id,
        plannedEndDate: input.plannedEndDate || null,
        mentorName: input.mentorName ?? proposal.placement.mentorName,
        supportWorkerId: input.supportWorkerId == null ? null : String(input.supportWorkerId),
      });
      const participant = await context.db.participant.findUniqueOrThrow({ where: { id: proposal.participantId }, select: { hoursPerDayMax: true, supportWorkerId: true } });
      const errors = scheduleErrors(values, proposal.placement);
      if (values.hoursPerDay > participant.hoursPerDayMax && !errors.some((e) => e.field === "hoursPerDay")) {
        errors.push({ field: "hoursPerDay", message: `Deltagaren kan vara på plats högst ${participant.hoursPerDayMax.toLocaleString("sv-SE")} ${pluralWord(participant.hoursPerDayMax, "timme", "timmar")} om dagen.` });
      }
      if (values.supportWorkerId) {
        const worker = await context.db.user.count({ where: { id: values.supportWorkerId, active: true, roles: { has: "SUPPORT_WORKER" } } });
        if (!worker) errors.push({ field: "supportWorkerId", message: "Välj en SE-handledare i listan." });
      }
      if (errors.length) throw new ValidationError(errors);
      if (!(placeableFrom as readonly string[]).includes(proposal.status)) {
        throw new ConflictError("En insats kan starta när arbetsplatsen har svarat ja, efter studiebesök eller prova-på.");
      }
      const { placement } = proposal;
      const id = await context.db.$transaction(async (tx) => {
        // A no-op update locks the placement's row until commit, so two assignments cannot both take its last spot.
        await tx.placement.update({ where: { id: placement.id }, data: { updatedAt: placement.updatedAt } });
        const active = await tx.assignment.count({ where: { placementId: placement.id, status: "ACTIVE" } });
        if (active >= placement.capacity) throw new ConflictError("Platsen har inga lediga platser längre.");
        const assignment = await tx.assignment.create({
          data: {
            participantId: proposal.participantId,
            placementId: placement.id,
            proposalId: proposal.id,
            startDate: toDbDate(values.startDate),
            plannedEndDate: values.plannedEndDate ? toDbDate(values.plannedEndDate) : null,
            weekdays: values.weekdays,
            hoursPerDay: values.hoursPerDay,
            workPlanGoals: values.workPlanGoals,
            workPlanQuestions: values.workPlanQuestions,
            mentorName: values.mentorName,
            supportWorkerId: values.supportWorkerId,
          },
        });
        await recordTransition(tx, context, proposal, "PLACED", "", {}, "Starta insats");
        await tx.participant.update({
          where: { id: proposal.participantId },
          data: { stage: placement.kind, ...(participant.supportWorkerId ? {} : { supportWorkerId: values.supportWorkerId }) },
        });
        await tx.searchOutbox.create({ data: { placementId: placement.id } });
        const participantId = proposal.participantId;
        await tx.auditEvent.createMany({
          data: [
            auditRow(context, { action: "CREATE", entity: "Assignment", entityId: assignment.id, participantId, purpose: "Starta insats" }),
            auditRow(context, { action: "UPDATE", entity: "Participant", entityId: participantId, participantId, purpose: "Steg: insats startad" }),
          ],
        });
        return assignment.id;
      });
      return context.db.assignment.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  endAssignment: t.prismaField({
    type: Assignment,
    description: "The coach ends an assignment with an outcome; the placement's spot is free again.",
    authScopes: allow("Mutation.endAssignment"),
    args: { input: t.arg({ type: EndAssignmentInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const existing = await context.db.assignment.findUnique({
        where: { id: String(input.assignmentId) },
        include: { participant: { select: { coachId: true, stage: true } } },
      });
      if (!existing) throw new NotFoundError("Insatsen");
      if (existing.participant.coachId !== context.viewer?.userId) throw new ForbiddenError("Bara deltagarens egen jobbcoach kan avsluta insatsen.");
      const values = parseInput(endAssignmentInput, { ...input, assignmentId: existing.id, note: input.note ?? "" });
      if (existing.status === "ENDED") throw new ConflictError("Insatsen är redan avslutad.");
      const { participantId, placementId } = existing;
      await context.db.$transaction(async (tx) => {
        const ended = await tx.assignment.updateMany({
          where: { id: existing.id, status: { not: "ENDED" } },
          data: { status: "ENDED", endedAt: new Date(), outcome: values.outcome, endNote: values.note },
        });
        if (ended.count !== 1) throw new ConflictError("Insatsen är redan avslutad.");
        await tx.searchOutbox.create({ data: { placementId } });
        const audit = [auditRow(context, { action: "UPDATE", entity: "Assignment", entityId: existing.id, participantId, purpose: "Avsluta insats" })];
        const stillPlaced = await tx.assignment.count({ where: { participantId, status: { in: ["ACTIVE", "PAUSED"] } } });
        if (!stillPlaced && (existing.participant.stage === "WORK_TRAINING" || existing.participant.stage === "INTERNSHIP")) {
          await tx.participant.update({ where: { id: participantId }, data: { stage: STAGE_AFTER[values.outcome] } });
          audit.push(auditRow(context, { action: "UPDATE", entity: "Participant", entityId: participantId, participantId, purpose: "Steg efter insats" }));
        }
        await tx.auditEvent.createMany({ data: audit });
      });
      return context.db.assignment.findUniqueOrThrow({ ...query, where: { id: existing.id } });
    },
  }),
}));
