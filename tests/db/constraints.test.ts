import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();

let organizationId: string;
let userId: string;

beforeAll(async () => {
  const organization = await t.db.organization.create({ data: { name: "Återbruket i Bollnäs", kind: "SOCIAL_ENTERPRISE", kommunCode: "2183" } });
  organizationId = organization.id;
  const user = await t.db.user.create({ data: { email: "kontroll@example.se", name: "Kontroll", passwordHash: "x", roles: ["COACH"] } });
  userId = user.id;
});

function placement(overrides: Record<string, unknown> = {}) {
  return {
    organizationId,
    kind: "WORK_TRAINING" as const,
    title: "Sortera skänkta saker",
    kommunCode: "2183",
    latitude: 61.35,
    longitude: 16.39,
    weekdays: ["MON" as const],
    hoursPerDayMin: 2,
    hoursPerDayMax: 4,
    capacity: 2,
    ...overrides,
  };
}

async function participant(code: string) {
  return t.db.participant.create({ data: { code, displayName: "Ali", kommunCode: "2183", hoursPerDayMax: 4, weekdays: ["MON"], coachId: userId } });
}

describe("database constraints", () => {
  it("accepts a valid placement", async () => {
    await expect(t.db.placement.create({ data: placement() })).resolves.toMatchObject({ title: "Sortera skänkta saker" });
  });

  it.each([
    ["more than 24 hours a day", { hoursPerDayMax: 25 }, "Placement_hours_range"],
    ["negative minimum hours", { hoursPerDayMin: -1 }, "Placement_hours_range"],
    ["minimum above maximum hours", { hoursPerDayMin: 6, hoursPerDayMax: 4 }, "Placement_hours_range"],
    ["a negative capacity", { capacity: -1 }, "Placement_capacity_nonnegative"],
    ["a blank title", { title: "   " }, "Placement_title_present"],
    ["a day that ends before it starts", { earliestStartMinute: 900, latestEndMinute: 480 }, "Placement_day_window"],
  ])("rejects a placement with %s", async (_label, overrides, constraint) => {
    await expect(t.db.placement.create({ data: placement(overrides) })).rejects.toThrow(constraint);
  });

  it("rejects a participant asking for more than 24 hours a day", async () => {
    await expect(
      t.db.participant.create({ data: { code: "X-25", displayName: "Bo", kommunCode: "2183", hoursPerDayMax: 25, weekdays: [], coachId: userId } }),
    ).rejects.toThrow("Participant_hours_range");
  });

  it("rejects a progress rating outside 1–10 and accepts the bounds", async () => {
    const person = await participant("R-0001");
    const followUp = await t.db.followUp.create({
      data: { participantId: person.id, supportWorkerId: userId, date: new Date("2026-10-01"), mode: "PHONE" },
    });
    await expect(t.db.progressRating.create({ data: { followUpId: followUp.id, area: "SOCIAL", rating: 11 } })).rejects.toThrow(
      "ProgressRating_rating_range",
    );
    await expect(t.db.progressRating.create({ data: { followUpId: followUp.id, area: "MENTAL", rating: 0 } })).rejects.toThrow(
      "ProgressRating_rating_range",
    );
    await expect(t.db.progressRating.create({ data: { followUpId: followUp.id, area: "SOCIAL", rating: 10 } })).resolves.toBeTruthy();
    await expect(t.db.progressRating.create({ data: { followUpId: followUp.id, area: "SOCIAL", rating: 3 } })).rejects.toThrow(
      /Unique constraint/,
    );
  });

  it("rejects attendance hours outside 0–24 and a second row for the same day", async () => {
    const person = await participant("A-0001");
    const place = await t.db.placement.create({ data: placement() });
    const assignment = await t.db.assignment.create({
      data: { participantId: person.id, placementId: place.id, startDate: new Date("2026-10-01"), hoursPerDay: 3, weekdays: ["MON"] },
    });
    const day = { assignmentId: assignment.id, date: new Date("2026-10-05"), scheduledMinutes: 180, attendedMinutes: 180 };
    await expect(t.db.attendanceDay.create({ data: { ...day, attendedMinutes: 1800 } })).rejects.toThrow("AttendanceDay_minutes_range");
    await t.db.attendanceDay.create({ data: day });
    await expect(t.db.attendanceDay.create({ data: day })).rejects.toThrow(/Unique constraint/);
  });

  it("rejects a duplicate email, a duplicate membership and a duplicate participant code", async () => {
    await expect(
      t.db.user.create({ data: { email: "kontroll@example.se", name: "Igen", passwordHash: "x", roles: [] } }),
    ).rejects.toThrow(/Unique constraint/);
    await t.db.membership.create({ data: { userId, organizationId } });
    await expect(t.db.membership.create({ data: { userId, organizationId } })).rejects.toThrow(/Unique constraint/);
    await participant("DUP-1");
    await expect(participant("DUP-1")).rejects.toThrow(/Unique constraint/);
  });

  it("rejects a placement in a kommun that does not exist", async () => {
    await expect(t.db.placement.create({ data: placement({ kommunCode: "9999" }) })).rejects.toThrow(/Foreign key/i);
  });

  it("rejects a monthly report whose month is not the first day", async () => {
    const person = await participant("M-0001");
    const place = await t.db.placement.create({ data: placement() });
    const assignment = await t.db.assignment.create({
      data: { participantId: person.id, placementId: place.id, startDate: new Date("2026-10-01"), hoursPerDay: 3, weekdays: ["MON"] },
    });
    await expect(t.db.monthlyReport.create({ data: { assignmentId: assignment.id, month: new Date("2026-10-15") } })).rejects.toThrow(
      "MonthlyReport_month_first_day",
    );
  });
});
