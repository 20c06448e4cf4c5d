import { describe, expect, it } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { and, compare, eq, failsExactlyOne, type ComparisonOp, type Filter } from "../../search/engine.ts";
import { PLACEMENT_SETTINGS } from "../../search/placements.ts";

/**
 * A comparison on a field of many values (dates) is kept over the whole index with the bounds that give the same
 * set, and reused for a bound that moves between two documents' values: as matching's "not stale" bound moves with
 * the clock. Every answer here is checked against a scan of the documents, through writes that move values across
 * the bound, and at bounds equal to a document's value, where each comparison splits differently.
 */
describe("embedded engine: comparisons on a field of many values", () => {
  const OPS: ComparisonOp[] = [">=", ">", "<=", "<"];
  const pass = (value: number, op: ComparisonOp, bound: number) =>
    op === ">=" ? value >= bound : op === ">" ? value > bound : op === "<=" ? value <= bound : value < bound;

  it("answers every bound and comparison as a scan does, through writes", async () => {
    const engine = createEmbeddedEngine();
    await engine.applySettings("range", {
      ...PLACEMENT_SETTINGS,
      searchableAttributes: ["text"],
      filterableAttributes: ["confirmed", "group"],
      sortableAttributes: [],
      synonyms: {},
    });
    type Doc = { id: string; text: string; group: string; confirmed?: number };
    const documents = new Map<string, Doc>();
    // 400 documents, values 10 apart (far more than a field's value postings hold), every 13th without a value.
    const put = async (docs: Doc[]) => {
      for (const doc of docs) documents.set(doc.id, doc);
      await engine.upsert("range", docs);
    };
    await put(
      Array.from({ length: 400 }, (_, i) => ({
        id: `d${i}`,
        text: "plats",
        group: i % 3 === 0 ? "a" : "b",
        ...(i % 13 === 0 ? {} : { confirmed: 1_000 + i * 10 }),
      })),
    );
    const check = async (bound: number, op: ComparisonOp) => {
      const expected = (group: string | null) =>
        [...documents.values()]
          .filter((doc) => doc.confirmed !== undefined && pass(doc.confirmed, op, bound) && (group === null || doc.group === group))
          .map((doc) => doc.id)
          .sort();
      const ids = async (filter: Filter) =>
        (await engine.search("range", { filter, limit: 1_000 })).hits.map((hit) => hit.id).sort();
      expect(await ids(compare("confirmed", op, bound)), `${op} ${bound}`).toEqual(expected(null));
      expect(await ids(and(eq("group", "a"), compare("confirmed", op, bound))), `a and ${op} ${bound}`).toEqual(expected("a"));
      // Fails exactly one of the two: in group a, or in the range, but not both.
      const either = [...documents.values()]
        .filter((doc) => (doc.group === "a") !== (doc.confirmed !== undefined && pass(doc.confirmed, op, bound)))
        .map((doc) => doc.id)
        .sort();
      expect(await ids(failsExactlyOne(eq("group", "a"), compare("confirmed", op, bound))), `one of ${op} ${bound}`).toEqual(either);
    };
    // A bound creeping up through the values (between them, then on them), as a clock moves.
    const bounds = [0, 995, 1_000, 1_001, 1_004, 1_009, 1_010, 2_500, 2_503, 2_505, 2_509, 2_510, 4_990, 4_991, 5_000, 9_999];
    for (const op of OPS) for (const bound of bounds) await check(bound, op);
    // And down again: a bound on the value just below the kept interval.
    for (const op of OPS) for (const bound of [...bounds].reverse()) await check(bound, op);
    // A write moves a value across a bound that was answered from the kept set; another removes a document.
    await check(2_505, ">=");
    await put([{ id: "d200", text: "plats", group: "a", confirmed: 2_506 }]);
    await check(2_505, ">=");
    await check(2_507, ">=");
    await engine.remove("range", ["d151"]);
    documents.delete("d151");
    for (const op of OPS) await check(2_506, op);
    await put([{ id: "d7", text: "plats", group: "b" }]);
    for (const op of OPS) for (const bound of [1_060, 1_070, 1_071]) await check(bound, op);
  });
});
