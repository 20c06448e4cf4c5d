import { describe, expect, it, vi } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { SearchUnavailableError, type SearchEngine } from "../../search/engine.ts";
import { PLACEMENTS_INDEX, type PlacementIndexRow } from "../../search/placements.ts";
import {
  createSyncWorker,
  drainOutbox,
  nextAttemptDelayMs,
  OUTBOX_RETENTION_MS,
  reindexAll,
  type OutboxEntry,
  type OutboxStore,
} from "../../search/sync.ts";
import { NOW, placementRow } from "./factories.ts";

/** The database side in memory: placement rows and an outbox with attempts and next-attempt times. */
class MemoryDatabase implements OutboxStore {
  readonly rows = new Map<string, PlacementIndexRow>();
  outbox: (OutboxEntry & { nextAttemptAt: number; done: boolean; processedAt?: number; error?: string })[] = [];
  now = NOW.getTime();

  save(row: PlacementIndexRow): void {
    this.rows.set(row.id, row);
    this.#enqueue(row.id);
  }

  delete(id: string): void {
    this.rows.delete(id);
    this.#enqueue(id);
  }

  async claimBatch(limit: number): Promise<OutboxEntry[]> {
    return this.outbox
      .filter((entry) => !entry.done && entry.nextAttemptAt <= this.now)
      .slice(0, limit)
      .map(({ id, placementId, attempts }) => ({ id, placementId, attempts }));
  }

  async loadRows(placementIds: string[]): Promise<PlacementIndexRow[]> {
    return placementIds.flatMap((id) => this.rows.get(id) ?? []);
  }

  async markDone(entryIds: string[]): Promise<void> {
    for (const entry of this.outbox) {
      if (!entryIds.includes(entry.id)) continue;
      entry.done = true;
      entry.processedAt = this.now;
    }
  }

  async pruneProcessed(before: Date): Promise<number> {
    const kept = this.outbox.filter((entry) => !entry.done || entry.processedAt! >= before.getTime());
    const pruned = this.outbox.length - kept.length;
    this.outbox = kept;
    return pruned;
  }

  async markFailed(entryIds: string[], error: string, nextAttemptAt: Date): Promise<void> {
    for (const entry of this.outbox) {
      if (!entryIds.includes(entry.id)) continue;
      entry.attempts++;
      entry.error = error;
      entry.nextAttemptAt = nextAttemptAt.getTime();
    }
  }

  requeue(placementIds: string[]): void {
    for (const id of placementIds) this.#enqueue(id);
  }

  #enqueue(placementId: string): void {
    this.outbox.push({ id: `e${this.outbox.length}`, placementId, attempts: 0, nextAttemptAt: this.now, done: false });
  }
}

/** An engine whose writes fail while `down` is set. */
function flaky(engine: SearchEngine): SearchEngine & { down: boolean } {
  const unavailable = () => Promise.reject(new SearchUnavailableError("connection refused"));
  const wrapper: SearchEngine & { down: boolean } = {
    kind: engine.kind,
    down: false,
    applySettings: (index, settings) => engine.applySettings(index, settings),
    upsert: (index, documents) => (wrapper.down ? unavailable() : engine.upsert(index, documents)),
    remove: (index, ids) => (wrapper.down ? unavailable() : engine.remove(index, ids)),
    search: (index, request) => engine.search(index, request),
    multiSearch: (requests) => engine.multiSearch(requests),
    swap: (a, b) => engine.swap(a, b),
    deleteIndex: (index) => engine.deleteIndex(index),
    count: (index) => engine.count(index),
    health: () => engine.health(),
  };
  return wrapper;
}

const indexedIds = async (engine: SearchEngine, index = PLACEMENTS_INDEX) =>
  (await engine.search(index, { limit: 1000 })).hits.map((hit) => hit.id).sort();

describe("drainOutbox", () => {
  it("puts every write made while the engine was down into the index once it is back", async () => {
    const db = new MemoryDatabase();
    const engine = flaky(createEmbeddedEngine());
    db.save(placementRow({ id: "old" }));
    await drainOutbox(db, engine, { now: () => new Date(db.now) });

    engine.down = true;
    for (const id of ["a", "b", "c"]) db.save(placementRow({ id }));
    db.save(placementRow({ id: "b", status: "PAUSED" }));
    db.delete("old");
    const failed = await drainOutbox(db, engine, { now: () => new Date(db.now) });
    expect(failed).toMatchObject({ upserted: 0, removed: 0, failed: 5 });
    expect(failed.error).toBeInstanceOf(SearchUnavailableError);

    engine.down = false;
    expect(await drainOutbox(db, engine, { now: () => new Date(db.now) })).toMatchObject({ failed: 0, upserted: 0 });
    db.now += nextAttemptDelayMs(0);
    expect(await drainOutbox(db, engine, { now: () => new Date(db.now) })).toMatchObject({ upserted: 2, removed: 2 });
    expect(await indexedIds(engine)).toEqual(["a", "c"]);
    expect(db.outbox.every((entry) => entry.done)).toBe(true);
  });

  it("backs off exponentially per attempt, up to a cap", async () => {
    expect([0, 1, 2, 3].map((attempts) => nextAttemptDelayMs(attempts))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(nextAttemptDelayMs(50)).toBe(5 * 60_000);

    const db = new MemoryDatabase();
    const engine = flaky(createEmbeddedEngine());
    engine.down = true;
    db.save(placementRow({ id: "a" }));
    for (let attempt = 0; attempt < 3; attempt++) {
      await drainOutbox(db, engine, { now: () => new Date(db.now) });
      expect(db.outbox[0]!.nextAttemptAt - db.now).toBe(nextAttemptDelayMs(attempt));
      db.now = db.outbox[0]!.nextAttemptAt;
    }
    expect(db.outbox[0]).toMatchObject({ attempts: 3, error: "SearchUnavailableError: connection refused" });
  });

  it("deletes processed entries past the retention after a drain that processed some, and never unprocessed ones", async () => {
    const db = new MemoryDatabase();
    const engine = flaky(createEmbeddedEngine());
    const drain = () => drainOutbox(db, engine, { now: () => new Date(db.now) });
    db.save(placementRow({ id: "a" }));
    await drain();
    db.now += OUTBOX_RETENTION_MS - 1;
    db.save(placementRow({ id: "b" }));
    expect(await drain()).toMatchObject({ upserted: 1, pruned: 0 });

    db.now += 2;
    expect(await drain(), "an idle drain prunes nothing").toMatchObject({ upserted: 0, pruned: 0 });
    engine.down = true;
    db.save(placementRow({ id: "c" }));
    expect(await drain(), "nor does one the engine failed").toMatchObject({ failed: 1, pruned: 0 });
    engine.down = false;
    db.now += nextAttemptDelayMs(0);
    db.save(placementRow({ id: "d" }));
    expect(await drain()).toMatchObject({ upserted: 2, pruned: 1 });
    expect(db.outbox.map((entry) => entry.placementId)).toEqual(["b", "c", "d"]);
    expect(await indexedIds(engine)).toEqual(["a", "b", "c", "d"]);
  });

  it("changes nothing when the same changes are drained twice", async () => {
    const db = new MemoryDatabase();
    const engine = createEmbeddedEngine();
    for (const id of ["a", "b"]) db.save(placementRow({ id }));
    db.save(placementRow({ id: "c", status: "DRAFT" }));
    await drainOutbox(db, engine);
    const before = await engine.search(PLACEMENTS_INDEX, { limit: 1000 });
    db.requeue(["a", "b", "c", "never-existed"]);
    await drainOutbox(db, engine);
    expect(await engine.search(PLACEMENTS_INDEX, { limit: 1000 })).toEqual(before);
  });
});

describe("reindexAll", () => {
  const source = (db: MemoryDatabase, during?: () => Promise<void>) => ({
    async *loadAllRows() {
      const rows = [...db.rows.values()];
      yield rows.slice(0, 2);
      await during?.();
      yield rows.slice(2);
    },
    requeueChangedSince: async () => {},
  });

  it("gives the same index when run twice", async () => {
    const db = new MemoryDatabase();
    for (const id of ["a", "b", "c"]) db.rows.set(id, placementRow({ id, title: `Plats ${id}` }));
    db.rows.set("d", placementRow({ id: "d", status: "CLOSED" }));
    const engine = createEmbeddedEngine();
    expect(await reindexAll(source(db), engine)).toEqual({ indexed: 3 });
    const first = await engine.search(PLACEMENTS_INDEX, { q: "plats", limit: 1000, showRankingScore: true });
    await reindexAll(source(db), engine);
    expect(await engine.search(PLACEMENTS_INDEX, { q: "plats", limit: 1000, showRankingScore: true })).toEqual(first);
    expect(await engine.count("placements_next")).toBe(0);
  });

  it("keeps the live index searchable while the next one fills, then swaps it in", async () => {
    const db = new MemoryDatabase();
    const engine = createEmbeddedEngine();
    db.rows.set("old", placementRow({ id: "old" }));
    await reindexAll(source(db), engine);
    db.rows.clear();
    for (const id of ["a", "b", "c"]) db.rows.set(id, placementRow({ id }));
    let liveDuringRebuild: string[] = [];
    await reindexAll(
      source(db, async () => {
        liveDuringRebuild = await indexedIds(engine);
      }),
      engine,
    );
    expect(liveDuringRebuild).toEqual(["old"]);
    expect(await indexedIds(engine)).toEqual(["a", "b", "c"]);
  });

  it("re-queues the changes made since the rebuild started", async () => {
    const db = new MemoryDatabase();
    const requeueChangedSince = vi.fn(async () => {});
    await reindexAll({ loadAllRows: source(db).loadAllRows, requeueChangedSince }, createEmbeddedEngine(), { now: () => NOW });
    expect(requeueChangedSince).toHaveBeenCalledWith(NOW);
  });
});

describe("createSyncWorker", () => {
  it("keeps running while the engine is down and catches up when it is back", async () => {
    const db = new MemoryDatabase();
    db.now = Date.now();
    const engine = flaky(createEmbeddedEngine());
    engine.down = true;
    const onError = vi.fn();
    const worker = createSyncWorker({ store: db, engine, intervalMs: 5, onError, backoff: { baseMs: 1, capMs: 10 } });
    db.save(placementRow({ id: "a" }));
    worker.start();
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(SearchUnavailableError);

    engine.down = false;
    db.now = Date.now() + 1_000;
    await vi.waitFor(async () => expect(await indexedIds(engine)).toEqual(["a"]));
    await worker.stop();
  });

  it("reports database errors instead of throwing", async () => {
    const db = new MemoryDatabase();
    db.claimBatch = () => Promise.reject(new Error("database is down"));
    const onError = vi.fn();
    const worker = createSyncWorker({ store: db, engine: createEmbeddedEngine(), intervalMs: 1_000, onError });
    expect(await worker.runOnce()).toBeNull();
    expect(onError).toHaveBeenCalledWith(new Error("database is down"));
  });
});
