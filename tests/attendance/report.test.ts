import { describe, expect, it } from "vitest";
import { attendanceRate, daysInWords, dueDateOf, habilitationClass, hoursText, isDueSoon, isOverdue, totalsOf } from "../../attendance/report.ts";
import { habilitationThresholds } from "../../config/habilitation.ts";

describe("a month's report, computed", () => {
  it("names missing days the way people write them", () => {
    expect(daysInWords(["2026-11-03", "2026-11-04", "2026-11-10"])).toBe("3, 4 och 10 november");
    expect(daysInWords(["2026-11-03"])).toBe("3 november");
    expect(daysInWords(["2026-10-30", "2026-11-02"])).toBe("30 oktober och 2 november");
  });

  it("counts absence as the time short of the schedule under the day's reason; a long day does not hide a short one", () => {
    const days = [
      { date: "2026-11-02", scheduledMinutes: 240, attendedMinutes: 300, absenceReason: null, note: "" },
      { date: "2026-11-03", scheduledMinutes: 240, attendedMinutes: 0, absenceReason: "SICK" as const, note: "" },
      { date: "2026-11-04", scheduledMinutes: 240, attendedMinutes: 200, absenceReason: "UNEXCUSED" as const, note: "" },
    ];
    const totals = totalsOf(days);
    expect(totals).toMatchObject({ scheduledMinutes: 720, attendedMinutes: 500, absentMinutes: 280 });
    expect(totals.absence).toMatchObject({ SICK: 240, UNEXCUSED: 40, CLOSED: 0 });
    expect(attendanceRate(days)).toBe(0.6111);
    expect(attendanceRate([])).toBeNull();
  });

  it("is due on the 7th of the next month, Stockholm calendar; overdue from the 8th while not sent", () => {
    expect(dueDateOf("2026-12")).toBe("2027-01-07");
    expect(isOverdue("2026-11", "DRAFT", "2026-12-07")).toBe(false);
    expect(isOverdue("2026-11", "RETURNED", "2026-12-08")).toBe(true);
    expect(isOverdue("2026-11", "SUBMITTED", "2026-12-08")).toBe(false);
    expect(isDueSoon("2026-11", "DRAFT", "2026-11-30")).toBe(false);
    expect(isDueSoon("2026-11", "DRAFT", "2026-12-01")).toBe(true);
  });

  it("writes hours with a decimal comma", () => {
    expect(hoursText(210)).toBe("3,5");
    expect(hoursText(200)).toBe("3,33");
    expect(hoursText(5280)).toBe("88");
  });

  it("classes days for habiliteringsersättning by configured thresholds; 5–6 h is a half day", () => {
    const defaults = habilitationThresholds();
    expect(defaults).toEqual({ fullDayMinutes: 360, halfDayMinutes: 120 });
    expect(habilitationClass(360, defaults)).toBe("FULL");
    expect(habilitationClass(330, defaults)).toBe("HALF");
    expect(habilitationClass(120, defaults)).toBe("HALF");
    expect(habilitationClass(119, defaults)).toBe("NONE");
    process.env.HABILITATION_FULL_DAY_HOURS = "5,5";
    try {
      expect(habilitationClass(330, habilitationThresholds())).toBe("FULL");
    } finally {
      delete process.env.HABILITATION_FULL_DAY_HOURS;
    }
  });
});
