// Overdue is reckoned in Stockholm calendar days (acceptance 3): a due day passes at Stockholm's midnight, whatever
// UTC says, and a daylight-saving change inside the interval neither adds nor removes a day.
import { beforeAll, describe, expect, it } from "vitest";
import { toDbDate } from "../../lib/dates.ts";
import { FOLLOW_UP_INTERVAL_DEFAULTS, followUpSchedule } from "../../lib/follow-up-schedule.ts";
import { createFollowUp } from "../../prisma/factories.ts";
import { useTestDatabase } from "../setup/database.ts";
import { OVERVIEW, runAs, supportedParticipant } from "./helpers.ts";

const t = useTestDatabase();
let run: ReturnType<typeof runAs>;

beforeAll(() => {
  run = runAs(t.db);
});

/** A participant whose last follow-up was on `last`, with `next` planned (or none): the interval is 14 days in phase 5. */
async function followedUp(last: string, next: string | null) {
  const world = await supportedParticipant(t.db, { supportStartedOn: "2026-06-01", startDate: "2026-06-01" });
  await createFollowUp(t.db, { participantId: world.participant.id, supportWorkerId: world.handledare.user.id, date: toDbDate(last), nextDate: next ? toDbDate(next) : null });
  return async (at: string) => {
    const result = await run(world.handledare.viewer, OVERVIEW, {}, at);
    expect(result.errors).toEqual([]);
    const [row] = result.data!.followUpOverview.rows;
    return { today: result.data!.followUpOverview.today, overdue: row.overdue, reason: row.overdueReason, dueDate: row.dueDate, daysOverdue: row.daysOverdue };
  };
}

describe("overdue in Stockholm across the change to winter time, 25 October 2026", () => {
  it("a planned date of 24 October passes at Stockholm's midnight (22:00 UTC in summer time), not at UTC's", async () => {
    const at = await followedUp("2026-10-11", "2026-10-24");
    expect(await at("2026-10-24T21:30:00Z")).toEqual({ today: "2026-10-24", overdue: false, reason: null, dueDate: "2026-10-24", daysOverdue: 0 });
    expect(await at("2026-10-24T22:30:00Z")).toEqual({ today: "2026-10-25", overdue: true, reason: "NEXT_DATE_PASSED", dueDate: "2026-10-24", daysOverdue: 1 });
  });

  it("fourteen days from 11 October end on 25 October, the day the clocks go back, and the person is overdue from Stockholm's midnight (23:00 UTC in winter time)", async () => {
    expect(FOLLOW_UP_INTERVAL_DEFAULTS.ON_OFF_JOB_SUPPORT).toBe(14);
    const at = await followedUp("2026-10-11", null);
    expect(await at("2026-10-25T22:30:00Z")).toMatchObject({ today: "2026-10-25", overdue: false, dueDate: "2026-10-25" });
    expect(await at("2026-10-25T23:30:00Z")).toMatchObject({ today: "2026-10-26", overdue: true, reason: "INTERVAL_EXCEEDED", daysOverdue: 1 });
  });
});

describe("overdue in Stockholm across the change to summer time, 28 March 2027", () => {
  it("fourteen days from 14 March end on 28 March, the day the clocks go forward, and the person is overdue from Stockholm's midnight (22:00 UTC in summer time)", async () => {
    const at = await followedUp("2027-03-14", null);
    expect(await at("2027-03-28T21:30:00Z")).toMatchObject({ today: "2027-03-28", overdue: false, dueDate: "2027-03-28" });
    expect(await at("2027-03-28T22:30:00Z")).toMatchObject({ today: "2027-03-29", overdue: true, reason: "INTERVAL_EXCEEDED", daysOverdue: 1 });
  });

  it("a planned date of 28 March is still due, not overdue, late that evening in Stockholm", async () => {
    const at = await followedUp("2027-03-14", "2027-03-28");
    expect(await at("2027-03-28T21:59:00Z")).toMatchObject({ overdue: false, dueDate: "2027-03-28" });
    expect(await at("2027-03-28T22:00:00Z")).toMatchObject({ overdue: true, reason: "NEXT_DATE_PASSED" });
  });
});

describe("the schedule rule", () => {
  const base = { phase: "ON_OFF_JOB_SUPPORT" as const, followingAlong: false, supportStartedOn: "2026-01-01" };

  it("counts the interval from the start of support until a first follow-up", () => {
    expect(followUpSchedule({ ...base, lastFollowUp: null, plannedNext: null }, "2026-01-16", FOLLOW_UP_INTERVAL_DEFAULTS)).toMatchObject({
      dueDate: "2026-01-15",
      overdue: true,
      reason: "INTERVAL_EXCEEDED",
    });
  });

  it("takes the earlier of the planned date and the interval, and the follow-along interval after a job", () => {
    const late = followUpSchedule({ ...base, lastFollowUp: "2026-03-01", plannedNext: "2026-05-01" }, "2026-03-10", FOLLOW_UP_INTERVAL_DEFAULTS);
    expect(late.dueDate).toBe("2026-03-15");
    const along = followUpSchedule({ ...base, followingAlong: true, lastFollowUp: "2026-03-01", plannedNext: null }, "2026-03-10", FOLLOW_UP_INTERVAL_DEFAULTS);
    expect(along).toMatchObject({ intervalDays: 30, dueDate: "2026-03-31", overdue: false });
  });
});
