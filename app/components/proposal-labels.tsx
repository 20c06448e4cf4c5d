// Swedish words for proposals and assignments, shared by the matches and proposal pages.
import { plural } from "../../lib/plural.ts";

export const proposalStatusLabel: Record<string, string> = {
  SUGGESTED: "Föreslagen",
  CONTACTED: "Kontakt tagen",
  VISIT: "Studiebesök",
  TRIAL: "Prova-på",
  PLACED: "Insats startad",
  DECLINED: "Nej tack",
  WITHDRAWN: "Tillbakadragen",
};

export const declineReasonLabel: Record<string, string> = {
  NO_CAPACITY: "Vi har inte plats just nu",
  TASKS_DO_NOT_FIT: "Arbetsuppgifterna passar inte",
  ADAPTATION_NOT_POSSIBLE: "Vi kan inte ordna anpassningen",
  SCHEDULE_DOES_NOT_FIT: "Tiderna passar inte",
  PARTICIPANT_DECLINED: "Deltagaren vill inte",
  OTHER: "Annat skäl",
};

export const outcomeLabel: Record<string, string> = {
  JOB: "Fick ett arbete",
  STUDIES: "Började studera",
  OTHER_SUPPORT: "Gick vidare till annat stöd",
  INTERRUPTED: "Avbröts",
  COMPLETED: "Genomförd",
};

export const assignmentStatusLabel: Record<string, string> = { ACTIVE: "Pågår", PAUSED: "Pausad", ENDED: "Avslutad" };

const days = (n: number) => plural(n, "dag", "dagar");

/** "Har väntat på svar i 3 dagar" while it waits ("Skickat i dag" on the first day); afterwards how long the answer took. */
export function waitingText(p: { daysWaiting: number; awaitingAnswer: boolean }): string {
  if (p.awaitingAnswer) return p.daysWaiting === 0 ? "Skickat i dag" : `Har väntat på svar i ${days(p.daysWaiting)}`;
  return p.daysWaiting === 0 ? "Svar samma dag" : `Svar efter ${days(p.daysWaiting)}`;
}

export const OVERDUE_TEXT = "Inget svar på mer än 7 dagar";

/** "3,2 km bort", or nothing when the distance is unknown. */
export function distanceText(km: number | null): string {
  if (km === null) return "";
  return km < 1 ? "Mindre än 1 km bort" : `${km.toLocaleString("sv-SE", { maximumFractionDigits: 1 })} km bort`;
}
