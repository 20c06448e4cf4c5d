/**
 * Property tests: random placements and participant profiles. The matcher over the embedded engine must agree with
 * the naive reference scan, and an oracle written here straight from the rules (DOMAIN.md flow 3) checks that no hit
 * breaks a hard constraint and that every near miss fails exactly one relaxable constraint.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import type { IndexedSearchRequest, SearchEngine } from "../../search/engine.ts";
import { haversineMeters } from "../../lib/geo.ts";
import {
  buildConstraints,
  hitFilter,
  matchesExhaustive,
  matchPlacements,
  nearMissFilter,
  NEAR_MISS_EXTRA_KM,
  type MatchProfile,
  type MatchVocabulary,
} from "../../search/match.ts";
import {
  PLACEMENT_SETTINGS,
  PLACEMENTS_INDEX,
  toDocument,
  type PlacementDocument,
  type PlacementIndexRow,
} from "../../search/placements.ts";
import { STALE_AFTER_DAYS } from "../../lib/freshness.ts";
import { WEEKDAYS } from "../../lib/weekdays.ts";
import { NOW } from "./factories.ts";

const KOMMUN_CODES = ["2183", "2182", "2180", "2181"] as const;
const CENTRES = { "2183": [61.35, 16.4], "2182": [61.3, 17.08], "2180": [60.68, 17.17], "2181": [60.62, 16.78] } as const;
const CARDS = ["c1", "c2", "c3", "c4", "c5", "c6"];
const AREAS: Record<string, string> = { c1: "Lager", c2: "Lager", c3: "Kök", c4: "Natur", c5: "Natur", c6: "Butik" };
const ADAPTATIONS = ["A1", "A2", "A3", "A4", "A5"];
const WORDS = ["lager", "kafé", "trädgård", "hundar", "städning", "butik", "odling", "servering", "logistik", "snickeri"];
const INTERESTS = [...WORDS, "lagr", "kafe", "tradgard", "hund", "plock", "och", ""];
const DAY_MS = 24 * 60 * 60 * 1000;

const vocab: MatchVocabulary = { adaptations: {}, cards: {}, kommuner: {} };

const subset = <T>(items: readonly T[], max = items.length) => fc.subarray([...items], { maxLength: max });

const rowArbitrary = (id: string): fc.Arbitrary<PlacementIndexRow> =>
  fc
    .record({
      kommun: fc.constantFrom(...KOMMUN_CODES),
      dLat: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      dLng: fc.double({ min: -0.8, max: 0.8, noNaN: true }),
      cards: subset(CARDS, 3),
      adaptations: subset(ADAPTATIONS),
      weekdays: subset(WEEKDAYS),
      hoursMin: fc.integer({ min: 1, max: 8 }),
      capacity: fc.integer({ min: 1, max: 3 }),
      active: fc.integer({ min: 0, max: 3 }),
      confirmedDaysAgo: fc.option(fc.integer({ min: 0, max: 200 })),
      publishedDaysAgo: fc.integer({ min: 0, max: 200 }),
      words: subset(WORDS, 3),
    })
    .map((r) => {
      const [lat, lng] = CENTRES[r.kommun];
      return {
        id,
        title: r.words.join(" ") || "Arbetsträning",
        description: "En arbetsplats",
        tasks: r.words.slice(1),
        requirements: null,
        kind: "WORK_TRAINING",
        status: "PUBLISHED",
        organization: { id: "o", name: "Org", kind: "COMPANY" },
        kommunCode: r.kommun,
        kommunName: r.kommun,
        latitude: lat + r.dLat,
        longitude: lng + r.dLng,
        weekdays: r.weekdays,
        hoursPerDayMin: r.hoursMin,
        hoursPerDayMax: r.hoursMin + 2,
        capacity: r.capacity,
        activeAssignments: r.active,
        adaptationCodes: r.adaptations,
        occupationCards: r.cards.map((card) => ({ id: card, title: `Kort ${card}`, area: AREAS[card]! })),
        publishedAt: new Date(NOW.getTime() - r.publishedDaysAgo * DAY_MS),
        confirmedAt: r.confirmedDaysAgo === null ? null : new Date(NOW.getTime() - r.confirmedDaysAgo * DAY_MS),
        createdAt: NOW,
      } satisfies PlacementIndexRow;
    });

const documentsArbitrary = fc
  .integer({ min: 0, max: 60 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArbitrary(`p${i}`))))
  .map((rows) => rows.map(toDocument));

const profileArbitrary: fc.Arbitrary<MatchProfile> = fc
  .record({
    home: fc.constantFrom(...KOMMUN_CODES),
    travel: fc.oneof(
      fc.record({ kind: fc.constant("KOMMUNER" as const), kommunCodes: subset(KOMMUN_CODES) }),
      fc.record({ kind: fc.constant("RADIUS" as const), radiusKm: fc.integer({ min: 5, max: 80 }) }),
    ),
    hoursPerDayMax: fc.integer({ min: 1, max: 8 }),
    weekdays: subset(WEEKDAYS),
    needs: subset(ADAPTATIONS, 3),
    mustHave: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    cards: subset(CARDS),
    answers: fc.array(fc.constantFrom("YES" as const, "MAYBE" as const, "NO" as const), { minLength: 6, maxLength: 6 }),
    interests: subset(INTERESTS, 3),
    avoidCards: subset(CARDS, 1),
    avoidAreas: subset(["Lager", "Kök", "Natur", "Butik"], 1),
  })
  .map((p) => {
    const [lat, lng] = CENTRES[p.home];
    return {
      participantId: "d",
      homeKommunCode: p.home,
      home: { lat, lng },
      travel:
        p.travel.kind === "KOMMUNER"
          ? {
              kind: "KOMMUNER",
              kommunCodes: [...p.travel.kommunCodes],
              centres: p.travel.kommunCodes.map((code) => ({ lat: CENTRES[code][0], lng: CENTRES[code][1] })),
            }
          : p.travel,
      hoursPerDayMax: p.hoursPerDayMax,
      weekdays: p.weekdays,
      adaptationNeeds: p.needs.map((code, i) => ({ code, mustHave: p.mustHave[i]! })),
      cardChoices: p.cards.map((card, i) => ({ occupationCardId: card, answer: p.answers[i]! })),
      interests: p.interests,
      avoidOccupationCardIds: p.avoidCards,
      avoidAreas: p.avoidAreas,
    } satisfies MatchProfile;
  });

/** The rules, written out plainly and independently of match.ts: which never-relaxed rule and which others fail. */
function oracle(document: PlacementDocument, profile: MatchProfile) {
  const km = haversineMeters(profile.home, document._geo) / 1000;
  const fresh = document.lastConfirmedAt >= NOW.getTime() - STALE_AFTER_DAYS * DAY_MS;
  const avoided =
    document.occupationCardIds.some((card) => profile.avoidOccupationCardIds.includes(card)) ||
    document.occupationAreas.some((area) => profile.avoidAreas.includes(area));
  const inArea =
    profile.travel.kind === "RADIUS" ? km <= profile.travel.radiusKm : profile.travel.kommunCodes.includes(document.kommunCode);
  // Distance outside the area: past the radius, or from the nearest listed kommun's centre; one limit for both.
  const outsideKm =
    profile.travel.kind === "RADIUS"
      ? km - profile.travel.radiusKm
      : Math.min(...profile.travel.centres.map((centre) => haversineMeters(centre, document._geo) / 1000));
  const relaxableFailures = [
    ...profile.adaptationNeeds.filter((n) => n.mustHave && !document.adaptationCodes.includes(n.code)).map((n) => n.code),
    ...(document.hoursPerDayMin > profile.hoursPerDayMax ? ["hours"] : []),
    ...(document.weekdays.some((day) => profile.weekdays.includes(day)) ? [] : ["weekdays"]),
    ...(inArea ? [] : ["travel"]),
  ];
  return { neverRelaxedOk: document.freeSpots > 0 && fresh && !avoided, relaxableFailures, withinReach: inArea || outsideKm <= NEAR_MISS_EXTRA_KM };
}

async function indexed(documents: PlacementDocument[]) {
  const engine = createEmbeddedEngine();
  await engine.applySettings(PLACEMENTS_INDEX, PLACEMENT_SETTINGS);
  await engine.upsert(PLACEMENTS_INDEX, documents);
  return engine;
}

describe("match properties", () => {
  it("never returns a hit that breaks a hard constraint, and returns every feasible placement in the reference order", async () => {
    await fc.assert(
      fc.asyncProperty(documentsArbitrary, profileArbitrary, async (documents, profile) => {
        const engine = await indexed(documents);
        const result = await matchPlacements(engine, profile, vocab, { now: NOW, first: 1000 });
        const byId = new Map(documents.map((d) => [d.id, d]));
        for (const hit of result.hits) {
          const check = oracle(byId.get(hit.id)!, profile);
          expect(check.neverRelaxedOk && check.relaxableFailures.length === 0).toBe(true);
        }
        const feasible = documents.filter((d) => {
          const check = oracle(d, profile);
          return check.neverRelaxedOk && check.relaxableFailures.length === 0;
        });
        const reference = matchesExhaustive(documents, profile, NOW);
        expect(result.hits.map((h) => h.id)).toEqual(reference.hits.map((h) => h.id));
        expect(new Set(result.hits.map((h) => h.id))).toEqual(new Set(feasible.map((d) => d.id)));
        result.hits.forEach((hit, i) => expect(hit.score).toBeCloseTo(reference.hits[i]!.score, 9));
      }),
      { numRuns: 150 },
    );
  });

  it("lists as near misses only placements failing exactly one relaxable constraint, the best ten of them", async () => {
    await fc.assert(
      fc.asyncProperty(documentsArbitrary, profileArbitrary, async (documents, profile) => {
        const engine = await indexed(documents);
        const result = await matchPlacements(engine, profile, vocab, { now: NOW });
        const byId = new Map(documents.map((d) => [d.id, d]));
        for (const miss of result.nearMisses) {
          const check = oracle(byId.get(miss.id)!, profile);
          expect(check.neverRelaxedOk).toBe(true);
          expect(check.withinReach).toBe(true);
          expect(check.relaxableFailures).toHaveLength(1);
          expect(miss.missing).toHaveLength(1);
        }
        const reference = matchesExhaustive(documents, profile, NOW);
        expect(result.nearMisses.map((m) => m.id)).toEqual(reference.nearMisses.slice(0, 10).map((m) => m.id));
      }),
      { numRuns: 150 },
    );
  });

  it("compiles the hit and near-miss filters to exactly the sets the constraint predicates describe", async () => {
    await fc.assert(
      fc.asyncProperty(documentsArbitrary, profileArbitrary, async (documents, profile) => {
        const engine = await indexed(documents);
        const constraints = buildConstraints(profile, NOW);
        const search = async (filter: ReturnType<typeof hitFilter>) =>
          (await engine.search(PLACEMENTS_INDEX, { filter, limit: 1000 })).hits.map((h) => h.id).sort();
        const reference = matchesExhaustive(documents, profile, NOW);
        expect(await search(hitFilter(constraints))).toEqual(reference.hits.map((h) => h.id).sort());
        expect(await search(nearMissFilter(constraints))).toEqual(reference.nearMisses.map((m) => m.id).sort());
      }),
      { numRuns: 150 },
    );
  });
  it("gives the same reasons, word for word, whether the engine quotes off its index or the text is read", async () => {
    // The same engine seen as any other engine answers: plain responses without a slot order (the spread reads the
    // hits and drops the rest), so matching reads each placement's text for its reasons (`matchingWords`).
    const plain = (engine: SearchEngine): SearchEngine =>
      Object.assign(Object.create(engine) as SearchEngine, {
        multiSearch: async (requests: IndexedSearchRequest[]) => (await engine.multiSearch(requests)).map((response) => ({ ...response })),
      });
    await fc.assert(
      fc.asyncProperty(documentsArbitrary, profileArbitrary, async (documents, profile) => {
        const engine = await indexed(documents);
        const quotedOffIndex = await matchPlacements(engine, profile, vocab, { now: NOW, first: 1000, nearMisses: 1000 });
        expect(await matchPlacements(plain(engine), profile, vocab, { now: NOW, first: 1000, nearMisses: 1000 })).toEqual(quotedOffIndex);
      }),
      { numRuns: 150 },
    );
  });
});
