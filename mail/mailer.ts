import type { Transporter } from "nodemailer";
import { mailSettings } from "../config/mail.ts";

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text, lättläst Swedish; the only body (no HTML: reminders are short and read on any device). */
  text: string;
}

/** Sends one message; rejects when the server refuses it or cannot be reached. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** The mailer for SMTP_URL, or null when none is configured (then reminders live in the app only). */
export function mailerFromSettings(): Mailer | null {
  const settings = mailSettings();
  if (!settings) return null;
  // nodemailer (~4 MB loaded) comes with the first message, not with every start of the server (docs/decisions/0025).
  let transport: Promise<Transporter> | undefined;
  return {
    async send({ to, subject, text }) {
      transport ??= import("nodemailer").then(({ default: nodemailer }) => nodemailer.createTransport(settings.url));
      await (await transport).sendMail({ from: settings.from, to, subject, text });
    },
  };
}
