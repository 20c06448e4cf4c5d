/**
 * Keeps the placement index in step with the database (STYLE.md items 10–11), through injected functions so this
 * file never touches the database. A write records changed placement ids in an outbox in its own transaction; the
 * drain re-reads those ids, upserts what qualifies and removes the rest, so running it twice changes nothing.
 */
import type { SearchEngine } from "./engine.ts";
import {
  isIndexable,
  PLACEMENT_SETTINGS,
  PLACEMENTS_INDEX,
  PLACEMENTS_NEXT_INDEX,
  toEngineDocument,
  type PlacementIndexRow,
} from "./placements.ts";
import { bumpIndexVersion } from "./index-version.ts";
import { createInterner, type Interner } from "./intern.ts";

export interface OutboxEntry {
  id: string;
  placementId: string;
  /** Failed attempts so far. */
  attempts: number;
}

export interface OutboxStore {
  /** Up to `limit` entries that are due (never tried, or past their next attempt time), claimed for this worker. */
  claimBatch(limit: number): Promise<OutboxEntry[]>;
  /** The rows that still exist; a missing id means the placement was deleted. */
  loadRows(placementIds: string[]): Promise<PlacementIndexRow[]>;
  markDone(entryIds: string[]): Promise<void>;
  /** Records the error, counts one more attempt, and keeps the entries back until `nextAttemptAt`. */
  markFailed(entryIds: string[], error: string, nextAttemptAt: Date): Promise<void>;
  /** Deletes the entries processed before `before`; returns how many. Unprocessed entries are never deleted. */
  pruneProcessed(before: Date): Promise<number>;
}

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 5 * 60_000 };

/**
 * How long processed entries stay in the outbox: long enough to see what was synced lately, and far longer than a
 * rebuild, whose replay (`requeueChangedSince`) reads the entries created since it started.
 */
export const OUTBOX_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** Exponential: base, 2·base, 4·base … capped. `attempts` is the number of failures so far. */
export function nextAttemptDelayMs(attempts: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempts, 30));
}

export interface DrainOptions {
  index?: string;
  batchSize?: number;
  /** Stops after this many batches, so a store that keeps returning entries cannot hold the worker forever. */
  maxBatches?: number;
  backoff?: BackoffPolicy;
  /** Processed entries older than this are deleted; default OUTBOX_RETENTION_MS. */
  retentionMs?: number;
  now?: () => Date;
}

export interface DrainReport {
  upserted: number;
  removed: number;
  /** Entries put back for a later attempt because the engine failed. */
  failed: number;
  /** Processed entries deleted because they were older than the retention. */
  pruned: number;
  /** The engine error that stopped this drain, if any. */
  error?: unknown;
}

export interface AppliedChanges {
  upserted: number;
  removed: number;
}

/**
 * Brings the index in line with the current rows of `placementIds` (a missing or no longer indexable row is removed):
 * the one step the claiming drain and the cursor follower (outbox-cursor.ts) share. The index version moves even when
 * the engine fails, since the upsert may have landed before the removal failed.
 */
export async function applyPlacementRows(
  engine: SearchEngine,
  index: string,
  placementIds: readonly string[],
  rows: readonly PlacementIndexRow[],
): Promise<AppliedChanges> {
  const documents = rows.filter(isIndexable).map((row) => toEngineDocument(row, engine));
  const indexed = new Set(documents.map((document) => document.id));
  const removals = placementIds.filter((id) => !indexed.has(id));
  try {
    if (documents.length > 0) await engine.upsert(index, documents);
    if (removals.length > 0) await engine.remove(index, removals);
  } finally {
    bumpIndexVersion(); // answers cached from the index are stale now
  }
  return { upserted: documents.length, removed: removals.length };
}

/**
 * Drains due outbox entries batch by batch until none are left. When the engine fails, the batch is marked failed
 * with backoff and the drain stops (the engine is likely down; the next run retries). Database errors propagate.
 * A drain that processed entries then prunes those past the retention: the outbox grows only then, and an idle
 * outbox costs no query.
 */
export async function drainOutbox(store: OutboxStore, engine: SearchEngine, options: DrainOptions = {}): Promise<DrainReport> {
  const index = options.index ?? PLACEMENTS_INDEX;
  const now = options.now ?? (() => new Date());
  const report: DrainReport = { upserted: 0, removed: 0, failed: 0, pruned: 0 };
  let processed = 0;
  for (let batch = 0; batch < (options.maxBatches ?? 100); batch++) {
    const entries = await store.claimBatch(options.batchSize ?? 500);
    if (entries.length === 0) break;
    const placementIds = [...new Set(entries.map((entry) => entry.placementId))];
    const rows = await store.loadRows(placementIds);
    let applied: AppliedChanges;
    try {
      applied = await applyPlacementRows(engine, index, placementIds, rows);
    } catch (error) {
      await markFailedWithBackoff(store, entries, error, now(), options.backoff ?? DEFAULT_BACKOFF);
      return { ...report, failed: report.failed + entries.length, error };
    }
    await store.markDone(entries.map((entry) => entry.id));
    processed += entries.length;
    report.upserted += applied.upserted;
    report.removed += applied.removed;
  }
  if (processed > 0) report.pruned = await store.pruneProcessed(new Date(now().getTime() - (options.retentionMs ?? OUTBOX_RETENTION_MS)));
  return report;
}

/** Entries with the same number of attempts share a next attempt time. */
async function markFailedWithBackoff(
  store: OutboxStore,
  entries: readonly OutboxEntry[],
  error: unknown,
  now: Date,
  backoff: BackoffPolicy,
): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const byAttempts = new Map<number, OutboxEntry[]>();
  for (const entry of entries) byAttempts.set(entry.attempts, [...(byAttempts.get(entry.attempts) ?? []), entry]);
  for (const [attempts, group] of byAttempts) {
    const nextAttemptAt = new Date(now.getTime() + nextAttemptDelayMs(attempts, backoff));
    await store.markFailed(group.map((entry) => entry.id), message, nextAttemptAt);
  }
}

export interface ReindexSource {
  /** Every placement row, in batches (e.g. a cursor over the table). */
  loadAllRows(): AsyncIterable<PlacementIndexRow[]>;
  /**
   * Puts every placement id with an outbox entry created at or after `since` back in the outbox. Rows read early in
   * a rebuild can be older than changes the worker drained into the old index meanwhile; this replays those changes
   * into the new one. Needed whenever the sync worker may run during the rebuild.
   */
  requeueChangedSince?(since: Date): Promise<void>;
}

/**
 * Rebuilds without downtime: settings and documents go into `placements_next`, which is then swapped with the live
 * index, so searches never see an empty or half-filled index. Running it twice gives the same index.
 */
export async function reindexAll(
  source: ReindexSource,
  engine: SearchEngine,
  options: { index?: string; nextIndex?: string; now?: () => Date } = {},
): Promise<{ indexed: number }> {
  const live = options.index ?? PLACEMENTS_INDEX;
  const next = options.nextIndex ?? PLACEMENTS_NEXT_INDEX;
  const startedAt = (options.now ?? (() => new Date()))();
  await engine.deleteIndex(next);
  await engine.applySettings(next, PLACEMENT_SETTINGS);
  let indexed = 0;
  // Only the embedded engine keeps the documents themselves; Meilisearch gets them as JSON.
  const intern: Interner = engine.kind === "embedded" ? createInterner() : (document) => document;
  for await (const rows of source.loadAllRows()) {
    const documents = rows.filter(isIndexable).map((row) => intern(toEngineDocument(row, engine)));
    if (documents.length > 0) await engine.upsert(next, documents);
    indexed += documents.length;
  }
  await engine.swap(live, next);
  bumpIndexVersion();
  await engine.deleteIndex(next);
  await source.requeueChangedSince?.(startedAt);
  return { indexed };
}

/** Applies the placement settings from code; call at every start (STYLE.md item 11). */
export async function ensurePlacementIndex(engine: SearchEngine, index: string = PLACEMENTS_INDEX): Promise<void> {
  await engine.applySettings(index, PLACEMENT_SETTINGS);
}

export interface SyncWorker {
  start(): void;
  /** Stops the timer and waits for a running drain to finish. */
  stop(): Promise<void>;
  /** One drain now (still one at a time); null when a drain was already running. */
  runOnce(): Promise<DrainReport | null>;
}

export type SyncWorkerOptions = (
  | (DrainOptions & { store: OutboxStore; engine: SearchEngine })
  /** Any other pass over the outbox, e.g. a cursor follower (outbox-cursor.ts). */
  | { pass: () => Promise<DrainReport> }
) & {
  intervalMs: number;
  /** Gets every failure (engine down, database errors); the worker itself never throws. Default: console.warn. */
  onError?: (error: unknown) => void;
};

/**
 * Drains the outbox (claiming entries) or runs `pass` every `intervalMs`. Never crashes the process: failures go to
 * `onError` and the next tick retries.
 */
export function createSyncWorker(options: SyncWorkerOptions): SyncWorker {
  const { intervalMs, onError = (error) => console.warn("search sync failed", error) } = options;
  const pass = "pass" in options ? options.pass : () => drainOutbox(options.store, options.engine, options);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<DrainReport | null> | undefined;
  let started = false;

  const runOnce = (): Promise<DrainReport | null> => {
    if (running !== undefined) return Promise.resolve(null);
    running = pass()
      .then((report) => {
        if (report.error !== undefined) onError(report.error);
        return report;
      })
      .catch((error: unknown) => {
        onError(error);
        return null;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const schedule = () => {
    if (!started) return;
    timer = setTimeout(() => void runOnce().finally(schedule), intervalMs);
    timer.unref?.(); // a pending drain must not keep the process alive
  };

  return {
    start() {
      if (started) return;
      started = true;
      schedule();
    },
    async stop() {
      started = false;
      clearTimeout(timer);
      await running;
    },
    runOnce,
  };
}
