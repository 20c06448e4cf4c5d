import { beforeAll, describe, expect, it } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { SearchUnavailableError, type SearchEngine } from "../../search/engine.ts";
import { prismaOutboxStore, prismaReindexSource } from "../../search/outbox-store.ts";
import { PLACEMENTS_INDEX } from "../../search/placements.ts";
import { drainOutbox, ensurePlacementIndex, reindexAll } from "../../search/sync.ts";
import { graphqlClient } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { completeInput, CREATE, step, UPDATE } from "../placements/helpers.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();

/** The embedded engine behind a switch that makes every read and write fail, as an unreachable Meilisearch would. */
function flakyEngine(inner: SearchEngine) {
  const state = { down: false };
  const guarded = new Set<PropertyKey>(["upsert", "remove", "search", "multiSearch"]);
  const engine = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (state.down && guarded.has(property)) return Promise.reject(new SearchUnavailableError("simulated outage"));
        return value.apply(target, args);
      };
    },
  });
  return { engine, state };
}

async function indexedIds(engine: SearchEngine): Promise<string[]> {
  const response = await engine.search(PLACEMENTS_INDEX, { q: "", limit: 10_000 });
  return response.hits.map((hit) => hit.id).sort();
}

async function dump(engine: SearchEngine) {
  const response = await engine.search(PLACEMENTS_INDEX, { q: "", limit: 10_000 });
  return response.hits.map((hit) => hit.document).sort((a, b) => (a.id < b.id ? -1 : 1));
}

let cookie: string;
let organizationId: string;

beforeAll(async () => {
  const organization = await t.db.organization.create({ data: { name: "Återbruket", kind: "SOCIAL_ENTERPRISE", kommunCode: "2183" } });
  organizationId = organization.id;
  cookie = (await signedInUser(t.db, ["ORG_MEMBER"], [organizationId])).cookie;
});

describe("keeping the index true through the outbox", () => {
  it("indexes every write made while the engine was down once it comes back", async () => {
    const inner = createEmbeddedEngine();
    await ensurePlacementIndex(inner);
    const { engine, state } = flakyEngine(inner);
    const request = graphqlClient(() => t.db, { cookie, search: () => engine });
    const store = prismaOutboxStore(t.db);

    state.down = true;
    const created: string[] = [];
    for (const title of ["Sortera kläder", "Laga cyklar", "Baka bröd"]) {
      const draft = await request<{ createPlacement: { id: string } }>(CREATE, { input: completeInput(organizationId, { title }) });
      expect(draft.errors, "writes succeed while the engine is down").toBeUndefined();
      const published = await request(step("publishPlacement"), { id: draft.data!.createPlacement.id });
      expect(published.errors).toBeUndefined();
      created.push(draft.data!.createPlacement.id);
    }
    await request(UPDATE, { input: { id: created[0], title: "Sortera och hänga kläder" } });
    await request(step("closePlacement"), { id: created[2] });

    const failed = await drainOutbox(store, engine);
    expect(failed.failed).toBeGreaterThan(0);
    const pending = await t.db.searchOutbox.findMany({ where: { processedAt: null } });
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((entry) => entry.attempts === 1 && entry.lastError?.includes("simulated outage"))).toBe(true);

    state.down = false;
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // the first retry waits one second
    const recovered = await drainOutbox(store, engine);
    expect(recovered.failed).toBe(0);
    expect(await t.db.searchOutbox.count({ where: { processedAt: null } })).toBe(0);

    // Published ones are in, the closed one is not, and the update is what the index holds.
    expect(await indexedIds(engine)).toEqual([created[0]!, created[1]!].sort());
    const documents = await dump(engine);
    expect(documents.find((document) => document.id === created[0])).toMatchObject({ title: "Sortera och hänga kläder" });
  });

  it("gives the same index when rebuilt twice from PostgreSQL, and draining again changes nothing", async () => {
    const engine = createEmbeddedEngine();
    await reindexAll(prismaReindexSource(t.db), engine);
    const first = await dump(engine);
    await reindexAll(prismaReindexSource(t.db), engine);
    expect(await dump(engine)).toEqual(first);
    await drainOutbox(prismaOutboxStore(t.db), engine);
    expect(await dump(engine)).toEqual(first);
    expect(first.length).toBe(await t.db.placement.count({ where: { status: "PUBLISHED" } }));
  });

  it("deletes processed outbox rows older than the retention when it drains, and keeps the rest", async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    await t.db.searchOutbox.createMany({
      data: [
        { placementId: "prune-processed-8-days-ago", processedAt: daysAgo(8), createdAt: daysAgo(8) },
        { placementId: "prune-processed-yesterday", processedAt: daysAgo(1), createdAt: daysAgo(1) },
        { placementId: "prune-waiting-for-retry", createdAt: daysAgo(30), attempts: 9, nextAttemptAt: new Date(Date.now() + 60_000) },
        { placementId: "prune-new-change" },
      ],
    });
    const report = await drainOutbox(prismaOutboxStore(t.db), createEmbeddedEngine());
    expect(report.pruned).toBe(1);
    const left = await t.db.searchOutbox.findMany({ where: { placementId: { startsWith: "prune-" } }, orderBy: { id: "asc" } });
    expect(left.map((row) => [row.placementId, row.processedAt !== null])).toEqual([
      ["prune-processed-yesterday", true],
      ["prune-waiting-for-retry", false],
      ["prune-new-change", true],
    ]);
  });
});
