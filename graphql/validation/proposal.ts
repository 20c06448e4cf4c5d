// Proposal and assignment inputs, shared by the GraphQL API and the proposal pages (browser-safe: zod only), so both
// say the same thing in Swedish. Rules that need stored rows (the placement's schedule) take them as arguments.
import * as z from "zod";
import { advanceSteps } from "../../lib/proposal-status.ts";
import { isoDate, optionalId } from "./common.ts";
import { weekdayList, type WeekdayCode } from "./placement.ts";

export const proposalAnswers = ["YES", "NO", "MEET"] as const;
export const declineReasons = ["NO_CAPACITY", "TASKS_DO_NOT_FIT", "ADAPTATION_NOT_POSSIBLE", "SCHEDULE_DOES_NOT_FIT", "PARTICIPANT_DECLINED", "OTHER"] as const;
export const assignmentOutcomes = ["JOB", "STUDIES", "OTHER_SUPPORT", "INTERRUPTED", "COMPLETED"] as const;

/** An answer without reply for this many days is flagged to both sides. */
export const OVERDUE_AFTER_DAYS = 7;

export const PROPOSAL_LIMITS = { messageMax: 2000, noteMax: 1000, workPlanMax: 4000, nameMax: 200, hoursMin: 0.5, hoursMax: 12 } as const;
const L = PROPOSAL_LIMITS;

const note = z.string().trim().max(L.noteMax, `Anteckningen får vara högst ${L.noteMax} tecken.`).default("");

export const proposeInput = z.object({
  participantId: z.string().min(1),
  placementId: z.string().min(1),
  message: z.string().trim().max(L.messageMax, `Meddelandet får vara högst ${L.messageMax} tecken.`).default(""),
});

export const answerInput = z
  .object({
    proposalId: z.string().min(1),
    answer: z.enum(proposalAnswers, "Välj ett svar: ja, nej eller vi vill träffas."),
    declineReason: z.enum(declineReasons, "Välj ett skäl i listan.").nullable().default(null),
    note,
  })
  .superRefine((value, ctx) => {
    if (value.answer === "NO" && !value.declineReason) ctx.addIssue({ code: "custom", path: ["declineReason"], message: "Välj varför ni säger nej." });
  });

export const advanceInput = z.object({
  proposalId: z.string().min(1),
  to: z.enum(advanceSteps, "Välj nästa steg i listan."),
  note,
});

export const withdrawInput = z.object({ proposalId: z.string().min(1), note });

export const placeInput = z
  .object({
    proposalId: z.string().min(1),
    startDate: isoDate("Skriv när insatsen börjar."),
    plannedEndDate: isoDate("Skriv när insatsen planeras sluta.").nullable().default(null),
    weekdays: weekdayList().min(1, "Välj minst en veckodag.").prefault([]),
    hoursPerDay: z
      .number("Skriv hur många timmar om dagen.")
      .min(L.hoursMin, "Minst 0,5 timmar om dagen.")
      .max(L.hoursMax, `Högst ${L.hoursMax} timmar om dagen.`),
    workPlanGoals: z
      .string("Skriv minst ett mål i arbetsplanen.")
      .trim()
      .min(1, "Skriv minst ett mål i arbetsplanen.")
      .max(L.workPlanMax, `Högst ${L.workPlanMax} tecken.`),
    workPlanQuestions: z
      .string("Skriv vad arbetsträningen ska svara på.")
      .trim()
      .min(1, "Skriv vad arbetsträningen ska svara på.")
      .max(L.workPlanMax, `Högst ${L.workPlanMax} tecken.`),
    mentorName: z.string().trim().max(L.nameMax, `Namnet får vara högst ${L.nameMax} tecken.`).default(""),
    supportWorkerId: optionalId(),
  })
  .superRefine((value, ctx) => {
    if (value.plannedEndDate && value.plannedEndDate < value.startDate) {
      ctx.addIssue({ code: "custom", path: ["plannedEndDate"], message: "Slutdatumet kan inte vara före startdatumet." });
    }
  });
export type PlaceInput = z.output<typeof placeInput>;

export const endAssignmentInput = z.object({
  assignmentId: z.string().min(1),
  outcome: z.enum(assignmentOutcomes, "Välj hur insatsen slutade."),
  note,
});

export interface ScheduleLimits {
  weekdays: readonly string[];
  hoursPerDayMin: number;
  hoursPerDayMax: number;
}

const hours = (n: number) => n.toLocaleString("sv-SE", { maximumFractionDigits: 1 });

/** The assignment's schedule must fit inside the placement's: its weekdays, and between its least and most hours. */
export function scheduleErrors(input: { weekdays: readonly WeekdayCode[]; hoursPerDay: number }, placement: ScheduleLimits): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  if (input.weekdays.some((day) => !placement.weekdays.includes(day))) {
    errors.push({ field: "weekdays", message: "Välj bara dagar då platsen är öppen för deltagare." });
  }
  if (input.hoursPerDay < placement.hoursPerDayMin || input.hoursPerDay > placement.hoursPerDayMax) {
    errors.push({
      field: "hoursPerDay",
      message: `Platsen har ${hours(placement.hoursPerDayMin)}–${hours(placement.hoursPerDayMax)} timmar om dagen. Välj ett antal inom det.`,
    });
  }
  return errors;
}
