import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  dateOfMoment,
  daysBetween,
  daysBetweenMoments,
  endOfMonth,
  fixedClock,
  formatDate,
  formatDayAndMonth,
  formatMomentDate,
  formatMonth,
  formatMonthShort,
  fromDbDate,
  startOfMonth,
  today,
  toDbDate,
  weekdayOf,
} from "../../lib/dates.ts";

describe("today in Stockholm", () => {
  it("is already tomorrow at 23:30 UTC on a winter day (UTC+1)", () => {
    expect(today(fixedClock("2026-01-15T23:30:00Z"))).toBe("2026-01-16");
    expect(today(fixedClock("2026-01-15T22:59:59Z"))).toBe("2026-01-15");
  });

  it("is already tomorrow at 22:30 UTC on a summer day (UTC+2)", () => {
    expect(today(fixedClock("2026-07-15T22:30:00Z"))).toBe("2026-07-16");
    expect(today(fixedClock("2026-07-15T21:59:59Z"))).toBe("2026-07-15");
  });

  it("follows the clocks on the days they change", () => {
    // 2026-10-25: back from UTC+2 to UTC+1 at 01:00 UTC, so that evening midnight is at 23:00 UTC.
    expect(today(fixedClock("2026-10-24T22:30:00Z"))).toBe("2026-10-25");
    expect(today(fixedClock("2026-10-25T22:30:00Z"))).toBe("2026-10-25");
    expect(today(fixedClock("2026-10-25T23:00:00Z"))).toBe("2026-10-26");
    // 2027-03-28: forward from UTC+1 to UTC+2 at 01:00 UTC, so that evening midnight is at 22:00 UTC.
    expect(today(fixedClock("2027-03-27T23:30:00Z"))).toBe("2027-03-28");
    expect(today(fixedClock("2027-03-28T21:59:00Z"))).toBe("2027-03-28");
    expect(today(fixedClock("2027-03-28T22:00:00Z"))).toBe("2027-03-29");
  });

  it("reads the clock it is given, not the machine's", () => {
    expect(today(fixedClock("2030-05-01T10:00:00Z"))).toBe("2030-05-01");
  });

  it("names the Stockholm day of a moment", () => {
    expect(dateOfMoment(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
    expect(formatMomentDate("2026-11-02T23:30:00.000Z")).toBe("3 november 2026");
  });
});

describe("calendar arithmetic", () => {
  it("adds days across the DST changes without losing or gaining one", () => {
    expect(addDays("2026-10-24", 1)).toBe("2026-10-25");
    expect(addDays("2026-10-25", 1)).toBe("2026-10-26");
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("counts calendar days between two days, across DST and years", () => {
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    expect(daysBetween("2027-03-27", "2027-03-29")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2026-11-03", "2026-11-03")).toBe(0);
    expect(daysBetween("2026-11-10", "2026-11-03")).toBe(-7);
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
  });

  it("counts a proposal made at 23:30 in Stockholm as waiting one day at 00:30 the next day", () => {
    // Winter (UTC+1): 23:30 on 15 January is 22:30 UTC; 00:30 on the 16th is 23:30 UTC, one hour later.
    expect(daysBetweenMoments(new Date("2026-01-15T22:30:00Z"), new Date("2026-01-15T23:30:00Z"))).toBe(1);
    expect(daysBetweenMoments(new Date("2026-01-15T22:30:00Z"), new Date("2026-01-15T22:59:00Z"))).toBe(0);
    // Summer (UTC+2), and 47 hours that span only one midnight.
    expect(daysBetweenMoments(new Date("2026-07-15T21:30:00Z"), new Date("2026-07-15T22:30:00Z"))).toBe(1);
    expect(daysBetweenMoments(new Date("2026-07-14T22:30:00Z"), new Date("2026-07-16T21:30:00Z"))).toBe(1);
    // Across the night the clocks go back, and never below zero.
    expect(daysBetweenMoments(new Date("2026-10-24T21:30:00Z"), new Date("2026-10-25T23:30:00Z"))).toBe(2);
    expect(daysBetweenMoments(new Date("2026-01-16T10:00:00Z"), new Date("2026-01-15T10:00:00Z"))).toBe(0);
  });

  it("finds the first and last day of a month", () => {
    expect(startOfMonth("2026-11-17")).toBe("2026-11-01");
    expect(endOfMonth("2026-11-17")).toBe("2026-11-30");
    expect(endOfMonth("2026-10-25")).toBe("2026-10-31");
    expect(endOfMonth("2027-03-28")).toBe("2027-03-31");
    expect(endOfMonth("2028-02-02")).toBe("2028-02-29");
    expect(endOfMonth("2026-02-02")).toBe("2026-02-28");
    expect(endOfMonth("2026-12-01")).toBe("2026-12-31");
  });

  it("moves by months, keeping to the month's last day", () => {
    expect(addMonths(startOfMonth("2026-11-17"), 1)).toBe("2026-12-01");
    expect(addDays(addMonths(startOfMonth("2026-12-17"), 1), 6)).toBe("2027-01-07");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
  });

  it("tells the weekday, Monday first", () => {
    expect(weekdayOf("2026-11-02")).toBe("MON");
    expect(weekdayOf("2026-11-03")).toBe("TUE");
    expect(weekdayOf("2026-10-25")).toBe("SUN");
    expect(weekdayOf("2027-03-28")).toBe("SUN");
  });

  it("refuses text that is not a day", () => {
    expect(() => addDays("2026-11-03T00:00:00.000Z", 1)).toThrow(RangeError);
    expect(() => fixedClock("soon")).toThrow(RangeError);
  });
});

describe("Swedish formatting", () => {
  it("writes days and months the Swedish way", () => {
    expect(formatDate("2026-11-03")).toBe("3 november 2026");
    expect(formatDate("2027-01-01")).toBe("1 januari 2027");
    expect(formatDayAndMonth("2026-11-03")).toBe("3 november");
    expect(formatMonth("2026-11-03")).toBe("november 2026");
    expect(formatMonthShort("2026-11-03")).toBe("nov. 2026");
    expect(formatMonthShort("2026-05-03")).toBe("maj 2026");
  });

  it("formats a day as that day in every time zone", () => {
    // The page used to format date-only values through `new Date(iso)`; the day must not depend on a zone at all.
    expect(formatDate("2026-10-25")).toBe("25 oktober 2026");
  });
});

describe("the database edge", () => {
  it("reads and writes @db.Date values as UTC midnight", () => {
    expect(fromDbDate(new Date("2026-11-03T00:00:00.000Z"))).toBe("2026-11-03");
    expect(toDbDate("2026-11-03").toISOString()).toBe("2026-11-03T00:00:00.000Z");
  });
});
