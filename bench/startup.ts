/**
 * Start-up benchmark (issue #17, acceptance 3): a database with 100,000 published placements, then the app started
 * as the Dockerfile and `npm start` start it (`node build/index.js`, NODE_ENV=production). Prints the time to the first
 * answered search request, the server's CPU time and its RSS (each worker's when WEB_CONCURRENCY > 1, and the
 * primary's), each against its target (≤ 8 s to the first answer, ≤ 400 MB RSS after start) as ok or MISSED.
 *
 *   npm run bench:startup                                   # a throwaway PostgreSQL 15 (root, Debian's postgresql)
 *   npm run bench:startup -- --n 20000 --workers 2
 *   DATABASE_URL=postgresql://…/empty_db npm run bench:startup
 *
 * Builds the server first when it is older than its sources (scripts/build-if-stale.ts).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { freePort } from "../prisma/embedded.ts";
import { createDb } from "../prisma/db.ts";
import { applyMigrations } from "../prisma/migrate.ts";
import { loadReferenceData } from "../prisma/reference-data.ts";
import { buildIfStale, serverEntry } from "../scripts/build-if-stale.ts";
import { startThrowawayPostgres } from "../tests/helpers/throwaway-postgres.ts";

const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "100000" },
    workers: { type: "string", default: "1" },
  },
});
const N = Number(args.n);
const root = path.resolve(import.meta.dirname, "..");
if (!buildIfStale(root)) throw new Error("remix build failed (see above)");
/** Issue #17, acceptance 3: the first answer within 8 s of the start, and each process at most 400 MB after it. */
const TARGET_FIRST_ANSWER_S = 8;
const TARGET_RSS_MB = 400;
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");

const TITLES = ["Lagerarbete", "Kafé och servering", "Trädgårdsarbete", "Städning på kontor", "Second hand-butik", "Snickeri",
  "Cykelverkstad", "Kök och disk", "Butik och kassa", "Tvätteri", "Lokalvård", "Djurskötsel", "Packning och montering",
  "Reception", "Vaktmästeri", "Bageri", "Återbruk", "Fordonstvätt", "Hemtjänst, stöd", "Bibliotek"];
const SENTENCES = ["Du arbetar i ett lugnt team.", "Vi har korta pauser varje timme.", "Du får en handledare som visar allt.",
  "Arbetet är mest stående.", "Du plockar varor och packar paket.", "Du tar emot kunder och svarar på frågor.",
  "Vi lagar lunch till gästerna.", "Du vattnar, planterar och rensar ogräs.", "Du sorterar kläder och prismärker.",
  "Det finns ett tyst rum för vila.", "Du kan börja med få timmar.", "Vi har tydliga scheman med bilder.",
  "Du använder maskiner med stöd.", "Arbetsplatsen ligger nära bussen.", "Du städar lokaler och byter sopsäckar."];
const TASKS = ["Plocka varor", "Packa", "Städa", "Diska", "Servera", "Vattna", "Sortera", "Prismärka", "Tvätta", "Laga mat",
  "Svara i telefon", "Reparera cyklar", "Baka", "Måla", "Kassa"];

/** Server CPU seconds and RSS (MB) from /proc: the server is another process. */
function processStats(pid: number): { cpuSeconds: number; rssMb: number } {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]);
  return { cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100, rssMb: rssKb / 1024 };
}

function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function load(url: string): Promise<void> {
  await applyMigrations({ url });
  const db = createDb(url, { statementTimeoutMs: 0 });
  try {
    if ((await db.placement.count({ where: { id: { startsWith: "bench-p-" } } })) === N) return; // loaded by an earlier run
    await loadReferenceData(db);
    const organizations = Math.max(1, Math.round(N / 50));
    await db.$executeRaw`
      INSERT INTO "Organization" (id, name, kind, "kommunCode", "updatedAt")
      SELECT 'bench-org-' || g, 'Arbetsplats ' || g, (ARRAY['COMPANY','SOCIAL_ENTERPRISE','ASSOCIATION','PUBLIC'])[1 + g % 4]::"OrganizationKind",
        k.code, now()
      FROM generate_series(0, ${organizations - 1}) g
        JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM "Kommun") k ON k.n = g % (SELECT count(*) FROM "Kommun")`;
    await db.$executeRaw`
      INSERT INTO "Placement" (id, "organizationId", kind, status, title, description, tasks, "kommunCode", address, latitude,
        longitude, weekdays, "hoursPerDayMin", "hoursPerDayMax", capacity, "mentorName", "publishedAt", "updatedAt")
      SELECT 'bench-p-' || lpad(g::text, 7, '0'), 'bench-org-' || (g % ${organizations}),
        (CASE WHEN g % 3 = 0 THEN 'INTERNSHIP' ELSE 'WORK_TRAINING' END)::"PlacementKind", 'PUBLISHED',
        (${TITLES}::text[])[1 + g % ${TITLES.length}],
        (${SENTENCES}::text[])[1 + g % ${SENTENCES.length}] || ' ' || (${SENTENCES}::text[])[1 + (g / 7) % ${SENTENCES.length}] || ' ' ||
          (${SENTENCES}::text[])[1 + (g / 53) % ${SENTENCES.length}],
        ARRAY[(${TASKS}::text[])[1 + g % ${TASKS.length}], (${TASKS}::text[])[1 + (g / 11) % ${TASKS.length}]],
        o."kommunCode", 'Gatan ' || g, k.latitude + (g % 100) * 0.001, k.longitude + (g % 77) * 0.001,
        (CASE WHEN g % 2 = 0 THEN ARRAY['MON','TUE','WED','THU','FRI'] ELSE ARRAY['MON','WED'] END)::"Weekday"[],
        1 + g % 3, 4 + g % 4, 1 + g % 4, 'Kim', now() - (g % 400) * interval '1 day', now()
      FROM generate_series(0, ${N - 1}) g
        JOIN "Organization" o ON o.id = 'bench-org-' || (g % ${organizations})
        JOIN "Kommun" k ON k.code = o."kommunCode"`;
    // Each placement gets a few adaptations and yrkeskort, spread by a hash of its id.
    for (const [table, column, source, key, perPlacement] of [
      ["PlacementAdaptation", "adaptationCode", "Adaptation", "code", 3],
      ["PlacementOccupationCard", "occupationCardId", "OccupationCard", "id", 2],
    ] as const) {
      await db.$executeRawUnsafe(`
        INSERT INTO "${table}" ("placementId", "${column}")
        SELECT DISTINCT p.id, r.${key} FROM "Placement" p
          CROSS JOIN generate_series(0, ${perPlacement - 1}) s
          JOIN (SELECT ${key}, row_number() OVER (ORDER BY ${key}) - 1 AS n FROM "${source}") r
            ON r.n = (abs(hashtext(p.id)) + s * 7) % (SELECT count(*) FROM "${source}")`);
    }
    await db.$executeRawUnsafe(`ANALYZE`);
  } finally {
    await db.$disconnect();
  }
}

async function searchAnswered(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ placements(first: 5, query: "lager") { totalCount } }` }),
    });
    const body = (await response.json()) as { data?: { placements: { totalCount: number } } };
    return (body.data?.placements.totalCount ?? 0) > 0;
  } catch {
    return false;
  }
}

const own = process.env.DATABASE_URL ? null : await startThrowawayPostgres("stegvis_bench");
const url = process.env.DATABASE_URL ?? own!.url;
let server: ReturnType<typeof spawn> | undefined;
try {
  const loadStarted = performance.now();
  await load(url);
  console.info(`loaded ${N} published placements in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s (${own ? "a throwaway PostgreSQL 15" : "DATABASE_URL"})`);

  const port = await freePort();
  const started = performance.now();
  server = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, PORT: String(port), HOST: "127.0.0.1", WEB_CONCURRENCY: args.workers },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const stamp = (chunk: Buffer) => (output += String(chunk).replace(/^(?=.)/gm, `[${((performance.now() - started) / 1000).toFixed(1)} s] `));
  server.stdout!.on("data", stamp);
  server.stderr!.on("data", stamp);
  const appUrl = `http://127.0.0.1:${port}`;
  while (!(await searchAnswered(appUrl))) {
    if (server.exitCode !== null) throw new Error(`the app exited:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const firstAnswerS = (performance.now() - started) / 1000;
  const pids = [server.pid!, ...childPids(server.pid!)];
  const atFirst = pids.map(processStats);
  // Workers after the first start once it listens (scripts/cluster.ts): wait for every one before the settled reading.
  const listening = () => output.match(/is listening on/g)?.length ?? 0;
  while (listening() < Number(args.workers)) {
    if (server.exitCode !== null) throw new Error(`the app exited:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const allListeningS = (performance.now() - started) / 1000;
  // RSS settles once the rebuild's garbage is collected; read it again after a few quiet seconds.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const settled = pids.map(processStats);
  console.info(output.trimEnd());
  const cpuToFirst = atFirst.reduce((sum, stats) => sum + stats.cpuSeconds, 0);
  console.info(
    `first answered search request after ${firstAnswerS.toFixed(1)} s wall from spawn (server CPU ${cpuToFirst.toFixed(1)} s, all processes): ` +
      `target ≤ ${TARGET_FIRST_ANSWER_S} s ${verdict(firstAnswerS <= TARGET_FIRST_ANSWER_S)}`,
  );
  if (pids.length > 1) console.info(`every worker listening after ${allListeningS.toFixed(1)} s wall from spawn`);
  pids.forEach((pid, i) => {
    const role = pids.length === 1 ? "server" : i === 0 ? "primary" : `worker ${i}`;
    console.info(
      `${role} (pid ${pid}): CPU ${atFirst[i]!.cpuSeconds.toFixed(1)} s to the first answer; ` +
        `RSS ${atFirst[i]!.rssMb.toFixed(0)} MB at the first answer, ${settled[i]!.rssMb.toFixed(0)} MB 5 s after every worker listened: ` +
        `target ≤ ${TARGET_RSS_MB} MB after start ${verdict(settled[i]!.rssMb <= TARGET_RSS_MB)}`,
    );
  });
  const cpu = process.cpuUsage();
  console.info(`bench process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
} finally {
  server?.kill("SIGTERM");
  if (server && server.exitCode === null) await new Promise((resolve) => server!.once("exit", resolve));
  own?.stop();
}
