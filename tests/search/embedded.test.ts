import { describe, expect, it } from "vitest";
import { and, anyOf, compare, eq, failsExactlyOne, geoRadius, not, or, type Filter } from "../../search/engine.ts";
import { PLACEMENT_SETTINGS } from "../../search/placements.ts";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { describeEngineContract } from "./engine-contract.ts";

describeEngineContract("embedded", () => createEmbeddedEngine());

describe("embedded engine: the terms of replaced and removed documents", () => {
  it("finds each document by its current words only, through many replacements and removals", async () => {
    const engine = createEmbeddedEngine();
    const index = "churn";
    await engine.applySettings(index, { ...PLACEMENT_SETTINGS, searchableAttributes: ["text"], synonyms: {}, filterableAttributes: [] });
    const words = ["hund", "katt", "häst", "kanin", "get", "ko", "gris", "får"];
    const current = new Map<string, string>();
    // Every round rewrites 300 documents (their old words become garbage) and removes a few: the store is
    // compacted several times on the way.
    for (let round = 0; round < 12; round++) {
      const batch = Array.from({ length: 300 }, (_, i) => {
        const word = words[(i + round) % words.length]!;
        current.set(`d${i}`, word);
        const filler = Array.from({ length: 40 }, (_, k) => `r${round}x${k}`).join(" ");
        return { id: `d${i}`, text: `${word} på gården ${round} ${filler}` };
      });
      await engine.upsert(index, batch);
      const removed = [`d${round * 7}`, `d${round * 7 + 1}`];
      await engine.remove(index, removed);
      for (const id of removed) current.delete(id);
    }
    for (const word of words) {
      const expected = [...current].filter(([, w]) => w === word).map(([id]) => id).sort();
      const found = await engine.search(index, { q: word, limit: 1000, matchingStrategy: "all" });
      expect(found.hits.map((hit) => hit.id).sort(), word).toEqual(expected);
    }
    expect((await engine.search(index, { q: "11", limit: 1000 })).hits).toHaveLength(current.size);
    expect((await engine.search(index, { q: "10", limit: 1000 })).hits).toHaveLength(0);
  });
});

describe("embedded engine: a page is the same slice of the whole order", () => {
  it("pages a numeric sort and a relevance ranking exactly as the full result, with writes in between", async () => {
    const engine = createEmbeddedEngine();
    const index = "pages";
    await engine.applySettings(index, {
      ...PLACEMENT_SETTINGS,
      searchableAttributes: ["text"],
      filterableAttributes: ["group", "rank"],
      sortableAttributes: ["rank"],
      synonyms: {},
    });
    const words = ["lager", "lagret", "lagerarbete", "plock", "kassa", "trädgård"];
    const documents = Array.from({ length: 400 }, (_, i) => ({
      id: `d${String(i).padStart(3, "0")}`,
      text: `${words[i % words.length]} ${words[(i * 7) % words.length]}`,
      group: i % 3 === 0 ? "a" : "b",
      ...(i % 11 === 0 ? {} : { rank: (i * 37) % 50 }),
    }));
    await engine.upsert(index, documents);
    const ids = (response: { hits: { id: string }[] }) => response.hits.map((hit) => hit.id);
    // A sort reorders the matches of q, never drops them.
    const byRelevance = ids(await engine.search(index, { q: "lager", limit: 1000 }));
    const byRank = ids(await engine.search(index, { q: "lager", sort: [{ field: "rank", direction: "asc" }], limit: 1000 }));
    expect(byRelevance.length).toBeGreaterThan(0);
    expect([...byRank].sort()).toEqual([...byRelevance].sort());
    for (const round of [0, 1]) {
      if (round === 1) {
        // A write between reads: the sorted order must follow it.
        await engine.upsert(index, [{ id: "d001", text: "lager", group: "a", rank: -5 }]);
        await engine.remove(index, ["d000", "d399"]);
      }
      for (const request of [
        { sort: [{ field: "rank", direction: "desc" as const }] },
        { sort: [{ field: "rank", direction: "asc" as const }], filter: { field: "group", eq: "a" } },
        { q: "lager" },
        { q: "lager", sort: [{ field: "rank", direction: "asc" as const }] },
      ]) {
        const whole = ids(await engine.search(index, { ...request, limit: 1000 }));
        for (const [offset, limit] of [[0, 5], [3, 12], [40, 20]] as const) {
          const page = ids(await engine.search(index, { ...request, offset, limit }));
          expect(page, `${JSON.stringify(request)} ${offset}+${limit} round ${round}`).toEqual(whole.slice(offset, offset + limit));
        }
      }
    }
  });
});

describe("embedded engine: failsExactlyOne", () => {
  it("keeps the documents failing exactly one child, as the or of 'the others hold and this one fails' does", async () => {
    const engine = createEmbeddedEngine();
    const index = "near";
    await engine.applySettings(index, {
      ...PLACEMENT_SETTINGS,
      searchableAttributes: ["id"],
      filterableAttributes: ["tags", "hours", "_geo"],
      synonyms: {},
    });
    const documents = Array.from({ length: 300 }, (_, i) => ({
      id: `d${i}`,
      tags: ["a", "b", "c", "d"].filter((_, t) => (i >> t) % 3 !== 0),
      hours: i % 9,
      _geo: { lat: 59 + (i % 17) * 0.05, lng: 18 + (i % 13) * 0.07 },
    }));
    await engine.upsert(index, documents);
    const children: Filter[] = [
      eq("tags", "a"),
      anyOf("tags", ["b", "c"]),
      compare("hours", "<=", 4),
      geoRadius({ lat: 59.3, lng: 18.3 }, 25_000),
    ];
    const ids = async (filter: Filter) => (await engine.search(index, { filter, limit: 1000 })).hits.map((hit) => hit.id).sort();
    const spelledOut = or(...children.map((failing) => and(...children.filter((other) => other !== failing), not(failing))));
    const counted = await ids(failsExactlyOne(...children));
    expect(counted.length).toBeGreaterThan(20);
    expect(counted).toEqual(await ids(spelledOut));
    expect(await ids(and(eq("tags", "d"), failsExactlyOne(...children)))).toEqual(await ids(and(eq("tags", "d"), spelledOut)));
    expect(await ids(failsExactlyOne())).toEqual([]);
  });
});

describe("embedded engine: where documents are placed", () => {
  const settings = { ...PLACEMENT_SETTINGS, searchableAttributes: ["text"], synonyms: {}, filterableAttributes: ["_geo"] };
  const STOCKHOLM = { lat: 59.33, lng: 18.07 };
  const MALMO = { lat: 55.6, lng: 13.0 };
  const LULEA = { lat: 65.58, lng: 22.15 };

  it("lays one area's documents side by side, whatever order the batch gives them in", async () => {
    const engine = createEmbeddedEngine();
    await engine.applySettings("places", settings);
    const places = [STOCKHOLM, MALMO, LULEA];
    // Interleaved: Stockholm, Malmö, Luleå, Stockholm, … The index order (a search without words or sort) is the
    // slot order; the matcher's speed depends on an area being a few runs of slots, not spread over all of them.
    await engine.upsert("places", Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, text: "plats", _geo: places[i % 3]! })));
    await engine.upsert("places", [{ id: "nowhere", text: "plats" }]);
    const order = (await engine.search("places", { limit: 100 })).hits.map((hit) => hit.document._geo as { lat: number } | undefined);
    const runs = order.filter((geo, i) => i === 0 || geo?.lat !== order[i - 1]?.lat).length;
    expect(runs).toBe(4); // three places and the document without one, each in one run
  });

  it("keeps the last document of an id given twice in one batch, and changes nothing for a batch with a bad id", async () => {
    const engine = createEmbeddedEngine();
    await engine.applySettings("places", settings);
    await engine.upsert("places", [
      { id: "a", text: "först", _geo: LULEA },
      { id: "b", text: "annan", _geo: STOCKHOLM },
      { id: "a", text: "sist", _geo: MALMO },
    ]);
    const texts = async () => (await engine.search("places", { limit: 10 })).hits.map((hit) => `${hit.id}:${hit.document.text}`).sort();
    expect(await texts()).toEqual(["a:sist", "b:annan"]);
    await expect(engine.upsert("places", [{ id: "c", text: "ny", _geo: MALMO }, { id: "", text: "utan id" }])).rejects.toThrow(
      "Every document needs a non-empty string id",
    );
    expect(await texts()).toEqual(["a:sist", "b:annan"]);
  });
});
