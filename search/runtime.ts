/**
 * The process's search engine and its sync worker. Meilisearch when MEILI_URL is set, otherwise the embedded
 * engine. Kept on globalThis, so that a process loading this module twice still has one engine (the server is one
 * bundle now, decision 0025).
 */
import { collectGarbageCompacting } from "../lib/compacting-gc.ts";
import type { Db } from "../prisma/db.ts";
import { createEmbeddedEngine } from "./embedded.ts";
import type { SearchEngine } from "./engine.ts";
import { createMeilisearchEngine } from "./meilisearch.ts";
import { createOutboxFollower, VISIBILITY_WINDOW_MS } from "./outbox-cursor.ts";
import { prismaOutboxLog, prismaOutboxStore, prismaReindexSource } from "./outbox-store.ts";
import { createSyncWorker, ensurePlacementIndex, reindexAll, type SyncWorker } from "./sync.ts";

const ENGINE_KEY = Symbol.for("stegvis.search");
type Holder = { [ENGINE_KEY]?: SearchEngine };

export function createSearchEngine(env: NodeJS.ProcessEnv = process.env): SearchEngine {
  return env.MEILI_URL ? createMeilisearchEngine({ host: env.MEILI_URL, apiKey: env.MEILI_API_KEY }) : createEmbeddedEngine();
}

export function getSearchEngine(): SearchEngine {
  return ((globalThis as Holder)[ENGINE_KEY] ??= createSearchEngine());
}

/**
 * Brings the index up and keeps it true. The embedded engine lives in memory, so it is filled from PostgreSQL at
 * every start and then follows the outbox with its own cursor: every process (each cluster worker) keeps its own
 * index current, and none takes a change from another (decision 0020). Meilisearch keeps its index and is shared, so
 * it only catches up from the outbox, claiming entries. If the engine is down the app still starts: writes land in
 * the outbox and the worker retries with backoff until it returns. A follower looks every 250 ms (one indexed query
 * that reads nothing when idle), so a change reaches every worker's index well within 2 s.
 */
export async function startSearchSync(db: Db, { intervalMs = 1_000, followEveryMs = 250 } = {}): Promise<SyncWorker> {
  const engine = getSearchEngine();
  const onError = (error: unknown) => console.warn(`search: sync failed: ${(error as Error).message}`);
  if (engine.kind === "embedded") {
    const log = prismaOutboxLog(db);
    const startSeq = await log.startingSeq(VISIBILITY_WINDOW_MS);
    await ensurePlacementIndex(engine);
    const [started, cpu, rssBefore] = [performance.now(), process.cpuUsage(), process.memoryUsage.rss()];
    const { indexed } = await reindexAll(prismaReindexSource(db, { requeue: false }), engine);
    // The rebuild's garbage, while nothing else runs yet. Measured at 100,000 placements: RSS after start ~500–580 MB
    // without a collection, 386–429 MB with a plain one, 354–367 MB compacting, for ~0.3 s more CPU (decision 0025).
    collectGarbageCompacting();
    // RSS read just after a compacting collection still counts the pages it is about to release; the heap is exact.
    const memory = `RSS ${megabytes(rssBefore)} MB before, heap ${megabytes(process.memoryUsage().heapUsed)} MB after`;
    console.info(
      `search: embedded engine, ${indexed} placements indexed in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `(CPU ${processCpuSeconds(process.cpuUsage(cpu))} s; ${memory}, process CPU before it ${processCpuSeconds(cpu)} s)`,
    );
    const follower = createOutboxFollower(log, engine, startSeq);
    const worker = createSyncWorker({ pass: follower.follow, intervalMs: followEveryMs, onError });
    // The last minute's changes are applied again after the rebuild (decision 0020); done here, before the server
    // listens, so the first answers (and the listing cache, 0019) see an index that then only moves when data does.
    await worker.runOnce();
    worker.start();
    return worker;
  }
  try {
    await ensurePlacementIndex(engine);
    console.info("search: Meilisearch");
  } catch (error) {
    console.warn(`search: engine unavailable at start (${(error as Error).message}); the outbox will catch up`);
  }
  const worker = createSyncWorker({ store: prismaOutboxStore(db), engine, intervalMs, onError });
  worker.start();
  return worker;
}

const megabytes = (bytes: number) => Math.round(bytes / 2 ** 20);
const processCpuSeconds = ({ user, system }: NodeJS.CpuUsage) => ((user + system) / 1e6).toFixed(1);
