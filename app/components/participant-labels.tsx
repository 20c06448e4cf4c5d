// Swedish words for participant codes, shared by the participant pages.
import { formatMomentDate } from "../../lib/dates.ts";

export const consentScopeLabel: Record<string, string> = {
  SHARE_WITH_EMPLOYER: "Dela förnamn, tider och behov med arbetsgivare vid förslag",
  SHARE_WITH_SUPPORT_WORKER: "Dela uppgifter med SE-handledare",
  CONTACT_WITH_AUTHORITIES: "Kontakt med myndigheter (Försäkringskassan, Arbetsförmedlingen)",
};

export const answerLabel: Record<string, string> = { YES: "Ja", MAYBE: "Kanske", NO: "Nej" };

/** The Stockholm day of a moment the API sent, "2 september 2026"; for a calendar day use lib/dates.ts's formatDate. */
export const swedishDate = formatMomentDate;

/** "3,5" */
export function swedishNumber(value: number): string {
  return String(value).replace(".", ",");
}

/** Groups items by a key, keeping the order in which keys first appear. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups];
}
