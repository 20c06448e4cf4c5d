// The coach's forms about a participant: the profile (new and edit), a consent, a handover. Each is checked by the
// API's schema in graphql/validation/participant.ts.
import * as z from "zod";
import { parseIsoDate } from "../../graphql/validation/common.ts";
import { CONSENT_ALREADY_ACTIVE, handoverInput, PARTICIPANT_LIMITS, participantInput, recordConsentInput, type ParticipantVocabulary } from "../../graphql/validation/participant.ts";
import { numberFromText } from "../../graphql/validation/placement.ts";
import type { IsoDate } from "../../lib/dates.ts";
import { choices, defineForm, firstSegment, list, text, type FormValues } from "./form.ts";

/** How a need is chosen: one radio group per adaptation, named `need.<CODE>`. */
export type NeedChoice = "MUST" | "NICE" | "NONE";

const participantFields = {
  code: text(),
  displayName: text(),
  kommunCode: text(),
  travelKind: text(),
  /** Only when travelling to kommuner. */
  travelKommunCodes: list(),
  /** Only when travelling a distance. */
  travelRadiusKm: text(),
  hoursPerDayMax: text(),
  weekdays: list(),
  stage: text(),
  /** Comma separated. */
  interests: text(),
  interestsText: text(),
  avoidAreas: list(),
  avoidCardIds: list(),
  avoidText: text(),
  goals: text(),
  /** Adaptation code → NeedChoice. */
  need: choices(),
  supportWorkerId: text(),
};

export type ParticipantFormValues = FormValues<typeof participantFields>;

function participantInputOf(f: ParticipantFormValues) {
  const travelKind = f.travelKind || "KOMMUNER";
  const adaptationNeeds = Object.entries(f.need)
    .filter(([, choice]) => choice === "MUST" || choice === "NICE")
    .map(([code, choice]) => ({ code, mustHave: choice === "MUST" }));
  return {
    code: f.code,
    displayName: f.displayName,
    kommunCode: f.kommunCode,
    travelKind,
    travelKommunCodes: travelKind === "KOMMUNER" ? f.travelKommunCodes : [],
    travelRadiusKm: travelKind === "RADIUS" ? numberFromText(f.travelRadiusKm) : null,
    hoursPerDayMax: numberFromText(f.hoursPerDayMax),
    weekdays: f.weekdays,
    stage: f.stage || undefined,
    interests: f.interests.split(",").map((tag) => tag.trim()).filter(Boolean),
    interestsText: f.interestsText,
    avoidAreas: f.avoidAreas,
    avoidCardIds: f.avoidCardIds,
    avoidText: f.avoidText,
    goals: f.goals,
    adaptationNeeds,
    supportWorkerId: f.supportWorkerId || null,
  };
}

/** The needs are chosen in the radio groups under `need`. */
const participantFieldOf = (path: string) => (firstSegment(path) === "adaptationNeeds" ? "need" : firstSegment(path));

/** The profile form; with the vocabularies (the loader's, or the action's), every code chosen must exist. */
export const participantForm = (vocabulary?: ParticipantVocabulary) =>
  defineForm({ fields: participantFields, toInput: participantInputOf, input: participantInput(vocabulary), fieldOf: participantFieldOf });

export const CONSENT_NOTE_MAX = PARTICIPANT_LIMITS.noteMax;

const CONSENT_DAY = "Skriv datumet som år-månad-dag, till exempel 2026-09-01.";
const CONSENT_DAY_MISSING = "Skriv vilken dag deltagaren gav samtycket.";

/**
 * A consent as the coach records it: a day, not a moment, and always one the coach wrote (an empty date is an
 * error, not "today"). Today (by the page's clock) is recorded as now; an earlier day at noon UTC, so the day reads
 * the same in every time zone. `active`: the scopes that already have a consent in force, refused here before the
 * API refuses them too (the action passes none and leaves it to the API).
 */
export const consentForm = (today: IsoDate, active: readonly string[] = []) =>
  defineForm({
    fields: { scope: text(), givenAt: text(), note: text() },
    toInput: (f) => f,
    input: z.object({
      scope: z.string().refine((scope) => !active.includes(scope), CONSENT_ALREADY_ACTIVE),
      givenAt: z
        .string({ error: CONSENT_DAY_MISSING })
        .min(1, CONSENT_DAY_MISSING)
        .refine((day) => !day || parseIsoDate(day) !== null, CONSENT_DAY)
        .transform((day): Date | null | undefined => (day === today ? null : new Date(`${day}T12:00:00.000Z`)))
        .pipe(recordConsentInput.shape.givenAt),
      note: recordConsentInput.shape.note,
    }),
  });

export const handoverForm = defineForm({
  fields: { toCoachId: text(), note: text() },
  toInput: (f) => f,
  input: handoverInput.extend({ toCoachId: z.string() }),
});
