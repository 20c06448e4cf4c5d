import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followUpDigest } from "../../jobs/follow-up-digest.ts";
import { runJobsOnce } from "../../jobs/scheduler.ts";
import { fixedClock, toDbDate } from "../../lib/dates.ts";
import type { Mailer } from "../../mail/mailer.ts";
import { createFollowUp } from "../../prisma/factories.ts";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp.ts";
import { useTestDatabase } from "../setup/database.ts";
import { supportedParticipant } from "./helpers.ts";

const t = useTestDatabase();
let smtp: TestSmtpServer;
let mailer: Mailer;
let world: Awaited<ReturnType<typeof supportedParticipant>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  const transport = nodemailer.createTransport(smtp.url);
  mailer = { send: async (message) => void (await transport.sendMail({ from: "Stegvis <noreply@stegvis.se>", ...message })) };
  world = await supportedParticipant(t.db, { displayName: "Kim" });
  // Last seen 1 November with nothing planned: 14 days in phase 5, so overdue from 16 November.
  await createFollowUp(t.db, { participantId: world.participant.id, supportWorkerId: world.handledare.user.id, date: toDbDate("2026-11-01"), notes: "Hemlig anteckning" });
});
afterAll(() => smtp.close());

const run = (at: string, withMailer: Mailer | null = mailer) => runJobsOnce({ db: t.db, clock: fixedClock(at), mailer: withMailer }, [followUpDigest]);
const toHandledare = () => smtp.received.filter((mail) => mail.to.includes(world.handledare.user.email));

describe("the daily follow-up digest", () => {
  it("sends nothing while nobody is overdue, and nothing without SMTP", async () => {
    await run("2026-11-15T07:00:00Z");
    await run("2026-11-20T07:00:00Z", null);
    expect(toHandledare()).toEqual([]);
  });

  it("mails the handledare once a Stockholm day, however often the hourly job runs, naming codes and not notes", async () => {
    for (const at of ["2026-11-20T07:00:00Z", "2026-11-20T08:00:00Z", "2026-11-20T22:30:00Z"]) expect((await run(at)).failed).toEqual([]);
    const mails = toHandledare();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("1 person behöver en uppföljning");
    expect(mails[0]!.raw).toContain(world.participant.code);
    expect(mails[0]!.raw).not.toContain("Hemlig anteckning");
    expect(mails[0]!.raw).not.toContain("Kim");
    expect(await t.db.auditEvent.count({ where: { participantId: world.participant.id, entity: "FollowUp", action: "READ", actorId: null } })).toBe(1);
    // 23:30 UTC on 20 November is 21 November in Stockholm: a new day, a new digest.
    await run("2026-11-20T23:30:00Z");
    expect(toHandledare()).toHaveLength(2);
  });

  it("stops once the person has been followed up", async () => {
    await createFollowUp(t.db, { participantId: world.participant.id, supportWorkerId: world.handledare.user.id, date: toDbDate("2026-11-22") });
    await run("2026-11-22T12:00:00Z");
    expect(toHandledare()).toHaveLength(2);
  });
});
