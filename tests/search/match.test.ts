import { beforeEach, describe, expect, it } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import type { SearchEngine } from "../../search/engine.ts";
import { matchPlacements, type MatchProfile, type MatchVocabulary } from "../../search/match.ts";
import { PLACEMENT_SETTINGS, PLACEMENTS_INDEX, toDocument, type PlacementIndexRow } from "../../search/placements.ts";
import { EARTH_RADIUS_METERS } from "../../lib/geo.ts";
import { daysAgo, KOMMUNER, NOW, placementRow } from "./factories.ts";

const CARDS = {
  stad: { id: "card-stad", title: "Städa lokaler", area: "Lokalvård" },
  tradgard: { id: "card-tradgard", title: "Trädgård och park", area: "Natur, djur och odling" },
  kafe: { id: "card-kafe", title: "Kafébiträde", area: "Kök och café" },
  lager: { id: "card-lager", title: "Plocka och packa på lager", area: "Lager och logistik" },
};

const vocab: MatchVocabulary = {
  adaptations: { SHORTER_DAYS: "Kortare dagar", QUIET_ENVIRONMENT: "Tyst och lugn miljö", PICTURE_SUPPORT: "Bildstöd" },
  cards: Object.fromEntries(Object.values(CARDS).map((card) => [card.id, card])),
  kommuner: Object.fromEntries(Object.values(KOMMUNER).map((k) => [k.code, k])),
};

const profile: MatchProfile = {
  participantId: "d1",
  homeKommunCode: KOMMUNER.bollnas.code,
  home: { lat: KOMMUNER.bollnas.lat, lng: KOMMUNER.bollnas.lng },
  travel: { kind: "RADIUS", radiusKm: 40 },
  hoursPerDayMax: 4,
  weekdays: ["MON", "TUE", "WED"],
  adaptationNeeds: [
    { code: "QUIET_ENVIRONMENT", mustHave: true },
    { code: "SHORTER_DAYS", mustHave: false },
  ],
  cardChoices: [
    { occupationCardId: CARDS.stad.id, answer: "YES" },
    { occupationCardId: CARDS.tradgard.id, answer: "MAYBE" },
    { occupationCardId: CARDS.kafe.id, answer: "NO" },
  ],
  interests: ["trädgård"],
  avoidOccupationCardIds: [],
  avoidAreas: ["Lager och logistik"],
};

/** Fits the profile above unless overridden. */
const fitting = (overrides: Partial<PlacementIndexRow> & { id: string }) =>
  placementRow({ adaptationCodes: ["QUIET_ENVIRONMENT"], hoursPerDayMin: 2, ...overrides });
const inSoderhamn = {
  kommunCode: KOMMUNER.soderhamn.code,
  kommunName: KOMMUNER.soderhamn.name,
  latitude: KOMMUNER.soderhamn.lat,
  longitude: KOMMUNER.soderhamn.lng,
};
/** About 47 km from Bollnäs: 7 km outside a 40 km radius. */
const outsideRadius = { latitude: 61.77, longitude: 16.394, kommunCode: "2184", kommunName: "Hudiksvall" };

/** A point `km` due north of `point` (haversine distance exactly `km`). */
const kmNorthOf = (point: { lat: number; lng: number }, km: number) => ({
  latitude: point.lat + (km * 1000 * 180) / (Math.PI * EARTH_RADIUS_METERS),
  longitude: point.lng,
});

async function matchWith(rows: PlacementIndexRow[], forProfile: MatchProfile = profile) {
  const engine: SearchEngine = createEmbeddedEngine();
  await engine.applySettings(PLACEMENTS_INDEX, PLACEMENT_SETTINGS);
  await engine.upsert(PLACEMENTS_INDEX, rows.map(toDocument));
  return matchPlacements(engine, forProfile, vocab, { now: NOW });
}

describe("matchPlacements", () => {
  it("says why in plain Swedish: yrkeskort, interests, adaptations and distance", async () => {
    const { hits } = await matchWith([
      fitting({ id: "stad", title: "Städning på kontor", occupationCards: [CARDS.stad], adaptationCodes: ["QUIET_ENVIRONMENT", "SHORTER_DAYS"] }),
      fitting({ id: "park", title: "Parkskötsel", description: "Vi sköter en trädgård.", occupationCards: [CARDS.tradgard], ...inSoderhamn }),
    ]);
    expect(hits.map((hit) => hit.id)).toEqual(["stad", "park"]);
    expect(hits[0]!.reasons).toEqual([
      "Deltagaren sa ja till yrkeskortet: Städa lokaler",
      "Har anpassningen: Tyst och lugn miljö",
      "Har anpassningen: Kortare dagar",
      "I deltagarens kommun",
    ]);
    expect(hits[1]!.reasons).toEqual([
      "Deltagaren sa kanske till yrkeskortet: Trädgård och park",
      "Intresset trädgård finns i platsen: 'trädgård'",
      "Har anpassningen: Tyst och lugn miljö",
      "36 km hemifrån",
    ]);
    expect(hits[1]!.distanceKm).toBeCloseTo(36.4, 0);
  });

  it("quotes the placement's own word for an interest, and names a yrkeskort the participant said no to", async () => {
    const { hits } = await matchWith(
      [fitting({ id: "lagret", title: "Arbete i lagret", description: "Vi packar och plockar.", occupationCards: [CARDS.kafe] })],
      { ...profile, interests: ["lagr", "plocka"], avoidAreas: [] },
    );
    expect(hits[0]!.reasons).toEqual([
      "Deltagaren sa nej till yrkeskortet: Kafébiträde",
      "Intresset lagr finns i platsen: 'lagret'",
      "Intresset plocka finns i platsen: 'plockar'",
      "Har anpassningen: Tyst och lugn miljö",
      "I deltagarens kommun",
    ]);
  });

  it("ranks a word in the title above the same word only in a yrkeskort's area", async () => {
    const { hits } = await matchWith(
      [
        fitting({ id: "disk", title: "Diskare", occupationCards: [CARDS.kafe] }),
        fitting({ id: "kafe", title: "Kafé vid torget" }),
      ],
      { ...profile, cardChoices: [], interests: ["kafe"] },
    );
    expect(hits.map((hit) => hit.id)).toEqual(["kafe", "disk"]);
  });

  it("ranks a yes card above a maybe card, and a no card counts against", async () => {
    const { hits } = await matchWith([
      fitting({ id: "maybe", occupationCards: [CARDS.tradgard] }),
      fitting({ id: "no", occupationCards: [CARDS.kafe] }),
      fitting({ id: "none" }),
      fitting({ id: "yes", occupationCards: [CARDS.stad] }),
    ]);
    expect(hits.map((hit) => hit.id)).toEqual(["yes", "maybe", "none", "no"]);
  });

  it("never matches full, stale or avoided placements, not even as near misses", async () => {
    const result = await matchWith([
      fitting({ id: "full", capacity: 1, activeAssignments: 1 }),
      fitting({ id: "stale", confirmedAt: daysAgo(121), publishedAt: daysAgo(300) }),
      fitting({ id: "stale-never-confirmed", confirmedAt: null, publishedAt: daysAgo(130) }),
      fitting({ id: "avoided-area", occupationCards: [CARDS.lager] }),
      fitting({ id: "fresh-enough", confirmedAt: daysAgo(119) }),
    ]);
    expect(result.hits.map((hit) => hit.id)).toEqual(["fresh-enough"]);
    expect(result.nearMisses).toEqual([]);
  });

  it("lists placements failing exactly one relaxable constraint as near misses, saying what is missing", async () => {
    const result = await matchWith([
      fitting({ id: "no-quiet", adaptationCodes: ["SHORTER_DAYS"] }),
      fitting({ id: "long-days", hoursPerDayMin: 6 }),
      fitting({ id: "weekend", weekdays: ["SAT", "SUN"] }),
      fitting({ id: "far", ...outsideRadius }),
      fitting({ id: "two-failures", hoursPerDayMin: 6, weekdays: ["SAT"] }),
      fitting({ id: "much-too-far", ...KOMMUNER.gavle, latitude: KOMMUNER.gavle.lat, longitude: KOMMUNER.gavle.lng, kommunCode: KOMMUNER.gavle.code, kommunName: KOMMUNER.gavle.name }),
    ]);
    expect(result.hits).toEqual([]);
    const missing = Object.fromEntries(result.nearMisses.map((miss) => [miss.id, miss.missing]));
    expect(missing).toEqual({
      "no-quiet": ["Saknar anpassningen: Tyst och lugn miljö"],
      "long-days": ["Kräver minst 6 timmar per dag"],
      weekend: ["Har andra arbetsdagar: lördag och söndag"],
      far: ["Ligger 6,9 km utanför deltagarens område"],
    });
  });

  it("names the participant's kommuner, each once, when a placement lies outside a kommun list", async () => {
    const bollnas = { lat: KOMMUNER.bollnas.lat, lng: KOMMUNER.bollnas.lng };
    // In Söderhamn but 5 km from Bollnäs' centre; the home kommun is listed twice (home plus the chosen list).
    const result = await matchWith([fitting({ id: "soderhamn", ...inSoderhamn, ...kmNorthOf(bollnas, 5) })], {
      ...profile,
      travel: { kind: "KOMMUNER", kommunCodes: [KOMMUNER.bollnas.code, KOMMUNER.bollnas.code], centres: [bollnas, bollnas] },
    });
    expect(result.nearMisses.map((miss) => miss.missing)).toEqual([["Ligger i Söderhamn, utanför deltagarens kommuner (Bollnäs)"]]);
  });

  it("gives the same near-miss answer for the same distance outside a radius and outside a kommun list", async () => {
    const bollnas = { lat: KOMMUNER.bollnas.lat, lng: KOMMUNER.bollnas.lng };
    const radius: MatchProfile = { ...profile, travel: { kind: "RADIUS", radiusKm: 20 } };
    const kommuner: MatchProfile = { ...profile, travel: { kind: "KOMMUNER", kommunCodes: [KOMMUNER.bollnas.code], centres: [bollnas] } };
    const answers = [];
    for (const outsideKm of [2, 9.5, 10.5, 30]) {
      // Outside the radius: 20 km + outsideKm from home. Outside the list: outsideKm from the listed kommun's centre.
      const pastRadius = await matchWith([fitting({ id: "p", ...inSoderhamn, ...kmNorthOf(bollnas, 20 + outsideKm) })], radius);
      const pastList = await matchWith([fitting({ id: "p", ...inSoderhamn, ...kmNorthOf(bollnas, outsideKm) })], kommuner);
      expect(pastRadius.hits).toEqual([]);
      expect(pastList.hits).toEqual([]);
      answers.push([outsideKm, pastRadius.nearMisses.length, pastList.nearMisses.length]);
    }
    expect(answers).toEqual([
      [2, 1, 1],
      [9.5, 1, 1],
      [10.5, 0, 0],
      [30, 0, 0],
    ]);
  });

  it("counts each missing must-have adaptation as one failure", async () => {
    const result = await matchWith([fitting({ id: "none-offered", adaptationCodes: [] })], {
      ...profile,
      adaptationNeeds: [
        { code: "QUIET_ENVIRONMENT", mustHave: true },
        { code: "PICTURE_SUPPORT", mustHave: true },
      ],
    });
    expect(result).toEqual({ hits: [], nearMisses: [] });
  });

  it("returns the first 20 hits by default", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => fitting({ id: `p${i}` }));
    expect((await matchWith(rows)).hits).toHaveLength(20);
  });
});
