/**
 * More than one core (decision 0020): with a PostgreSQL server, `npm start` runs WEB_CONCURRENCY worker processes
 * (node:cluster; they share the port). The primary prepares the database once (migrations, reference and demo data)
 * and runs the scheduled jobs; each worker serves requests and keeps its own search index (or shares Meilisearch).
 */
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import type { RequestHandler } from "express";
import { parseDatabaseUrl } from "../prisma/connection.ts";

export const isClusterWorker = (): boolean => cluster.isWorker;

/**
 * WEB_CONCURRENCY, else in production one per core, less one when PostgreSQL runs on this host, and 1 otherwise.
 * A local PostgreSQL needs a core of its own: on 2 cores beside it, two workers answered `matches` no faster than one
 * and later (p95 76–118 ms against 52–73 ms), each holding its own index (decision 0020). The embedded database is one
 * process (PGlite runs inside it and takes no connections from other processes' pools safely), so it always gets 1.
 */
export function webConcurrency(
  { embedded, production, databaseUrl }: { embedded: boolean; production: boolean; databaseUrl?: string },
  env: Readonly<Record<string, string | undefined>> = process.env,
  cores: number = availableParallelism(),
): number {
  const keepCoreForDatabase = production && cores > 1 && databaseUrl !== undefined && databaseOnThisHost(databaseUrl);
  const asked = env.WEB_CONCURRENCY ? Number.parseInt(env.WEB_CONCURRENCY, 10) : production ? cores - (keepCoreForDatabase ? 1 : 0) : 1;
  if (!Number.isInteger(asked) || asked < 1) throw new Error(`WEB_CONCURRENCY must be a whole number of at least 1, not "${env.WEB_CONCURRENCY}"`);
  if (embedded && asked > 1) {
    console.info(`workers: 1 (the embedded database serves one process; set DATABASE_URL to run ${asked})`);
    return 1;
  }
  if (!env.WEB_CONCURRENCY && keepCoreForDatabase) {
    console.info(`workers: ${asked} of ${cores} cores (PostgreSQL on this host keeps one; WEB_CONCURRENCY sets the number)`);
  }
  return asked;
}

/** The URL names this machine: localhost, a loopback address, or a Unix socket (its folder as the host, %2F-encoded). */
export function databaseOnThisHost(databaseUrl: string): boolean {
  let host: string;
  try {
    host = (parseDatabaseUrl(databaseUrl).config.host ?? "").replace(/^\[|\]$/g, "").toLowerCase();
  } catch {
    return false;
  }
  return host === "" || host.startsWith("/") || host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Names the worker that answered (`x-stegvis-worker: 2`), so a load test or a person can tell them apart. */
export function workerHeader(): RequestHandler {
  const id = String(cluster.worker?.id ?? 0);
  return (_request, response, next) => {
    response.setHeader("x-stegvis-worker", id);
    next();
  };
}

/** A worker asks the primary whether the database is prepared; the primary answers once it is. */
const DATABASE_ASKED = "stegvis:database-prepared?";
const DATABASE_PREPARED = "stegvis:database-prepared";

/**
 * In a worker: resolves once the primary has prepared the database (migrations, reference data). The worker asks
 * rather than waits to be told, so the answer cannot come before it listens, and a replacement worker asks too.
 */
export function databasePrepared(): Promise<void> {
  return new Promise((resolve) => {
    const answered = (message: unknown) => {
      if (message !== DATABASE_PREPARED) return;
      process.off("message", answered);
      resolve();
    };
    process.on("message", answered);
    process.send!(DATABASE_ASKED);
  });
}

/** A worker that dies on its own is replaced after this pause (not at once, so a crash at start cannot spin). */
const RESPAWN_DELAY_MS = 1_000;
const STOP_LIMIT_MS = 10_000;

/**
 * Forks `count` workers (they run this same script, see `isClusterWorker`), replaces any that dies unexpectedly,
 * and returns a stop function that asks each to shut down (SIGTERM) and waits for all of them.
 *
 * The first worker starts alone and the others once one is listening: each worker rebuilds its embedded index at
 * start, and all of them at once share the cores and the database, so none answered before all were done. Started
 * this way the app answers as soon as one worker would (at 100,000 placements on 2 cores: 11.7 s → 7.9–8.4 s),
 * and the others join while it serves (decision 0025).
 *
 * The first is forked before the primary prepares the database: it loads the app's modules meanwhile, and waits
 * (`databasePrepared`) until the primary calls `databaseReady`.
 */
export function superviseWorkers(count: number): { databaseReady(): void; stop(): Promise<void> } {
  let stopping = false;
  let prepared = false;
  cluster.on("message", (worker, message) => {
    if (message === DATABASE_ASKED && prepared) worker.send(DATABASE_PREPARED);
  });
  const fork = () => cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.warn(`worker ${worker.id} exited (${signal ?? code}); starting another`);
    setTimeout(() => !stopping && fork(), RESPAWN_DELAY_MS);
  });
  fork();
  cluster.once("listening", () => {
    for (let n = 1; n < count && !stopping; n++) fork();
  });
  console.info(`workers: ${count}`);
  return {
    databaseReady() {
      prepared = true;
      // Every worker so far has asked or will: one that asks later is answered on asking.
      for (const worker of Object.values(cluster.workers ?? {})) if (worker?.isConnected()) worker.send(DATABASE_PREPARED);
    },
    async stop() {
      stopping = true;
      const running = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined && !worker.isDead());
      await Promise.all(
        running.map(
          (worker) =>
            new Promise<void>((resolve) => {
              const kill = setTimeout(() => worker!.process.kill("SIGKILL"), STOP_LIMIT_MS);
              worker!.once("exit", () => {
                clearTimeout(kill);
                resolve();
              });
              worker!.process.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}
