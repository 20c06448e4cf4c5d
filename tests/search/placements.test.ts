import { describe, expect, it } from "vitest";
import { MATCH_FIELDS } from "../../search/match.ts";
import { buildSynonyms, isIndexable, PLACEMENT_SETTINGS, toDocument, toEngineDocument } from "../../search/placements.ts";
import { stemKey, tokenize } from "../../search/swedish.ts";
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

  it("adds the analysed terms of title, yrkeskort titles and tasks, and of the other text, as searchable fields", () => {
    const document = toDocument(
      placementRow({
        id: "p",
        title: "Trädgårdsarbete",
        tasks: ["Plocka i lagret"],
        description: "Vi har hästar.",
        occupationCards: [{ id: "c1", title: "Kafébiträde", area: "Kök och café" }],
      }),
    );
    const key = (word: string) => stemKey(tokenize(word)[0]!);
    expect(document.analysedMain).toEqual(expect.arrayContaining([key("trädgårdsarbete"), key("trädgård"), "tradgard", key("arbete"), key("plock"), key("lager")]));
    expect(document.analysedMore).toEqual(expect.arrayContaining([key("kök"), key("häst")]));
    expect(document.analysedMore).not.toContain("hast"); // a folded key as short as "hast" could meet a short query word
    expect(document.analysedMain).not.toContain(key("häst"));
    const searchable = PLACEMENT_SETTINGS.searchableAttributes;
    expect(searchable.indexOf("analysedMain")).toBeLessThan(searchable.indexOf("occupationAreas"));
    expect(searchable).toContain("analysedMore");
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

  it("gives the embedded engine, which analyses the text itself, the document without the analysed fields", () => {
    const row = placementRow({ id: "p", title: "Lagret", tasks: ["Trädgårdsarbete"] });
    const { analysedMain, analysedMore, ...lean } = toDocument(row);
    expect(analysedMain!.length).toBeGreaterThan(0);
    expect(analysedMore!.length).toBeGreaterThan(0);
    expect(toEngineDocument(row, { kind: "embedded" })).toEqual(lean);
    expect(toEngineDocument(row, { kind: "meilisearch" })).toEqual(toDocument(row));
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

  it("covers the groups coaches use, between stem keys (synonyms expand after stemming)", () => {
    const key = (word: string) => stemKey(tokenize(word)[0]!);
    expect(synonyms[key("lager")]).toEqual(expect.arrayContaining([key("logistik"), key("plock")]));
    expect(synonyms[key("kafé")]).toEqual(expect.arrayContaining([key("café"), key("servering"), key("fik")]));
    expect(synonyms[key("trädgård")]).toContain(key("odling"));
    expect(synonyms[key("städ")]).toContain(key("lokalvård"));
    expect(synonyms[key("djur")]).toEqual(expect.arrayContaining([key("hund"), key("häst")]));
    expect(Object.keys(synonyms).length).toBeGreaterThan(60);
  });

  it("relates a broad word to narrow ones without relating the narrow ones to each other", () => {
    const built = buildSynonyms([], [{ broad: "djur", narrow: ["hund", "häst"] }]);
    expect(built).toEqual({ djur: ["hund", "häst"], hund: ["djur"], häst: ["djur"] });
  });

  it("makes the fields matching filters on filterable and uses Meilisearch's typo thresholds 5 and 9 with Swedish locale", () => {
    const filtered = ["adaptationCodes", "weekdays", "hoursPerDayMin", "kommunCode", "_geo", "freeSpots", "lastConfirmedAt", "occupationCardIds", "occupationAreas"];
    for (const field of filtered) {
      expect(PLACEMENT_SETTINGS.filterableAttributes).toContain(field);
      expect(MATCH_FIELDS).toContain(field);
    }
    expect(PLACEMENT_SETTINGS.typoTolerance.minWordSizeForTypos).toEqual({ oneTypo: 5, twoTypos: 9 });
    expect(PLACEMENT_SETTINGS.localizedAttributes).toEqual([{ attributePatterns: ["*"], locales: ["swe"] }]);
  });
});
