/**
 * How long a published placement counts as current without its organisation confirming it (publishing counts as
 * confirming). One rule for the API's flags, the matcher's filter and the organisation's page. Browser-safe.
 */

/** Unconfirmed this long: the organisation is asked to confirm the listing. */
export const NEEDS_CONFIRMATION_AFTER_DAYS = 90;
/** Unconfirmed this long: stale, hidden from matching until confirmed. */
export const STALE_AFTER_DAYS = 120;
