import nodemailer from "nodemailer";
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
  const transport = nodemailer.createTransport(settings.url);
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from: settings.from, to, subject, text });
    },
  };
}
