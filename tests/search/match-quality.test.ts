/**
 * Match quality on a labelled set (tests/fixtures/match-quality.json, see its generator for how the labels were
 * made): precision@5 against the placements a coach would put first, and placements that must never appear.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createEmbeddedEngine } from "../../search/embedded.ts";
import { matchPlacements, type MatchProfile, type MatchVocabulary } from "../../search/match.ts";
import { PLACEMENT_SETTINGS, PLACEMENTS_INDEX, toDocument, type PlacementIndexRow } from "../../search/placements.ts";

/** A little under the measured value (1.000 when written, 27 participants) so a real regression fails. */
const MIN_PRECISION_AT_5 = 0.95;

interface Fixture {
  now: string;
  vocab: MatchVocabulary;
  placements: (Omit<PlacementIndexRow, "publishedAt" | "confirmedAt" | "createdAt"> & Record<"publishedAt" | "confirmedAt" | "createdAt", string>)[];
  participants: { profile: MatchProfile; expected: string[]; never: string[] }[];
}

const fixture = JSON.parse(readFileSync(new URL("../fixtures/match-quality.json", import.meta.url), "utf8")) as Fixture;
const rows: PlacementIndexRow[] = fixture.placements.map((row) => ({
  ...row,
  publishedAt: new Date(row.publishedAt),
  confirmedAt: new Date(row.confirmedAt),
  createdAt: new Date(row.createdAt),
}));

/** The fixture lists a kommun list's codes; the centres come from its kommuner. */
function withCentres(profile: MatchProfile): MatchProfile {
  if (profile.travel.kind !== "KOMMUNER") return profile;
  const centres = profile.travel.kommunCodes.map((code) => ({ lat: fixture.vocab.kommuner[code]!.lat, lng: fixture.vocab.kommuner[code]!.lng }));
  return { ...profile, travel: { ...profile.travel, centres } };
}

async function matchAll() {
  const engine = createEmbeddedEngine();
  await engine.applySettings(PLACEMENTS_INDEX, PLACEMENT_SETTINGS);
  await engine.upsert(PLACEMENTS_INDEX, rows.map(toDocument));
  const now = new Date(fixture.now);
  return Promise.all(
    fixture.participants.map(async (participant) => ({
      participant,
      result: await matchPlacements(engine, withCentres(participant.profile), fixture.vocab, { now, first: 5 }),
    })),
  );
}

describe("match quality", () => {
  it("has a labelled set of realistic size", () => {
    expect(fixture.placements.length).toBeGreaterThanOrEqual(150);
    expect(fixture.participants.length).toBeGreaterThanOrEqual(25);
  });

  it(`puts the placements a coach would choose in the top five (precision@5 ≥ ${MIN_PRECISION_AT_5})`, async () => {
    const labelled = (await matchAll()).filter(({ participant }) => participant.expected.length > 0);
    const precisions = labelled.map(({ participant, result }) => {
      const top = result.hits.slice(0, 5).map((hit) => hit.id);
      const relevant = top.filter((id) => participant.expected.includes(id)).length;
      return relevant / Math.min(5, participant.expected.length);
    });
    const precisionAt5 = precisions.reduce((sum, p) => sum + p, 0) / precisions.length;
    console.log(`match quality: precision@5 = ${precisionAt5.toFixed(3)} over ${precisions.length} participants`);
    expect(precisionAt5).toBeGreaterThanOrEqual(MIN_PRECISION_AT_5);
  });

  it("never shows a full, stale or avoided placement, neither as a hit nor as a near miss", async () => {
    for (const { participant, result } of await matchAll()) {
      const shown = [...result.hits, ...result.nearMisses].map((hit) => hit.id);
      expect(shown.filter((id) => participant.never.includes(id)), participant.profile.participantId).toEqual([]);
    }
  });
});
