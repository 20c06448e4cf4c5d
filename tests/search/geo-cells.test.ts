import { describe, expect, it } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { geoRadius } from "../../search/engine.ts";
import { PLACEMENT_SETTINGS } from "../../search/placements.ts";
import { haversineMeters, type GeoPoint } from "../../lib/geo.ts";

/**
 * A radius filter joins a grid cell (0.1° × 0.2°) whole when the cell lies inside the circle, and tests each document
 * of a cell on the circle's edge. Documents here sit a hair inside the corners of cells, and circles pass a few
 * centimetres to two metres beside them, inside and outside: a cell taken whole while one of its corners is outside
 * keeps a document the haversine test leaves out. Every answer is checked against that test, document by document.
 */
describe("embedded engine: radius filters at the corners of the grid's cells", () => {
  const HAIR = 1e-9;
  const CENTRES: GeoPoint[] = [
    { lat: 61.348, lng: 16.394 }, // Bollnäs
    { lat: 67.855, lng: 20.225 }, // Kiruna: cells narrow with latitude
    { lat: 55.605, lng: 13.0038 }, // Malmö
  ];
  // The corners of cells 1–6 cells away from the centre's cell, each approached from inside its cell.
  const cornerPoints = (centre: GeoPoint): GeoPoint[] => {
    const points: GeoPoint[] = [];
    const row = Math.floor(centre.lat / 0.1);
    const column = Math.floor(centre.lng / 0.2);
    for (let dr = -6; dr <= 6; dr += 1) {
      for (let dc = -4; dc <= 4; dc += 1) {
        const lat = (row + dr) * 0.1;
        const lng = (column + dc) * 0.2;
        // Just inside each of the four cells meeting at this corner.
        points.push(
          { lat: lat - HAIR, lng: lng - HAIR },
          { lat: lat - HAIR, lng: lng + HAIR },
          { lat: lat + HAIR, lng: lng - HAIR },
          { lat: lat + HAIR, lng: lng + HAIR },
        );
      }
    }
    return points;
  };

  it("keeps exactly the documents within the radius when the circle passes beside a cell's corner", async () => {
    const engine = createEmbeddedEngine();
    await engine.applySettings("geo", {
      ...PLACEMENT_SETTINGS,
      searchableAttributes: ["id"],
      filterableAttributes: ["_geo"],
      sortableAttributes: [],
      synonyms: {},
    });
    const documents = CENTRES.flatMap((centre, c) =>
      cornerPoints(centre).map((point, i) => ({ id: `c${c}-${i}`, _geo: point })),
    );
    await engine.upsert("geo", documents);

    let checked = 0;
    let kept = 0;
    let left = 0;
    for (const [c, centre] of CENTRES.entries()) {
      const around = documents.filter(({ id }) => id.startsWith(`c${c}-`));
      // Circles through a spread of corners, a little short of them and a little past them.
      for (const [i, target] of around.entries()) {
        if (i % 7 !== 0) continue;
        const distance = haversineMeters(centre, target._geo);
        if (distance < 2_000) continue;
        for (const offset of [-2, -1.001, -0.999, -0.5, -0.05, 0.05, 0.5, 0.999, 1.001, 2]) {
          const meters = distance + offset;
          const response = await engine.search("geo", { filter: geoRadius(centre, meters), limit: documents.length });
          const found = response.hits.map(({ id }) => id).sort();
          const expected = documents
            .filter(({ _geo }) => haversineMeters(centre, _geo) <= meters)
            .map(({ id }) => id)
            .sort();
          expect(found, `centre ${c}, ${meters} m`).toEqual(expected);
          checked++;
          if (offset < 0) left++;
          else kept++;
        }
      }
    }
    // The circles did pass on both sides of the corners they were drawn through.
    expect(kept).toBeGreaterThan(100);
    expect(left).toBeGreaterThan(100);
    expect(checked).toBe(kept + left);
  });
});
