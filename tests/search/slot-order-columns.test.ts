/**
 * Ranking a match reads each candidate's yrkeskort, adaptations and position. The embedded engine gives them per
 * candidate from its postings and columns (`SlotOrder.weigh`, `SlotOrder.points`) instead of from the documents,
 * which lie scattered in memory: reading the cards off the documents was most of the ranking's CPU at 100,000
 * placements (issue #17). A few candidates among long postings are read off their documents again (walking the
 * lists cost more). They must give exactly what the documents say, and nothing once the index has changed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEmbeddedEngine, slotOrderOf, type SlotOrder } from "../../search/embedded.ts";
import { PLACEMENT_SETTINGS, PLACEMENTS_INDEX, toEngineDocument, type PlacementDocument } from "../../search/placements.ts";
import { KOMMUNER, placementRow } from "./factories.ts";

const CARDS = ["c1", "c2", "c3", "c4", "c5", "c6"];
const ADAPTATIONS = ["A1", "A2", "A3", "A4", "A5"];

const rowsArbitrary = fc.integer({ min: 1, max: 400 }).chain((n) =>
  fc.tuple(
    ...Array.from({ length: n }, (_, i) =>
      fc
        .record({
          cards: fc.subarray(CARDS, { maxLength: 3 }),
          adaptations: fc.subarray(ADAPTATIONS),
          lat: fc.double({ min: 55, max: 69, noNaN: true }),
          lng: fc.double({ min: 11, max: 24, noNaN: true }),
          word: fc.constantFrom("lager", "kafé", "trädgård"),
        })
        .map(({ cards, adaptations, lat, lng, word }) =>
          placementRow({
            id: `p${i}`,
            title: `Arbete i ${word}`,
            latitude: lat,
            longitude: lng,
            adaptationCodes: adaptations,
            occupationCards: cards.map((id) => ({ id, title: `Kort ${id}`, area: "Lager" })),
          }),
        ),
    ),
  ),
);

const weightsArbitrary = (values: string[]) =>
  fc.dictionary(fc.constantFrom(...values), fc.constantFrom(-1, 1, 2, 3), { maxKeys: values.length }).map((record) => new Map(Object.entries(record)));

/** The same sums read off the documents. */
const summed = (order: SlotOrder, values: (document: PlacementDocument) => readonly string[], weights: Map<string, number>) =>
  Float64Array.from(order.documents as PlacementDocument[], (document) => values(document).reduce((sum, value) => sum + (weights.get(value) ?? 0), 0));

async function indexed(rows: ReturnType<typeof placementRow>[]) {
  const engine = createEmbeddedEngine();
  await engine.applySettings(PLACEMENTS_INDEX, PLACEMENT_SETTINGS);
  await engine.upsert(PLACEMENTS_INDEX, rows.map((row) => toEngineDocument(row, engine)));
  return engine;
}

describe("a slot order's columns", () => {
  it("weigh each candidate's cards and adaptations and give its position exactly as its document does", async () => {
    await fc.assert(
      fc.asyncProperty(rowsArbitrary, weightsArbitrary(CARDS), weightsArbitrary(ADAPTATIONS), fc.constantFrom("", "lager"), async (rows, cardWeights, adaptationWeights, q) => {
        const engine = await indexed(rows);
        const order = slotOrderOf(await engine.search(PLACEMENTS_INDEX, { q, limit: 1000 }))!;
        if (q === "") expect(order.documents).toHaveLength(rows.length);
        expect(order.weigh("occupationCardIds", cardWeights)).toEqual(summed(order, (document) => document.occupationCardIds, cardWeights));
        expect(order.weigh("adaptationCodes", adaptationWeights)).toEqual(summed(order, (document) => document.adaptationCodes, adaptationWeights));
        const documents = order.documents as PlacementDocument[];
        expect(order.points()).toEqual({
          lat: Float64Array.from(documents, (document) => document._geo.lat),
          lng: Float64Array.from(documents, (document) => document._geo.lng),
        });
      }),
      { numRuns: 60 },
    );
  });

  it("weigh a few candidates among long posting lists off their own documents, to the same sums", async () => {
    // 600 placements, each card on 15 and each adaptation on 12 of them: a value that rare keeps its posting as a list
    // of slots. Three candidates are fewer than those lists are long, so weigh reads their documents instead.
    const cards = Array.from({ length: 40 }, (_, k) => `k${k}`);
    const adaptations = Array.from({ length: 50 }, (_, k) => `a${k}`);
    const rows = Array.from({ length: 600 }, (_, i) =>
      placementRow({
        id: `p${i}`,
        ...(i % 200 === 7 ? { kommunCode: KOMMUNER.gavle.code, latitude: KOMMUNER.gavle.lat, longitude: KOMMUNER.gavle.lng } : {}),
        adaptationCodes: [adaptations[i % 50]!],
        occupationCards: [...new Set([cards[i % 40]!, cards[(i * 7 + 3) % 40]!])].map((id) => ({ id, title: `Kort ${id}`, area: "Lager" })),
      }),
    );
    const engine = await indexed(rows);
    const order = slotOrderOf(await engine.search(PLACEMENTS_INDEX, { q: "", filter: { field: "kommunCode", eq: KOMMUNER.gavle.code }, limit: 10 }))!;
    expect(order.documents.map((document) => document.id).sort()).toEqual(["p207", "p407", "p7"]);
    const cardWeights = new Map(cards.map((card, k) => [card, (k % 4) - 1]));
    const adaptationWeights = new Map(adaptations.map((code, k) => [code, (k % 3) + 1]));
    const cardSums = order.weigh("occupationCardIds", cardWeights)!;
    expect(cardSums).toEqual(summed(order, (document) => document.occupationCardIds, cardWeights));
    expect(order.weigh("adaptationCodes", adaptationWeights)).toEqual(summed(order, (document) => document.adaptationCodes, adaptationWeights));
    expect([...cardSums].some((sum) => sum !== 0)).toBe(true);
  });

  it("weigh off the values each candidate holds now, after writes, and a document with many values off itself", async () => {
    // The rare-values index of the test above: three candidates, so weigh reads their values, not the postings.
    const cards = Array.from({ length: 40 }, (_, k) => `k${k}`);
    const adaptations = Array.from({ length: 50 }, (_, k) => `a${k}`);
    const gavle = { kommunCode: KOMMUNER.gavle.code, latitude: KOMMUNER.gavle.lat, longitude: KOMMUNER.gavle.lng };
    const card = (id: string) => ({ id, title: `Kort ${id}`, area: "Lager" });
    const rows = Array.from({ length: 600 }, (_, i) =>
      placementRow({ id: `p${i}`, ...(i % 200 === 7 ? gavle : {}), adaptationCodes: [adaptations[i % 50]!], occupationCards: [card(cards[i % 40]!)] }),
    );
    const engine = await indexed(rows);
    const inGavle = async () => slotOrderOf(await engine.search(PLACEMENTS_INDEX, { q: "", filter: { field: "kommunCode", eq: KOMMUNER.gavle.code }, limit: 10 }))!;
    const cardWeights = new Map(cards.map((id, k) => [id, (k % 4) - 1 || 5]));
    const adaptationWeights = new Map(adaptations.map((code, k) => [code, (k % 3) + 1]));
    const expectSums = (order: SlotOrder) => {
      expect(order.weigh("occupationCardIds", cardWeights)).toEqual(summed(order, (document) => [...new Set(document.occupationCardIds)], cardWeights));
      expect(order.weigh("adaptationCodes", adaptationWeights)).toEqual(summed(order, (document) => [...new Set(document.adaptationCodes)], adaptationWeights));
    };
    expectSums(await inGavle());
    // p7 changes its cards (nine, one twice: more than a slot's run keeps), p207 leaves, and p600 comes to Gävle.
    const nineCards = ["k1", "k2", "k3", "k2", "k5", "k6", "k7", "k8", "k9", "k10"];
    await engine.upsert(PLACEMENTS_INDEX, [
      toEngineDocument({ ...rows[7]!, occupationCards: nineCards.map(card), adaptationCodes: ["a1", "a1", "a9"] }, engine),
      toEngineDocument(placementRow({ id: "p600", ...gavle, adaptationCodes: ["a3"], occupationCards: [card("k3")] }), engine),
    ]);
    await engine.remove(PLACEMENTS_INDEX, ["p207"]);
    const after = await inGavle();
    expect(after.documents.map((document) => document.id).sort()).toEqual(["p407", "p600", "p7"]);
    expectSums(after);
    expect([...after.weigh("occupationCardIds", cardWeights)!].every((sum) => sum !== 0)).toBe(true);
  });

  it("are not given once the index has changed since the search, nor for a field the index does not filter on", async () => {
    const rows = [
      placementRow({ id: "p1", occupationCards: [{ id: "c1", title: "Kort", area: "Lager" }] }),
      placementRow({ id: "p2", latitude: KOMMUNER.gavle.lat, longitude: KOMMUNER.gavle.lng }),
    ];
    const engine = await indexed(rows);
    const order = slotOrderOf(await engine.search(PLACEMENTS_INDEX, { q: "", limit: 10 }))!;
    const weights = new Map([["c1", 2]]);
    // Per candidate in the order's own order (the index places documents by where they are, not as given).
    const cardWeightOf = (id: string) => (id === "p1" ? 2 : 0);
    expect(order.weigh("occupationCardIds", weights)).toEqual(Float64Array.from(order.documents, (document) => cardWeightOf(document.id)));
    expect(order.weigh("title", weights)).toBeNull();
    // p1 loses its card: the order still shows p1 as searched, so its columns must not come from the index now.
    await engine.upsert(PLACEMENTS_INDEX, [toEngineDocument({ ...rows[0]!, occupationCards: [] }, engine)]);
    expect(order.weigh("occupationCardIds", weights)).toBeNull();
    expect(order.points()).toBeNull();
    const later = slotOrderOf(await engine.search(PLACEMENTS_INDEX, { q: "", limit: 10 }))!;
    expect(later.weigh("occupationCardIds", weights)).toEqual(Float64Array.of(0, 0));
    await engine.remove(PLACEMENTS_INDEX, ["p2"]);
    expect(later.points()).toBeNull();
  });
});
