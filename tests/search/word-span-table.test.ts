import { describe, expect, it } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { eq } from "../../search/engine.ts";
import { PLACEMENT_SETTINGS } from "../../search/placements.ts";
import { forEachRawWord, forEachWordSpan } from "../../search/swedish.ts";
import { NOT_FILED, WordSpanTable, wordHash } from "../../search/word-span-table.ts";

/** Two words FNV-1a files under the same hash (found by brute force). */
const COLLIDING = ["fåtc", "zrpd"] as const;

const spansOf = (text: string) => {
  const spans: { word: string; hash: number; start: number; end: number }[] = [];
  forEachWordSpan(text, (whole, start, end, hash) => {
    spans.push({ word: whole.slice(start, end), hash, start, end });
  });
  return spans;
};

describe("forEachWordSpan", () => {
  it("gives the words forEachRawWord gives, each with the hash of its own units", () => {
    const text = "Kafé & trädgård: 𝒜bc-12 ,,ko\u00a0får𝒜";
    const raw: string[] = [];
    forEachRawWord(text, (word) => raw.push(word));
    const spans = spansOf(text);
    expect(spans.map(({ word }) => word)).toEqual(raw);
    expect(raw).toEqual(["Kafé", "trädgård", "𝒜bc", "12", "ko", "får𝒜"]);
    for (const { word, hash } of spans) expect(hash, word).toBe(wordHash(word));
  });

  it("stops at the word whose visit returns true, and only then", () => {
    const seen: string[] = [];
    forEachWordSpan("ett två tre fyra", (text, start, end) => {
      seen.push(text.slice(start, end));
      return text.slice(start, end) === "två";
    });
    expect(seen).toEqual(["ett", "två"]);
    // A visitor of raw words whose own result is true does not end the scan.
    const raw: string[] = [];
    forEachRawWord("ett två tre", (word) => raw.push(word) > 0);
    expect(raw).toEqual(["ett", "två", "tre"]);
  });
});

describe("WordSpanTable", () => {
  it("finds every filed word inside a longer text, and nothing else", () => {
    const table = new WordSpanTable();
    const words = Array.from({ length: 5_000 }, (_, i) => `ord${i.toString(36)}`);
    words.forEach((word, i) => table.set(word, i % 7 === 0 ? -1 : i));
    expect(table.size).toBe(words.length);
    const text = `början ${words.join(" ")} ord slut`;
    const found = spansOf(text).map(({ hash, start, end }) => table.get(text, start, end, hash));
    expect(found.slice(1, -2)).toEqual(words.map((_, i) => (i % 7 === 0 ? -1 : i)));
    expect(found[0]).toBe(NOT_FILED);
    expect(found.slice(-2)).toEqual([NOT_FILED, NOT_FILED]);
  });

  it("keeps two words with the same hash apart, and refiling a word replaces its number", () => {
    expect(wordHash(COLLIDING[0])).toBe(wordHash(COLLIDING[1]));
    const table = new WordSpanTable();
    table.set(COLLIDING[0], 1);
    const text = `${COLLIDING[1]} ${COLLIDING[0]}`;
    const [second, first] = spansOf(text);
    expect(table.get(text, second!.start, second!.end, second!.hash)).toBe(NOT_FILED);
    table.set(COLLIDING[1], 2);
    table.set(COLLIDING[0], 3);
    expect(table.size).toBe(2);
    expect(table.get(text, second!.start, second!.end, second!.hash)).toBe(2);
    expect(table.get(text, first!.start, first!.end, first!.hash)).toBe(3);
  });
});

describe("embedded engine: words and values as an index files them", () => {
  const settings = {
    ...PLACEMENT_SETTINGS,
    searchableAttributes: ["text"],
    filterableAttributes: ["codes"],
    synonyms: {},
    typoTolerance: { ...PLACEMENT_SETTINGS.typoTolerance, enabled: false },
  };

  it("finds a document by its own word, never by another word with the same hash", async () => {
    const engine = createEmbeddedEngine();
    await engine.applySettings("spans", settings);
    await engine.upsert("spans", [
      { id: "a", text: `lager ${COLLIDING[0]}` },
      { id: "b", text: `kafé ${COLLIDING[1]}` },
    ]);
    for (const [word, id] of [[COLLIDING[0], "a"], [COLLIDING[1], "b"]] as const) {
      const found = await engine.search("spans", { q: word, matchingStrategy: "all" });
      expect(found.hits.map((hit) => hit.id), word).toEqual([id]);
    }
  });

  it("files an array's repeated value once, and a replacement without it leaves nothing behind", async () => {
    const engine = createEmbeddedEngine();
    await engine.applySettings("spans", settings);
    await engine.upsert("spans", [
      { id: "a", text: "hund", codes: ["x", "x", "y", "x"] },
      { id: "b", text: "katt", codes: ["y"] },
    ]);
    const count = async (code: string) =>
      (await engine.search("spans", { filter: eq("codes", code), limit: 10 })).estimatedTotalHits;
    expect(await count("x")).toBe(1);
    expect(await count("y")).toBe(2);
    const facets = async (q?: string) => (await engine.search("spans", { q, facets: ["codes"], limit: 0 })).facetDistribution;
    expect(await facets()).toEqual({ codes: { x: 1, y: 2 } });
    expect(await facets("hund")).toEqual({ codes: { x: 1, y: 1 } });
    await engine.upsert("spans", [{ id: "a", text: "hund", codes: ["y", "y"] }]);
    expect(await count("x")).toBe(0);
    expect(await count("y")).toBe(2);
    await engine.remove("spans", ["a"]);
    expect(await count("y")).toBe(1);
  });
});
