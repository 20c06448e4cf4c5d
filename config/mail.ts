/**
 * Outgoing mail. SMTP_URL names the SMTP server, e.g. `smtp://user:password@smtp.kommun.se:587` (STARTTLS when the
 * server offers it) or `smtps://…:465`; MAIL_FROM is the sender (default `Stegvis <noreply@stegvis.se>`).
 * Without SMTP_URL nothing is mailed: reminders are shown in the app only. Read at call time, like the mode.
 */
export interface MailSettings {
  url: string;
  from: string;
}

export function mailSettings(): MailSettings | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  return { url, from: process.env.MAIL_FROM ?? "Stegvis <noreply@stegvis.se>" };
}
