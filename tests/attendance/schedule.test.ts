import { describe, expect, it } from "vitest";
import { daysOfMonth, holidayName, scheduleOfMonth } from "../../attendance/schedule.ts";

const assignment = {
  startDate: new Date("2026-12-02T00:00:00Z"),
  plannedEndDate: new Date("2027-01-08T00:00:00Z"),
  endedAt: null,
  weekdays: ["MON", "TUE", "WED", "THU", "FRI"] as const,
  hoursPerDay: 3.5,
};

describe("scheduleOfMonth", () => {
  it("schedules the assignment's weekdays in whole minutes and marks holidays, free days and days outside it", () => {
    const december = scheduleOfMonth({ ...assignment, weekdays: [...assignment.weekdays] }, "2026-12");
    expect(december).toHaveLength(31);
    const byDate = new Map(december.map((day) => [day.date, day]));
    expect(byDate.get("2026-12-01")).toMatchObject({ kind: "OUTSIDE", scheduledMinutes: 0 });
    expect(byDate.get("2026-12-02")).toMatchObject({ kind: "SCHEDULED", scheduledMinutes: 210, weekday: "WED" });
    expect(byDate.get("2026-12-05")).toMatchObject({ kind: "FREE", weekday: "SAT" });
    expect(byDate.get("2026-12-24")).toMatchObject({ kind: "HOLIDAY", holiday: "julafton", scheduledMinutes: 0 });
    expect(byDate.get("2026-12-25")).toMatchObject({ kind: "HOLIDAY", holiday: "juldagen" });
    expect(december.filter((day) => day.kind === "SCHEDULED")).toHaveLength(19); // 2–4, 7–11, 14–18, 21–23, 28–30 (31st: nyårsafton)
  });

  it("ends at the planned end, or earlier at the Stockholm day the assignment ended", () => {
    const january = scheduleOfMonth({ ...assignment, weekdays: [...assignment.weekdays] }, "2027-01");
    expect(january.find((day) => day.date === "2027-01-06")).toMatchObject({ kind: "HOLIDAY", holiday: "trettondedag jul" });
    expect(january.filter((day) => day.kind === "SCHEDULED").map((day) => day.date)).toEqual(["2027-01-04", "2027-01-05", "2027-01-07", "2027-01-08"]);
    // 23:30 UTC on the 9th is 00:30 on the 10th in Stockholm
    const ended = scheduleOfMonth({ ...assignment, weekdays: [...assignment.weekdays], plannedEndDate: null, endedAt: new Date("2026-12-09T23:30:00Z") }, "2026-12");
    expect(ended.filter((day) => day.kind === "SCHEDULED").map((day) => day.date)).toEqual(["2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10"]);
  });

  it("knows Sweden's moving holidays and the months' lengths", () => {
    expect(holidayName("2027-03-26")).toBe("långfredagen");
    expect(holidayName("2027-06-25")).toBe("midsommarafton");
    expect(holidayName("2027-03-25")).toBeUndefined();
    expect(daysOfMonth("2028-02")).toHaveLength(29);
  });
});
