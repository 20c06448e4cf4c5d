import type { Clock } from "../lib/dates.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Db } from "../prisma/db.ts";

/** What a scheduled job gets: the database, the clock that says what day it is, and the mailer (null: no SMTP). */
export interface JobContext {
  db: Db;
  clock: Clock;
  mailer: Mailer | null;
}

/**
 * A job runs every hour and whenever the app starts, so it must be idempotent: it decides from the clock and the
 * database what is due now, and sends through mail/send-once.ts, whose keys make a rerun send nothing.
 */
export interface Job {
  name: string;
  run(context: JobContext): Promise<void>;
}
