/**
 * The participant's profile as the coach keeps it: create, update, hand over to another coach; the caseload's
 * fields (coach, travel area, handovers, next step). Only the participant's own coach writes; the existence check
 * comes first, so an unknown id is NOT_FOUND for everybody. Every change writes its audit row in its own transaction.
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { auditRow } from "../audit.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { ValidationError, type FieldError } from "../errors.ts";
import { allow } from "../policy.ts";
import { parseInput } from "../validation/parse.ts";
import { handoverInput, participantInput, type ParticipantInput, type ParticipantVocabulary } from "../validation/participant.ts";
import { caseloadOnly, grant, Participant, requireCoachOf } from "./participant.ts";
import { Weekday } from "./placement.ts";
import { Kommun, OccupationCard } from "./reference.ts";
import { User } from "./user.ts";

type Tx = Prisma.TransactionClient;

export const ParticipantStage = builder.enumType("ParticipantStage", {
  values: ["INTAKE", "GUIDANCE", "MATCHING", "WORK_TRAINING", "INTERNSHIP", "EMPLOYED", "STUDIES", "ENDED"] as const,
});
const TravelKind = builder.enumType("TravelKind", { values: ["KOMMUNER", "RADIUS"] as const });
const StaffRole = builder.enumType("StaffRole", { values: ["COACH", "SUPPORT_WORKER"] as const });

// ---------------------------------------------------------------- what the coach sees next

export interface NextStepFacts {
  stage: string;
  hasActiveConsent: boolean;
  openSession: boolean;
  completedSessions: number;
}

/** A short Swedish text for the coach's start page: what to do next with this participant. */
export function nextStepFor(p: NextStepFacts): string {
  if (p.stage === "ENDED") return "Inget – deltagaren är avslutad.";
  if (!p.hasActiveConsent) return "Registrera samtycke.";
  if (p.openSession) return "Fortsätt sortera yrkeskort.";
  switch (p.stage) {
    case "INTAKE":
    case "GUIDANCE":
      return p.completedSessions ? "Gå igenom korten och sök platser." : "Sortera yrkeskort tillsammans.";
    case "MATCHING":
      return "Sök platser och föreslå deltagaren.";
    case "WORK_TRAINING":
    case "INTERNSHIP":
      return "Följ upp på arbetsplatsen.";
    default:
      return "Håll kontakten så att det fortsätter fungera.";
  }
}

export const CoachHandover = builder.prismaObject("CoachHandover", {
  description: "A participant handed from one coach to another; the history stays.",
  authScopes: { coach: true, supportWorker: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    fromCoach: t.relation("fromCoach"),
    toCoach: t.relation("toCoach"),
    byUser: t.relation("byUser"),
    note: t.exposeString("note"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectFields(Participant, (t) => ({
  kommun: t.relation("kommun", caseloadOnly),
  coach: t.relation("coach", caseloadOnly),
  supportWorker: t.relation("supportWorker", { ...caseloadOnly, nullable: true }),
  travelKommuner: t.field({
    type: [Kommun],
    ...caseloadOnly,
    select: { travelKommuner: { include: { kommun: true } } },
    resolve: (p) => p.travelKommuner.map((k) => k.kommun).sort((a, b) => a.name.localeCompare(b.name, "sv")),
  }),
  avoidCards: t.field({
    type: [OccupationCard],
    ...caseloadOnly,
    select: { avoidCards: { include: { occupationCard: true } } },
    resolve: (p) => p.avoidCards.map((a) => a.occupationCard).sort((a, b) => a.sortOrder - b.sortOrder),
  }),
  handovers: t.relation("handovers", { ...caseloadOnly, query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] } }),
  nextStep: t.string({
    ...caseloadOnly,
    description: "What the coach does next, in Swedish, derived from stage, consent and card sorting",
    select: {
      stage: true,
      consents: { where: { withdrawnAt: null }, select: { id: true } },
      cardSortSessions: { select: { completedAt: true } },
    },
    resolve: (p) =>
      nextStepFor({
        stage: p.stage,
        hasActiveConsent: p.consents.length > 0,
        openSession: p.cardSortSessions.some((s) => s.completedAt === null),
        completedSessions: p.cardSortSessions.filter((s) => s.completedAt !== null).length,
      }),
  }),
  createdAt: t.expose("createdAt", { ...caseloadOnly, type: "DateTime" }),
  updatedAt: t.expose("updatedAt", { ...caseloadOnly, type: "DateTime" }),
}));

// ---------------------------------------------------------------- inputs

const AdaptationNeedInput = builder.inputType("AdaptationNeedInput", {
  fields: (t) => ({ code: t.string({ required: true }), mustHave: t.boolean({ required: true }) }),
});

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

/** Fields with defaults in the shared zod schema; the schema says what they may hold. */
function optionalParticipantFields(t: InputFieldBuilder) {
  return {
    travelKind: t.field({ type: TravelKind, required: false, description: "Default KOMMUNER" }),
    travelKommunCodes: t.stringList({ required: false, description: "KOMMUNER: where the participant can travel; empty: the home kommun" }),
    travelRadiusKm: t.float({ required: false, description: "RADIUS: km from home, 1–200" }),
    stage: t.field({ type: ParticipantStage, required: false, description: "Default INTAKE" }),
    interests: t.stringList({ required: false, description: "Tags" }),
    interestsText: t.string({ required: false }),
    avoidAreas: t.stringList({ required: false, description: "Yrkeskort areas the participant does not want" }),
    avoidCardIds: t.idList({ required: false }),
    avoidText: t.string({ required: false }),
    goals: t.string({ required: false }),
    adaptationNeeds: t.field({ type: [AdaptationNeedInput], required: false, description: "Workplace needs; never diagnoses" }),
    supportWorkerId: t.id({ required: false, description: "An active SE-handledare" }),
  };
}

const CreateParticipantInput = builder.inputType("CreateParticipantInput", {
  fields: (t) => ({
    code: t.string({ required: true, description: 'Pseudonymous, like "BOL-0042"; never a personnummer' }),
    displayName: t.string({ required: true }),
    kommunCode: t.string({ required: true }),
    hoursPerDayMax: t.float({ required: true }),
    weekdays: t.field({ type: [Weekday], required: true }),
    ...optionalParticipantFields(t),
  }),
});

const UpdateParticipantInput = builder.inputType("UpdateParticipantInput", {
  description: "Fields left out keep their value; lists given replace the old list; supportWorkerId null removes the SE-handledare.",
  fields: (t) => ({
    code: t.string({ required: false }),
    displayName: t.string({ required: false }),
    kommunCode: t.string({ required: false }),
    hoursPerDayMax: t.float({ required: false }),
    weekdays: t.field({ type: [Weekday], required: false }),
    ...optionalParticipantFields(t),
  }),
});

// ---------------------------------------------------------------- writing

async function loadVocabulary(db: Context["db"]): Promise<ParticipantVocabulary> {
  const [kommuner, adaptations, cards] = await Promise.all([
    db.kommun.findMany({ select: { code: true } }),
    db.adaptation.findMany({ select: { code: true } }),
    db.occupationCard.findMany({ select: { id: true, area: true } }),
  ]);
  return {
    kommunCodes: new Set(kommuner.map((k) => k.code)),
    adaptationCodes: new Set(adaptations.map((a) => a.code)),
    occupationCardIds: new Set(cards.map((c) => c.id)),
    occupationAreas: new Set(cards.map((c) => c.area)),
  };
}

/** Parses with the shared schema and the vocabularies; then the rules that need other rows (code, SE-handledare). */
async function validated(context: Context, raw: unknown, exceptId?: string): Promise<ParticipantInput> {
  const input = parseInput(participantInput(await loadVocabulary(context.db)), raw);
  const errors: FieldError[] = [];
  const taken = await context.db.participant.count({ where: { code: input.code, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (taken) errors.push({ field: "code", message: "Koden används redan av en annan deltagare." });
  if (input.supportWorkerId) {
    const worker = await context.db.user.count({ where: { id: input.supportWorkerId, active: true, roles: { has: "SUPPORT_WORKER" } } });
    if (!worker) errors.push({ field: "supportWorkerId", message: "Välj en handledare i listan." });
  }
  if (errors.length) throw new ValidationError(errors);
  return input;
}

/** The participant's own columns for an input. */
function rowOf(input: ParticipantInput) {
  const { travelKommunCodes: _t, avoidCardIds: _a, adaptationNeeds: _n, ...columns } = input;
  return { ...columns, travelRadiusKm: input.travelKind === "RADIUS" ? input.travelRadiusKm : null };
}

/** Writes the participant's lists (replacing what was there). KOMMUNER without a list: the home kommun. */
async function writeLists(tx: Tx, participantId: string, input: ParticipantInput, replace: boolean): Promise<void> {
  if (replace) {
    await tx.participantTravelKommun.deleteMany({ where: { participantId } });
    await tx.participantAdaptationNeed.deleteMany({ where: { participantId } });
    await tx.participantAvoidCard.deleteMany({ where: { participantId } });
  }
  const travel = input.travelKind === "RADIUS" ? [] : input.travelKommunCodes.length ? [...new Set(input.travelKommunCodes)] : [input.kommunCode];
  if (travel.length) await tx.participantTravelKommun.createMany({ data: travel.map((kommunCode) => ({ participantId, kommunCode })) });
  if (input.adaptationNeeds.length) {
    await tx.participantAdaptationNeed.createMany({
      data: input.adaptationNeeds.map((need) => ({ participantId, adaptationCode: need.code, mustHave: need.mustHave })),
    });
  }
  const avoid = [...new Set(input.avoidCardIds)];
  if (avoid.length) await tx.participantAvoidCard.createMany({ data: avoid.map((occupationCardId) => ({ participantId, occupationCardId })) });
}

const withLists = { travelKommuner: true, adaptationNeeds: true, avoidCards: true } satisfies Prisma.ParticipantInclude;

/** A stored participant as schema input, so a partial update checks the whole profile. */
function inputOf(p: Prisma.ParticipantGetPayload<{ include: typeof withLists }>): ParticipantInput {
  return {
    code: p.code,
    displayName: p.displayName,
    kommunCode: p.kommunCode,
    travelKind: p.travelKind,
    travelKommunCodes: p.travelKommuner.map((k) => k.kommunCode),
    travelRadiusKm: p.travelRadiusKm,
    hoursPerDayMax: p.hoursPerDayMax,
    weekdays: p.weekdays,
    stage: p.stage,
    interests: p.interests,
    interestsText: p.interestsText,
    avoidAreas: p.avoidAreas,
    avoidCardIds: p.avoidCards.map((a) => a.occupationCardId),
    avoidText: p.avoidText,
    goals: p.goals,
    adaptationNeeds: p.adaptationNeeds.map((n) => ({ code: n.adaptationCode, mustHave: n.mustHave })),
    supportWorkerId: p.supportWorkerId,
  };
}

/** Input fields given: null clears supportWorkerId and travelRadiusKm and is ignored elsewhere. */
const CLEARABLE = new Set(["supportWorkerId", "travelRadiusKm"]);
const given = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== undefined && (value !== null || CLEARABLE.has(key))));

builder.queryFields((t) => ({
  staff: t.prismaField({
    type: [User],
    description: "Active colleagues with a role, by name: whom a participant can be handed over to or followed up by.",
    authScopes: allow("Query.staff"),
    args: { role: t.arg({ type: StaffRole, required: true }) },
    resolve: (query, _root, args, { db }) =>
      db.user.findMany({ ...query, where: { active: true, roles: { has: args.role } }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }),
}));

builder.mutationFields((t) => ({
  createParticipant: t.prismaField({
    type: Participant,
    description: "A new participant in the caller's caseload. Record consent before anything is shared.",
    authScopes: allow("Mutation.createParticipant"),
    args: { input: t.arg({ type: CreateParticipantInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const participant = await validated(context, given(input));
      const id = await context.db.$transaction(async (tx) => {
        const created = await tx.participant.create({ data: { ...rowOf(participant), coachId: context.viewer!.userId! } });
        await writeLists(tx, created.id, participant, false);
        await tx.auditEvent.create({
          data: auditRow(context, { action: "CREATE", entity: "Participant", entityId: created.id, participantId: created.id, purpose: "Skapa deltagare" }),
        });
        return created.id;
      });
      return grant(await context.db.participant.findUniqueOrThrow({ ...query, where: { id } }), "CASELOAD");
    },
  }),
  updateParticipant: t.prismaField({
    type: Participant,
    authScopes: allow("Mutation.updateParticipant"),
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateParticipantInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const id = String(args.id);
      await requireCoachOf(context, id);
      const existing = await context.db.participant.findUniqueOrThrow({ where: { id }, include: withLists });
      const participant = await validated(context, { ...inputOf(existing), ...given(args.input) }, id);
      await context.db.$transaction(async (tx) => {
        await tx.participant.update({ where: { id }, data: rowOf(participant) });
        await writeLists(tx, id, participant, true);
        await tx.auditEvent.create({
          data: auditRow(context, { action: "UPDATE", entity: "Participant", entityId: id, participantId: id, purpose: "Ändra deltagarprofil" }),
        });
      });
      return grant(await context.db.participant.findUniqueOrThrow({ ...query, where: { id } }), "CASELOAD");
    },
  }),
  handOverParticipant: t.prismaField({
    type: CoachHandover,
    description: "Moves the participant to another coach: the new coach gets access, the old loses it; the handover is kept.",
    authScopes: allow("Mutation.handOverParticipant"),
    args: { participantId: t.arg.id({ required: true }), toCoachId: t.arg.id({ required: true }), note: t.arg.string({ required: false }) },
    resolve: async (query, _root, args, context) => {
      const participantId = String(args.participantId);
      const toCoachId = String(args.toCoachId);
      await requireCoachOf(context, participantId);
      const { note } = parseInput(handoverInput, { note: args.note ?? "" });
      const fromCoachId = context.viewer!.userId!;
      if (toCoachId === fromCoachId) throw new ValidationError([{ field: "toCoachId", message: "Välj en annan jobbcoach än dig själv." }]);
      if (!(await context.db.user.count({ where: { id: toCoachId, active: true, roles: { has: "COACH" } } }))) {
        throw new ValidationError([{ field: "toCoachId", message: "Välj en jobbcoach i listan." }]);
      }
      return context.db.$transaction(async (tx) => {
        await tx.participant.update({ where: { id: participantId }, data: { coachId: toCoachId } });
        const handover = await tx.coachHandover.create({ ...query, data: { participantId, fromCoachId, toCoachId, byUserId: fromCoachId, note } });
        await tx.auditEvent.create({
          data: auditRow(context, { action: "UPDATE", entity: "CoachHandover", entityId: handover.id, participantId, purpose: "Lämna över till en annan jobbcoach" }),
        });
        return handover;
      });
    },
  }),
}));
