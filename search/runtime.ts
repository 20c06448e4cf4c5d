/**
 * The process's search engine and its sync worker. Meilisearch when MEILI_URL is set, otherwise the embedded
 * engine. Kept on globalThis: the start script and the Remix server build load separate copies of this module.
 */
import type { Db } from "../prisma/db.ts";
import { createEmbeddedEngine } from "./embedded.ts";
import type { SearchEngine } from "./engine.ts";
import { createMeilisearchEngine } from "./meilisearch.ts";
import { prismaOutboxStore, prismaReindexSource } from "./outbox-store.ts";
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
 * every start; Meilisearch keeps its index and only catches up from the outbox. If the engine is down the app still
 * starts: writes land in the outbox and the worker retries with backoff until it returns.
 */
export async function startSearchSync(db: Db, { intervalMs = 1_000 } = {}): Promise<SyncWorker> {
  const engine = getSearchEngine();
  try {
    await ensurePlacementIndex(engine);
    if (engine.kind === "embedded") {
      const { indexed } = await reindexAll(prismaReindexSource(db), engine);
      console.info(`search: embedded engine, ${indexed} placements indexed`);
    } else {
      console.info("search: Meilisearch");
    }
  } catch (error) {
    console.warn(`search: engine unavailable at start (${(error as Error).message}); the outbox will catch up`);
  }
  const worker = createSyncWorker({
    store: prismaOutboxStore(db),
    engine,
    intervalMs,
    onError: (error) => console.warn(`search: sync failed: ${(error as Error).message}`),
  });
  worker.start();
  return worker;
}
