import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import nodemailer from "nodemailer";
import { runJobsOnce } from "../../jobs/scheduler.ts";
import { fixedClock } from "../../lib/dates.ts";
import type { Mailer } from "../../mail/mailer.ts";
import { sendOnce } from "../../mail/send-once.ts";
import { startSmtpServer, type TestSmtpServer } from "../helpers/smtp.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
let smtp: TestSmtpServer;
let mailer: Mailer;

beforeAll(async () => {
  smtp = await startSmtpServer();
  const transport = nodemailer.createTransport(smtp.url);
  mailer = { send: async (message) => void (await transport.sendMail({ from: "Stegvis <noreply@stegvis.se>", ...message })) };
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.received.length = 0;
  smtp.refuse(false);
});

const message = { to: "kontakt@aterbruket.se", subject: "Påminnelse: närvaro för november", text: "Hej! Skicka in närvaron." };

describe("sendOnce", () => {
  it("delivers a message to the SMTP server once, however often and however concurrently it is asked", async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => sendOnce(t.db, mailer, "test:once", message)));
    expect(results.filter((result) => result === "sent")).toHaveLength(1);
    expect(results.filter((result) => result === "already-sent")).toHaveLength(3);
    expect(await sendOnce(t.db, mailer, "test:once", message)).toBe("already-sent");
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ to: ["kontakt@aterbruket.se"], subject: "Påminnelse: närvaro för november" });
    expect(await t.db.mailDelivery.findUniqueOrThrow({ where: { key: "test:once" } })).toMatchObject({ sentAt: expect.any(Date) });
  });

  it("releases the claim when the server refuses, so the next run delivers it", async () => {
    smtp.refuse(true);
    expect(await sendOnce(t.db, mailer, "test:retry", message)).toBe("failed");
    expect(await t.db.mailDelivery.count({ where: { key: "test:retry" } })).toBe(0);
    smtp.refuse(false);
    expect(await sendOnce(t.db, mailer, "test:retry", message)).toBe("sent");
    expect(smtp.received).toHaveLength(1);
  });

  it("without SMTP records nothing, so the reminder still goes out once mail is configured", async () => {
    expect(await sendOnce(t.db, null, "test:later", message)).toBe("not-configured");
    expect(await t.db.mailDelivery.count({ where: { key: "test:later" } })).toBe(0);
  });
});

describe("runJobsOnce", () => {
  it("runs every job with the clock and mailer it is given; one failing job does not stop the next", async () => {
    const seen: string[] = [];
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const clock = fixedClock("2026-12-03T07:00:00Z");
    const { failed } = await runJobsOnce({ db: t.db, clock, mailer }, [
      { name: "broken", run: async () => Promise.reject(new Error("trasig")) },
      { name: "mails", run: async (context) => void seen.push(`${context.clock.now().toISOString()} ${await sendOnce(context.db, context.mailer, "test:job", message)}`) },
    ]);
    expect(failed).toEqual(["broken"]);
    expect(String(logged.mock.calls[0]?.[0])).toContain("job broken failed: Error: trasig");
    logged.mockClear();
    expect(seen).toEqual(["2026-12-03T07:00:00.000Z sent"]);
  });
});
