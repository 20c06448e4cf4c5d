/**
 * A match's reasons quote the placement's own word for each interest ("Intresset lager finns i platsen: 'lagret'").
 * The embedded engine reads that word off its index (`SlotOrder.quote`) instead of reading the placement's text again
 * (issue #17: the text was a third of a match's CPU). It must quote exactly what `matchingWords` finds in the text:
 * the cheapest match, the first of those in the text's order, as written. Texts here mix case, accents, compounds,
 * stop words and repeats across fields; queries mix exact words, stems, typos, prefixes and near-stop-words.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEmbeddedEngine, slotOrderOf } from "../../search/embedded.ts";
import { PLACEMENT_SETTINGS, PLACEMENTS_INDEX, toEngineDocument, type PlacementIndexRow } from "../../search/placements.ts";
import { matchingWords, parseQuery, textRules } from "../../search/text.ts";
import { NOW } from "./factories.ts";

const WORDS = [
  "lager", "Lagret", "LAGER", "lagerarbete", "lagerjobb", "kafé", "Café", "cafe", "kaféet", "trädgård", "Trädgården",
  "tradgard", "trädgårdsarbete", "hundar", "hund", "Hunddagis", "städning", "städa", "Stad", "butik", "butiken", "odling",
  "servering", "serverar", "logistik", "snickeri", "snickare", "och", "i", "för", "på", "med", "att", "en", "ett",
];
const QUERIES = [
  "lager", "lagr", "lagret", "lagre", "kafe", "kafé", "cafe", "tradgard", "trädgårdar", "hund", "hundar", "städ", "stad",
  "butk", "butiker", "odla", "server", "logistk", "snick", "oc", "fö", "ochs", "pa", "mede", "att", "lager kafé", "hund och katt",
];

const text = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }), fc.constantFrom(" ", ", ", ". ", " – "))
  .map(([words, separator]) => words.join(separator));

const rowArbitrary = (id: string): fc.Arbitrary<PlacementIndexRow> =>
  fc
    .record({
      title: text,
      tasks: fc.array(text, { maxLength: 3 }),
      description: text,
      requirements: fc.option(text),
      organization: text,
      cards: fc.array(text, { maxLength: 2 }),
    })
    .map((r) => ({
      id,
      title: r.title || "Plats",
      description: r.description,
      tasks: r.tasks,
      requirements: r.requirements,
      kind: "WORK_TRAINING",
      status: "PUBLISHED",
      organization: { id: "o", name: r.organization || "Org", kind: "COMPANY" },
      kommunCode: "2183",
      kommunName: "Bollnäs",
      latitude: 61.35,
      longitude: 16.4,
      weekdays: ["MON"],
      hoursPerDayMin: 2,
      hoursPerDayMax: 4,
      capacity: 1,
      activeAssignments: 0,
      adaptationCodes: [],
      occupationCards: r.cards.map((title, i) => ({ id: `c${i}`, title: title || "Kort", area: i ? "Lager" : "Kök" })),
      publishedAt: NOW,
      confirmedAt: NOW,
      createdAt: NOW,
    }));

const rowsArbitrary = fc.integer({ min: 1, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArbitrary(`p${i}`))));
const rules = textRules(PLACEMENT_SETTINGS);

describe("quoting a placement's words off the index", () => {
  it("quotes exactly what reading the text quotes, for every placement and query", async () => {
    let answered = 0;
    let asked = 0;
    await fc.assert(
      fc.asyncProperty(rowsArbitrary, async (rows) => {
        const engine = createEmbeddedEngine();
        await engine.applySettings(PLACEMENTS_INDEX, PLACEMENT_SETTINGS);
        await engine.upsert(PLACEMENTS_INDEX, rows.map((row) => toEngineDocument(row, engine)));
        const order = slotOrderOf(await engine.search(PLACEMENTS_INDEX, { q: "", limit: 100 }))!;
        expect(order.documents).toHaveLength(rows.length);
        order.documents.forEach((document, i) => {
          for (const q of QUERIES) {
            const words = parseQuery(q, rules);
            const quoted = order.quote(order.slots[i]!, document, q);
            asked++;
            if (quoted === null) continue;
            answered++;
            expect(quoted, `${q} in ${JSON.stringify(document)}`).toEqual(matchingWords(document, PLACEMENT_SETTINGS.searchableAttributes, words));
          }
        });
      }),
      { numRuns: 120 },
    );
    // Only queries that could meet a stop word fall back to the text ("oc", "fö", "pa", ...): most are answered.
    expect(answered / asked).toBeGreaterThan(0.6);
  });

  it("declines when the slot holds another document than the one searched", async () => {
    const engine = createEmbeddedEngine();
    await engine.applySettings(PLACEMENTS_INDEX, PLACEMENT_SETTINGS);
    // Every text of the row bland but the title.
    const row = fc.sample(rowArbitrary("p0"), { numRuns: 1, seed: 1 })[0]!;
    Object.assign(row, { description: "", tasks: [], requirements: null, organization: { ...row.organization, name: "Org" }, occupationCards: [] });
    await engine.upsert(PLACEMENTS_INDEX, [toEngineDocument({ ...row, title: "Lagret" }, engine)]);
    const order = slotOrderOf(await engine.search(PLACEMENTS_INDEX, { q: "", limit: 10 }))!;
    expect(order.quote(order.slots[0]!, order.documents[0]!, "lager")).toEqual(["lagret"]);
    await engine.upsert(PLACEMENTS_INDEX, [toEngineDocument({ ...row, title: "Kafé" }, engine)]);
    expect(order.quote(order.slots[0]!, order.documents[0]!, "lager")).toBeNull();
  });
});
