/**
 * How long a published placement counts as current without its organisation confirming it (publishing counts as
 * confirming). One rule for the API's flags, the matcher's filter and the organisation's page. Browser-safe.
 */

/** Unconfirmed this long: the organisation is asked to confirm the listing. */
export const NEEDS_CONFIRMATION_AFTER_DAYS = 90;
/** Unconfirmed this long: stale, hidden from matching until confirmed. */
export const STALE_AFTER_DAYS = 120;

const placements = (n: number) => (n === 1 ? "En plats" : `${n} platser`);

/**
 * The organisation page's notice about unconfirmed placements. It says what has already happened to the stale ones
 * (hidden, as their rows say) apart from what will happen to the others, so it never contradicts a row.
 */
export function confirmationNotice(stale: number, due: number): string {
  return [
    stale > 0 && `${placements(stale)} har inte bekräftats på ${STALE_AFTER_DAYS} dagar och visas inte i matchningar. Bekräfta så visas de igen.`,
    due > 0 && `${placements(due)} har inte bekräftats på ${NEEDS_CONFIRMATION_AFTER_DAYS} dagar. Stämmer de fortfarande? Bekräfta, annars visas de inte i matchningar efter ${STALE_AFTER_DAYS} dagar.`,
  ]
    .filter(Boolean)
    .join(" ");
}
