// Participant inputs, shared by the GraphQL API and the participant form (in the browser too), so both say the same
// thing in Swedish. Browser-safe: zod only. Whether a kommun, adaptation or yrkeskort exists depends on the
// vocabularies, which the caller passes in: the server loads them from the database, the form gets them from its loader.
import * as z from "zod";
import { optionalId } from "./common.ts";
import { weekdayList } from "./placement.ts";

export const participantStages = ["INTAKE", "GUIDANCE", "MATCHING", "WORK_TRAINING", "INTERNSHIP", "EMPLOYED", "STUDIES", "ENDED"] as const;
export const travelKinds = ["KOMMUNER", "RADIUS"] as const;
export const cardAnswers = ["YES", "MAYBE", "NO"] as const;
export type CardAnswerCode = (typeof cardAnswers)[number];

export const PARTICIPANT_LIMITS = {
  nameMax: 60,
  hoursMin: 0.5,
  hoursMax: 12,
  radiusMin: 1,
  radiusMax: 200,
  textMax: 2000,
  tagsMax: 20,
  tagMax: 40,
  noteMax: 1000,
} as const;

/** Three letters for the kommun or team, four digits: "BOL-0042". Pseudonymous: never a personnummer. */
export const PARTICIPANT_CODE = /^[A-ZÅÄÖ]{3}-\d{4}$/;

export interface ParticipantVocabulary {
  kommunCodes: ReadonlySet<string>;
  adaptationCodes: ReadonlySet<string>;
  occupationCardIds: ReadonlySet<string>;
  occupationAreas: ReadonlySet<string>;
}

const L = PARTICIPANT_LIMITS;
const text = (what: string) => z.string().trim().max(L.textMax, `${what} får vara högst ${L.textMax} tecken.`).default("");

const participantFields = z.object({
  code: z
    .string("Skriv en kod för deltagaren.")
    .trim()
    .toUpperCase()
    .regex(PARTICIPANT_CODE, "Skriv koden som tre bokstäver, ett bindestreck och fyra siffror, till exempel BOL-0042."),
  displayName: z
    .string("Skriv ett förnamn eller det namn deltagaren vill använda.")
    .trim()
    .min(1, "Skriv ett förnamn eller det namn deltagaren vill använda.")
    .max(L.nameMax, `Namnet får vara högst ${L.nameMax} tecken.`),
  kommunCode: z.string("Välj en kommun.").regex(/^\d{4}$/, "Välj en kommun."),
  travelKind: z.enum(travelKinds, "Välj hur deltagaren kan resa.").default("KOMMUNER"),
  /** KOMMUNER: where the participant can travel; empty means the home kommun only. */
  travelKommunCodes: z.array(z.string()).max(50, "Välj högst 50 kommuner.").default([]),
  /** RADIUS: how far from home, in km. */
  travelRadiusKm: z.number("Skriv hur många kilometer deltagaren kan resa.").nullable().default(null),
  hoursPerDayMax: z
    .number("Skriv hur många timmar om dagen deltagaren kan vara på plats.")
    .min(L.hoursMin, "Minst 0,5 timmar om dagen.")
    .max(L.hoursMax, `Högst ${L.hoursMax} timmar om dagen.`),
  weekdays: weekdayList().min(1, "Välj minst en veckodag.").prefault([]),
  stage: z.enum(participantStages, "Välj ett steg i listan.").default("INTAKE"),
  interests: z
    .array(z.string().trim().min(1, "Ett intresse kan inte vara tomt.").max(L.tagMax, `Ett intresse får vara högst ${L.tagMax} tecken.`))
    .max(L.tagsMax, `Skriv högst ${L.tagsMax} intressen.`)
    .default([]),
  interestsText: text("Texten om intressen"),
  avoidAreas: z.array(z.string()).default([]),
  avoidCardIds: z.array(z.string()).default([]),
  avoidText: text("Texten om vad deltagaren vill undvika"),
  goals: text("Målen"),
  adaptationNeeds: z.array(z.object({ code: z.string(), mustHave: z.boolean() })).default([]),
  supportWorkerId: optionalId(),
});

export type ParticipantInput = z.output<typeof participantFields>;
/** Input as callers write it: fields with defaults may be left out. */
export type ParticipantInputShape = z.input<typeof participantFields>;

/** The participant schema: fields, rules between them and, given the vocabularies, that every code named exists. */
export function participantInput(vocabulary?: ParticipantVocabulary) {
  return participantFields.check(
    z.superRefine((p: ParticipantInput, ctx) => {
      const issue = (path: keyof ParticipantInput, message: string) => ctx.addIssue({ code: "custom", path: [path], message, input: p });
      if (p.travelKind === "RADIUS") {
        if (p.travelRadiusKm === null) issue("travelRadiusKm", "Skriv hur många kilometer deltagaren kan resa.");
        else if (p.travelRadiusKm < L.radiusMin || p.travelRadiusKm > L.radiusMax) {
          issue("travelRadiusKm", `Skriv ett avstånd mellan ${L.radiusMin} och ${L.radiusMax} km.`);
        }
      }
      const needCodes = p.adaptationNeeds.map((n) => n.code);
      if (new Set(needCodes).size !== needCodes.length) issue("adaptationNeeds", "Samma anpassning är vald två gånger.");
      if (!vocabulary) return;
      const unknown = (values: readonly string[], known: ReadonlySet<string>) => values.filter((v) => !known.has(v));
      if (!vocabulary.kommunCodes.has(p.kommunCode)) issue("kommunCode", "Kommunen finns inte. Välj en kommun i listan.");
      const travel = unknown(p.travelKommunCodes, vocabulary.kommunCodes);
      if (travel.length) issue("travelKommunCodes", `Okänd kommun: ${travel.join(", ")}.`);
      const needs = unknown(needCodes, vocabulary.adaptationCodes);
      if (needs.length) issue("adaptationNeeds", `Okänd anpassning: ${needs.join(", ")}.`);
      const cards = unknown(p.avoidCardIds, vocabulary.occupationCardIds);
      if (cards.length) issue("avoidCardIds", `Okänt yrkeskort: ${cards.join(", ")}.`);
      const areas = unknown(p.avoidAreas, vocabulary.occupationAreas);
      if (areas.length) issue("avoidAreas", `Okänt område: ${areas.join(", ")}.`);
    }),
  );
}

export const handoverInput = z.object({ note: z.string().trim().max(L.noteMax, `Meddelandet får vara högst ${L.noteMax} tecken.`).default("") });

/** One consent in force per scope: a second is refused at `scope`. */
export const CONSENT_ALREADY_ACTIVE = "Det här samtycket gäller redan. Återkalla det gamla först om något har ändrats.";

/** A consent as the coach records it; `givenAt` arrives as a Date (the DateTime scalar parsed it), absent means now. */
export const recordConsentInput = z.object({
  givenAt: z
    .date()
    .nullish()
    .transform((date) => date ?? new Date())
    .refine((date) => date.getTime() <= Date.now() + 60_000, "Datumet för samtycket kan inte ligga i framtiden."),
  note: z.string().trim().max(L.noteMax, `Anteckningen får vara högst ${L.noteMax} tecken.`).nullish().transform((note) => note ?? ""),
});
