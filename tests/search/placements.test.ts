import { describe, expect, it } from "vitest";
import { MATCH_FIELDS } from "../../search/match.ts";
import { buildSynonyms, isIndexable, PLACEMENT_SETTINGS, toDocument } from "../../search/placements.ts";
import { tokenize } from "../../search/text.ts";
import { daysAgo, placementRow } from "./factories.ts";

describe("isIndexable", () => {
  it("indexes published placements only", () => {
    expect(isIndexable(placementRow({ id: "p", status: "PUBLISHED" }))).toBe(true);
    for (const status of ["DRAFT", "PAUSED", "CLOSED"] as const) {
      expect(isIndexable(placementRow({ id: "p", status }))).toBe(false);
    }
  });

  it("keeps full and stale published placements: matching filters them, listings may show them", () => {
    expect(isIndexable(placementRow({ id: "p", capacity: 1, activeAssignments: 1, confirmedAt: daysAgo(400) }))).toBe(true);
  });
});

describe("toDocument", () => {
  it("keeps the database id and flattens the organisation, cards and coordinates", () => {
    const document = toDocument(
      placementRow({
        id: "clx1y2z3",
        organization: { id: "org-9", name: "Gröna Händer", kind: "SOCIAL_ENTERPRISE" },
        latitude: 61.3,
        longitude: 17.06,
        occupationCards: [
          { id: "c1", title: "Trädgård och park", area: "Natur, djur och odling" },
          { id: "c2", title: "Växthus och odling", area: "Natur, djur och odling" },
        ],
      }),
    );
    expect(document).toMatchObject({
      id: "clx1y2z3",
      organizationId: "org-9",
      organizationName: "Gröna Händer",
      organizationKind: "SOCIAL_ENTERPRISE",
      _geo: { lat: 61.3, lng: 17.06 },
      occupationCardIds: ["c1", "c2"],
      occupationCardTitles: ["Trädgård och park", "Växthus och odling"],
      occupationAreas: ["Natur, djur och odling"],
    });
  });

  it("never counts free spots below zero", () => {
    expect(toDocument(placementRow({ id: "p", capacity: 2, activeAssignments: 1 })).freeSpots).toBe(1);
    expect(toDocument(placementRow({ id: "p", capacity: 1, activeAssignments: 3 })).freeSpots).toBe(0);
  });

  it("dates the listing by its last confirmation, else its publication, else as stale", () => {
    expect(toDocument(placementRow({ id: "p", confirmedAt: daysAgo(5) })).lastConfirmedAt).toBe(daysAgo(5).getTime());
    expect(toDocument(placementRow({ id: "p", confirmedAt: null, publishedAt: daysAgo(9) })).lastConfirmedAt).toBe(daysAgo(9).getTime());
    expect(toDocument(placementRow({ id: "p", confirmedAt: null, publishedAt: null })).lastConfirmedAt).toBe(0);
  });
});

describe("placement settings", () => {
  const { synonyms } = PLACEMENT_SETTINGS;

  it("writes every synonym both ways, one word each", () => {
    for (const [word, others] of Object.entries(synonyms)) {
      for (const other of others) {
        expect(synonyms[other], `${other} → ${word}`).toContain(word);
        expect(tokenize(other)).toHaveLength(1);
      }
    }
  });

  it("covers the groups coaches use", () => {
    expect(synonyms["lager"]).toEqual(expect.arrayContaining(["logistik", "plock"]));
    expect(synonyms["kafé"]).toEqual(expect.arrayContaining(["café", "kafe", "servering"]));
    expect(synonyms["trädgård"]).toContain("odling");
    expect(synonyms["städ"]).toContain("lokalvård");
    expect(synonyms["djur"]).toEqual(expect.arrayContaining(["hund", "häst"]));
    expect(Object.keys(synonyms).length).toBeGreaterThan(60);
  });

  it("relates a broad word to narrow ones without relating the narrow ones to each other", () => {
    const built = buildSynonyms([], [{ broad: "djur", narrow: ["hund", "häst"] }]);
    expect(built).toEqual({ djur: ["hund", "häst"], hund: ["djur"], häst: ["djur"] });
  });

  it("makes the fields matching filters on filterable and uses typo thresholds 4 and 8 with Swedish locale", () => {
    const filtered = ["adaptationCodes", "weekdays", "hoursPerDayMin", "kommunCode", "_geo", "freeSpots", "lastConfirmedAt", "occupationCardIds", "occupationAreas"];
    for (const field of filtered) {
      expect(PLACEMENT_SETTINGS.filterableAttributes).toContain(field);
      expect(MATCH_FIELDS).toContain(field);
    }
    expect(PLACEMENT_SETTINGS.typoTolerance.minWordSizeForTypos).toEqual({ oneTypo: 4, twoTypos: 8 });
    expect(PLACEMENT_SETTINGS.localizedAttributes).toEqual([{ attributePatterns: ["*"], locales: ["swe"] }]);
  });
});
