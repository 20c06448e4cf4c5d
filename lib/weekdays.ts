/**
 * The days of the week: the codes the database, the API and the index share, in Swedish calendar order (Monday
 * first), and their Swedish names. Browser-safe, imports nothing: every layer reads the days from here.
 */
export const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** As inside a sentence: "måndag till fredag". */
export const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  MON: "måndag",
  TUE: "tisdag",
  WED: "onsdag",
  THU: "torsdag",
  FRI: "fredag",
  SAT: "lördag",
  SUN: "söndag",
};

/** "måndag"; a code that is not a day comes back as it is. */
export function weekdayName(code: string): string {
  return WEEKDAY_NAMES[code as Weekday] ?? code;
}

/** "Måndag", as a label on its own. */
export function weekdayLabel(code: string): string {
  const name = weekdayName(code);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The day a UTC instant falls on; `getUTCDay` counts from Sunday. */
export function weekdayOfUtcDate(date: Date): Weekday {
  return WEEKDAYS[(date.getUTCDay() + 6) % 7];
}
