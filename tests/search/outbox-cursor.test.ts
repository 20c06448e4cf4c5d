import { describe, expect, it } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { SearchUnavailableError, type SearchEngine } from "../../search/engine.ts";
import { createOutboxFollower, type OutboxLog, type OutboxLogEntry } from "../../search/outbox-cursor.ts";
import { PLACEMENTS_INDEX, type PlacementIndexRow } from "../../search/placements.ts";
import { nextAttemptDelayMs } from "../../search/sync.ts";
import { NOW, placementRow } from "./factories.ts";

/**
 * The outbox as PostgreSQL shows it to a reader: rows get their sequence when written but are seen only once their
 * transaction commits, so a later sequence can be visible before an earlier one.
 */
class MemoryLog implements OutboxLog {
  readonly rows = new Map<string, PlacementIndexRow>();
  readonly committed: (OutboxLogEntry & { createdAt: number })[] = [];
  readonly open = new Map<bigint, OutboxLogEntry>();
  next = 1n;
  now = NOW.getTime();

  /** Writes a row and its outbox entry in a transaction that commits now, or later (`commit()`). */
  save(row: PlacementIndexRow, { commit = true } = {}): bigint {
    const entry = { seq: this.next++, placementId: row.id };
    this.rows.set(row.id, row);
    if (commit) this.committed.push({ ...entry, createdAt: this.now });
    else this.open.set(entry.seq, entry);
    return entry.seq;
  }

  commit(seq: bigint): void {
    this.committed.push({ ...this.open.get(seq)!, createdAt: this.now });
    this.open.delete(seq);
  }

  rollback(seq: bigint): void {
    this.open.delete(seq);
  }

  #visible(): OutboxLogEntry[] {
    return [...this.committed].sort((a, b) => (a.seq < b.seq ? -1 : 1)).map(({ seq, placementId }) => ({ seq, placementId }));
  }

  async startingSeq(windowMs: number): Promise<bigint> {
    const old = this.committed.filter((entry) => entry.createdAt < this.now - windowMs).map((entry) => entry.seq);
    return old.length ? old.reduce((a, b) => (a > b ? a : b)) : 0n;
  }

  async readAfter(seq: bigint, limit: number): Promise<OutboxLogEntry[]> {
    return this.#visible().filter((entry) => entry.seq > seq).slice(0, limit);
  }

  async readSeqs(seqs: bigint[]): Promise<OutboxLogEntry[]> {
    return this.#visible().filter((entry) => seqs.includes(entry.seq));
  }

  async loadRows(placementIds: string[]): Promise<PlacementIndexRow[]> {
    return placementIds.flatMap((id) => this.rows.get(id) ?? []);
  }

  async pruneCreatedBefore(before: Date): Promise<number> {
    return 0 * before.getTime();
  }
}

const indexedIds = async (engine: SearchEngine) => (await engine.search(PLACEMENTS_INDEX, { limit: 1000 })).hits.map((hit) => hit.id).sort();

describe("following the outbox with a cursor", () => {
  it("keeps every follower's index current: nobody takes a change from another", async () => {
    const log = new MemoryLog();
    const engines = [createEmbeddedEngine(), createEmbeddedEngine()];
    const followers = engines.map((engine) => createOutboxFollower(log, engine, 0n, { now: () => log.now }));
    log.save(placementRow({ id: "a" }));
    log.save(placementRow({ id: "b" }));
    for (const follower of followers) await follower.follow();
    log.save(placementRow({ id: "b", status: "CLOSED" }));
    for (const follower of followers) await follower.follow();
    for (const engine of engines) expect(await indexedIds(engine)).toEqual(["a"]);
  });

  it("applies a change whose transaction commits after a later one, instead of skipping past it", async () => {
    const log = new MemoryLog();
    const engine = createEmbeddedEngine();
    const follower = createOutboxFollower(log, engine, 0n, { now: () => log.now });
    const slow = log.save(placementRow({ id: "slow" }), { commit: false });
    log.save(placementRow({ id: "fast" }));
    await follower.follow();
    expect(await indexedIds(engine)).toEqual(["fast"]);
    expect([...follower.cursor().holes.keys()]).toEqual([slow]);

    log.now += 3_000;
    log.commit(slow);
    await follower.follow();
    expect(await indexedIds(engine)).toEqual(["fast", "slow"]);
    expect(follower.cursor().holes.size).toBe(0);
  });

  it("gives up a hole left by a rolled-back transaction once it is older than the visibility window", async () => {
    const log = new MemoryLog();
    const follower = createOutboxFollower(log, createEmbeddedEngine(), 0n, { now: () => log.now, windowMs: 60_000 });
    log.rollback(log.save(placementRow({ id: "gone" }), { commit: false }));
    log.save(placementRow({ id: "kept" }));
    await follower.follow();
    expect(follower.cursor().holes.size).toBe(1);
    log.now += 61_000;
    await follower.follow();
    expect(follower.cursor()).toMatchObject({ seq: 2n, holes: new Map() });
  });

  it("keeps its place while the engine is down and retries with backoff, skipping nothing", async () => {
    const log = new MemoryLog();
    const engine = createEmbeddedEngine();
    let down = true;
    const flaky: SearchEngine = { ...engine, upsert: (index, documents) => (down ? Promise.reject(new SearchUnavailableError("down")) : engine.upsert(index, documents)) };
    const follower = createOutboxFollower(log, flaky, 0n, { now: () => log.now });
    log.save(placementRow({ id: "a" }));
    const failed = await follower.follow();
    expect(failed).toMatchObject({ failed: 1, upserted: 0 });
    expect(follower.cursor().seq).toBe(0n);

    down = false;
    expect(await follower.follow()).toMatchObject({ failed: 0, upserted: 0 }); // still backing off
    log.now += nextAttemptDelayMs(0);
    expect(await follower.follow()).toMatchObject({ upserted: 1 });
    expect(await indexedIds(engine)).toEqual(["a"]);
  });
});
