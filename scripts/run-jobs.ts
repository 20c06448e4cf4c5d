// npm run jobs:run: runs every scheduled job once (jobs/index.ts) and exits; for cron, or to send due reminders now.
// The app runs the same jobs hourly by itself; running both is safe (mail goes out once per key).
import { runJobsOnce } from "../jobs/scheduler.ts";
import { systemClock } from "../lib/dates.ts";
import { mailerFromSettings } from "../mail/mailer.ts";
import { getDb } from "../prisma/db.ts";

const db = getDb();
const { failed } = await runJobsOnce({ db, clock: systemClock, mailer: mailerFromSettings() });
await db.$disconnect();
if (failed.length) console.error(`failed: ${failed.join(", ")}`);
process.exit(failed.length ? 1 : 0);
