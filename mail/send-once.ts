import type { Db } from "../prisma/db.ts";
import type { Mailer, MailMessage } from "./mailer.ts";

export type SendOnceResult = "sent" | "already-sent" | "not-configured" | "failed";

/**
 * Sends `message` unless a message with the same `key` was sent (or is being sent) before, by this process or any
 * other: the key is claimed with a unique insert first, so two workers or a rerun after a restart send nothing more.
 * If the SMTP server refuses, the claim is released and the next run tries again. A crash between the server's
 * accepting the mail and the row's `sentAt` being written leaves the claim in place: at most once, never twice.
 * Without a mailer (no SMTP_URL) nothing is claimed, so the reminder still goes out once SMTP is configured.
 */
export async function sendOnce(db: Db, mailer: Mailer | null, key: string, message: MailMessage): Promise<SendOnceResult> {
  if (!mailer) return "not-configured";
  const { count } = await db.mailDelivery.createMany({
    data: [{ key, recipient: message.to, subject: message.subject }],
    skipDuplicates: true,
  });
  if (count === 0) return "already-sent";
  try {
    await mailer.send(message);
  } catch (error) {
    await db.mailDelivery.delete({ where: { key } });
    console.warn(`mail ${key} to ${message.to} failed, will retry on the next run: ${(error as Error).message}`);
    return "failed";
  }
  await db.mailDelivery.update({ where: { key }, data: { sentAt: new Date() } });
  return "sent";
}
