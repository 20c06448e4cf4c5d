import { beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphqlClient } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";
import { apiTokenFor, fillMonth, placedParticipant, type Placed } from "./helpers.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

// October 2026 is long over by the system clock these requests run on: 22 weekdays, no public holiday on a weekday.
const MONTH = "2026-10";
const REPORT = `query($id: ID!) { monthlyReport(id: $id) {
  id month status revision dueDate overdue comment missingDays viewerCanSubmit viewerCanReview viewerCanAmend
  totals { scheduledMinutes attendedMinutes absentMinutes attendanceRate absences { reason minutes } }
  versions { version status comment amendmentReason reviewComment authorName totals { attendedMinutes } days { date attendedMinutes absenceReason } }
} }`;
const SUBMIT = `mutation($input: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $input) { id status versions { version status } } }`;
const RETURN = `mutation($id: ID!, $c: String) { returnMonthlyReport(input: { reportId: $id, comment: $c }) { status } }`;
const APPROVE = `mutation($id: ID!) { approveMonthlyReport(input: { reportId: $id }) { status } }`;

const reportId = (p: Placed, month = MONTH) => `${p.assignmentId}:${month}`;

async function report(p: Placed, cookie = p.member.cookie) {
  const result = await request(REPORT, { id: reportId(p) }, { cookie });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.monthlyReport;
}

describe("the monthly report: submit, return, resubmit, approve, amend", () => {
  let p: Placed;
  beforeAll(async () => {
    p = await placedParticipant(t.db, { displayName: "Emma" });
  });

  it("refuses to submit a month with scheduled days left empty, naming them, and writes nothing", async () => {
    await fillMonth(t.db, p.assignmentId, MONTH, {}, ["2026-10-05", "2026-10-06", "2026-10-12"]);
    const before = await report(p);
    expect(before.status).toBe("DRAFT");
    expect(before.missingDays).toEqual(["2026-10-05", "2026-10-06", "2026-10-12"]);
    const refused = await request(SUBMIT, { input: { reportId: reportId(p), comment: "Det går bra." } }, { cookie: p.member.cookie });
    expect(errorCodes(refused)).toEqual(["ATTENDANCE_INCOMPLETE"]);
    expect(refused.errors![0]!.message).toBe("Fyll i närvaro för 5, 6 och 12 oktober.");
    expect(refused.errors![0]!.extensions!.missingDays).toEqual(["2026-10-05", "2026-10-06", "2026-10-12"]);
    expect(await t.db.monthlyReportVersion.count({ where: { report: { assignmentId: p.assignmentId } } })).toBe(0);
    expect((await report(p)).status).toBe("DRAFT");
  });

  it("refuses to submit without a comment on the arbetsplan", async () => {
    await fillMonth(t.db, p.assignmentId, MONTH, { "2026-10-07": { attendedMinutes: 0, absenceReason: "SICK" }, "2026-10-08": { attendedMinutes: 0, absenceReason: "SICK" }, "2026-10-09": { attendedMinutes: 180, absenceReason: "OTHER_ACTIVITY", note: "Läkarbesök" } });
    const refused = await request(SUBMIT, { input: { reportId: reportId(p), comment: "  " } }, { cookie: p.member.cookie });
    expect(errorCodes(refused)).toEqual(["VALIDATION_FAILED"]);
    expect(refused.errors![0]!.extensions!.fieldErrors).toEqual([{ field: "comment", message: "Skriv en kommentar om hur det går med målen i arbetsplanen." }]);
  });

  it("counts the month by category in minutes and refuses a submit based on an older revision", async () => {
    const current = await report(p);
    expect(current.totals).toEqual({
      scheduledMinutes: 22 * 240,
      attendedMinutes: 22 * 240 - 2 * 240 - 60,
      absentMinutes: 2 * 240 + 60,
      attendanceRate: Number(((22 * 240 - 540) / (22 * 240)).toFixed(4)),
      absences: [
        { reason: "SICK", minutes: 480 },
        { reason: "CARE_OF_CHILD", minutes: 0 },
        { reason: "LEAVE_APPROVED", minutes: 0 },
        { reason: "OTHER_ACTIVITY", minutes: 60 },
        { reason: "SCHOOL", minutes: 0 },
        { reason: "CLOSED", minutes: 0 },
        { reason: "UNEXCUSED", minutes: 0 },
      ],
    });
    expect(current.dueDate).toBe("2026-11-07");
    expect(current.overdue).toBe(true);
    const stale = await request(SUBMIT, { input: { reportId: reportId(p), comment: "Bra.", revision: current.revision - 1 } }, { cookie: p.member.cookie });
    expect(errorCodes(stale)).toEqual(["CONFLICT"]);
  });

  it("submits and locks the report: a version with the totals and days as sent, REPORT_LOCKED on a second submit", async () => {
    const { revision } = await report(p);
    const sent = await request(SUBMIT, { input: { reportId: reportId(p), comment: "Emma kommer i tid och trivs i kaféet.", revision } }, { cookie: p.member.cookie });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.submitMonthlyReport).toMatchObject({ status: "SUBMITTED", versions: [{ version: 1, status: "SUBMITTED" }] });
    const locked = await request(SUBMIT, { input: { reportId: reportId(p), comment: "Igen" } }, { cookie: p.member.cookie });
    expect(errorCodes(locked)).toEqual(["REPORT_LOCKED"]);
    const save = await request(`mutation($id: ID!) { saveMonthlyReportComment(input: { reportId: $id, comment: "x" }) { id } }`, { id: reportId(p) }, { cookie: p.member.cookie });
    expect(errorCodes(save)).toEqual(["REPORT_LOCKED"]);
    const shown = await report(p, p.coach.cookie);
    expect(shown.versions[0]).toMatchObject({ version: 1, comment: "Emma kommer i tid och trivs i kaféet.", authorName: expect.stringMatching(/^Testperson/) });
    expect(shown.versions[0].days).toHaveLength(31);
    expect(shown.versions[0].days.find((d: { date: string }) => d.date === "2026-10-07")).toEqual({ date: "2026-10-07", attendedMinutes: 0, absenceReason: "SICK" });
    expect(shown.viewerCanReview).toBe(true);
  });

  it("lets only the participant's own coach review; the handledare reads but cannot; returning needs a comment", async () => {
    const otherCoach = await signedInUser(t.db, ["COACH"]);
    expect(errorCodes(await request(APPROVE, { id: reportId(p) }, { cookie: otherCoach.cookie }))).toEqual(["FORBIDDEN"]);
    expect((await report(p, p.handledare.cookie)).status).toBe("SUBMITTED");
    expect(errorCodes(await request(APPROVE, { id: reportId(p) }, { cookie: p.handledare.cookie }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await request(APPROVE, { id: reportId(p) }, { cookie: p.member.cookie }))).toEqual(["FORBIDDEN"]);
    const bare = await request(RETURN, { id: reportId(p), c: "" }, { cookie: p.coach.cookie });
    expect(errorCodes(bare)).toEqual(["VALIDATION_FAILED"]);
    const returned = await request(RETURN, { id: reportId(p), c: "Den 9 oktober saknas orsak i anteckningen." }, { cookie: p.coach.cookie });
    expect(returned.data?.returnMonthlyReport).toEqual({ status: "RETURNED" });
    expect(errorCodes(await request(APPROVE, { id: reportId(p) }, { cookie: p.coach.cookie }))).toEqual(["REPORT_STATE"]);
  });

  it("takes a corrected resubmission as version 2, approves it, and shows what changed between the versions", async () => {
    await fillMonth(t.db, p.assignmentId, MONTH, { "2026-10-07": { attendedMinutes: 0, absenceReason: "SICK" }, "2026-10-08": { attendedMinutes: 0, absenceReason: "SICK" }, "2026-10-09": { attendedMinutes: 180, absenceReason: "OTHER_ACTIVITY", note: "Läkarbesök kl 12" }, "2026-10-14": { attendedMinutes: 200, absenceReason: "UNEXCUSED" } });
    const sent = await request(SUBMIT, { input: { reportId: reportId(p), comment: "Emma kommer i tid. En sen ankomst den 14." } }, { cookie: p.member.cookie });
    expect(sent.errors).toBeUndefined();
    expect((await request(APPROVE, { id: reportId(p) }, { cookie: p.coach.cookie })).data?.approveMonthlyReport).toEqual({ status: "APPROVED" });
    const diff = await request(
      `query($id: ID!) { monthlyReport(id: $id) { versions { version status reviewComment } versionDiff(from: 1, to: 2) { days { date before { attendedMinutes note } after { attendedMinutes note absenceReason } } totals { category beforeMinutes afterMinutes } commentBefore commentAfter } } }`,
      { id: reportId(p) },
      { cookie: p.coach.cookie },
    );
    const shown = diff.data!.monthlyReport;
    expect(shown.versions).toEqual([
      { version: 1, status: "RETURNED", reviewComment: "Den 9 oktober saknas orsak i anteckningen." },
      { version: 2, status: "APPROVED", reviewComment: null },
    ]);
    expect(shown.versionDiff.days).toEqual([
      { date: "2026-10-09", before: { attendedMinutes: 180, note: "Läkarbesök" }, after: { attendedMinutes: 180, note: "Läkarbesök kl 12", absenceReason: "OTHER_ACTIVITY" } },
      { date: "2026-10-14", before: { attendedMinutes: 240, note: "" }, after: { attendedMinutes: 200, note: "", absenceReason: "UNEXCUSED" } },
    ]);
    expect(shown.versionDiff.totals).toEqual([
      { category: "attended", beforeMinutes: 22 * 240 - 540, afterMinutes: 22 * 240 - 580 },
      { category: "absent", beforeMinutes: 540, afterMinutes: 580 },
      { category: "UNEXCUSED", beforeMinutes: 0, afterMinutes: 40 },
    ]);
    expect(shown.versionDiff.commentAfter).toBe("Emma kommer i tid. En sen ankomst den 14.");
  });

  it("changes an approved month only by an amendment with a reason: days and a new version together, approved again", async () => {
    const AMEND = `mutation($input: AmendMonthlyReportInput!) { amendMonthlyReport(input: $input) { status versions { version status amendmentReason } } }`;
    const noReason = await request(AMEND, { input: { reportId: reportId(p), reason: "", days: [] } }, { cookie: p.member.cookie });
    expect(errorCodes(noReason)).toEqual(["VALIDATION_FAILED"]);
    const noCause = await request(AMEND, { input: { reportId: reportId(p), reason: "Fel dag", days: [{ date: "2026-10-20", attendedMinutes: 0 }] } }, { cookie: p.member.cookie });
    expect(errorCodes(noCause)).toEqual(["VALIDATION_FAILED"]);
    const outside = await request(AMEND, { input: { reportId: reportId(p), reason: "Fel dag", days: [{ date: "2026-11-02", attendedMinutes: 0, absenceReason: "SICK" }] } }, { cookie: p.member.cookie });
    expect(errorCodes(outside)).toEqual(["VALIDATION_FAILED"]);
    expect(await t.db.attendanceDay.count({ where: { assignmentId: p.assignmentId, date: new Date("2026-11-02T00:00:00Z") } })).toBe(0);

    const amended = await request(
      AMEND,
      { input: { reportId: reportId(p), reason: "Emma var sjuk den 20 oktober, vi skrev fel.", days: [{ date: "2026-10-20", attendedMinutes: 0, absenceReason: "SICK" }] } },
      { cookie: p.member.cookie },
    );
    expect(amended.errors).toBeUndefined();
    expect(amended.data!.amendMonthlyReport.status).toBe("SUBMITTED");
    expect(amended.data!.amendMonthlyReport.versions.at(-1)).toEqual({ version: 3, status: "SUBMITTED", amendmentReason: "Emma var sjuk den 20 oktober, vi skrev fel." });
    const day = await t.db.attendanceDay.findFirstOrThrow({ where: { assignmentId: p.assignmentId, date: new Date("2026-10-20T00:00:00Z") } });
    expect(day).toMatchObject({ attendedMinutes: 0, absenceReason: "SICK", scheduledMinutes: 240 });
    const notApproved = await request(AMEND, { input: { reportId: reportId(p), reason: "igen", days: [] } }, { cookie: p.member.cookie });
    expect(errorCodes(notApproved)).toEqual(["REPORT_STATE"]);
    expect((await request(APPROVE, { id: reportId(p) }, { cookie: p.coach.cookie })).data?.approveMonthlyReport).toEqual({ status: "APPROVED" });
    const history = await report(p, p.coach.cookie);
    expect(history.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[1, "RETURNED"], [2, "APPROVED"], [3, "APPROVED"]]);
    expect(history.versions[1].totals.attendedMinutes - history.versions[2].totals.attendedMinutes).toBe(240);
  });
});

describe("who may read and write a report", () => {
  let p: Placed;
  beforeAll(async () => {
    p = await placedParticipant(t.db, { displayName: "Jonna" });
    await fillMonth(t.db, p.assignmentId, MONTH);
  });

  it("refuses another organisation's member and another coach (not yours), and logs every read", async () => {
    const stranger = await signedInUser(t.db, ["ORG_MEMBER"], [(await t.db.organization.create({ data: { name: "Annan förening", kind: "ASSOCIATION", kommunCode: "2183" } })).id]);
    const otherCoach = await signedInUser(t.db, ["COACH"]);
    for (const cookie of [stranger.cookie, otherCoach.cookie]) {
      expect(errorCodes(await request(REPORT, { id: reportId(p) }, { cookie }))).toEqual(["FORBIDDEN"]);
    }
    expect(errorCodes(await request(SUBMIT, { input: { reportId: reportId(p), comment: "x" } }, { cookie: stranger.cookie }))).toEqual(["FORBIDDEN"]);
    const reads = () => t.db.auditEvent.count({ where: { actorId: p.member.id, entity: "MonthlyReport", action: "READ", participantId: p.participantId } });
    const before = await reads();
    await report(p);
    expect(await reads()).toBe(before + 1);
    const exports = () => t.db.auditEvent.count({ where: { actorId: p.member.id, entity: "MonthlyReport", action: "EXPORT", participantId: p.participantId } });
    const exported = await request(`query($o: ID!, $m: String) { monthlyReportExport(organizationId: $o, month: $m) { reports { participantName } } }`, { o: p.organizationId, m: MONTH }, { cookie: p.member.cookie });
    expect(exported.data?.monthlyReportExport.reports).toEqual([{ participantName: "Jonna" }]);
    expect(await exports()).toBe(1);
  });

  it("closes the report to the organisation when the consent to share with employers is withdrawn", async () => {
    const q = await placedParticipant(t.db, { displayName: "Ali" });
    await t.db.consent.updateMany({ where: { participantId: q.participantId, scope: "SHARE_WITH_EMPLOYER" }, data: { withdrawnAt: new Date() } });
    expect(errorCodes(await request(REPORT, { id: reportId(q) }, { cookie: q.member.cookie }))).toEqual(["FORBIDDEN"]);
    expect((await report(q, q.coach.cookie)).status).toBe("DRAFT");
  });

  it("lets an organisation's API token submit its own reports, and only its own", async () => {
    const token = await apiTokenFor(t.db, p.organizationId, p.member.id);
    const q = await placedParticipant(t.db, { displayName: "Sam" });
    const foreign = await request(SUBMIT, { input: { reportId: reportId(q), comment: "x" } }, { authorization: token });
    expect(errorCodes(foreign)).toEqual(["FORBIDDEN"]);
    const sent = await request(SUBMIT, { input: { reportId: reportId(p), comment: "Skickat från vårt tidssystem." } }, { authorization: token });
    expect(sent.errors).toBeUndefined();
    const version = (await report(p)).versions[0];
    expect(version.authorName).toBe("API-nyckel: Närvarosystemet");
  });
});

describe("submitting all of an organisation's reports for a month", () => {
  it("submits all or none, and names every report that is not ready", async () => {
    const first = await placedParticipant(t.db, { displayName: "Nora" });
    const second = await placedParticipant(t.db, { displayName: "Robin", organizationId: first.organizationId });
    await fillMonth(t.db, first.assignmentId, MONTH);
    await fillMonth(t.db, second.assignmentId, MONTH, {}, ["2026-10-30"]);
    const SAVE = `mutation($id: ID!, $c: String!) { saveMonthlyReportComment(input: { reportId: $id, comment: $c }) { comment } }`;
    await request(SAVE, { id: reportId(first), c: "Nora har ökat till fyra timmar." }, { cookie: first.member.cookie });
    const ALL = `mutation($o: ID!, $m: String!) { submitMonthlyReports(organizationId: $o, month: $m) { participantName status } }`;
    const refused = await request(ALL, { o: first.organizationId, m: MONTH }, { cookie: first.member.cookie });
    expect(errorCodes(refused)).toEqual(["ATTENDANCE_INCOMPLETE"]);
    expect(refused.errors![0]!.message).toBe(
      "Inget skickades in. Robin: fyll i närvaro för 30 oktober. Skriv en kommentar om hur det går med målen i arbetsplanen.",
    );
    expect(await t.db.monthlyReport.count({ where: { assignmentId: { in: [first.assignmentId, second.assignmentId] }, status: "SUBMITTED" } })).toBe(0);

    await fillMonth(t.db, second.assignmentId, MONTH);
    await request(SAVE, { id: reportId(second), c: "Robin trivs i verkstaden." }, { cookie: first.member.cookie });
    const sent = await request(ALL, { o: first.organizationId, m: MONTH }, { cookie: first.member.cookie });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.submitMonthlyReports).toEqual([
      { participantName: "Nora", status: "SUBMITTED" },
      { participantName: "Robin", status: "SUBMITTED" },
    ]);
  });

  it("lists the coach's reports waiting for review, oldest first", async () => {
    const coach = await signedInUser(t.db, ["COACH"]);
    const a = await placedParticipant(t.db, { displayName: "Alva", coach: { id: coach.user.id, cookie: coach.cookie } });
    const b = await placedParticipant(t.db, { displayName: "Bo", coach: { id: coach.user.id, cookie: coach.cookie } });
    for (const [p, month] of [[b, "2026-09"], [a, MONTH]] as const) {
      await fillMonth(t.db, p.assignmentId, month);
      const sent = await request(SUBMIT, { input: { reportId: reportId(p, month), comment: "Bra." } }, { cookie: p.member.cookie });
      expect(sent.errors).toBeUndefined();
    }
    const waiting = await request(`{ monthlyReports(filter: { waitingForReview: true }) { participantName month daysWaiting waitingLong } }`, {}, { cookie: coach.cookie });
    expect(waiting.data!.monthlyReports).toEqual([
      { participantName: "Bo", month: "2026-09", daysWaiting: 0, waitingLong: false },
      { participantName: "Alva", month: MONTH, daysWaiting: 0, waitingLong: false },
    ]);
  });
});
