/**
 * The embedded engine keeps the bitsets of indexed filter leaves on fields of few values (each adaptation, free
 * spots, weekdays, a kommun among few) from one search to the next, until the next write (issue #17: most of a
 * match's filter work repeats across participants). A kept leaf must never answer for an index that has changed
 * since: after any mix of writes and searches, every search gives what the documents in the index now say.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { and, anyOf, compare, eq, failsExactlyOne, geoRadius, not, or, type Filter } from "../../search/engine.ts";
import { haversineMeters } from "../../lib/geo.ts";
import { PLACEMENT_SETTINGS, PLACEMENTS_INDEX, toEngineDocument, type PlacementDocument } from "../../search/placements.ts";
import { KOMMUNER, placementRow } from "./factories.ts";

const ADAPTATIONS = ["A1", "A2", "A3"];
const PLACES = [KOMMUNER.bollnas, KOMMUNER.soderhamn, KOMMUNER.gavle];
const RADIUS = 60_000;

/** Each filter beside the same rule read off a document. Leaves repeat across the filters, as in a match. */
const FILTERS: { filter: Filter; holds: (d: PlacementDocument) => boolean }[] = [
  { filter: eq("adaptationCodes", "A1"), holds: (d) => d.adaptationCodes.includes("A1") },
  {
    filter: and(eq("adaptationCodes", "A1"), compare("freeSpots", ">", 0), geoRadius(KOMMUNER.bollnas, RADIUS)),
    holds: (d) => d.adaptationCodes.includes("A1") && d.freeSpots > 0 && haversineMeters(KOMMUNER.bollnas, d._geo) <= RADIUS,
  },
  {
    filter: and(compare("freeSpots", ">", 0), not(anyOf("kommunCode", [KOMMUNER.gavle.code]))),
    holds: (d) => d.freeSpots > 0 && d.kommunCode !== KOMMUNER.gavle.code,
  },
  {
    filter: and(or(eq("adaptationCodes", "A2"), geoRadius(KOMMUNER.bollnas, RADIUS)), failsExactlyOne(eq("adaptationCodes", "A1"), eq("adaptationCodes", "A3"), compare("freeSpots", ">", 0))),
    holds: (d) =>
      (d.adaptationCodes.includes("A2") || haversineMeters(KOMMUNER.bollnas, d._geo) <= RADIUS) &&
      [d.adaptationCodes.includes("A1"), d.adaptationCodes.includes("A3"), d.freeSpots > 0].filter((passes) => !passes).length === 1,
  },
];

const documentArbitrary = fc
  .record({
    id: fc.constantFrom("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"),
    adaptations: fc.subarray(ADAPTATIONS),
    place: fc.constantFrom(...PLACES),
    full: fc.boolean(),
  })
  .map(({ id, adaptations, place, full }) =>
    toEngineDocument(
      placementRow({
        id,
        adaptationCodes: adaptations,
        kommunCode: place.code,
        kommunName: place.name,
        latitude: place.lat,
        longitude: place.lng,
        capacity: 2,
        activeAssignments: full ? 2 : 0,
      }),
      { kind: "embedded" },
    ),
  );

type Step = { write: PlacementDocument } | { remove: string } | { search: number };
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  documentArbitrary.map((write) => ({ write })),
  fc.constantFrom("p1", "p2", "p3", "p4").map((remove) => ({ remove })),
  // Searches outnumber writes, so kept leaves get read again.
  fc.integer({ min: 0, max: FILTERS.length - 1 }).map((search) => ({ search })),
  fc.integer({ min: 0, max: FILTERS.length - 1 }).map((search) => ({ search })),
  fc.integer({ min: 0, max: FILTERS.length - 1 }).map((search) => ({ search })),
);

describe("indexed leaves kept across searches", () => {
  it("answer every search as the documents in the index now say, whatever was written since they were kept", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 40 }), async (steps) => {
        const engine = createEmbeddedEngine();
        await engine.applySettings(PLACEMENTS_INDEX, PLACEMENT_SETTINGS);
        const current = new Map<string, PlacementDocument>();
        for (const step of steps) {
          if ("write" in step) {
            await engine.upsert(PLACEMENTS_INDEX, [step.write]);
            current.set(step.write.id, step.write);
          } else if ("remove" in step) {
            await engine.remove(PLACEMENTS_INDEX, [step.remove]);
            current.delete(step.remove);
          } else {
            const { filter, holds } = FILTERS[step.search]!;
            const response = await engine.search(PLACEMENTS_INDEX, { filter, limit: 100 });
            const expected = [...current.values()].filter(holds).map((d) => d.id);
            expect(response.hits.map((hit) => hit.id).sort()).toEqual(expected.sort());
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("are read, not written: the same search gives the same answer the third time as the first", async () => {
    const engine = createEmbeddedEngine();
    await engine.applySettings(PLACEMENTS_INDEX, PLACEMENT_SETTINGS);
    const row = (id: string, adaptationCodes: string[], activeAssignments: number) =>
      toEngineDocument(placementRow({ id, adaptationCodes, capacity: 1, activeAssignments }), { kind: "embedded" });
    await engine.upsert(PLACEMENTS_INDEX, [row("p1", ["A1"], 0), row("p2", ["A1"], 1), row("p3", [], 0)]);
    const { filter } = FILTERS[3]!;
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await engine.search(PLACEMENTS_INDEX, { filter, limit: 10 })).hits.map((hit) => hit.id).sort());
    expect(answers).toEqual([["p1"], ["p1"], ["p1"]]);
  });
});
