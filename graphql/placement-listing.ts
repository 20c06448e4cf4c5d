/**
 * The one way placements are listed: the `placements` query and the public page /platser both call listPlacements.
 *
 * Contract (what a search-engine implementation must keep):
 *   - Only rows the viewer may see, narrowed by filter.statuses when given (listedPlacements).
 *   - filter: kinds, kommunCodes, occupationCardIds and occupationAreas match ANY of their values;
 *     adaptationCodes match only placements offering ALL of them. A value repeated counts once; a code that names
 *     nothing in its vocabulary is refused (VALIDATION_FAILED, naming it) before either implementation runs.
 *   - query: every word must match a word of the title, tasks, description, yrkeskort titles, organisation or kommun
 *     name: exactly, as a prefix (Swedish compounds: "lager" finds "lagerarbete"), or with one typo for words of four
 *     letters or more (see wordMatch). Case and accents (é → e) are folded; å, ä and ö stay letters of their own.
 *   - sort: RELEVANCE (default with a query), NEWEST (default without), NEAREST (to the centre of kommun `near`).
 *     Ties fall back to newest, then id, so pages are stable.
 *   - ids: one page (offset, first) in order; totalCount: all hits; facetCounts (when asked): per facet value, how many
 *     hits there would be with that value chosen. kinds, kommuner and areas are "any of" facets, so their counts
 *     ignore their own facet's selection; adaptations are "all of", so theirs count within the current hits.
 *
 * This implementation reads PostgreSQL (the embedded PGlite has no pg_trgm) and does the text matching in TypeScript
 * over the candidate rows the structured filters leave. It is meant for the hundreds of placements a region holds,
 * until the search engine serves the same function.
 */
import type { Prisma } from "../generated/prisma/client.ts";
import type { Context } from "./context.ts";
import { listedPlacements } from "./visibility.ts";
import { SearchError } from "../search/engine.ts";
import { distanceKm } from "../lib/geo.ts";
import { ValidationError, type FieldError } from "./errors.ts";
import { nearCentre } from "./listing-centre.ts";
import { listPlacementsFromSearch } from "./placement-search-listing.ts";

export type PlacementSort = "RELEVANCE" | "NEWEST" | "NEAREST";
export type PlacementStatusCode = "DRAFT" | "PUBLISHED" | "PAUSED" | "CLOSED";

export interface PlacementListingFilter {
  kinds?: readonly ("WORK_TRAINING" | "INTERNSHIP")[] | null;
  kommunCodes?: readonly string[] | null;
  /** The placement offers ALL of these. */
  adaptationCodes?: readonly string[] | null;
  /** The placement has ANY of these yrkeskort. */
  occupationCardIds?: readonly string[] | null;
  /** The placement has a yrkeskort in ANY of these areas. */
  occupationAreas?: readonly string[] | null;
  /** Narrows what the viewer may see (never widens it). */
  statuses?: readonly PlacementStatusCode[] | null;
}

export interface ListPlacementsInput {
  query?: string | null;
  filter?: PlacementListingFilter | null;
  sort?: PlacementSort | null;
  /** SCB kommun code; required for NEAREST. */
  near?: string | null;
  first: number;
  offset: number;
  facets?: boolean;
}

export interface FacetCounts {
  kinds: Record<string, number>;
  kommunCodes: Record<string, number>;
  adaptationCodes: Record<string, number>;
  occupationAreas: Record<string, number>;
}

export interface PlacementListing {
  ids: string[];
  totalCount: number;
  facetCounts: FacetCounts | null;
}

const candidateSelect = {
  id: true,
  title: true,
  description: true,
  tasks: true,
  kind: true,
  kommunCode: true,
  latitude: true,
  longitude: true,
  publishedAt: true,
  createdAt: true,
  adaptations: { select: { adaptationCode: true } },
  occupationCards: { select: { occupationCardId: true, occupationCard: { select: { title: true, area: true } } } },
  organization: { select: { name: true } },
  kommun: { select: { name: true } },
} satisfies Prisma.PlacementSelect;

type CandidateRow = Prisma.PlacementGetPayload<{ select: typeof candidateSelect }>;

interface Candidate {
  id: string;
  kind: string;
  kommunCode: string;
  adaptationCodes: Set<string>;
  occupationCardIds: Set<string>;
  occupationAreas: Set<string>;
  latitude: number;
  longitude: number;
  newest: number;
  /** Folded words per field, strongest field first. */
  fields: { weight: number; words: string[] }[];
}

type FacetName = keyof FacetCounts;
const FACETS: readonly FacetName[] = ["kinds", "kommunCodes", "adaptationCodes", "occupationAreas"];

/**
 * Published-only listings go to the search engine; a listing that may include the viewer's own drafts, paused or
 * closed placements reads the database. If the engine is unreachable, the database answers instead.
 */
export async function listPlacements(context: Context, request: ListPlacementsInput): Promise<PlacementListing> {
  const input = { ...request, filter: request.filter && withoutRepeats(request.filter) };
  const unknown = await unknownFilterValues(context, input.filter ?? {});
  if (unknown.length) throw new ValidationError(unknown);
  const statuses = input.filter?.statuses;
  const publishedOnly = statuses?.length ? statuses.every((status) => status === "PUBLISHED") : !context.viewer?.organizationIds.length;
  if (publishedOnly) {
    try {
      return await listPlacementsFromSearch(context, input);
    } catch (error) {
      if (!(error instanceof SearchError)) throw error;
      console.warn(`listing: search engine unavailable (${error.message}); reading the database`);
    }
  }
  return listPlacementsFromDatabase(context, input);
}

function withoutRepeats(filter: PlacementListingFilter): PlacementListingFilter {
  const distinct = <T>(values: readonly T[] | null | undefined) => values && [...new Set(values)];
  return {
    kinds: distinct(filter.kinds),
    kommunCodes: distinct(filter.kommunCodes),
    adaptationCodes: distinct(filter.adaptationCodes),
    occupationCardIds: distinct(filter.occupationCardIds),
    occupationAreas: distinct(filter.occupationAreas),
    statuses: distinct(filter.statuses),
  };
}

/**
 * Filter values that name nothing in their vocabulary, as field errors: a typo is worth saying (an unknown adaptation
 * would silently match nothing), and it is found with one small indexed read per list given, before any search.
 */
async function unknownFilterValues({ db }: Context, filter: PlacementListingFilter): Promise<FieldError[]> {
  const codes = (rows: { code: string }[]) => rows.map((row) => row.code);
  const vocabularies: Record<"kommunCodes" | "adaptationCodes" | "occupationCardIds" | "occupationAreas", [string, (values: string[]) => Promise<string[]>]> = {
    kommunCodes: ["Okänd kommun", (values) => db.kommun.findMany({ where: { code: { in: values } }, select: { code: true } }).then(codes)],
    adaptationCodes: ["Okänd anpassning", (values) => db.adaptation.findMany({ where: { code: { in: values } }, select: { code: true } }).then(codes)],
    occupationCardIds: [
      "Okänt yrkeskort",
      (values) => db.occupationCard.findMany({ where: { id: { in: values } }, select: { id: true } }).then((rows) => rows.map((row) => row.id)),
    ],
    occupationAreas: [
      "Okänt område",
      (values) => db.occupationCard.findMany({ where: { area: { in: values } }, select: { area: true }, distinct: ["area"] }).then((rows) => rows.map((row) => row.area)),
    ],
  };
  const errors = await Promise.all(
    Object.entries(vocabularies).map(async ([field, [label, read]]) => {
      const values = filter[field as keyof typeof vocabularies];
      if (!values?.length) return null;
      const known = new Set(await read([...values]));
      const unknown = values.filter((value) => !known.has(value));
      return unknown.length ? { field: `filter.${field}`, message: `${label}: ${unknown.join(", ")}.` } : null;
    }),
  );
  return errors.filter((error): error is FieldError => error !== null);
}

async function listPlacementsFromDatabase(context: Context, input: ListPlacementsInput): Promise<PlacementListing> {
  const filter = input.filter ?? {};
  const words = queryWords(input.query);
  const sort: PlacementSort = input.sort ?? (words.length ? "RELEVANCE" : "NEWEST");
  const centre = await nearCentre(context, sort, input.near);

  // Facet counts need the rows the facets' own selections leave out, so then only visibility is pushed down.
  const where: Prisma.PlacementWhereInput[] = [listedPlacements(context.viewer, filter.statuses)];
  if (!input.facets) where.push(structuredWhere(filter));
  const rows = await context.db.placement.findMany({ where: { AND: where }, select: candidateSelect });

  const scored = rows.map(toCandidate).map((candidate) => ({ candidate, score: words.length ? textScore(candidate, words) : 0 }));
  const textHits = scored.filter((s) => !words.length || s.score > 0);
  const hits = textHits.filter((s) => matchesFilter(s.candidate, filter));

  const distance = (c: Candidate) => (centre ? distanceKm(centre, c) : 0);
  hits.sort(
    (a, b) =>
      (sort === "RELEVANCE" ? b.score - a.score : 0) ||
      (sort === "NEAREST" ? distance(a.candidate) - distance(b.candidate) : 0) ||
      b.candidate.newest - a.candidate.newest ||
      (a.candidate.id < b.candidate.id ? -1 : 1),
  );

  return {
    ids: hits.slice(input.offset, input.offset + input.first).map((s) => s.candidate.id),
    totalCount: hits.length,
    facetCounts: input.facets ? facetCounts(textHits.map((s) => s.candidate), filter) : null,
  };
}

/** The structured filters in SQL: the same rules as matchesFilter, which stays the judge. */
function structuredWhere(filter: PlacementListingFilter): Prisma.PlacementWhereInput {
  const and: Prisma.PlacementWhereInput[] = [];
  if (filter.kinds?.length) and.push({ kind: { in: [...filter.kinds] } });
  if (filter.kommunCodes?.length) and.push({ kommunCode: { in: [...filter.kommunCodes] } });
  // ALL of the codes, but one semi-join for ANY of them: a sub-select per code made the planner's work grow with
  // every code (200 codes took 19 s, 300 ran PostgreSQL out of memory). matchesFilter, the judge, keeps only the
  // placements that offer every one.
  if (filter.adaptationCodes?.length) and.push({ adaptations: { some: { adaptationCode: { in: [...filter.adaptationCodes] } } } });
  if (filter.occupationCardIds?.length) and.push({ occupationCards: { some: { occupationCardId: { in: [...filter.occupationCardIds] } } } });
  if (filter.occupationAreas?.length) {
    and.push({ occupationCards: { some: { occupationCard: { area: { in: [...filter.occupationAreas] } } } } });
  }
  return { AND: and };
}

function toCandidate(row: CandidateRow): Candidate {
  const cards = row.occupationCards;
  return {
    id: row.id,
    kind: row.kind,
    kommunCode: row.kommunCode,
    adaptationCodes: new Set(row.adaptations.map((a) => a.adaptationCode)),
    occupationCardIds: new Set(cards.map((c) => c.occupationCardId)),
    occupationAreas: new Set(cards.map((c) => c.occupationCard.area)),
    latitude: row.latitude,
    longitude: row.longitude,
    newest: (row.publishedAt ?? row.createdAt).getTime(),
    fields: [
      { weight: 3, words: tokenize(row.title) },
      { weight: 2, words: tokenize([...row.tasks, ...cards.map((c) => c.occupationCard.title)].join(" ")) },
      { weight: 1, words: tokenize([row.description, row.organization.name, row.kommun.name].join(" ")) },
    ],
  };
}

function matchesFilter(c: Candidate, filter: PlacementListingFilter, except?: FacetName): boolean {
  const anyOf = (values: readonly string[] | null | undefined, has: (value: string) => boolean) => !values?.length || values.some(has);
  return (
    (except === "kinds" || anyOf(filter.kinds, (kind) => c.kind === kind)) &&
    (except === "kommunCodes" || anyOf(filter.kommunCodes, (code) => c.kommunCode === code)) &&
    (filter.adaptationCodes ?? []).every((code) => c.adaptationCodes.has(code)) &&
    anyOf(filter.occupationCardIds, (id) => c.occupationCardIds.has(id)) &&
    (except === "occupationAreas" || anyOf(filter.occupationAreas, (area) => c.occupationAreas.has(area)))
  );
}

function facetCounts(candidates: Candidate[], filter: PlacementListingFilter): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, {} as Record<string, number>])) as unknown as FacetCounts;
  const valuesOf: Record<FacetName, (c: Candidate) => Iterable<string>> = {
    kinds: (c) => [c.kind],
    kommunCodes: (c) => [c.kommunCode],
    adaptationCodes: (c) => c.adaptationCodes,
    occupationAreas: (c) => c.occupationAreas,
  };
  for (const facet of FACETS) {
    const except = facet === "adaptationCodes" ? undefined : facet;
    for (const candidate of candidates) {
      if (!matchesFilter(candidate, filter, except)) continue;
      for (const value of valuesOf[facet](candidate)) counts[facet][value] = (counts[facet][value] ?? 0) + 1;
    }
  }
  return counts;
}

// ---------------------------------------------------------------- text

/** Lower case; accents folded (é → e, ü → u) but å, ä and ö kept, as Swedish readers expect. */
export function foldText(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^a-z0-9åäö\s]/g, (char) => char.normalize("NFD").replace(/\p{M}/gu, ""));
}

export function tokenize(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const MAX_QUERY_WORDS = 8;

function queryWords(query: string | null | undefined): string[] {
  return [...new Set(tokenize(query ?? ""))].slice(0, MAX_QUERY_WORDS);
}

/**
 * How well one query word matches one document word: 3 exact, 2 prefix (from two letters), 1 one typo
 * (insertion, deletion, substitution or swap of neighbours; only for words of four letters or more, on the whole
 * word or, from five letters, on the start of a longer compound), 0 no match.
 */
export function wordMatch(query: string, word: string): number {
  if (word === query) return 3;
  if (query.length >= 2 && word.startsWith(query)) return 2;
  if (query.length < 4) return 0;
  if (withinOneEdit(query, word)) return 1;
  if (query.length >= 5 && word.length > query.length && withinOneEdit(query, word.slice(0, query.length))) return 1;
  return 0;
}

/** Each query word must match somewhere; the score adds each word's best match weighted by its field. */
function textScore(candidate: Candidate, words: string[]): number {
  let total = 0;
  for (const query of words) {
    let best = 0;
    for (const field of candidate.fields) {
      for (const word of field.words) best = Math.max(best, wordMatch(query, word) * field.weight);
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/** Damerau-Levenshtein (optimal string alignment) distance ≤ 1, in one pass: no table. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1); // deletion / insertion
}
