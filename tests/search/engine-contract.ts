/**
 * The behaviour every SearchEngine must have, as one suite taking an engine factory: run against the embedded engine
 * always and against Meilisearch wherever MEILI_URL points to a server.
 */
import { beforeEach, describe, expect, it } from "vitest";
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
  type SearchEngine,
} from "../../search/engine.ts";
import { PLACEMENT_SETTINGS, toDocument, type PlacementDocument } from "../../search/placements.ts";
import { KOMMUNER, placementRow } from "./factories.ts";

const DOCUMENTS: PlacementDocument[] = [
  placementRow({
    id: "lager",
    title: "Lagerarbete på Fritidsbanken",
    tasks: ["Plocka och packa", "Sortera utrustning"],
    adaptationCodes: ["SHORTER_DAYS", "QUIET_ENVIRONMENT"],
    hoursPerDayMin: 2,
    occupationCards: [{ id: "card-plock", title: "Plocka och packa på lager", area: "Lager och logistik" }],
  }),
  placementRow({
    id: "kafe",
    title: "Kafé och servering",
    tasks: ["Servera kaffe", "Diska"],
    adaptationCodes: ["SHORTER_DAYS"],
    hoursPerDayMin: 4,
    kommunCode: KOMMUNER.soderhamn.code,
    kommunName: KOMMUNER.soderhamn.name,
    latitude: KOMMUNER.soderhamn.lat,
    longitude: KOMMUNER.soderhamn.lng,
    occupationCards: [{ id: "card-kafe", title: "Kafébiträde", area: "Kök och café" }],
  }),
  placementRow({
    id: "tradgard",
    title: "Trädgårdsskötsel",
    description: "Vi sköter en stor trädgård och odlar grönsaker.",
    adaptationCodes: ["QUIET_ENVIRONMENT", "NO_HEAVY_LIFTING"],
    hoursPerDayMin: 6,
    kommunCode: KOMMUNER.gavle.code,
    kommunName: KOMMUNER.gavle.name,
    latitude: KOMMUNER.gavle.lat,
    longitude: KOMMUNER.gavle.lng,
    occupationCards: [{ id: "card-tradgard", title: "Trädgård och park", area: "Natur, djur och odling" }],
  }),
  placementRow({
    id: "malmo",
    title: "Butik i Malmö",
    description: "Fylla på varor och hjälpa kunder.",
    kind: "INTERNSHIP",
    hoursPerDayMin: 3,
    kommunCode: KOMMUNER.malmo.code,
    kommunName: KOMMUNER.malmo.name,
    latitude: KOMMUNER.malmo.lat,
    longitude: KOMMUNER.malmo.lng,
  }),
].map(toDocument);

const ids = (response: { hits: { id: string }[] }): string[] => response.hits.map((hit) => hit.id).sort();

export function describeEngineContract(name: string, createEngine: () => SearchEngine | Promise<SearchEngine>): void {
  describe(`search engine contract: ${name}`, () => {
    let engine: SearchEngine;
    let index: string;
    let counter = 0;

    beforeEach(async () => {
      engine = await createEngine();
      // Unique per test, so a shared live server needs no cleanup between tests.
      index = `contract_${Date.now()}_${counter++}`;
      await engine.applySettings(index, PLACEMENT_SETTINGS);
      await engine.upsert(index, DOCUMENTS);
    });

    it("counts the documents it holds", async () => {
      expect(await engine.count(index)).toBe(4);
      expect(await engine.count(`${index}_missing`)).toBe(0);
    });

    it("replaces a whole document when the same id is upserted again", async () => {
      await engine.upsert(index, [{ ...DOCUMENTS[0]!, title: "Cykelverkstad", tasks: [] }]);
      expect(ids(await engine.search(index, { q: "cykelverkstad" }))).toEqual(["lager"]);
      expect(ids(await engine.search(index, { q: "utrustning" }))).toEqual([]);
      expect(await engine.count(index)).toBe(4);
    });

    it("removes documents by id and ignores unknown ids", async () => {
      await engine.remove(index, ["kafe", "unknown"]);
      expect(await engine.count(index)).toBe(3);
      expect(ids(await engine.search(index, {}))).toEqual(["lager", "malmo", "tradgard"]);
    });

    it("filters on equality, has-element on arrays, any-of, comparisons, not and or", async () => {
      expect(ids(await engine.search(index, { filter: eq("kind", "INTERNSHIP") }))).toEqual(["malmo"]);
      expect(ids(await engine.search(index, { filter: eq("adaptationCodes", "QUIET_ENVIRONMENT") }))).toEqual(["lager", "tradgard"]);
      const both = and(eq("adaptationCodes", "QUIET_ENVIRONMENT"), eq("adaptationCodes", "SHORTER_DAYS"));
      expect(ids(await engine.search(index, { filter: both }))).toEqual(["lager"]);
      expect(ids(await engine.search(index, { filter: anyOf("kommunCode", ["2182", "2180"]) }))).toEqual(["kafe", "tradgard"]);
      expect(ids(await engine.search(index, { filter: compare("hoursPerDayMin", "<=", 3) }))).toEqual(["lager", "malmo"]);
      expect(ids(await engine.search(index, { filter: compare("hoursPerDayMin", ">", 4) }))).toEqual(["tradgard"]);
      expect(ids(await engine.search(index, { filter: not(eq("adaptationCodes", "SHORTER_DAYS")) }))).toEqual(["malmo", "tradgard"]);
      const either = or(eq("kind", "INTERNSHIP"), compare("hoursPerDayMin", ">=", 6));
      expect(ids(await engine.search(index, { filter: either }))).toEqual(["malmo", "tradgard"]);
    });

    it("filters by distance with a geo radius", async () => {
      // Bollnäs–Söderhamn is about 36 km, Bollnäs–Gävle about 90 km.
      const near = geoRadius(KOMMUNER.bollnas, 50_000);
      expect(ids(await engine.search(index, { filter: near }))).toEqual(["kafe", "lager"]);
    });

    it("sorts by a field and by distance, reporting the distance in metres", async () => {
      const byHours = await engine.search(index, { sort: [{ field: "hoursPerDayMin", direction: "desc" }] });
      expect(byHours.hits.map((hit) => hit.id)).toEqual(["tradgard", "kafe", "malmo", "lager"]);
      const byDistance = await engine.search(index, { sort: [{ geoPoint: KOMMUNER.bollnas, direction: "asc" }] });
      expect(byDistance.hits.map((hit) => hit.id)).toEqual(["lager", "kafe", "tradgard", "malmo"]);
      expect(byDistance.hits[0]!.geoDistance).toBeLessThan(1000);
      expect(byDistance.hits[1]!.geoDistance).toBeGreaterThan(30_000);
      expect(byDistance.hits[1]!.geoDistance).toBeLessThan(40_000);
    });

    it("counts facet values over the filtered set", async () => {
      const response = await engine.search(index, {
        filter: compare("hoursPerDayMin", "<", 5),
        facets: ["adaptationCodes", "kind"],
        limit: 0,
      });
      expect(response.estimatedTotalHits).toBe(3);
      expect(response.facetDistribution["adaptationCodes"]).toEqual({ SHORTER_DAYS: 2, QUIET_ENVIRONMENT: 1 });
      expect(response.facetDistribution["kind"]).toEqual({ WORK_TRAINING: 2, INTERNSHIP: 1 });
    });

    it("pages with limit and offset and reports the total", async () => {
      const sort = [{ field: "hoursPerDayMin", direction: "asc" as const }];
      const page = await engine.search(index, { sort, limit: 2, offset: 1 });
      expect(page.hits.map((hit) => hit.id)).toEqual(["malmo", "kafe"]);
      expect(page.estimatedTotalHits).toBe(4);
    });

    it("finds words despite typos and without accents", async () => {
      expect(ids(await engine.search(index, { q: "lagr" }))).toContain("lager");
      expect(ids(await engine.search(index, { q: "kafe" }))).toContain("kafe");
      expect(ids(await engine.search(index, { q: "tradgard" }))).toContain("tradgard");
    });

    it("finds a word through its synonyms, both ways", async () => {
      expect(ids(await engine.search(index, { q: "logistik" }))).toContain("lager");
      expect(ids(await engine.search(index, { q: "odling" }))).toContain("tradgard");
    });

    it("ranks an exact match above a typo match, with scores between 0 and 1", async () => {
      await engine.upsert(index, [toDocument(placementRow({ id: "lagret", title: "Lagret" }))]);
      const response = await engine.search(index, { q: "lager", showRankingScore: true });
      expect(response.hits[0]!.id).toBe("lager");
      for (const hit of response.hits) {
        expect(hit.rankingScore).toBeGreaterThan(0);
        expect(hit.rankingScore).toBeLessThanOrEqual(1);
      }
    });

    it("returns documents matching any word with the frequency strategy and only full matches with all", async () => {
      expect(ids(await engine.search(index, { q: "kafé trädgård", matchingStrategy: "frequency" }))).toEqual(["kafe", "tradgard"]);
      expect(ids(await engine.search(index, { q: "kafé trädgård", matchingStrategy: "all" }))).toEqual([]);
    });

    it("answers several queries in one call, in order", async () => {
      const [first, second] = await engine.multiSearch([
        { index, filter: eq("kind", "INTERNSHIP") },
        { index, q: "trädgård" },
      ]);
      expect(ids(first!)).toEqual(["malmo"]);
      expect(ids(second!)).toEqual(["tradgard"]);
    });

    it("swaps two indexes, treating a missing one as empty", async () => {
      const other = `${index}_next`;
      await engine.applySettings(other, PLACEMENT_SETTINGS);
      await engine.upsert(other, [DOCUMENTS[0]!]);
      await engine.swap(index, other);
      expect(await engine.count(index)).toBe(1);
      expect(await engine.count(other)).toBe(4);
      const fresh = `${index}_fresh`;
      await engine.swap(fresh, other);
      expect(await engine.count(fresh)).toBe(4);
      expect(await engine.count(other)).toBe(0);
      await engine.deleteIndex(fresh);
      await engine.deleteIndex(other);
    });

    it("throws typed errors for a missing index and for a filter on a field that is not filterable", async () => {
      await expect(engine.search(`${index}_missing`, {})).rejects.toBeInstanceOf(IndexNotFoundError);
      await expect(engine.search(index, { filter: eq("title", "Kafé och servering") })).rejects.toBeInstanceOf(
        InvalidSearchRequestError,
      );
    });

    it("deletes an index, and deleting a missing index is no error", async () => {
      await engine.deleteIndex(index);
      await engine.deleteIndex(index);
      expect(await engine.count(index)).toBe(0);
    });

    it("reports itself available", async () => {
      expect(await engine.health()).toEqual({ available: true });
    });
  });
}
