import { beforeAll, describe, expect, it } from "vitest";
import { fromDbDate } from "../../lib/dates.ts";
import { apiTokenFor, placedParticipant, type Placed } from "../helpers/attendance.ts";
import { errorCodes, graphqlClient, type GraphQLCall } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

const MONTH = `query($o: ID!, $m: String!) {
  attendanceMonth(organizationId: $o, month: $m) {
    revision reportStatus locked
    assignment { id participant { displayName } }
    days { date kind holiday scheduledMinutes attendedMinutes absenceReason note }
  }
}`;
const SAVE = `mutation($input: SaveAttendanceInput!) { saveAttendance(input: $input) { revision assignment { id } days { date attendedMinutes absenceReason } } }`;
const UPSERT = `mutation($input: UpsertAttendanceDaysInput!) {
  upsertAttendanceDays(input: $input) { replayed created updated deleted unchanged days { assignmentId date attendedMinutes absenceReason } }
}`;

interface Row {
  revision: number;
  reportStatus: string;
  locked: boolean;
  assignment: { id: string; participant: { displayName: string } | null };
  days: { date: string; kind: string; holiday: string | null; scheduledMinutes: number; attendedMinutes: number | null; absenceReason: string | null; note: string }[];
}

let placed: Placed;
let member: { cookie: string; user: { id: string } };

beforeAll(async () => {
  placed = await placedParticipant(t.db, { startDate: "2026-11-02", hoursPerDay: 4, weekdays: ["MON", "TUE", "WED", "THU", "FRI"] });
  member = await signedInUser(t.db, ["ORG_MEMBER"], [placed.organizationId]);
});

async function month(m: string, cookie = member.cookie): Promise<Row[]> {
  const result = await request<{ attendanceMonth: Row[] }>(MONTH, { o: placed.organizationId, m }, { cookie });
  expect(result.errors).toBeUndefined();
  return result.data!.attendanceMonth;
}

const save = (rows: unknown[], m = "2026-11", cookie = member.cookie, organizationId = placed.organizationId) =>
  request<{ saveAttendance: { revision: number }[] }>(SAVE, { input: { organizationId, month: m, rows } }, { cookie });

function fieldErrors(call: GraphQLCall<unknown>) {
  return (call.errors?.[0]?.extensions?.fieldErrors ?? []) as { field: string; code?: string; message: string }[];
}

describe("an organisation's month of attendance", () => {
  it("lists each placed participant with every day of the month against the schedule, holidays and days before the start marked", async () => {
    const [row] = await month("2026-11");
    expect(row!.assignment.participant!.displayName).toBe("Kim");
    expect(row!.revision).toBe(0);
    expect(row!.reportStatus).toBe("DRAFT");
    expect(row!.days).toHaveLength(30);
    expect(row!.days[0]).toMatchObject({ date: "2026-11-01", kind: "OUTSIDE", scheduledMinutes: 0, attendedMinutes: null });
    expect(row!.days[1]).toMatchObject({ date: "2026-11-02", kind: "SCHEDULED", scheduledMinutes: 240, attendedMinutes: null });
    expect(row!.days[6]).toMatchObject({ date: "2026-11-07", kind: "FREE" });
    const december = (await month("2026-12"))[0]!;
    expect(december.days.find((d) => d.date === "2026-12-24")).toMatchObject({ kind: "HOLIDAY", holiday: "julafton", scheduledMinutes: 0 });
    expect(december.days.find((d) => d.date === "2026-12-25")).toMatchObject({ kind: "HOLIDAY", holiday: "juldagen" });
    expect(await month("2026-10")).toEqual([]);
  });

  it("logs every read of the days (absence reasons are health data)", async () => {
    const logged = () => t.db.auditEvent.count({ where: { actorId: member.user.id, participantId: placed.participantId, action: "READ", entityId: placed.assignmentId } });
    const before = await logged();
    await month("2026-11");
    expect(await logged()).toBe(before + 1);
  });

  it("saves days, creates the DRAFT report on the first save and bumps its revision on every save that changes something", async () => {
    const first = await save([{ assignmentId: placed.assignmentId, revision: 0, days: [{ date: "2026-11-02", attendedMinutes: 240 }, { date: "2026-11-03", absenceReason: "SICK" }] }]);
    expect(first.errors).toBeUndefined();
    expect(first.data!.saveAttendance[0]!.revision).toBe(1);
    const report = await t.db.monthlyReport.findFirstOrThrow({ where: { assignmentId: placed.assignmentId } });
    expect(report).toMatchObject({ status: "DRAFT", revision: 1 });
    expect(fromDbDate(report.month)).toBe("2026-11-01");
    const [row] = await month("2026-11");
    expect(row!.days[1]).toMatchObject({ attendedMinutes: 240, absenceReason: null });
    expect(row!.days[2]).toMatchObject({ attendedMinutes: 0, absenceReason: "SICK" });

    // The same values again change nothing, so the revision stays (even from a stale revision: nothing is lost).
    const same = await save([{ assignmentId: placed.assignmentId, revision: 0, days: [{ date: "2026-11-02", attendedMinutes: 240 }] }]);
    expect(same.errors).toBeUndefined();
    expect(same.data!.saveAttendance[0]!.revision).toBe(1);

    // A day without time or reason is cleared.
    const cleared = await save([{ assignmentId: placed.assignmentId, revision: 1, days: [{ date: "2026-11-03" }] }]);
    expect(cleared.data!.saveAttendance[0]!.revision).toBe(2);
    expect(await t.db.attendanceDay.count({ where: { assignmentId: placed.assignmentId } })).toBe(1);
  });

  it("allows a shortfall of up to 15 minutes without a reason and asks for one beyond that", async () => {
    const [row] = await month("2026-11");
    const fine = await save([{ assignmentId: placed.assignmentId, revision: row!.revision, days: [{ date: "2026-11-04", attendedMinutes: 225 }] }]);
    expect(fine.errors).toBeUndefined();
    const short = await save([{ assignmentId: placed.assignmentId, revision: row!.revision + 1, days: [{ date: "2026-11-05", attendedMinutes: 224 }] }]);
    expect(errorCodes(short)).toEqual(["VALIDATION_FAILED"]);
    expect(fieldErrors(short)).toEqual([{ field: "rows.0.days.0.absenceReason", code: "REASON_REQUIRED", message: expect.stringContaining("16 min kortare än schemat") }]);
    const late = await save([{ assignmentId: placed.assignmentId, revision: row!.revision + 1, days: [{ date: "2026-11-05", attendedMinutes: 210, absenceReason: "OTHER_ACTIVITY", note: "Läkarbesök" }] }]);
    expect(late.errors).toBeUndefined();
  });

  it("refuses a day outside the assignment, more than 24 hours and a negative time, each named per field, and writes nothing", async () => {
    const before = await t.db.attendanceDay.count();
    const [row] = await month("2026-11");
    const bad = await save([
      {
        assignmentId: placed.assignmentId,
        revision: row!.revision,
        days: [
          { date: "2026-11-01", attendedMinutes: 60 },
          { date: "2026-11-09", attendedMinutes: 1441 },
          { date: "2026-11-10", attendedMinutes: -30 },
          { date: "2026-11-11", attendedMinutes: 240 },
          { date: "2026-12-01", attendedMinutes: 240 },
        ],
      },
    ]);
    expect(errorCodes(bad)).toEqual(["VALIDATION_FAILED"]);
    expect(fieldErrors(bad).map((e) => [e.field, e.code])).toEqual([
      ["rows.0.days.0.date", "OUTSIDE_ASSIGNMENT"],
      ["rows.0.days.1.attendedMinutes", "OVER_24_HOURS"],
      ["rows.0.days.2.attendedMinutes", "NEGATIVE_TIME"],
      ["rows.0.days.4.date", "OUTSIDE_MONTH"],
    ]);
    expect(bad.errors![0]!.message).toMatch(/rättas/);
    expect(await t.db.attendanceDay.count()).toBe(before);
    expect((await month("2026-11"))[0]!.revision).toBe(row!.revision);
  });

  it("locks the days of a submitted or approved month (REPORT_LOCKED) and opens them again when returned", async () => {
    const other = await placedParticipant(t.db, { organizationId: placed.organizationId, displayName: "Robin" });
    await t.db.monthlyReport.create({ data: { assignmentId: other.assignmentId, month: new Date("2026-11-01T00:00:00Z"), status: "SUBMITTED", revision: 3 } });
    const locked = await save([{ assignmentId: other.assignmentId, revision: 3, days: [{ date: "2026-11-02", attendedMinutes: 240 }] }]);
    expect(errorCodes(locked)).toEqual(["REPORT_LOCKED"]);
    expect(locked.errors![0]!.message).toContain("Robin");
    await t.db.monthlyReport.updateMany({ where: { assignmentId: other.assignmentId }, data: { status: "APPROVED" } });
    expect(errorCodes(await save([{ assignmentId: other.assignmentId, revision: 3, days: [{ date: "2026-11-02", attendedMinutes: 240 }] }]))).toEqual(["REPORT_LOCKED"]);
    await t.db.monthlyReport.updateMany({ where: { assignmentId: other.assignmentId }, data: { status: "RETURNED" } });
    expect((await save([{ assignmentId: other.assignmentId, revision: 3, days: [{ date: "2026-11-02", attendedMinutes: 240 }] }])).errors).toBeUndefined();
  });

  it("refuses a participant who is not placed with the caller's organisation", async () => {
    const elsewhere = await placedParticipant(t.db);
    const call = await save([{ assignmentId: elsewhere.assignmentId, revision: 0, days: [{ date: "2026-11-02", attendedMinutes: 240 }] }]);
    expect(errorCodes(call)).toEqual(["FORBIDDEN"]);
    expect(call.errors![0]!.message).toContain("inte placerad hos er");
    const theirs = await request(MONTH, { o: elsewhere.organizationId, m: "2026-11" }, { cookie: member.cookie });
    expect(errorCodes(theirs)).toEqual(["FORBIDDEN"]);
  });

  it("lets the participant's coach read the month, and not another coach", async () => {
    const coachCookie = (await import("../helpers/sessions.ts")).sessionCookieFor(t.db, placed.coachId);
    const query = `query($a: ID!) { assignmentAttendance(assignmentId: $a, month: "2026-11") { days { attendedMinutes absenceReason } } }`;
    const own = await request<{ assignmentAttendance: Row }>(query, { a: placed.assignmentId }, { cookie: await coachCookie });
    expect(own.errors).toBeUndefined();
    expect(own.data!.assignmentAttendance.days[1]!.attendedMinutes).toBe(240);
    const stranger = await signedInUser(t.db, ["COACH"]);
    expect(errorCodes(await request(query, { a: placed.assignmentId }, { cookie: stranger.cookie }))).toEqual(["FORBIDDEN"]);
  });
});

describe("two people saving the same month at once (acceptance 3)", () => {
  it("lets exactly one win; the other gets ATTENDANCE_CONFLICT naming the participant, the days and who saved, and the winner's days stay", async () => {
    const both = await placedParticipant(t.db, { displayName: "Sam" });
    const anna = await signedInUser(t.db, ["ORG_MEMBER"], [both.organizationId]);
    const bo = await signedInUser(t.db, ["ORG_MEMBER"], [both.organizationId]);
    const [annaCall, boCall] = await Promise.all([
      save([{ assignmentId: both.assignmentId, revision: 0, days: [{ date: "2026-11-02", attendedMinutes: 240 }, { date: "2026-11-03", absenceReason: "SICK" }] }], "2026-11", anna.cookie, both.organizationId),
      save([{ assignmentId: both.assignmentId, revision: 0, days: [{ date: "2026-11-03", attendedMinutes: 120, absenceReason: "CARE_OF_CHILD" }] }], "2026-11", bo.cookie, both.organizationId),
    ]);
    const winners = [annaCall, boCall].filter((call) => !call.errors);
    const losers = [annaCall, boCall].filter((call) => call.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(errorCodes(losers[0]!)).toEqual(["ATTENDANCE_CONFLICT"]);
    const winnerName = winners[0] === annaCall ? anna.user.name : bo.user.name;
    expect(losers[0]!.errors![0]!.message).toContain("Sam");
    expect(losers[0]!.errors![0]!.message).toContain(winnerName);
    expect(losers[0]!.errors![0]!.message).toContain("3 november");
    const conflicts = losers[0]!.errors![0]!.extensions!.conflicts as { assignmentId: string; dates: string[]; revision: number; savedBy: string }[];
    expect(conflicts[0]).toMatchObject({ assignmentId: both.assignmentId, revision: 1, savedBy: winnerName });
    expect(conflicts[0]!.dates).toContain("2026-11-03");

    const stored = await t.db.attendanceDay.findMany({ where: { assignmentId: both.assignmentId }, orderBy: { date: "asc" } });
    if (winners[0] === annaCall) expect(stored.map((d) => [fromDbDate(d.date), d.attendedMinutes, d.absenceReason])).toEqual([["2026-11-02", 240, null], ["2026-11-03", 0, "SICK"]]);
    else expect(stored.map((d) => [fromDbDate(d.date), d.attendedMinutes, d.absenceReason])).toEqual([["2026-11-03", 120, "CARE_OF_CHILD"]]);
    expect((await t.db.monthlyReport.findFirstOrThrow({ where: { assignmentId: both.assignmentId } })).revision).toBe(1);
  });

  it("keeps one winner among many concurrent saves from the same revision", async () => {
    const many = await placedParticipant(t.db, { displayName: "Ola" });
    const people = await Promise.all(Array.from({ length: 6 }, () => signedInUser(t.db, ["ORG_MEMBER"], [many.organizationId])));
    const calls = await Promise.all(
      people.map((person, i) =>
        save([{ assignmentId: many.assignmentId, revision: 0, days: [{ date: "2026-11-02", attendedMinutes: 200 + i, absenceReason: "SICK" }] }], "2026-11", person.cookie, many.organizationId),
      ),
    );
    expect(calls.filter((call) => !call.errors)).toHaveLength(1);
    expect(calls.filter((call) => errorCodes(call)[0] === "ATTENDANCE_CONFLICT")).toHaveLength(5);
    const winner = calls.findIndex((call) => !call.errors);
    expect((await t.db.attendanceDay.findFirstOrThrow({ where: { assignmentId: many.assignmentId } })).attendedMinutes).toBe(200 + winner);
  });
});

describe("the API's bulk upsert for outside systems (acceptance 5)", () => {
  let token: string;
  let api: Placed;
  const days = (assignmentId: string, dates: string[], minutes = 240) => dates.map((date) => ({ assignmentId, date, attendedMinutes: minutes }));
  const upsert = (idempotencyKey: string, list: unknown[], authorization = token) => request<{ upsertAttendanceDays: Record<string, unknown> }>(UPSERT, { input: { idempotencyKey, days: list } }, { authorization });

  beforeAll(async () => {
    api = await placedParticipant(t.db, { displayName: "Ali" });
    token = await apiTokenFor(t.db, api.organizationId);
  });

  it("stores a batch once when the same key is sent twice, and returns the first result the second time", async () => {
    const batch = days(api.assignmentId, ["2026-11-02", "2026-11-03", "2026-11-04"]);
    const first = await upsert("batch-1", batch);
    expect(first.errors).toBeUndefined();
    expect(first.data!.upsertAttendanceDays).toMatchObject({ replayed: false, created: 3, updated: 0 });
    const again = await upsert("batch-1", batch);
    expect(again.data!.upsertAttendanceDays).toEqual({ ...first.data!.upsertAttendanceDays, replayed: true });
    expect(await t.db.attendanceDay.count({ where: { assignmentId: api.assignmentId } })).toBe(3);
    expect((await t.db.monthlyReport.findFirstOrThrow({ where: { assignmentId: api.assignmentId } })).revision).toBe(1);
  });

  it("stores a batch once when the same key arrives many times at once", async () => {
    const batch = days(api.assignmentId, ["2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12"], 180).map((d) => ({ ...d, absenceReason: "OTHER_ACTIVITY" }));
    const calls = await Promise.all(Array.from({ length: 5 }, () => upsert("batch-2", batch)));
    for (const call of calls) expect(call.errors).toBeUndefined();
    const results = calls.map((call) => call.data!.upsertAttendanceDays);
    expect(results.filter((r) => r.replayed === false)).toHaveLength(1);
    for (const r of results) expect(r.created).toBe(4);
    expect(await t.db.attendanceDay.count({ where: { assignmentId: api.assignmentId } })).toBe(7);
    expect(await t.db.attendanceUpsert.count({ where: { idempotencyKey: "batch-2" } })).toBe(1);
  });

  it("refuses the same key with other days (IDEMPOTENCY_KEY_REUSED) and changes nothing", async () => {
    const call = await upsert("batch-1", days(api.assignmentId, ["2026-11-05"]));
    expect(errorCodes(call)).toEqual(["VALIDATION_FAILED"]);
    expect(fieldErrors(call)[0]!.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(await t.db.attendanceDay.count({ where: { assignmentId: api.assignmentId, date: new Date("2026-11-05T00:00:00Z") } })).toBe(0);
  });

  it("writes nothing of a batch with one bad day, and keeps the key free", async () => {
    const bad = [...days(api.assignmentId, ["2026-11-16", "2026-11-17"]), { assignmentId: api.assignmentId, date: "2026-11-18", attendedMinutes: 60 }];
    const call = await upsert("batch-3", bad);
    expect(fieldErrors(call)).toEqual([{ field: "days.2.absenceReason", code: "REASON_REQUIRED", message: expect.any(String) }]);
    expect(await t.db.attendanceDay.count({ where: { assignmentId: api.assignmentId, date: { gte: new Date("2026-11-16T00:00:00Z") } } })).toBe(0);
    expect(await t.db.attendanceUpsert.count({ where: { idempotencyKey: "batch-3" } })).toBe(0);
  });

  it("works for the token's own organisation only", async () => {
    const other = await placedParticipant(t.db);
    const call = await upsert("batch-4", days(other.assignmentId, ["2026-11-02"]));
    expect(errorCodes(call)).toEqual(["FORBIDDEN"]);
    expect(await t.db.attendanceDay.count({ where: { assignmentId: other.assignmentId } })).toBe(0);
    const mixed = await upsert("batch-5", [...days(api.assignmentId, ["2026-11-19"]), ...days(other.assignmentId, ["2026-11-19"])]);
    expect(errorCodes(mixed)).toEqual(["FORBIDDEN"]);
    expect(await t.db.attendanceDay.count({ where: { assignmentId: api.assignmentId, date: new Date("2026-11-19T00:00:00Z") } })).toBe(0);
  });

  it("refuses a locked month, and a grid save from before an API write conflicts", async () => {
    const grid = await signedInUser(t.db, ["ORG_MEMBER"], [api.organizationId]);
    const stale = await save([{ assignmentId: api.assignmentId, revision: 0, days: [{ date: "2026-11-02", attendedMinutes: 60, absenceReason: "SICK" }] }], "2026-11", grid.cookie, api.organizationId);
    expect(errorCodes(stale)).toEqual(["ATTENDANCE_CONFLICT"]);
    expect(stale.errors![0]!.message).toContain("anslutet system");
    await t.db.monthlyReport.updateMany({ where: { assignmentId: api.assignmentId }, data: { status: "SUBMITTED" } });
    expect(errorCodes(await upsert("batch-6", days(api.assignmentId, ["2026-11-20"])))).toEqual(["REPORT_LOCKED"]);
    await t.db.monthlyReport.updateMany({ where: { assignmentId: api.assignmentId }, data: { status: "DRAFT" } });
  });
});
