/** The placement index: its settings, which rows belong in it and the document each row becomes. All pure. */
import type { IndexSettings, SearchDocument } from "./engine.ts";
import { analysedTerms, stemKey, tokenize } from "./swedish.ts";
import type { Weekday } from "../lib/weekdays.ts";

export const PLACEMENTS_INDEX = "placements";
/** Rebuilt beside the live index and swapped in, so searches never see an empty index (STYLE.md item 11). */
export const PLACEMENTS_NEXT_INDEX = "placements_next";

export interface PlacementIndexRow {
  id: string;
  title: string;
  description: string;
  tasks: string[];
  requirements: string | null;
  kind: "WORK_TRAINING" | "INTERNSHIP";
  status: "DRAFT" | "PUBLISHED" | "PAUSED" | "CLOSED";
  organization: { id: string; name: string; kind: "COMPANY" | "SOCIAL_ENTERPRISE" | "ASSOCIATION" | "PUBLIC" };
  kommunCode: string;
  kommunName: string;
  latitude: number;
  longitude: number;
  weekdays: Weekday[];
  hoursPerDayMin: number;
  hoursPerDayMax: number;
  capacity: number;
  activeAssignments: number;
  adaptationCodes: string[];
  occupationCards: { id: string; title: string; area: string }[];
  publishedAt: Date | null;
  /** Last time the organisation confirmed the listing is current. */
  confirmedAt: Date | null;
  createdAt: Date;
}

/** The one document shape, for both engines. Dates are epoch milliseconds so they filter and sort as numbers. */
export interface PlacementDocument extends SearchDocument {
  id: string;
  title: string;
  description: string;
  tasks: string[];
  requirements: string | null;
  kind: PlacementIndexRow["kind"];
  organizationId: string;
  organizationName: string;
  organizationKind: PlacementIndexRow["organization"]["kind"];
  kommunCode: string;
  kommunName: string;
  _geo: { lat: number; lng: number };
  weekdays: Weekday[];
  hoursPerDayMin: number;
  hoursPerDayMax: number;
  capacity: number;
  freeSpots: number;
  adaptationCodes: string[];
  occupationCardIds: string[];
  occupationCardTitles: string[];
  occupationAreas: string[];
  /**
   * Analysed terms (stem keys, folded keys, compound parts; swedish.ts) of the title, yrkeskort titles and tasks, and
   * of the other text fields: Meilisearch has no Swedish stemmer, so it meets the analysed query here. The embedded
   * engine analyses the text fields itself, so its documents go without them (`toEngineDocument`).
   */
  analysedMain?: string[];
  analysedMore?: string[];
  publishedAt: number | null;
  /** confirmedAt, or publishedAt when never confirmed; 0 when neither, so such a listing always counts as stale. */
  lastConfirmedAt: number;
}

/** Only published placements are indexed. Full and stale ones stay: matching filters them, listings may show them. */
export function isIndexable(row: PlacementIndexRow): boolean {
  return row.status === "PUBLISHED";
}

/** The document with the analysed fields Meilisearch needs. */
export function toDocument(row: PlacementIndexRow): PlacementDocument {
  return {
    ...toLeanDocument(row),
    analysedMain: analysedTerms([row.title, ...row.occupationCards.map((card) => card.title), ...row.tasks]),
    analysedMore: analysedTerms([
      ...unique(row.occupationCards.map((card) => card.area)),
      row.description,
      row.requirements,
      row.organization.name,
      row.kommunName,
    ]),
  };
}

/**
 * The document an engine is given. The embedded engine analyses the text fields itself and skips the analysed ones,
 * so it gets none: the Swedish analysis was half of a 100,000-placement rebuild at start, and its terms half of the
 * documents' memory (decision 0020).
 */
export function toEngineDocument(row: PlacementIndexRow, engine: { kind: "embedded" | "meilisearch" }): PlacementDocument {
  return engine.kind === "embedded" ? toLeanDocument(row) : toDocument(row);
}

function toLeanDocument(row: PlacementIndexRow): PlacementDocument {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    tasks: row.tasks,
    requirements: row.requirements,
    kind: row.kind,
    organizationId: row.organization.id,
    organizationName: row.organization.name,
    organizationKind: row.organization.kind,
    kommunCode: row.kommunCode,
    kommunName: row.kommunName,
    _geo: { lat: row.latitude, lng: row.longitude },
    weekdays: row.weekdays,
    hoursPerDayMin: row.hoursPerDayMin,
    hoursPerDayMax: row.hoursPerDayMax,
    capacity: row.capacity,
    freeSpots: Math.max(0, row.capacity - row.activeAssignments),
    adaptationCodes: row.adaptationCodes,
    occupationCardIds: row.occupationCards.map((card) => card.id),
    occupationCardTitles: row.occupationCards.map((card) => card.title),
    occupationAreas: unique(row.occupationCards.map((card) => card.area)),
    publishedAt: row.publishedAt?.getTime() ?? null,
    lastConfirmedAt: (row.confirmedAt ?? row.publishedAt)?.getTime() ?? 0,
  };
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/**
 * Words a participant or coach may use for the same thing. Each group is written both ways: every word lists all the
 * others. One word per entry (the embedded engine supports single-word synonyms only).
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["lager", "logistik", "plock", "plockning", "lagerarbete"],
  ["kafé", "café", "kafe", "servering", "fik"],
  ["trädgård", "odling", "trädgårdsskötsel", "park"],
  ["städ", "städning", "lokalvård", "lokalvårdare"],
  ["kök", "köksbiträde", "matlagning", "restaurang"],
  ["disk", "diska", "diskare"],
  ["butik", "affär", "handel"],
  ["kassa", "kassör", "kassabiträde"],
  ["återvinning", "återbruk", "sortering"],
  ["secondhand", "loppis", "begagnat"],
  ["bilverkstad", "verkstad", "mekaniker", "fordon"],
  ["snickeri", "snickare", "trä", "möbelrenovering"],
  ["sömnad", "textil", "sy"],
  ["it", "data", "dator", "datorer"],
  ["kontor", "administration", "admin"],
  ["vård", "omsorg", "äldreomsorg"],
  ["baka", "bakning", "bageri"],
  ["skog", "skogsbruk", "skogsröjning"],
  ["fastighet", "fastighetsskötsel", "vaktmästeri", "vaktmästare"],
  ["bibliotek", "böcker", "bok"],
  ["idrott", "sport", "idrottshall"],
  ["måla", "målare", "målning"],
];

/** A broad word and narrower ones: each narrow word maps to the broad one and back, not to its siblings. */
const BROADER_TERMS: readonly { broad: string; narrow: readonly string[] }[] = [
  { broad: "djur", narrow: ["hund", "häst", "katt", "stall", "djurskötsel", "hunddagis"] },
  { broad: "natur", narrow: ["skog", "trädgård", "odling"] },
];

export function buildSynonyms(
  groups: readonly (readonly string[])[],
  broader: readonly { broad: string; narrow: readonly string[] }[],
): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from === to) return;
    const set = synonyms.get(from) ?? new Set<string>();
    set.add(to);
    synonyms.set(from, set);
  };
  for (const group of groups) for (const a of group) for (const b of group) link(a, b);
  for (const { broad, narrow } of broader) {
    for (const word of narrow) {
      link(broad, word);
      link(word, broad);
    }
  }
  return Object.fromEntries([...synonyms].map(([word, set]) => [word, [...set].sort()]));
}

/**
 * Synonyms between stem keys (swedish.ts): they expand after stemming, so "lagret" reaches "logistik", and they are
 * what Meilisearch meets in the analysed query. Words sharing a key merge ("plock", "plockning").
 */
export function keyedSynonyms(synonyms: Record<string, readonly string[]>): Record<string, string[]> {
  const keyOf = (word: string) => stemKey(tokenize(word)[0]!);
  const keyed = new Map<string, Set<string>>();
  for (const [word, others] of Object.entries(synonyms)) {
    const key = keyOf(word);
    const set = keyed.get(key) ?? new Set<string>();
    for (const other of others) set.add(keyOf(other));
    set.delete(key);
    if (set.size > 0) keyed.set(key, set);
  }
  return Object.fromEntries([...keyed].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, set]) => [key, [...set].sort()]));
}

/** Common Swedish function words; Meilisearch ships no Swedish list. No domain words ("inte" stays out: "inte lyfta"). */
const SWEDISH_STOP_WORDS = [
  "alla", "allt", "att", "av", "blev", "bli", "blir", "de", "dem", "den", "denna", "deras", "dess", "det", "detta",
  "dig", "din", "dina", "ditt", "du", "där", "då", "efter", "ej", "eller", "en", "er", "era", "ert", "ett", "från",
  "för", "ha", "hade", "han", "hans", "har", "henne", "hennes", "hon", "honom", "hur", "här", "i", "icke", "ingen",
  "inom", "jag", "ju", "kan", "kunde", "man", "med", "mellan", "men", "mig", "min", "mina", "mitt", "mot", "mycket",
  "ni", "nu", "när", "någon", "något", "några", "och", "om", "oss", "på", "samma", "sedan", "sig", "sin", "sina",
  "själv", "skulle", "som", "så", "sådan", "till", "under", "upp", "ut", "utan", "vad", "var", "vara",
  "varför", "varit", "vars", "vem", "vi", "vid", "vilka", "vilken", "vår", "våra", "vårt", "än", "är", "åt", "över",
];

/**
 * Typos: Meilisearch's own thresholds, one from 5 letters and two from 9 (docs/decisions/0017): the Swedish analysis
 * now finds "lagr" (its stem key is lager's) and "tradgard" (folded), so shorter words need no typo, and "stad" never
 * becomes "städ". The analysed fields follow the text they analyse: title, yrkeskort titles and tasks rank above a
 * yrkeskort's area. Both engines read this.
 */
export const PLACEMENT_SETTINGS: IndexSettings = {
  searchableAttributes: [
    "title",
    "occupationCardTitles",
    "tasks",
    "analysedMain",
    "occupationAreas",
    "description",
    "requirements",
    "organizationName",
    "kommunName",
    "analysedMore",
  ],
  filterableAttributes: [
    "kind",
    "kommunCode",
    "organizationId",
    "organizationKind",
    "weekdays",
    "hoursPerDayMin",
    "hoursPerDayMax",
    "freeSpots",
    "adaptationCodes",
    "occupationCardIds",
    "occupationAreas",
    "publishedAt",
    "lastConfirmedAt",
    "_geo",
  ],
  sortableAttributes: ["title", "publishedAt", "lastConfirmedAt", "freeSpots", "hoursPerDayMin", "_geo"],
  rankingRules: ["words", "typo", "proximity", "attributeRank", "sort", "wordPosition", "exactness"],
  synonyms: keyedSynonyms(buildSynonyms(SYNONYM_GROUPS, BROADER_TERMS)),
  stopWords: SWEDISH_STOP_WORDS,
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnWords: [],
  },
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["swe"] }],
  // Matching reads whole feasible sets (3,000+ in synthetic data) to re-rank them; Meilisearch's default is 1,000.
  pagination: { maxTotalHits: 10_000 },
};
