/**
 * HTTP benchmark (issue #17): the real app (the server build, NODE_ENV=production) on a throwaway PostgreSQL 15
 * cluster, with the demo world plus N generated published placements, under autocannon in this process. Per size it
 * prints start-up time to the first answered request, RSS after start, and for each scenario req/s, p50/p95/p99 and
 * the app's CPU time beside the wall time, and per request, with PostgreSQL's and autocannon's CPU per request (on
 * two cores the three share the machine, so their sum bounds the throughput).
 *
 * Scenarios: /platser and /platser?q=… and GraphQL `placements` with facets, each as anonymous visitors do (the
 * same request again: answered from the response cache after the first) and with the cache bypassed (a stale
 * session cookie, so the app looks the viewer up and renders afresh: the cost of a miss); `matches` as a signed-in
 * coach (never cached).
 *
 *   npm run bench:http -- --sizes 0,1000,10000,100000 --duration 10
 *   npm run bench:http -- --sizes 10000 --only "matches,no cache" --cpu-prof /tmp/profiles   (WEB_CONCURRENCY=2 for two)
 *
 * The app runs as `npm start` would beside this cluster: without WEB_CONCURRENCY, one worker per core less the one
 * PostgreSQL keeps (scripts/cluster.ts), so one worker on two cores.
 *
 * Size 0 is the demo world alone (its ~70 placements): the "demo size" of #17. Needs root (the cluster runs as
 * `postgres`, as .ci/run does); builds the server first when it is older than its sources.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, chownSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startSession } from "../graphql/auth/session.ts";
import { createDb, type Db } from "../prisma/db.ts";
import { DEMO_EMAIL_DOMAIN } from "../prisma/demo-removal.ts";
import { freePort } from "../prisma/embedded.ts";
import { applyMigrations } from "../prisma/migrate.ts";
import { loadReferenceData } from "../prisma/reference-data.ts";
import { seedDemoData } from "../prisma/seed.ts";
import { buildIfStale, serverEntry } from "../scripts/build-if-stale.ts";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "0,1000,10000,100000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    /** Only the scenarios whose name contains one of these (comma-separated), e.g. "matches,no cache". */
    only: { type: "string", default: "" },
    /** A folder: the app (and its workers) write V8 CPU profiles there (--cpu-prof) when they stop. */
    "cpu-prof": { type: "string", default: "" },
  },
});
const SIZES = args.sizes.split(",").map((size) => Number(size.trim()));
const DURATION_S = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const ONLY = args.only.split(",").map((part) => part.trim()).filter(Boolean);
const root = path.resolve(import.meta.dirname, "..");
if (!buildIfStale(root)) throw new Error("remix build failed (see above)");
const PG_BIN = "/usr/lib/postgresql/15/bin";

const LISTING_QUERY = `query Listing($query: String) {
  placements(first: 12, query: $query, filter: { statuses: [PUBLISHED] }) {
    totalCount
    facets { kinds { value count } kommunCodes { value count } adaptationCodes { value count } occupationAreas { value count } }
    edges { node { id title kind kommun { name } } }
  }
}`;
const MATCHES_QUERY = `query Matches($participantId: ID!) { matches(participantId: $participantId, first: 20) { __typename } }`;

// ── The throwaway cluster ──────────────────────────────────────────────────────────────────────────────────────────

function asPostgres(command: string, commandArgs: string[]): void {
  const result = spawnSync("runuser", ["-u", "postgres", "--", path.join(PG_BIN, command), ...commandArgs], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
}

interface Cluster {
  url: (database: string) => string;
  createDatabase(name: string): void;
  /** The postmaster's process id: with its children (one backend per connection), the database's CPU time. */
  pid(): number;
  stop(): void;
}

async function startCluster(): Promise<Cluster> {
  const folder = mkdtempSync(path.join(tmpdir(), "stegvis-bench-pg-"));
  chownSync(folder, Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim()), 0);
  const port = await freePort();
  asPostgres("initdb", ["-D", `${folder}/data`, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  asPostgres("pg_ctl", ["-D", `${folder}/data`, "-w", "-l", `${folder}/log`, "-o", `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`, "start"]);
  return {
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    createDatabase: (name) => {
      const result = spawnSync(path.join(PG_BIN, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name], { encoding: "utf8" });
      if (result.status !== 0) throw new Error(`createdb failed: ${result.stderr}`);
    },
    pid: () => Number(readFileSync(`${folder}/data/postmaster.pid`, "utf8").split("\n")[0]),
    stop: () => {
      spawnSync("runuser", ["-u", "postgres", "--", path.join(PG_BIN, "pg_ctl"), "-D", `${folder}/data`, "-m", "immediate", "stop"]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

// ── Data ───────────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The demo world (organisations, a coach and participants to match), with its accounts moved off the demo domain so
 * production starts, and `extra` published placements made in one SQL statement: titles and tasks from a word list,
 * spread over every kommun (near its centre), 0–3 adaptations and 1–2 occupation cards each.
 */
async function loadData(db: Db, extra: number): Promise<{ coachId: string; participantIds: string[] }> {
  await applyMigrations({ url: process.env.DATABASE_URL! });
  await loadReferenceData(db);
  await seedDemoData(db, { now: new Date() });
  await db.$executeRawUnsafe(`UPDATE "User" SET email = replace(email, '${DEMO_EMAIL_DOMAIN}', '@bench.invalid')`);
  if (extra > 0) {
    await db.$executeRawUnsafe(`
      WITH k AS (SELECT array_agg(code ORDER BY code) AS codes, array_agg(latitude ORDER BY code) AS lats, array_agg(longitude ORDER BY code) AS lngs FROM "Kommun"),
           o AS (SELECT array_agg(id ORDER BY id) AS ids FROM "Organization"),
           w AS (SELECT ARRAY['Sortera varor på lager','Plocka order','Packa paket','Städa lokaler','Diska i restaurangkök','Servera kaffe i café',
                   'Baka bröd','Vattna växter i växthus','Klippa gräs','Mata djur','Måla staket','Laga cyklar','Skanna dokument',
                   'Svara i telefon','Fylla på hyllor i butik','Tvätta bilar','Sortera kläder i second hand','Prismärka varor',
                   'Dela ut post','Ställa upp böcker på bibliotek','Hjälpa besökare','Snickra','Sy och laga kläder','Köra truck på lager'] AS titles)
      INSERT INTO "Placement" (id, "organizationId", kind, status, title, description, tasks, requirements, "kommunCode", latitude, longitude,
                               weekdays, "hoursPerDayMin", "hoursPerDayMax", capacity, "publishedAt", "confirmedAt", "updatedAt")
      SELECT 'bench-' || i, o.ids[1 + i % cardinality(o.ids)],
             (CASE WHEN i % 5 = 0 THEN 'INTERNSHIP' ELSE 'WORK_TRAINING' END)::"PlacementKind", 'PUBLISHED'::"PlacementStatus",
             w.titles[1 + i % cardinality(w.titles)] || ' ' || (i % 97),
             'Du hjälper till med ' || lower(w.titles[1 + (i * 7) % cardinality(w.titles)]) || '. Vi har lugnt tempo och en handledare som visar hur man gör.',
             ARRAY[lower(w.titles[1 + (i * 3) % cardinality(w.titles)]), lower(w.titles[1 + (i * 11) % cardinality(w.titles)])],
             '', k.codes[1 + i % cardinality(k.codes)],
             k.lats[1 + i % cardinality(k.codes)] + ((i % 13) - 6) * 0.01, k.lngs[1 + i % cardinality(k.codes)] + ((i % 11) - 5) * 0.01,
             ARRAY['MON','TUE','WED','THU','FRI']::"Weekday"[], 2 + (i % 3), 4 + (i % 5), 1 + (i % 4),
             now() - (i || ' minutes')::interval, now(), now()
      FROM generate_series(1, ${extra}) AS i, k, o, w`);
    await db.$executeRawUnsafe(`
      INSERT INTO "PlacementAdaptation" ("placementId", "adaptationCode")
      SELECT DISTINCT 'bench-' || i, a.codes[1 + (i * j * 7) % cardinality(a.codes)]
      FROM generate_series(1, ${extra}) AS i, generate_series(1, 3) AS j, (SELECT array_agg(code ORDER BY code) AS codes FROM "Adaptation") AS a
      WHERE j <= i % 4`);
    await db.$executeRawUnsafe(`
      INSERT INTO "PlacementOccupationCard" ("placementId", "occupationCardId")
      SELECT DISTINCT 'bench-' || i, c.ids[1 + (i * j * 5) % cardinality(c.ids)]
      FROM generate_series(1, ${extra}) AS i, generate_series(1, 2) AS j, (SELECT array_agg(id ORDER BY id) AS ids FROM "OccupationCard") AS c
      WHERE j <= 1 + i % 2`);
    await db.$executeRawUnsafe(`ANALYZE`);
  }
  const coach = await db.user.findFirstOrThrow({ where: { email: "coach@bench.invalid" }, select: { id: true } });
  const participants = await db.participant.findMany({ where: { coachId: coach.id }, select: { id: true }, orderBy: { id: "asc" } });
  return { coachId: coach.id, participantIds: participants.map((participant) => participant.id) };
}

// ── The app ────────────────────────────────────────────────────────────────────────────────────────────────────────

interface RunningApp {
  url: string;
  child: ChildProcess;
  startMs: number;
  /** Until every worker answered. */
  allWorkersMs: number;
  rssMb: number;
  output(): string;
  stop(): Promise<void>;
}

async function startApp(databaseUrl: string): Promise<RunningApp> {
  const port = await freePort();
  const started = performance.now();
  const profiling = args["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(args["cpu-prof"])}`] : [];
  const child = spawn(process.execPath, [...profiling, serverEntry], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited:\n${output}`);
    const answered = await fetch(`${url}/platser`).then((response) => response.status === 200, () => false);
    if (answered) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const startMs = performance.now() - started;
  // The first answer may come from one worker while another still builds its index: measure only once every worker
  // answers (each on a new connection, which the cluster hands out in turn).
  const workers = new Set<string>();
  for (const deadline = performance.now() + 120_000; performance.now() < deadline; ) {
    const worker = await fetch(`${url}/platser`, { headers: { connection: "close" } }).then(
      (response) => response.headers.get("x-stegvis-worker") ?? "only",
      () => null,
    );
    if (worker === "only") break;
    if (worker !== null) workers.add(worker);
    if (workers.size >= availableParallelism()) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const allWorkersMs = performance.now() - started;
  return {
    url,
    child,
    startMs,
    allWorkersMs,
    rssMb: rssOf(child.pid!),
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Resident memory of the app: the process and its workers, in MB. */
function rssOf(pid: number): number {
  let kb = 0;
  for (const one of [pid, ...childrenOf(pid)]) {
    try {
      kb += Number(readFileSync(`/proc/${one}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    } catch {
      // A worker that ended meanwhile.
    }
  }
  return Math.round(kb / 1024);
}

/**
 * User plus system CPU time so far, in ms, of a process and its live children: with WEB_CONCURRENCY > 1 the app is
 * a primary that serves nothing and workers that do (scripts/cluster.ts), so the workers' time is the app's. With
 * the children it has reaped too: PostgreSQL's backends end when the pool closes an idle connection, and their time
 * must not leave the sum with them.
 */
function cpuMsOf(pid: number): number {
  let ticks = 0;
  for (const one of [pid, ...childrenOf(pid)]) {
    try {
      const fields = readFileSync(`/proc/${one}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime in clock ticks (USER_HZ = 100)
      if (one === pid) ticks += Number(fields[13]) + Number(fields[14]); // cutime, cstime: children reaped so far
    } catch {
      // A worker that ended meanwhile.
    }
  }
  return (ticks * 1000) / 100;
}

const msOf = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

// ── Load ───────────────────────────────────────────────────────────────────────────────────────────────────────────

interface Scenario {
  name: string;
  path: string;
  connections: number;
  method?: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
}

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Mean response size in kB (body and headers as autocannon counts them). */
  kb: number;
  /** The app's CPU time (every worker) during the run, and per request answered: steadier than req/s on a busy machine. */
  cpuMs: number;
  /** PostgreSQL's CPU time (the postmaster and every backend) and this process's (autocannon) during the run. */
  dbCpuMs: number;
  loadCpuMs: number;
  wallMs: number;
  requests: number;
}

const perRequest = (ms: number, f: Figures) => `${(ms / Math.max(f.requests, 1)).toFixed(1)}ms`;
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);

async function load(app: RunningApp, dbPid: number, scenario: Scenario, durationS: number): Promise<Figures> {
  const latencies: number[] = [];
  const cpuBefore = cpuMsOf(app.child.pid!);
  const dbCpuBefore = cpuMsOf(dbPid);
  const loadCpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${app.url}${scenario.path}`,
        connections: scenario.connections,
        duration: durationS,
        method: scenario.method ?? "GET",
        body: scenario.body,
        headers: scenario.headers,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const wallMs = performance.now() - wallBefore;
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts + result.non2xx,
    kb: result.requests.total ? result.throughput.total / result.requests.total / 1024 : 0,
    cpuMs: cpuMsOf(app.child.pid!) - cpuBefore,
    dbCpuMs: cpuMsOf(dbPid) - dbCpuBefore,
    loadCpuMs: msOf(process.cpuUsage(loadCpuBefore)),
    wallMs,
    // Answered during the run (those in flight at its end are answered after wallMs, their CPU counted or not).
    requests: latencies.length,
  };
}

function scenarios(coachCookie: string, participantId: string): Scenario[] {
  const json = { "content-type": "application/json" };
  const bypass = { cookie: "stegvis_session=bench-stale-session" }; // not a session: anonymous, but past the cache
  const listing = (query: string | null) => JSON.stringify({ query: LISTING_QUERY, variables: { query } });
  return [
    { name: "/platser (cache)", path: "/platser", connections: CONNECTIONS },
    { name: "/platser (no cache)", path: "/platser", connections: CONNECTIONS, headers: bypass },
    { name: "/platser?q=lager 1 conn (cache)", path: "/platser?q=lager", connections: 1 },
    { name: "/platser?q=lager 1 conn (no cache)", path: "/platser?q=lager", connections: 1, headers: bypass },
    { name: "graphql placements+facets (cache)", path: "/graphql", connections: CONNECTIONS, method: "POST", body: listing(null), headers: json },
    { name: "graphql placements+facets (no cache)", path: "/graphql", connections: CONNECTIONS, method: "POST", body: listing(null), headers: { ...json, ...bypass } },
    { name: "graphql placements q=lager (no cache)", path: "/graphql", connections: CONNECTIONS, method: "POST", body: listing("lager"), headers: { ...json, ...bypass } },
    // One connection: a request's own cost with nothing queued beside it; ten: #17's target.
    ...[1, 10].map((connections) => ({
      name: `graphql matches, coach, ${connections} conn`,
      path: "/graphql",
      connections,
      method: "POST" as const,
      body: JSON.stringify({ query: MATCHES_QUERY, variables: { participantId } }),
      headers: { ...json, cookie: coachCookie },
    })),
  ];
}

/** Waits until the app has worked off requests still queued from the last run (it answers a trivial query). */
async function settled(app: RunningApp): Promise<void> {
  await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' }).then((response) => response.text());
}

/** A participant of the coach whose `matches` answers without errors. */
async function matchableParticipant(app: RunningApp, cookie: string, ids: string[]): Promise<string> {
  for (const participantId of ids) {
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query: MATCHES_QUERY, variables: { participantId } }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (!body.errors) return participantId;
  }
  throw new Error("no participant of the coach answers `matches` without errors");
}

/** Whatever must be stopped if the run is interrupted (Ctrl-C): the app, then the cluster. */
const cleanups: (() => unknown)[] = [];
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    process.exit(130);
  });
}

async function main() {
  console.info(`bench:http — sizes ${SIZES.join(", ")}, ${DURATION_S} s per scenario, ${CONNECTIONS} connections; ${availableParallelism()} cores, load average ${loadavg().map((value) => value.toFixed(1)).join(" ")}`);
  const cluster = await startCluster();
  cleanups.push(() => cluster.stop());
  try {
    for (const size of SIZES) {
      const database = `bench_${size}`;
      cluster.createDatabase(database);
      process.env.DATABASE_URL = cluster.url(database);
      const db = createDb(cluster.url(database), { statementTimeoutMs: 0 }); // the bulk inserts take longer than a request may
      const loadStarted = performance.now();
      const { coachId, participantIds } = await loadData(db, size);
      const coachCookie = (await startSession(db, coachId, null, false)).setCookie.split(";")[0]!;
      await db.$disconnect();
      console.info(`\n== ${size === 0 ? "demo world only" : `demo world + ${size} placements`} (loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s)`);
      const app = await startApp(cluster.url(database));
      cleanups.push(() => app.stop());
      try {
        console.info(
          `start-up to first answered request: ${(app.startMs / 1000).toFixed(1)} s, every worker answering: ${(app.allWorkersMs / 1000).toFixed(1)} s; RSS after start: ${app.rssMb} MB`,
        );
        const participantId = await matchableParticipant(app, coachCookie, participantIds);
        const idleBefore = cpuMsOf(app.child.pid!);
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        console.info(`app CPU while idle: ${((cpuMsOf(app.child.pid!) - idleBefore) / 3).toFixed(0)} ms per second`);
        console.info(`${"scenario".padEnd(40)} ${"req/s".padStart(8)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} ${"CPU/wall".padStart(10)} ${"CPU/req".padStart(8)} ${"DB/req".padStart(7)} ${"load/req".padStart(8)} ${"kB".padStart(6)} errors`);
        for (const scenario of scenarios(coachCookie, participantId).filter((one) => !ONLY.length || ONLY.some((part) => one.name.includes(part)))) {
          await load(app, cluster.pid(), scenario, 1); // warm-up: the first answer fills the cache, the JIT settles
          await settled(app);
          const f = await load(app, cluster.pid(), scenario, DURATION_S);
          await settled(app);
          console.info(
            `${scenario.name.padEnd(40)} ${f.rps.toFixed(0).padStart(8)} ${`${f.p50}ms`.padStart(7)} ${`${f.p95}ms`.padStart(7)} ${`${f.p99}ms`.padStart(7)} ${`${(f.cpuMs / 1000).toFixed(1)}/${(f.wallMs / 1000).toFixed(1)}s`.padStart(10)} ${perRequest(f.cpuMs, f).padStart(8)} ${perRequest(f.dbCpuMs, f).padStart(7)} ${perRequest(f.loadCpuMs, f).padStart(8)} ${f.kb.toFixed(1).padStart(6)} ${f.errors}`,
          );
        }
        console.info(`RSS after the load: ${rssOf(app.child.pid!)} MB`);
      } finally {
        await app.stop();
      }
    }
  } finally {
    cluster.stop();
  }
}

await main();
