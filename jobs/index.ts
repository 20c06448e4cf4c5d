import { attendanceReminders } from "./attendance-reminders.ts";
import { followUpDigest } from "./follow-up-digest.ts";
import type { Job } from "./jobs.ts";

/** Every scheduled job, in the order they run. A feature adds its job here. */
export const jobs: Job[] = [attendanceReminders, followUpDigest];
