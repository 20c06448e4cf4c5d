/**
 * npm start: the whole app in one process. With DATABASE_URL it uses that PostgreSQL; without it, the embedded
 * PostgreSQL (PGlite) with its data in .data/pglite, kept across restarts. Either way it applies pending
 * migrations, loads the reference data, seeds the demo data once (never in production), and serves on PORT (3000).
 * Production refuses to start while demo accounts (whose password is public) are in the database.
 * With DATABASE_URL and WEB_CONCURRENCY > 1 (the default in production is one per core), this process prepares the
 * database and runs the jobs, and worker processes running this same script serve (scripts/cluster.ts).
 */
import cluster from "node:cluster";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { embeddedDataDir, resolveDatabase, usesEmbeddedDatabase } from "../prisma/database.ts";
import { getDb } from "../prisma/db.ts";
import { demoAccounts } from "../prisma/demo-removal.ts";
import { applyMigrations } from "../prisma/migrate.ts";
import { loadReferenceData } from "../prisma/reference-data.ts";
import { seedDemoData } from "../prisma/seed.ts";
import { startSearchSync } from "../search/runtime.ts";
import { startJobs } from "../jobs/scheduler.ts";
import { mailSettings } from "../config/mail.ts";
import { securityHeaders } from "./security-headers.ts";
import { boundedPageBody, loadContext, requestGuard } from "./http-edge.ts";
import { cachedPages, responseCacheFromEnv } from "./response-cache.ts";
import { isProduction, mode } from "../config/mode.ts";
import { publicUrl } from "../config/public-url.ts";
import { databasePrepared, isClusterWorker, superviseWorkers, webConcurrency, workerHeader } from "./cluster.ts";
import { turnOffPretenuring } from "../lib/pretenuring.ts";

const root = path.resolve(import.meta.dirname, "..");
const production = isProduction();
console.info(`mode: ${mode()}${publicUrl() ? `, served at ${publicUrl()}` : ""}`);
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

// ---- cluster: the primary (or the single process) prepares the database; workers only serve.
const inWorker = isClusterWorker();
const workers = inWorker ? 1 : webConcurrency({ embedded: usesEmbeddedDatabase(), production, databaseUrl: process.env.DATABASE_URL });
// The first worker loads its modules while the primary prepares the database, and reads it once that is done.
const supervised = workers > 1 ? superviseWorkers(workers) : null;
if (inWorker) await databasePrepared();
const database = inWorker ? { url: process.env.DATABASE_URL!, embedded: false, stop: async () => {} } : await prepareDatabase();
supervised?.databaseReady();
const db = getDb();
const scheduledJobs = inWorker ? null : startScheduledJobs();
if (supervised) {
  process.once("SIGTERM", () => stopAndExit(supervised.stop));
  process.once("SIGINT", () => stopAndExit(supervised.stop));
  // The primary serves nothing: it stays here (its workers keep it alive) until stopAndExit ends the process.
  await new Promise<never>(() => {});
}

/** Stops serving (or the workers), then the jobs and the database, and exits. */
async function stopAndExit(stopServing: () => Promise<void>) {
  await stopServing();
  await scheduledJobs?.stop();
  await db.$disconnect();
  await database.stop();
  process.exit(0);
}

async function prepareDatabase() {
  const database = await resolveDatabase();
  process.env.DATABASE_URL = database.url;
  console.info(database.embedded ? `database: embedded PostgreSQL in ${embeddedDataDir}` : "database: DATABASE_URL");

  const applied = await applyMigrations({ url: database.url });
  if (applied.length) console.info(`migrations applied: ${applied.join(", ")}`);

  const db = getDb();
  await loadReferenceData(db);
  const demo = production ? await demoAccounts(db) : [];
  if (demo.length) {
    console.error(
      `Refusing to start in production: the database holds ${demo.length} demo accounts (${demo.slice(0, 3).join(", ")}${demo.length > 3 ? ", …" : ""}) ` +
        "whose password is public. A start without NODE_ENV=production (or npm run db:seed) loaded them into this database.\n" +
        "Remove the demo data with `npm run db:remove-demo` (same DATABASE_URL), or give production a new, empty database. " +
        "Then create the first administrator: `npm run admin:create -- --email namn@kommun.se`.",
    );
    await db.$disconnect();
    await database.stop();
    process.exit(1);
  }
  if (!production) {
    // Dated from today, so listings look current; the tests seed at the fixed DEMO_NOW instead.
    const result = await seedDemoData(db, { now: new Date() });
    console.info(result.seeded ? "demo data loaded" : "demo data already present");
  }
  return database;
}

function startScheduledJobs() {
  // Reminders and other scheduled work, hourly (jobs/); by e-mail only when SMTP_URL is set.
  console.info(mailSettings() ? "mail: SMTP_URL" : "mail: none (SMTP_URL unset): reminders are shown in the app only");
  return startJobs(db);
}
// ---- end cluster
const searchSync = await startSearchSync(db);
// After the index's build, which gains from pretenuring (nearly all of it survives), before the requests, whose
// objects die young (lib/pretenuring.ts).
turnOffPretenuring();

// ── start-up (docs/decisions/0025): this script is bundled with the app into build/index.js (remix.config.js
// `server`). Imported here, not at the top, so the app's modules and the GraphQL schema (built once, shared by
// /graphql and the loaders) are loaded only by a process that serves, after the database is ready.
const build: ServerBuild = await import("@remix-run/dev/server-build");
const { graphqlEndpoint } = await import("./graphql-endpoint.ts");
// ──
const app = express();
app.disable("x-powered-by");
// A number of proxy hops ("1"), or addresses Express understands ("loopback, 10.0.0.0/8"). Express takes the string
// "1" for an IP address (0.0.0.1), so a hop count must reach it as a number.
const trustProxy = process.env.TRUST_PROXY;
if (trustProxy) app.set("trust proxy", /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
if (inWorker) app.use(workerHeader());
app.use(securityHeaders(production));
app.use("/build", express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }));
app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));
app.use(requestGuard());
// ── HTTP performance (docs/decisions/0019): the API straight from Express, and the anonymous listing cache ──
const responseCache = responseCacheFromEnv();
app.all("/graphql", graphqlEndpoint({ cache: responseCache }));
if (responseCache) app.use(cachedPages(responseCache, (path) => /^\/platser(\.data)?\/?$/i.test(path)));
// ──
app.use(boundedPageBody());
app.all(
  "*",
  createRequestHandler({
    build,
    mode: production ? "production" : "development",
    getLoadContext: loadContext,
  }),
);

const server = app.listen(port, host, () =>
  console.info(`Stegvis is listening on http://${host === "0.0.0.0" ? "localhost" : host}:${port}${inWorker ? ` (worker ${cluster.worker!.id})` : ""}`),
);

const shutdown = () =>
  stopAndExit(async () => {
    server.close();
    server.closeAllConnections();
    searchSync.stop();
  });
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
