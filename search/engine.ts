/**
 * The search engine contract. Two engines implement it: `embedded.ts` (in process, zero setup, tests) and
 * `meilisearch.ts` (production). Callers build typed filters, never filter strings, so both engines read the same
 * request and the Meilisearch string form lives in one pure, pinned function (`toMeiliFilter` in meilisearch.ts).
 */
import type { GeoPoint } from "../lib/geo.ts";

/** Every indexed document: a database id, untransformed, and an optional `_geo` point (Meilisearch's field name). */
export interface SearchDocument {
  id: string;
  _geo?: GeoPoint;
  [field: string]: unknown;
}

export type Scalar = string | number | boolean;
export type ComparisonOp = "<" | "<=" | ">" | ">=";

/**
 * A filter as data. `and: []` is true; `or: []` and `in` with no values are false. On an array field `eq` means
 * "has this element" and `in` means "has any of these"; "has all" is an `and` of `eq`s, as in Meilisearch.
 */
export type Filter =
  | { and: Filter[] }
  | { or: Filter[] }
  | { not: Filter }
  | { field: string; eq: Scalar }
  | { field: string; in: readonly Scalar[] }
  | { field: string; op: ComparisonOp; value: number }
  | { geoRadius: GeoPoint & { meters: number } }
  /**
   * Exactly one of these fails and the others hold: a near miss. Meilisearch has no such operator, so it is sent as
   * an `or`, over each child, of "the others hold and this one fails"; the embedded engine counts failures instead.
   */
  | { failsExactlyOne: Filter[] };

export const and = (...filters: Filter[]): Filter => (filters.length === 1 ? filters[0]! : { and: filters });
export const or = (...filters: Filter[]): Filter => (filters.length === 1 ? filters[0]! : { or: filters });
export const not = (filter: Filter): Filter => ({ not: filter });
export const eq = (field: string, value: Scalar): Filter => ({ field, eq: value });
export const anyOf = (field: string, values: readonly Scalar[]): Filter => ({ field, in: values });
export const compare = (field: string, op: ComparisonOp, value: number): Filter => ({ field, op, value });
export const failsExactlyOne = (...filters: Filter[]): Filter => ({ failsExactlyOne: filters });
export const geoRadius = (centre: GeoPoint, meters: number): Filter => ({
  geoRadius: { lat: centre.lat, lng: centre.lng, meters },
});

export type Sort =
  | { field: string; direction: "asc" | "desc" }
  | { geoPoint: GeoPoint; direction: "asc" | "desc" };

export type MatchingStrategy = "last" | "all" | "frequency";

export interface SearchRequest {
  q?: string;
  filter?: Filter;
  sort?: Sort[];
  /** Fields whose value counts over the whole matching set come back in `facetDistribution`. */
  facets?: string[];
  limit?: number;
  offset?: number;
  matchingStrategy?: MatchingStrategy;
  showRankingScore?: boolean;
  /**
   * The document fields the caller needs (`id` always comes back). Engines return at least these: Meilisearch exactly
   * these (less to send), the embedded engine its whole stored document (nothing to save in process).
   */
  attributesToRetrieve?: string[];
}

export interface IndexedSearchRequest extends SearchRequest {
  index: string;
}

export interface SearchHit<D extends SearchDocument = SearchDocument> {
  id: string;
  /** The embedded engine hands out its stored document: never edit it. */
  document: Readonly<D>;
  /** Text relevance 0..1 (1 for an empty query); present when `showRankingScore` was asked for. */
  rankingScore?: number;
  /** Metres from the `geoPoint` of the request's sort. */
  geoDistance?: number;
  /** The normalised query words this document matched, where the engine can tell (the embedded engine). */
  matchedWords?: string[];
}

export interface SearchResponse<D extends SearchDocument = SearchDocument> {
  hits: SearchHit<D>[];
  estimatedTotalHits: number;
  facetDistribution: Record<string, Record<string, number>>;
}

/**
 * The settings both engines honour: a subset of Meilisearch's settings object, so the placement settings in
 * placements.ts are sent to Meilisearch as they are and read by the embedded engine.
 */
export interface IndexSettings {
  /** Ordered: earlier attributes rank higher (the attributeRank rule). */
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  /** Sent to Meilisearch; the embedded engine ranks by words, typo and attributeRank in that order (see 0001). */
  rankingRules: string[];
  synonyms: Record<string, string[]>;
  stopWords: string[];
  typoTolerance: {
    enabled: boolean;
    minWordSizeForTypos: { oneTypo: number; twoTypos: number };
    disableOnWords: string[];
  };
  /** Sent to Meilisearch; the embedded engine always normalises the way Meilisearch's "swe" locale does. */
  localizedAttributes: { attributePatterns: string[]; locales: string[] }[];
  pagination: { maxTotalHits: number };
}

export type EngineHealth = { available: true } | { available: false; reason: string };

export interface SearchEngine {
  readonly kind: "embedded" | "meilisearch";
  /** Creates the index when missing. */
  applySettings(index: string, settings: IndexSettings): Promise<void>;
  /**
   * Adds or replaces whole documents by id; creates the index when missing. Resolves once searchable. The documents
   * are handed over: the embedded engine keeps them as they are, so do not edit them afterwards.
   */
  upsert(index: string, documents: SearchDocument[]): Promise<void>;
  /** Unknown ids are ignored. */
  remove(index: string, ids: string[]): Promise<void>;
  search<D extends SearchDocument = SearchDocument>(index: string, request: SearchRequest): Promise<SearchResponse<D>>;
  /** One response per request, in order. */
  multiSearch<D extends SearchDocument = SearchDocument>(requests: IndexedSearchRequest[]): Promise<SearchResponse<D>[]>;
  /** Exchanges the two indexes' documents and settings atomically; a missing index counts as an empty one. */
  swap(indexA: string, indexB: string): Promise<void>;
  /** Missing indexes are ignored. */
  deleteIndex(index: string): Promise<void>;
  /** Number of documents; 0 for a missing index. */
  count(index: string): Promise<number>;
  health(): Promise<EngineHealth>;
}

/** Base of every error an engine throws on purpose; anything else is a bug. */
export class SearchError extends Error {
  override name = "SearchError";
}

/** The engine cannot be reached or did not answer in time: callers may degrade (e.g. hide matches) and retry later. */
export class SearchUnavailableError extends SearchError {
  override name = "SearchUnavailableError";
}

export class IndexNotFoundError extends SearchError {
  override name = "IndexNotFoundError";
  readonly index: string;
  constructor(index: string) {
    super(`Search index "${index}" does not exist`);
    this.index = index;
  }
}

/** The request names a field that is not filterable/sortable, or is malformed: a programming error, not an outage. */
export class InvalidSearchRequestError extends SearchError {
  override name = "InvalidSearchRequestError";
}

/** A write was accepted but failed while being applied (Meilisearch reports this on the task, not the request). */
export class SearchTaskFailedError extends SearchError {
  override name = "SearchTaskFailedError";
  /** The engine's error code, e.g. Meilisearch's "index_already_exists". */
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}
