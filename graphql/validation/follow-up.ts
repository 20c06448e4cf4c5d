// Follow-up inputs (uppföljning, stegförflyttning, agreed actions, outcomes), shared by the GraphQL API and the
// follow-up form through conform (browser-safe: zod only), so both say the same thing in Swedish. The form sends
// fixed rows (three empty actions, one rating per area): rows left empty are dropped here, not refused.
import * as z from "zod";
import { SE_PHASES } from "../../lib/follow-up-schedule.ts";
import { distinct, isoDate } from "./common.ts";

export const followUpModes = ["WORKPLACE_VISIT", "PHONE", "DIGITAL", "THREE_PARTY"] as const;
export const progressAreas = ["WORK_TASKS", "PHYSICAL", "MENTAL", "SOCIAL", "COMMUNICATION", "LEARNING", "ATTENDANCE"] as const;
export const supportLevels = ["CONSTANT", "DAILY", "WEEKLY", "ON_REQUEST", "NATURAL"] as const;
export const adaptationChanges = ["IN_USE", "NEWLY_NEEDED", "NO_LONGER_NEEDED"] as const;
export const actionOwners = ["PARTICIPANT", "SUPPORT_WORKER", "COACH", "ORGANIZATION"] as const;
export const outcomes = ["JOB", "JOB_WITH_SUPPORT", "STUDIES", "OTHER_SUPPORT", "ENDED"] as const;
export const sePhases = SE_PHASES;

export const FOLLOW_UP_LIMITS = { textMax: 4000, shortMax: 500, actionMax: 300, actions: 10, adaptations: 40, durationMax: 600, editHours: 24 } as const;
const L = FOLLOW_UP_LIMITS;

const text = (max: number = L.textMax) => z.string().trim().max(max, `Högst ${max} tecken.`).default("");
const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

/** Drops the rows of a fixed-size form list that were left empty (every field blank). */
const withoutEmptyRows = (keys: string[]) => (rows: unknown) =>
  Array.isArray(rows) ? rows.filter((row) => row && typeof row === "object" && keys.some((key) => !isEmpty((row as Record<string, unknown>)[key]))) : rows;

export const ratingInput = z.object({
  area: z.enum(progressAreas, "Välj ett område."),
  rating: z.number("Välj ett steg från 1 till 10.").int("Välj ett helt steg.").min(1, "Lägst steg 1.").max(10, "Högst steg 10."),
});

export const actionInput = z.object({
  description: z.string("Skriv vad som ska göras.").trim().min(1, "Skriv vad som ska göras.").max(L.actionMax, `Högst ${L.actionMax} tecken.`),
  owner: z.enum(actionOwners, "Välj vem som gör det."),
  dueDate: isoDate("Skriv när det ska vara klart."),
});

export const adaptationChangeInput = z.object({
  code: z.string().min(1).max(100),
  change: z.enum(adaptationChanges, "Välj används, behövs nu eller behövs inte längre."),
});

const followUpFields = {
  date: isoDate("Skriv vilken dag uppföljningen var."),
  mode: z.enum(followUpModes, "Välj hur ni träffades."),
  durationMinutes: z.number("Skriv hur länge i minuter.").int("Skriv hela minuter.").min(5, "Minst 5 minuter.").max(L.durationMax, `Högst ${L.durationMax} minuter.`).nullable().default(null),
  attendees: text(L.shortMax),
  workPlanGoal: text(L.shortMax),
  notes: z.string("Skriv vad ni gjorde.").trim().min(1, "Skriv vad ni gjorde.").max(L.textMax, `Högst ${L.textMax} tecken.`),
  supportGiven: text(),
  supportBefore: z.enum(supportLevels, "Välj en stödnivå i listan.").nullable().default(null),
  supportAfter: z.enum(supportLevels, "Välj en stödnivå i listan.").nullable().default(null),
  employerFeedback: text(),
  participantView: z.number("Välj ett ansikte.").int().min(1, "Välj ett ansikte.").max(5, "Välj ett ansikte.").nullable().default(null),
  risks: text(),
  nextDate: isoDate("Skriv nästa datum.").nullable().default(null),
  ratings: z.preprocess(withoutEmptyRows(["rating"]), z.array(ratingInput).max(progressAreas.length)).prefault([]),
  adaptations: z.preprocess(withoutEmptyRows(["change"]), z.array(adaptationChangeInput).max(L.adaptations)).prefault([]),
  actions: z.preprocess(withoutEmptyRows(["description", "dueDate"]), z.array(actionInput).max(L.actions, `Högst ${L.actions} överenskommelser.`)).prefault([]),
};

type FollowUpShape = { date: string; nextDate: string | null; ratings: { area: string }[]; adaptations: { code: string }[] };

function checkFollowUp(value: FollowUpShape, ctx: z.RefinementCtx): void {
  if (value.nextDate && value.nextDate <= value.date) ctx.addIssue({ code: "custom", path: ["nextDate"], message: "Nästa datum ska vara efter uppföljningen." });
  if (!distinct(value.ratings.map((r) => r.area))) ctx.addIssue({ code: "custom", path: ["ratings"], message: "Varje område får ett steg." });
  if (!distinct(value.adaptations.map((a) => a.code))) ctx.addIssue({ code: "custom", path: ["adaptations"], message: "Varje anpassning väljs en gång." });
}

export const recordFollowUpInput = z.object({ participantId: z.string().min(1), ...followUpFields }).superRefine(checkFollowUp);
export type RecordFollowUpValues = z.output<typeof recordFollowUpInput>;

export const updateFollowUpInput = z.object({ followUpId: z.string().min(1), ...followUpFields }).superRefine(checkFollowUp);

export const addendumInput = z.object({
  followUpId: z.string().min(1),
  text: z.string("Skriv tillägget.").trim().min(1, "Skriv tillägget.").max(L.textMax, `Högst ${L.textMax} tecken.`),
});

export const recordOutcomeInput = z
  .object({
    participantId: z.string().min(1),
    outcome: z.enum(outcomes, "Välj vad deltagaren går vidare till."),
    date: isoDate("Skriv vilket datum."),
    reason: text(L.shortMax),
    endSupport: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === "ENDED" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Skriv varför stödet avslutas." });
  });

export const setPhaseInput = z.object({ participantId: z.string().min(1), phase: z.enum(sePhases, "Välj en fas.") });
