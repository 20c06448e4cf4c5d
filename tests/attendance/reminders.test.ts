// Acceptance 7: with the clock on the 3rd and the 8th, the right organisations and coaches get exactly one mail each,
// received by a real local SMTP server; a second run sends nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runJobsOnce } from "../../jobs/scheduler.ts";
import { fixedClock } from "../../lib/dates.ts";
import { mailerFromSettings } from "../../mail/mailer.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp.ts";
import { useTestDatabase } from "../setup/database.ts";
import { fillMonth, placedParticipant, type Placed } from "./helpers.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);
const MONTH = "2026-11";
let smtp: TestSmtpServer;
let late: Placed; // an organisation that has not sent November
let done: Placed; // sent November on 1 December; its coach waits for review from then
let fresh: Placed; // sent November on 6 December

async function submittedOn(p: Placed, moment: string) {
  await fillMonth(t.db, p.assignmentId, MONTH);
  const sent = await request(`mutation($id: ID!) { submitMonthlyReport(input: { reportId: $id, comment: "Det går bra." }) { status } }`, { id: `${p.assignmentId}:${MONTH}` }, { cookie: p.member.cookie });
  expect(sent.errors).toBeUndefined();
  // The submission's moment as if it had been made then (the API stamps it with its clock).
  await t.db.monthlyReport.updateMany({ where: { assignmentId: p.assignmentId }, data: { submittedAt: new Date(moment) } });
}

const run = (at: string) => runJobsOnce({ db: t.db, clock: fixedClock(at), mailer: mailerFromSettings() });
const recipients = () => smtp.received.flatMap((mail) => mail.to).sort();

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  late = await placedParticipant(t.db, { displayName: "Lo" });
  done = await placedParticipant(t.db, { displayName: "Mo" });
  fresh = await placedParticipant(t.db, { displayName: "No" });
  await submittedOn(done, "2026-12-01T09:00:00Z");
  await submittedOn(fresh, "2026-12-06T09:00:00Z");
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

/** The body as written: nodemailer sends å/ä/ö as quoted-printable, with soft line breaks. */
const bodyOf = (raw: string) =>
  Buffer.from(raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");

const emailOf = (userId: string) => t.db.user.findUniqueOrThrow({ where: { id: userId } }).then((u) => u.email);

describe("reminders about monthly reports", () => {
  it("on the 3rd reminds only the organisation with unsent reports, once", async () => {
    expect((await run("2026-12-03T07:00:00Z")).failed).toEqual([]);
    expect(recipients()).toEqual([late.member.email]);
    const mail = smtp.received[0]!;
    expect(mail.subject).toBe("Påminnelse: månadsrapporter för november 2026");
    expect(bodyOf(mail.raw)).toContain("7 december 2026");
    expect(bodyOf(mail.raw)).toContain("/organisation/rapporter/2026-11");
    expect(bodyOf(mail.raw)).not.toContain("Lo");
    await run("2026-12-03T15:00:00Z");
    expect(smtp.received).toHaveLength(1);
  });

  it("on the 8th sends the overdue reminder and reminds the coach whose report waited more than five days, once each", async () => {
    smtp.received.length = 0;
    await run("2026-12-08T07:00:00Z");
    expect(recipients()).toEqual([late.member.email, await emailOf(done.coach.id)].sort());
    expect(smtp.received.find((m) => m.to[0] === late.member.email)!.subject).toBe("Försenat: månadsrapporter för november 2026");
    const coachMail = smtp.received.find((m) => m.to[0] !== late.member.email)!;
    expect(coachMail.subject).toBe("En månadsrapport väntar på granskning");
    expect(bodyOf(coachMail.raw)).toContain(`/rapporter/2026-11/${done.assignmentId}`);
    await run("2026-12-08T08:00:00Z");
    await run("2026-12-09T08:00:00Z");
    expect(smtp.received).toHaveLength(2);
  });
});
