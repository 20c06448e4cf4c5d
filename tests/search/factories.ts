/** Placement rows and match profiles for the search tests: valid defaults, overridable field by field. */
import type { MatchProfile } from "../../search/match.ts";
import type { PlacementIndexRow } from "../../search/placements.ts";

export const NOW = new Date("2025-06-01T08:00:00Z");
export const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);

export const KOMMUNER = {
  bollnas: { code: "2183", name: "Bollnäs", lat: 61.348, lng: 16.394 },
  soderhamn: { code: "2182", name: "Söderhamn", lat: 61.303, lng: 17.062 },
  gavle: { code: "2180", name: "Gävle", lat: 60.675, lng: 17.141 },
  malmo: { code: "1280", name: "Malmö", lat: 55.605, lng: 13.0 },
  kristinehamn: { code: "1781", name: "Kristinehamn", lat: 59.31, lng: 14.108 },
} as const;

export function placementRow(overrides: Partial<PlacementIndexRow> & { id: string }): PlacementIndexRow {
  const kommun = KOMMUNER.bollnas;
  return {
    title: "Arbetsträning",
    description: "En lugn arbetsplats med tydliga rutiner.",
    tasks: [],
    requirements: null,
    kind: "WORK_TRAINING",
    status: "PUBLISHED",
    organization: { id: "org-1", name: "Bollnäs Fritidsbank", kind: "ASSOCIATION" },
    kommunCode: kommun.code,
    kommunName: kommun.name,
    latitude: kommun.lat,
    longitude: kommun.lng,
    weekdays: ["MON", "TUE", "WED", "THU", "FRI"],
    hoursPerDayMin: 2,
    hoursPerDayMax: 6,
    capacity: 2,
    activeAssignments: 0,
    adaptationCodes: [],
    occupationCards: [],
    publishedAt: daysAgo(30),
    confirmedAt: daysAgo(10),
    createdAt: daysAgo(40),
    ...overrides,
  };
}

/** A participant living in Bollnäs, 4 hours a day on Monday and Tuesday, with no answers, needs or interests yet. */
export function matchProfile(overrides: Partial<MatchProfile> = {}): MatchProfile {
  const kommun = KOMMUNER.bollnas;
  return {
    participantId: "d1",
    homeKommunCode: kommun.code,
    home: { lat: kommun.lat, lng: kommun.lng },
    travel: { kind: "RADIUS", radiusKm: 40 },
    hoursPerDayMax: 4,
    weekdays: ["MON", "TUE"],
    adaptationNeeds: [],
    cardChoices: [],
    interests: [],
    avoidOccupationCardIds: [],
    avoidAreas: [],
    ...overrides,
  };
}
