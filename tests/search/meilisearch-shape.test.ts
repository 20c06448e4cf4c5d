/**
 * REQUEST-SHAPE tests for the Meilisearch engine, not live tests: a fake HTTP server records what the engine sends
 * and answers like Meilisearch's API. They pin the settings JSON and the filter strings of a match; whether a real
 * server ranks as we expect is the live contract suite's job (meilisearch-live.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  and,
  anyOf,
  compare,
  eq,
  geoRadius,
  IndexNotFoundError,
  InvalidSearchRequestError,
  not,
  or,
  SearchTaskFailedError,
  SearchUnavailableError,
  type SearchEngine,
} from "../../search/engine.ts";
import { buildMatchRequests } from "../../search/match.ts";
import { createMeilisearchEngine, toMeiliFilter, toMeiliSort } from "../../search/meilisearch.ts";
import { PLACEMENT_SETTINGS, PLACEMENTS_INDEX, toDocument } from "../../search/placements.ts";
import { startFakeMeilisearch, type FakeMeilisearch } from "./fake-meilisearch.ts";
import { KOMMUNER, matchProfile, NOW, placementRow } from "./factories.ts";

describe("toMeiliFilter (pure)", () => {
  it("writes equality, any-of, comparisons and geo radius in Meilisearch syntax", () => {
    expect(toMeiliFilter(eq("kommunCode", "2183"))).toBe('kommunCode = "2183"');
    expect(toMeiliFilter(eq("freeSpots", 2))).toBe("freeSpots = 2");
    expect(toMeiliFilter(anyOf("weekdays", ["MON", "TUE"]))).toBe('weekdays IN ["MON", "TUE"]');
    expect(toMeiliFilter(compare("hoursPerDayMin", "<=", 4.5))).toBe("hoursPerDayMin <= 4.5");
    expect(toMeiliFilter(geoRadius({ lat: 61.348, lng: 16.394 }, 30_000))).toBe("_geoRadius(61.348, 16.394, 30000)");
  });

  it("parenthesises compound operands and binds NOT to a single operand", () => {
    const filter = and(eq("kind", "INTERNSHIP"), or(eq("kommunCode", "2183"), not(and(eq("a", "x"), eq("b", "y")))));
    expect(toMeiliFilter(filter)).toBe('kind = "INTERNSHIP" AND (kommunCode = "2183" OR NOT (a = "x" AND b = "y"))');
    expect(toMeiliFilter(not(anyOf("occupationAreas", ["Bygg"])))).toBe('NOT occupationAreas IN ["Bygg"]');
  });

  it("escapes quotes and backslashes in values", () => {
    expect(toMeiliFilter(eq("organizationName", 'Café "Tre" \\ Bönor'))).toBe('organizationName = "Café \\"Tre\\" \\\\ Bönor"');
  });

  it("folds constants: an empty and is everything, an empty or or any-of is nothing", () => {
    expect(toMeiliFilter(and())).toBe(true);
    expect(toMeiliFilter(or())).toBe(false);
    expect(toMeiliFilter(anyOf("kommunCode", []))).toBe(false);
    expect(toMeiliFilter(and(eq("kind", "INTERNSHIP"), anyOf("kommunCode", [])))).toBe(false);
    expect(toMeiliFilter(or(eq("kind", "INTERNSHIP"), anyOf("kommunCode", [])))).toBe('kind = "INTERNSHIP"');
    expect(toMeiliFilter(not(anyOf("kommunCode", [])))).toBe(true);
  });

  it("rejects field names that could change the expression", () => {
    expect(() => toMeiliFilter(eq('kind = "X" OR 1', "y"))).toThrow(InvalidSearchRequestError);
  });

  it("writes field and geo-point sorts", () => {
    expect(toMeiliSort({ field: "publishedAt", direction: "desc" })).toBe("publishedAt:desc");
    expect(toMeiliSort({ geoPoint: { lat: 61.348, lng: 16.394 }, direction: "asc" })).toBe("_geoPoint(61.348, 16.394):asc");
  });
});

describe("Meilisearch engine request shapes (fake HTTP server)", () => {
  let fake: FakeMeilisearch;
  let engine: SearchEngine;

  beforeEach(async () => {
    fake = await startFakeMeilisearch();
    engine = createMeilisearchEngine({ host: fake.url, apiKey: "test-key" });
  });
  afterEach(() => fake.close());

  it("sends the placement settings as pinned in the snapshot file", async () => {
    await engine.applySettings(PLACEMENTS_INDEX, PLACEMENT_SETTINGS);
    const request = fake.requests.find((r) => r.method === "PATCH")!;
    expect(request.path).toBe("/indexes/placements/settings");
    await expect(`${JSON.stringify(request.body, null, 2)}\n`).toMatchFileSnapshot("__snapshots__/placement-settings.json");
  });

  it("sends documents with their database ids and _geo, and waits for the task", async () => {
    const document = toDocument(placementRow({ id: "clx9placement", title: "Lagret", tasks: ["Trädgårdsarbete"] }));
    await engine.upsert(PLACEMENTS_INDEX, [document]);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /indexes/placements/documents", "GET /tasks/0"]);
    expect(fake.requests[0]!.body).toEqual([document]);
    expect((fake.requests[0]!.body as { _geo: unknown }[])[0]!._geo).toEqual({ lat: 61.348, lng: 16.394 });
    // The analysed terms travel with the document: stem keys, compound parts, folded keys.
    expect((fake.requests[0]!.body as { analysedMain: string[] }[])[0]!.analysedMain).toEqual(
      expect.arrayContaining(["lager", "trädgård", "tradgard", "arbet"]),
    );
  });

  it("throws when the write task failed, although the request itself succeeded", async () => {
    fake.failNextTask("invalid_document_id", "Document identifier is invalid");
    await expect(engine.upsert(PLACEMENTS_INDEX, [toDocument(placementRow({ id: "p1" }))])).rejects.toBeInstanceOf(
      SearchTaskFailedError,
    );
  });

  it("sends a match as one multi-search with the hard constraints as filter strings", async () => {
    const profile = matchProfile({
      travel: { kind: "RADIUS", radiusKm: 30 },
      adaptationNeeds: [
        { code: "QUIET_ENVIRONMENT", mustHave: true },
        { code: "PICTURE_SUPPORT", mustHave: false },
      ],
      interests: ["trädgården", "och"],
      avoidAreas: ["Kök och café"],
    });
    await engine.multiSearch(buildMatchRequests(profile, NOW));
    const { queries } = fake.requests.find((r) => r.path === "/multi-search")!.body as { queries: Record<string, unknown>[] };

    const fixed = 'freeSpots > 0 AND lastConfirmedAt >= 1738396800000 AND NOT occupationAreas IN ["Kök och café"]';
    const mustHave = 'adaptationCodes = "QUIET_ENVIRONMENT"';
    const weekdays = 'weekdays IN ["MON", "TUE"]';
    const hours = "hoursPerDayMin <= 4";
    const travel = "_geoRadius(61.348, 16.394, 30000)";
    const hitFilter = `${mustHave} AND ${weekdays} AND ${hours} AND ${travel} AND ${fixed}`;
    const nearMissFilter =
      `_geoRadius(61.348, 16.394, 40000) AND ${fixed} AND (` +
      `(${weekdays} AND ${hours} AND ${travel} AND NOT ${mustHave}) OR ` +
      `(${mustHave} AND ${hours} AND ${travel} AND NOT ${weekdays}) OR ` +
      `(${mustHave} AND ${weekdays} AND ${travel} AND NOT ${hours}) OR ` +
      `(${mustHave} AND ${weekdays} AND ${hours} AND NOT ${travel}))`;
    const fields = ["id", "_geo", "kommunCode", "kommunName", "weekdays", "hoursPerDayMin", "freeSpots", "lastConfirmedAt", "adaptationCodes", "occupationCardIds", "occupationAreas"];
    const textFields = ["id", "title", "occupationCardTitles", "tasks", "occupationAreas", "description", "requirements", "organizationName", "kommunName"];
    // The analysed query (Meilisearch has no Swedish stemmer): the stem key of each word, here "trädgården" → trädgård.
    const textQuery = { q: "trädgård", matchingStrategy: "frequency", showRankingScore: true, attributesToRetrieve: textFields };

    // "och" is a stop word only: no query for it.
    expect(queries).toEqual([
      { indexUid: "placements", filter: hitFilter, limit: 10_000, attributesToRetrieve: fields },
      { indexUid: "placements", filter: hitFilter, limit: 10_000, ...textQuery },
      { indexUid: "placements", filter: nearMissFilter, limit: 10_000, attributesToRetrieve: fields },
      { indexUid: "placements", filter: nearMissFilter, limit: 10_000, ...textQuery },
    ]);
  });

  it("maps hits, ranking scores and geo distances from the response", async () => {
    fake.handle((request) =>
      request.path === "/multi-search"
        ? {
            status: 200,
            body: {
              results: [
                {
                  indexUid: "placements",
                  hits: [{ id: "p1", title: "Kafé", _rankingScore: 0.91, _geoDistance: 2400 }],
                  query: "kafe",
                  processingTimeMs: 1,
                  limit: 20,
                  offset: 0,
                  estimatedTotalHits: 1,
                  facetDistribution: { kind: { WORK_TRAINING: 1 } },
                },
              ],
            },
          }
        : undefined,
    );
    const response = await engine.search(PLACEMENTS_INDEX, {
      q: "kafe",
      sort: [{ geoPoint: KOMMUNER.bollnas, direction: "asc" }],
      facets: ["kind"],
      showRankingScore: true,
    });
    expect(response).toEqual({
      hits: [{ id: "p1", document: { id: "p1", title: "Kafé" }, rankingScore: 0.91, geoDistance: 2400 }],
      estimatedTotalHits: 1,
      facetDistribution: { kind: { WORK_TRAINING: 1 } },
    });
    expect(fake.requests[0]!.body).toEqual({
      // "kafe" is sent as its stem key.
      queries: [{ indexUid: "placements", q: "kaf", sort: ["_geoPoint(61.348, 16.394):asc"], facets: ["kind"], showRankingScore: true }],
    });
  });

  it("sends no request for a filter that cannot match", async () => {
    const response = await engine.search(PLACEMENTS_INDEX, { filter: anyOf("kommunCode", []) });
    expect(response.hits).toEqual([]);
    expect(fake.requests).toEqual([]);
  });

  it("swaps after making sure both indexes exist", async () => {
    fake.failNextTask("index_already_exists", "Index `placements` already exists.");
    await engine.swap("placements", "placements_next");
    expect(fake.requests.filter((r) => r.method !== "GET")).toEqual([
      { method: "POST", path: "/indexes", body: { uid: "placements", primaryKey: "id" } },
      { method: "POST", path: "/indexes", body: { uid: "placements_next", primaryKey: "id" } },
      { method: "POST", path: "/swap-indexes", body: [{ indexes: ["placements", "placements_next"], rename: false }] },
    ]);
  });

  it("turns API errors into typed errors", async () => {
    fake.handle((request) =>
      request.path === "/multi-search"
        ? { status: 400, body: { message: "Index `x` not found.", code: "index_not_found", type: "invalid_request", link: "" } }
        : undefined,
    );
    await expect(engine.search("x", {})).rejects.toBeInstanceOf(IndexNotFoundError);
    fake.handle((request) =>
      request.path === "/indexes/placements/stats"
        ? { status: 503, body: { message: "unavailable", code: "internal", type: "internal", link: "" } }
        : undefined,
    );
    await expect(engine.count(PLACEMENTS_INDEX)).rejects.toBeInstanceOf(SearchUnavailableError);
  });

  it("reports an unreachable server as unavailable", async () => {
    await fake.close();
    const down = createMeilisearchEngine({ host: fake.url, requestTimeoutMs: 1_000 });
    await expect(down.search(PLACEMENTS_INDEX, { q: "lager" })).rejects.toBeInstanceOf(SearchUnavailableError);
    expect(await down.health()).toMatchObject({ available: false });
    fake = await startFakeMeilisearch(); // afterEach closes it
  });
});
