// Placement inputs, shared by the GraphQL API, the CSV import and the placement form (in the browser too), so all
// three say the same thing in Swedish. Browser-safe: zod and lib/ only.
import * as z from "zod";
import { WEEKDAYS, type Weekday } from "../../lib/weekdays.ts";
import { distinct, isoDate } from "./common.ts";

export const placementKinds = ["WORK_TRAINING", "INTERNSHIP"] as const;
export const weekdays = WEEKDAYS;
export type PlacementKindCode = (typeof placementKinds)[number];
export type WeekdayCode = Weekday;

export const LIMITS = {
  titleMax: 120,
  descriptionMax: 3000,
  tasksMax: 20,
  taskMax: 200,
  cardsMax: 10,
  hoursMin: 0.5,
  hoursMax: 12,
  capacityMax: 50,
  textMax: 200,
  requirementsMax: 2000,
} as const;

const text = (max: number, message: string) => z.string().trim().max(max, message).default("");
const requiredText = (message: string, max: number) =>
  z.string(message).trim().min(1, message).max(max, `Högst ${max} tecken.`).prefault("");
const minuteOfDay = (message: string) => z.number(message).int(message).min(0, message).max(24 * 60, message);
const hoursPerDay = (message: string) =>
  z
    .number(message)
    .min(LIMITS.hoursMin, `Minst ${LIMITS.hoursMin.toString().replace(".", ",")} timmar.`)
    .max(LIMITS.hoursMax, `Högst ${LIMITS.hoursMax} timmar om dagen.`);

/** Days of the week, each at most once. */
export const weekdayList = () => z.array(z.enum(weekdays, "Välj veckodagar i listan.")).refine(distinct, "Samma veckodag är vald två gånger.");

/** Every field a placement has; what a draft may hold. Consistency rules come on top (see withRules). */
const placementFields = z.object({
  kind: z.enum(placementKinds, "Välj arbetsträning eller praktik."),
  title: z.string("Skriv en rubrik för platsen.").trim().min(1, "Skriv en rubrik för platsen.").max(LIMITS.titleMax, `Rubriken får vara högst ${LIMITS.titleMax} tecken.`),
  description: text(LIMITS.descriptionMax, `Beskrivningen får vara högst ${LIMITS.descriptionMax} tecken.`),
  tasks: z
    .array(z.string().trim().min(1, "Skriv arbetsuppgiften.").max(LIMITS.taskMax, `En arbetsuppgift får vara högst ${LIMITS.taskMax} tecken.`))
    .max(LIMITS.tasksMax, `Skriv högst ${LIMITS.tasksMax} arbetsuppgifter.`)
    .default([]),
  occupationCardIds: z.array(z.string().min(1)).max(LIMITS.cardsMax, `Välj högst ${LIMITS.cardsMax} yrkeskort.`).default([]),
  adaptationCodes: z.array(z.string().min(1)).default([]),
  weekdays: weekdayList().default([]),
  earliestStartMinute: minuteOfDay("Skriv en tid, till exempel 08:00.").default(8 * 60),
  latestEndMinute: minuteOfDay("Skriv en tid, till exempel 16:00.").default(16 * 60),
  hoursPerDayMin: hoursPerDay("Skriv minsta antal timmar om dagen."),
  hoursPerDayMax: hoursPerDay("Skriv högsta antal timmar om dagen."),
  startDate: isoDate().nullable().default(null),
  /** null: the placement goes on until further notice (tills vidare). */
  endDate: isoDate().nullable().default(null),
  capacity: z
    .number("Skriv hur många deltagare som kan vara här samtidigt.")
    .int("Skriv ett heltal.")
    .min(1, "Minst en plats.")
    .max(LIMITS.capacityMax, `Högst ${LIMITS.capacityMax} platser.`),
  address: text(LIMITS.textMax, `Adressen får vara högst ${LIMITS.textMax} tecken.`),
  kommunCode: z.string("Välj en kommun.").regex(/^\d{4}$/, "Välj en kommun."),
  /** Without coordinates the placement sits at its kommun's centre. */
  latitude: z.number().min(55, "Latituden ligger utanför Sverige.").max(69.1, "Latituden ligger utanför Sverige.").nullable().default(null),
  longitude: z.number().min(10.9, "Longituden ligger utanför Sverige.").max(24.2, "Longituden ligger utanför Sverige.").nullable().default(null),
  mentorName: text(LIMITS.textMax, `Namnet får vara högst ${LIMITS.textMax} tecken.`),
  mentorPhone: z
    .string()
    .trim()
    .regex(/^$|^\+?[\d\s-]{6,20}$/, "Skriv ett telefonnummer med siffror, till exempel 070-123 45 67.")
    .default(""),
  mentorEmail: z.union([z.literal(""), z.email("Skriv en giltig e-postadress.")]).default(""),
  requirements: text(LIMITS.requirementsMax, `Kraven får vara högst ${LIMITS.requirementsMax} tecken.`),
  /** The organisation's own id for the placement; makes the CSV import idempotent. */
  externalRef: z
    .string()
    .trim()
    .max(100, "Referensen får vara högst 100 tecken.")
    .nullable()
    .default(null)
    .transform((ref) => ref || null),
});

type Fields = z.output<typeof placementFields>;

/** Rules between fields. They run even when single fields are wrong, so every error shows at once. */
function withRules<T extends z.ZodType<Fields>>(schema: T) {
  return schema.check(
    z.superRefine((p: Fields, ctx) => {
      const issue = (path: keyof Fields, message: string) => ctx.addIssue({ code: "custom", path: [path], message, input: p });
      if (p.hoursPerDayMax < p.hoursPerDayMin) issue("hoursPerDayMax", "Högsta antal timmar kan inte vara mindre än lägsta antal timmar.");
      if (p.latestEndMinute <= p.earliestStartMinute) issue("latestEndMinute", "Sluttiden måste vara senare än starttiden.");
      else if (p.hoursPerDayMin * 60 > p.latestEndMinute - p.earliestStartMinute) {
        issue("hoursPerDayMin", "Så många timmar får inte plats mellan start- och sluttiden.");
      }
      if (p.startDate && p.endDate && p.endDate < p.startDate) issue("endDate", "Slutdatumet kan inte vara före startdatumet.");
      if ((p.latitude === null) !== (p.longitude === null)) issue("longitude", "Ange både latitud och longitud, eller ingen av dem.");
      if (!distinct(p.adaptationCodes)) issue("adaptationCodes", "Samma anpassning är vald två gånger.");
      if (!distinct(p.occupationCardIds)) issue("occupationCardIds", "Samma yrkeskort är valt två gånger.");
    }),
  );
}

/** What a draft must satisfy: create, update and import. */
export const placementInput = withRules(placementFields);

/** What a published placement must also have: publishing says, field by field, what is missing. */
export const publishablePlacement = withRules(
  placementFields.extend({
    description: requiredText("Skriv en lättläst beskrivning av platsen.", LIMITS.descriptionMax),
    tasks: placementFields.shape.tasks.unwrap().min(1, "Skriv minst en arbetsuppgift.").prefault([]),
    occupationCardIds: placementFields.shape.occupationCardIds.unwrap().min(1, "Välj minst ett yrkeskort.").prefault([]),
    weekdays: placementFields.shape.weekdays.unwrap().min(1, "Välj minst en veckodag.").prefault([]),
    address: requiredText("Skriv adressen till arbetsplatsen.", LIMITS.textMax),
    mentorName: requiredText("Skriv namnet på handledaren på plats.", LIMITS.textMax),
  }),
);

export type PlacementInput = z.output<typeof placementInput>;
/** Input as callers write it: fields with defaults may be left out. */
export type PlacementInputShape = z.input<typeof placementInput>;

/** The largest CSV file the import reads, in characters. */
export const CSV_MAX_CHARS = 2_000_000;

export const importCsvText = z
  .string()
  .max(CSV_MAX_CHARS, "Filen är för stor. Dela upp den i filer med högst 1000 rader.")
  .refine((text) => text.trim().length > 0, "Filen är tom.");

// ---------------------------------------------------------------- text as typed (the forms and the CSV import)

/** "08:00" → 480; anything else NaN, which the schema turns into a Swedish message. */
export function minutesFromTime(value: string): number {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!match) return Number.NaN;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours <= 24 && minutes < 60 ? hours * 60 + minutes : Number.NaN;
}

export function timeFromMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Swedish decimal comma or point; empty or garbled gives NaN (the schema's message says what to write). */
export function numberFromText(value: string): number {
  const trimmed = value.trim().replace(",", ".");
  return trimmed === "" ? Number.NaN : Number(trimmed);
}
