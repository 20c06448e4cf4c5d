import { systemClock, type Clock } from "../lib/dates.ts";
import { mailerFromSettings, type Mailer } from "../mail/mailer.ts";
import type { Db } from "../prisma/db.ts";
import { jobs as allJobs } from "./index.ts";
import type { Job, JobContext } from "./jobs.ts";

export const JOB_INTERVAL_MS = 60 * 60 * 1000;

/** Runs every job once, one after another; a failing job is logged and does not stop the others. */
export async function runJobsOnce(context: JobContext, jobs: Job[] = allJobs): Promise<{ failed: string[] }> {
  const failed: string[] = [];
  for (const job of jobs) {
    try {
      await job.run(context);
    } catch (error) {
      failed.push(job.name);
      console.error(`job ${job.name} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
  return { failed };
}

/**
 * Runs the jobs now and then every hour inside the app process. A run that is still going when the next is due is
 * skipped, not stacked. Several app processes may run this at once: the jobs' send-once keys keep mail single.
 */
export function startJobs(
  db: Db,
  { clock = systemClock, mailer = mailerFromSettings(), intervalMs = JOB_INTERVAL_MS }: { clock?: Clock; mailer?: Mailer | null; intervalMs?: number } = {},
): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = runJobsOnce({ db, clock, mailer }).finally(() => {
      running = null;
    });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
