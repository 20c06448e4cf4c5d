/**
 * Following the outbox with a cursor: each process that holds its own index (the embedded engine, one per cluster
 * worker) reads the append-only outbox in sequence order and remembers, in memory, how far it got. Nobody marks rows
 * done, so any number of followers see every change (decision 0020). Through injected functions, like sync.ts.
 *
 * The gap: a transaction can take sequence 7, another take 8 and commit first. A follower that read 8 has not seen 7
 * yet; it keeps 7 as a hole and reads it again on each pass until it shows up or is older than the visibility window
 * (a rolled-back insert leaves a hole that never fills). Transactions that write the outbox are short (Prisma's
 * interactive transactions time out after 5 s), so a window of a minute is far more than enough.
 */
import type { SearchEngine } from "./engine.ts";
import { PLACEMENTS_INDEX, type PlacementIndexRow } from "./placements.ts";
import {
  applyPlacementRows,
  DEFAULT_BACKOFF,
  nextAttemptDelayMs,
  OUTBOX_RETENTION_MS,
  type AppliedChanges,
  type BackoffPolicy,
  type DrainReport,
} from "./sync.ts";

export interface OutboxLogEntry {
  seq: bigint;
  placementId: string;
}

export interface OutboxLog {
  /**
   * Where a follower that is about to rebuild starts: the highest sequence of the rows created more than
   * `windowMs` ago (0 when none). Every row at or below it was committed before the rebuild reads the placements;
   * the rows above it are read again after the rebuild (re-applying is harmless).
   */
  startingSeq(windowMs: number): Promise<bigint>;
  /** Up to `limit` rows with a sequence above `seq`, in sequence order. */
  readAfter(seq: bigint, limit: number): Promise<OutboxLogEntry[]>;
  /** The rows among `seqs` that exist now. */
  readSeqs(seqs: bigint[]): Promise<OutboxLogEntry[]>;
  /** The rows that still exist; a missing id means the placement was deleted. */
  loadRows(placementIds: string[]): Promise<PlacementIndexRow[]>;
  /** Deletes the rows created before `before`, applied or not (every follower is far past them); returns how many. */
  pruneCreatedBefore(before: Date): Promise<number>;
}

/** A minute: twelve times Prisma's interactive transaction timeout. */
export const VISIBILITY_WINDOW_MS = 60_000;
/**
 * The widest gap noted as holes. In-flight transactions leave gaps of a few rows (a large import, a few thousand); a
 * wider jump means the table was emptied or the sequence moved, and only its top end can still be in flight.
 */
const MAX_GAP = 10_000n;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export interface OutboxCursor {
  /** The highest sequence read and applied. */
  readonly seq: bigint;
  /** Sequences below `seq` not seen yet, with the time (ms) each was first missed. */
  readonly holes: ReadonlyMap<bigint, number>;
}

export interface FollowOptions {
  index?: string;
  batchSize?: number;
  maxBatches?: number;
  backoff?: BackoffPolicy;
  windowMs?: number;
  /** Rows older than this are deleted, at most hourly; 0 turns pruning off. Default OUTBOX_RETENTION_MS. */
  retentionMs?: number;
  now?: () => number;
}

export interface OutboxFollower {
  /** One pass: the holes, then every row after the cursor. An engine failure keeps the cursor and backs off. */
  follow(): Promise<DrainReport>;
  cursor(): OutboxCursor;
}

/** A follower that starts at `startSeq` (from `OutboxLog.startingSeq`, read before the rebuild). */
export function createOutboxFollower(log: OutboxLog, engine: SearchEngine, startSeq: bigint, options: FollowOptions = {}): OutboxFollower {
  const index = options.index ?? PLACEMENTS_INDEX;
  const now = options.now ?? Date.now;
  const windowMs = options.windowMs ?? VISIBILITY_WINDOW_MS;
  const retentionMs = options.retentionMs ?? OUTBOX_RETENTION_MS;
  let seq = startSeq;
  const holes = new Map<bigint, number>();
  let failures = 0;
  let retryAt = 0;
  let prunedAt = -Infinity;

  async function apply(entries: OutboxLogEntry[]): Promise<AppliedChanges> {
    const placementIds = [...new Set(entries.map((entry) => entry.placementId))];
    return applyPlacementRows(engine, index, placementIds, await log.loadRows(placementIds));
  }

  /** Moves the cursor past `entries` (in sequence order), noting the sequences skipped on the way as holes. */
  function advance(entries: OutboxLogEntry[]): void {
    const at = now();
    for (const entry of entries) {
      if (entry.seq <= seq) continue;
      const from = entry.seq - seq > MAX_GAP ? entry.seq - MAX_GAP : seq + 1n;
      for (let missing = from; missing < entry.seq; missing++) holes.set(missing, at);
      seq = entry.seq;
    }
  }

  async function follow(): Promise<DrainReport> {
    const report: DrainReport = { upserted: 0, removed: 0, failed: 0, pruned: 0 };
    if (now() < retryAt) return report;
    const batchSize = options.batchSize ?? 500;
    const filled = holes.size > 0 ? await log.readSeqs([...holes.keys()]) : [];
    for (let batch = 0; batch < (options.maxBatches ?? 100); batch++) {
      const fresh = await log.readAfter(seq, batchSize);
      const entries = batch === 0 ? [...filled, ...fresh] : fresh;
      if (entries.length === 0) break;
      if (!(await applyOrBackOff(entries, report))) return report;
      if (batch === 0) for (const entry of filled) holes.delete(entry.seq);
      advance(fresh);
      if (fresh.length < batchSize) break;
    }
    // Only after a pass that applied everything it read: a hole that filled during an engine outage is applied first.
    const expired = now() - windowMs;
    for (const [hole, missedAt] of holes) if (missedAt < expired) holes.delete(hole);
    if (retentionMs > 0 && now() - prunedAt >= PRUNE_EVERY_MS) {
      prunedAt = now();
      report.pruned = await log.pruneCreatedBefore(new Date(now() - retentionMs));
    }
    return report;
  }

  async function applyOrBackOff(entries: OutboxLogEntry[], report: DrainReport): Promise<boolean> {
    try {
      const { upserted, removed } = await apply(entries);
      report.upserted += upserted;
      report.removed += removed;
      failures = 0;
      return true;
    } catch (error) {
      report.failed += entries.length;
      report.error = error;
      retryAt = now() + nextAttemptDelayMs(failures++, options.backoff ?? DEFAULT_BACKOFF);
      return false;
    }
  }

  return { follow, cursor: () => ({ seq, holes }) };
}
