import { describe, expect, it } from "vitest";
import { WEEKDAYS, weekdayLabel, weekdayName, weekdayOfUtcDate } from "../../lib/weekdays.ts";

describe("weekdays", () => {
  it("runs Monday to Sunday, as a Swedish calendar does", () => {
    expect(WEEKDAYS.map(weekdayName)).toEqual(["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]);
    expect(WEEKDAYS.map(weekdayLabel)).toEqual(["Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag", "Söndag"]);
  });

  it("names the day a UTC date falls on, Sunday included", () => {
    const days = Array.from({ length: 7 }, (_, i) => weekdayOfUtcDate(new Date(Date.UTC(2026, 7, 31 + i, 23, 59))));
    expect(days).toEqual([...WEEKDAYS]); // 31 August 2026 is a Monday
  });

  it("gives back a code that is not a day unchanged", () => {
    expect(weekdayName("HOLIDAY")).toBe("HOLIDAY");
  });
});
