/**
 * Writing placements: create, update and the status steps DRAFT → PUBLISHED ⇄ PAUSED → CLOSED → (reopen) PUBLISHED.
 * Only members of the placement's organisation may write (API tokens act as members of their organisation); the
 * checks run after the existence checks, so an unknown id is NOT_FOUND for everybody. Every write records the
 * placement in SearchOutbox in its own transaction.
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { fromDbDate, toDbDate } from "../../lib/dates.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldError } from "../errors.ts";
import { allow } from "../policy.ts";
import { parseInput } from "../validation/parse.ts";
import { placementInput, publishablePlacement, type PlacementInput } from "../validation/placement.ts";
import { visiblePlacements } from "../visibility.ts";
import { Placement, PlacementKind, Weekday } from "./placement.ts";

type Tx = Prisma.TransactionClient;
type Status = "DRAFT" | "PUBLISHED" | "PAUSED" | "CLOSED";

export async function requireMemberOf(context: Context, organizationId: string): Promise<void> {
  if (!(await context.db.organization.count({ where: { id: organizationId } }))) throw new NotFoundError("Organisationen");
  if (!context.viewer?.organizationIds.includes(organizationId)) {
    throw new ForbiddenError("Bara medlemmar i organisationen kan ändra dess platser.");
  }
}

const withVocabulary = { adaptations: true, occupationCards: true, kommun: true } satisfies Prisma.PlacementInclude;
type StoredPlacement = Prisma.PlacementGetPayload<{ include: typeof withVocabulary }>;

/** The placement, if the viewer may see it and belongs to its organisation. */
async function ownPlacement(context: Context, id: string): Promise<StoredPlacement> {
  const placement = await context.db.placement.findFirst({
    where: { AND: [{ id }, visiblePlacements(context.viewer)] },
    include: withVocabulary,
  });
  if (!placement) throw new NotFoundError("Platsen");
  if (!context.viewer?.organizationIds.includes(placement.organizationId)) {
    throw new ForbiddenError("Bara medlemmar i organisationen kan ändra platsen.");
  }
  return placement;
}

const isoDay = (date: Date | null) => (date ? fromDbDate(date) : null);

/** A stored placement as schema input, so a partial update and publishing check the whole placement. */
export function inputOf(p: StoredPlacement): PlacementInput {
  const atCentre = p.latitude === p.kommun.latitude && p.longitude === p.kommun.longitude;
  return {
    kind: p.kind,
    title: p.title,
    description: p.description,
    tasks: p.tasks,
    occupationCardIds: p.occupationCards.map((c) => c.occupationCardId),
    adaptationCodes: p.adaptations.map((a) => a.adaptationCode),
    weekdays: p.weekdays,
    earliestStartMinute: p.earliestStartMinute,
    latestEndMinute: p.latestEndMinute,
    hoursPerDayMin: p.hoursPerDayMin,
    hoursPerDayMax: p.hoursPerDayMax,
    startDate: isoDay(p.startDate),
    endDate: isoDay(p.endDate),
    capacity: p.capacity,
    address: p.address,
    kommunCode: p.kommunCode,
    latitude: atCentre ? null : p.latitude,
    longitude: atCentre ? null : p.longitude,
    mentorName: p.mentorName,
    mentorPhone: p.mentorPhone,
    mentorEmail: p.mentorEmail,
    requirements: p.requirements,
    externalRef: p.externalRef,
  };
}

/** The controlled vocabularies the input refers to: kommun, adaptations, yrkeskort. Unknown ones are field errors. */
export interface Vocabulary {
  kommuner: Map<string, { name: string; latitude: number; longitude: number }>;
  /** code → Swedish label */
  adaptations: Map<string, string>;
  /** id → title */
  occupationCards: Map<string, string>;
}

export async function loadVocabulary(db: Context["db"]): Promise<Vocabulary> {
  const [kommuner, adaptations, cards] = await Promise.all([
    db.kommun.findMany({ select: { code: true, name: true, latitude: true, longitude: true } }),
    db.adaptation.findMany({ select: { code: true, label: true } }),
    db.occupationCard.findMany({ select: { id: true, title: true } }),
  ]);
  return {
    kommuner: new Map(kommuner.map((k) => [k.code, k])),
    adaptations: new Map(adaptations.map((a) => [a.code, a.label])),
    occupationCards: new Map(cards.map((c) => [c.id, c.title])),
  };
}

export function vocabularyErrors(input: PlacementInput, vocabulary: Vocabulary): FieldError[] {
  const errors: FieldError[] = [];
  if (!vocabulary.kommuner.has(input.kommunCode)) errors.push({ field: "kommunCode", message: "Kommunen finns inte. Välj en kommun i listan." });
  const unknownAdaptations = input.adaptationCodes.filter((code) => !vocabulary.adaptations.has(code));
  if (unknownAdaptations.length) errors.push({ field: "adaptationCodes", message: `Okänd anpassning: ${unknownAdaptations.join(", ")}.` });
  const unknownCards = input.occupationCardIds.filter((id) => !vocabulary.occupationCards.has(id));
  if (unknownCards.length) errors.push({ field: "occupationCardIds", message: `Okänt yrkeskort: ${unknownCards.join(", ")}.` });
  return errors;
}

/** Row values for an input; without coordinates the placement sits at its kommun's centre. */
export function rowOf(input: PlacementInput, vocabulary: Vocabulary) {
  const { adaptationCodes: _a, occupationCardIds: _c, startDate, endDate, latitude, longitude, ...rest } = input;
  const centre = vocabulary.kommuner.get(input.kommunCode)!;
  return {
    ...rest,
    startDate: startDate ? toDbDate(startDate) : null,
    endDate: endDate ? toDbDate(endDate) : null,
    latitude: latitude ?? centre.latitude,
    longitude: longitude ?? centre.longitude,
  };
}

/** Writes a placement's adaptations and yrkeskort (replacing what was there) and records it in the outbox. */
export async function writeVocabularyLinks(tx: Tx, placementId: string, input: PlacementInput, replace: boolean): Promise<void> {
  if (replace) {
    await tx.placementAdaptation.deleteMany({ where: { placementId } });
    await tx.placementOccupationCard.deleteMany({ where: { placementId } });
  }
  if (input.adaptationCodes.length) {
    await tx.placementAdaptation.createMany({ data: input.adaptationCodes.map((adaptationCode) => ({ placementId, adaptationCode })) });
  }
  if (input.occupationCardIds.length) {
    await tx.placementOccupationCard.createMany({ data: input.occupationCardIds.map((occupationCardId) => ({ placementId, occupationCardId })) });
  }
  await tx.searchOutbox.create({ data: { placementId } });
}

/** Parses with the draft rules, or the publishing rules for a placement that is (or is to be) published. */
async function validated(context: Context, raw: unknown, publishing: boolean): Promise<{ input: PlacementInput; vocabulary: Vocabulary }> {
  const input = parseInput(publishing ? publishablePlacement : placementInput, raw);
  const vocabulary = await loadVocabulary(context.db);
  const errors = vocabularyErrors(input, vocabulary);
  if (errors.length) throw new ValidationError(errors);
  return { input, vocabulary };
}

async function externalRefTaken(context: Context, organizationId: string, externalRef: string | null, exceptId?: string): Promise<void> {
  if (!externalRef) return;
  const taken = await context.db.placement.count({ where: { organizationId, externalRef, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (taken) throw new ValidationError([{ field: "externalRef", message: "Ni har redan en plats med den referensen." }]);
}

// ---------------------------------------------------------------- inputs

/** The fields a placement's writer sets; all optional here, the shared zod schema says what is required. */
function placementInputFields(t: PothosInputFieldBuilder) {
  return {
    description: t.string({ required: false, description: "Lättläst" }),
    tasks: t.stringList({ required: false }),
    occupationCardIds: t.idList({ required: false }),
    adaptationCodes: t.stringList({ required: false }),
    weekdays: t.field({ type: [Weekday], required: false }),
    earliestStartMinute: t.int({ required: false, description: "Minutes after midnight; default 480 (08:00)" }),
    latestEndMinute: t.int({ required: false, description: "Minutes after midnight; default 960 (16:00)" }),
    startDate: t.field({ type: "Date", required: false, description: "Null: as soon as agreed" }),
    endDate: t.field({ type: "Date", required: false, description: "Null: ongoing (tills vidare)" }),
    address: t.string({ required: false }),
    latitude: t.float({ required: false, description: "Default: the kommun's centre" }),
    longitude: t.float({ required: false }),
    mentorName: t.string({ required: false }),
    mentorPhone: t.string({ required: false }),
    mentorEmail: t.string({ required: false }),
    requirements: t.string({ required: false }),
    externalRef: t.string({ required: false, description: "Your own id for the placement, unique within the organisation" }),
  };
}
type PothosInputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

const CreatePlacementInput = builder.inputType("CreatePlacementInput", {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    kind: t.field({ type: PlacementKind, required: true }),
    title: t.string({ required: true }),
    hoursPerDayMin: t.float({ required: true }),
    hoursPerDayMax: t.float({ required: true }),
    capacity: t.int({ required: true, description: "How many participants at the same time" }),
    kommunCode: t.string({ required: true }),
    ...placementInputFields(t),
  }),
});

const UpdatePlacementInput = builder.inputType("UpdatePlacementInput", {
  description: "Fields left out keep their value; lists given replace the old list.",
  fields: (t) => ({
    id: t.id({ required: true }),
    kind: t.field({ type: PlacementKind, required: false }),
    title: t.string({ required: false }),
    hoursPerDayMin: t.float({ required: false }),
    hoursPerDayMax: t.float({ required: false }),
    capacity: t.int({ required: false }),
    kommunCode: t.string({ required: false }),
    ...placementInputFields(t),
  }),
});

/** Input fields given: null clears the fields that may be empty (dates, coordinates, reference) and is ignored elsewhere. */
const CLEARABLE = new Set(["startDate", "endDate", "latitude", "longitude", "externalRef"]);
const given = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== undefined && (value !== null || CLEARABLE.has(key))));

// ---------------------------------------------------------------- status steps

interface Step {
  from: readonly Status[];
  to: Status;
  /** The move needs a complete placement (publishing rules). */
  complete: boolean;
  refused: string;
}

const STEPS = {
  publishPlacement: { from: ["DRAFT"], to: "PUBLISHED", complete: true, refused: "Bara ett utkast kan publiceras. Öppna en pausad eller stängd plats igen i stället." },
  pausePlacement: { from: ["PUBLISHED"], to: "PAUSED", complete: false, refused: "Bara en publicerad plats kan pausas." },
  closePlacement: { from: ["DRAFT", "PUBLISHED", "PAUSED"], to: "CLOSED", complete: false, refused: "Platsen är redan stängd." },
  reopenPlacement: { from: ["PAUSED", "CLOSED"], to: "PUBLISHED", complete: true, refused: "Bara en pausad eller stängd plats kan öppnas igen." },
} as const satisfies Record<string, Step>;

async function moveStatus(context: Context, id: string, step: Step, query: object) {
  const existing = await ownPlacement(context, id);
  if (!(step.from as readonly string[]).includes(existing.status)) throw new ConflictError(step.refused);
  if (step.complete) parseInput(publishablePlacement, inputOf(existing));
  const now = new Date();
  const published = step.to === "PUBLISHED" ? { publishedAt: existing.publishedAt ?? now, confirmedAt: now } : {};
  return updateAndRecord(context, id, { status: step.to, ...published }, query);
}

/** Updates the placement's own columns and records it in the outbox, in one transaction; then reads it back. */
async function updateAndRecord(context: Context, id: string, data: Prisma.PlacementUpdateInput, query: object) {
  await context.db.$transaction(async (tx) => {
    await tx.placement.update({ where: { id }, data });
    await tx.searchOutbox.create({ data: { placementId: id } });
  });
  return context.db.placement.findUniqueOrThrow({ ...query, where: { id } });
}

builder.mutationFields((t) => ({
  createPlacement: t.prismaField({
    type: Placement,
    description: "A new placement, as a draft. Publish it with publishPlacement.",
    authScopes: allow("Mutation.createPlacement"),
    args: { input: t.arg({ type: CreatePlacementInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const organizationId = String(input.organizationId);
      await requireMemberOf(context, organizationId);
      const { input: placement, vocabulary } = await validated(context, given({ ...input, organizationId: undefined }), false);
      await externalRefTaken(context, organizationId, placement.externalRef);
      const id = await context.db.$transaction(async (tx) => {
        const created = await tx.placement.create({ data: { ...rowOf(placement, vocabulary), organizationId, status: "DRAFT" } });
        await writeVocabularyLinks(tx, created.id, placement, false);
        return created.id;
      });
      return context.db.placement.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updatePlacement: t.prismaField({
    type: Placement,
    description: "Changes a placement. A published placement must stay complete (the publishing rules apply).",
    authScopes: allow("Mutation.updatePlacement"),
    args: { input: t.arg({ type: UpdatePlacementInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const id = String(input.id);
      const existing = await ownPlacement(context, id);
      const { id: _id, ...changes } = input;
      const current = inputOf(existing);
      const moved = changes.kommunCode != null && changes.kommunCode !== existing.kommunCode;
      const merged = { ...current, ...(moved ? { latitude: null, longitude: null } : {}), ...given(changes) };
      const { input: placement, vocabulary } = await validated(context, merged, existing.status === "PUBLISHED");
      await externalRefTaken(context, existing.organizationId, placement.externalRef, id);
      const confirmed = existing.status === "PUBLISHED" ? { confirmedAt: new Date() } : {};
      await context.db.$transaction(async (tx) => {
        await tx.placement.update({ where: { id }, data: { ...rowOf(placement, vocabulary), ...confirmed } });
        await writeVocabularyLinks(tx, id, placement, true);
      });
      return context.db.placement.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  ...Object.fromEntries(
    (Object.keys(STEPS) as (keyof typeof STEPS)[]).map((name) => [
      name,
      t.prismaField({
        type: Placement,
        description: `${STEPS[name].from.join(" | ")} → ${STEPS[name].to}${STEPS[name].complete ? "; refused with field errors while anything required is missing" : ""}`,
        authScopes: allow(`Mutation.${name}`),
        args: { id: t.arg.id({ required: true }) },
        resolve: (query, _root, args, context) => moveStatus(context, String(args.id), STEPS[name], query),
      }),
    ]),
  ),
  confirmPlacement: t.prismaField({
    type: Placement,
    description: "The organisation confirms a published listing is still current (resets needsConfirmation and stale).",
    authScopes: allow("Mutation.confirmPlacement"),
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const id = String(args.id);
      const existing = await ownPlacement(context, id);
      if (existing.status !== "PUBLISHED") throw new ConflictError("Bara en publicerad plats kan bekräftas.");
      return updateAndRecord(context, id, { confirmedAt: new Date() }, query);
    },
  }),
}));
