/**
 * The one way placements are listed: the `placements` query and the public page /platser both call listPlacements.
 *
 * Contract (what a search-engine implementation must keep):
 *   - Only rows the viewer may see, narrowed by filter.statuses when given (listedPlacements).
 *   - filter: kinds, kommunCodes, occupationCardIds and occupationAreas match ANY of their values;
 *     adaptationCodes match only placements offering ALL of them. A value repeated counts once; a code that names
 *     nothing in its vocabulary is refused (VALIDATION_FAILED, naming it) before either implementation runs.
 *   - query: every word must match a word of the searchable text (title, yrkeskort titles, tasks, areas, description,
 *     requirements, organisation, kommun) under the one Swedish analysis both engines use (search/swedish.ts and
 *     search/text.ts, docs/decisions/0017): exactly or as a prefix, by stem or compound part ("lagret", "lager" in
 *     "lagerarbete"), by synonym, and — for words of five letters or more — without å/ä/ö or with Meilisearch's typos.
 *     RELEVANCE ranks as the engines do: more exact matches, then earlier fields.
 *   - sort: RELEVANCE (default with a query), NEWEST (default without), NEAREST (to the centre of kommun `near`).
 *     Ties fall back to newest, then id, so pages are stable.
 *   - ids: one page (offset, first) in order; totalCount: all hits; facetCounts (when asked): per facet value, how many
 *     hits there would be with that value chosen. kinds, kommuner and areas are "any of" facets, so their counts
 *     ignore their own facet's selection; adaptations are "all of", so theirs count within the current hits.
 *
 * This implementation reads PostgreSQL (the embedded PGlite has no pg_trgm) and does the text matching in TypeScript,
 * with the engines' own matcher, over the candidate rows the structured filters leave — at most
 * DATABASE_CANDIDATE_LIMIT of them, newest first. It is meant for the hundreds of placements a region (or one
 * organisation) holds; published listings are served by the search engine.
 */
import type { Prisma } from "../generated/prisma/client.ts";
import type { Context } from "./context.ts";
import { listedPlacements } from "./visibility.ts";
import { SearchError } from "../search/engine.ts";
import { distanceKm } from "../lib/geo.ts";
import { ValidationError, type FieldError } from "./errors.ts";
import { nearCentre } from "./listing-centre.ts";
import { listPlacementsFromSearch } from "./placement-search-listing.ts";
import { PLACEMENT_SETTINGS } from "../search/placements.ts";
import { documentTerms, parseQuery, rankedAttributeCount, scoreTerms, textRules, type QueryWord } from "../search/text.ts";

/**
 * Rows the database path reads at most, newest first: a bound on the work one request can cause (PGlite runs on the
 * app's thread). Far above what an organisation or a region lists; beyond it the oldest rows are not searched.
 */
export const DATABASE_CANDIDATE_LIMIT = 2_000;

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
  requirements: true,
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
  /** Searchable words with their best field position, as the engines index them. */
  terms: ReadonlyMap<string, number>;
}

type FacetName = keyof FacetCounts;
const FACETS: readonly FacetName[] = ["kinds", "kommunCodes", "adaptationCodes", "occupationAreas"];

/**
 * Published-only listings go to the search engine; a listing that may include the viewer's own drafts, paused or
 * closed placements reads the database. If the engine is unreachable, the database answers instead.
 */
export async function listPlacements(context: Context, request: ListPlacementsInput): Promise<PlacementListing> {
  const { filter: given, ...rest } = request;
  const input = { filter: given && withoutRepeats(given), ...rest };
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
  const words = parseQuery(input.query ?? "", TEXT_RULES);
  const sort: PlacementSort = input.sort ?? (words.length ? "RELEVANCE" : "NEWEST");
  const centre = await nearCentre(context, sort, input.near);

  // Facet counts need the rows the facets' own selections leave out, so then only visibility is pushed down.
  const where: Prisma.PlacementWhereInput[] = [listedPlacements(context.viewer, filter.statuses)];
  if (!input.facets) where.push(structuredWhere(filter));
  const rows = await context.db.placement.findMany({
    where: { AND: where },
    select: candidateSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: DATABASE_CANDIDATE_LIMIT,
  });

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
    // The placement's text in the index document's field names, so the engines' matcher reads it as they do.
    terms: documentTerms(
      {
        title: row.title,
        occupationCardTitles: cards.map((c) => c.occupationCard.title),
        tasks: row.tasks,
        occupationAreas: [...new Set(cards.map((c) => c.occupationCard.area))],
        description: row.description,
        requirements: row.requirements,
        organizationName: row.organization.name,
        kommunName: row.kommun.name,
      },
      PLACEMENT_SETTINGS.searchableAttributes,
      TEXT_RULES,
    ),
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

const TEXT_RULES = textRules(PLACEMENT_SETTINGS);
const ATTRIBUTE_COUNT = rankedAttributeCount(PLACEMENT_SETTINGS.searchableAttributes);

/** Every query word must match (as in the engine path's "all" strategy); the score is the engines' ranking score. */
function textScore(candidate: Candidate, words: readonly QueryWord[]): number {
  return scoreTerms(candidate.terms, words, ATTRIBUTE_COUNT, "all") ?? 0;
}
