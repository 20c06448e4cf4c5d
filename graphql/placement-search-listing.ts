/**
 * listPlacements served by the search engine (Meilisearch or the embedded one), for listings that show only
 * published placements: the public /platser page, the API for anonymous callers, coaches. The index holds exactly the
 * published placements, so the engine is the whole truth for them; an organisation's own drafts come from the
 * database path instead. Same contract as graphql/placement-listing.ts (read it there).
 */
import { and, anyOf, eq, type Filter, type IndexedSearchRequest, type Sort } from "../search/engine.ts";
import { PLACEMENTS_INDEX } from "../search/placements.ts";
import type { Context } from "./context.ts";
import { nearCentre } from "./listing-centre.ts";
import type { FacetCounts, ListPlacementsInput, PlacementListing, PlacementListingFilter, PlacementSort } from "./placement-listing.ts";

type AnyOfFacet = "kinds" | "kommunCodes" | "occupationAreas";

/** Document field for each facet of the listing contract. */
const FACET_FIELDS = { kinds: "kind", kommunCodes: "kommunCode", adaptationCodes: "adaptationCodes", occupationAreas: "occupationAreas" } as const;

/** The structured filter as engine filters; `except` leaves out one "any of" facet's own selection. */
function engineFilter(filter: PlacementListingFilter, except?: AnyOfFacet): Filter | undefined {
  const parts: Filter[] = [];
  if (except !== "kinds" && filter.kinds?.length) parts.push(anyOf("kind", filter.kinds));
  if (except !== "kommunCodes" && filter.kommunCodes?.length) parts.push(anyOf("kommunCode", filter.kommunCodes));
  for (const code of filter.adaptationCodes ?? []) parts.push(eq("adaptationCodes", code));
  if (filter.occupationCardIds?.length) parts.push(anyOf("occupationCardIds", filter.occupationCardIds));
  if (except !== "occupationAreas" && filter.occupationAreas?.length) parts.push(anyOf("occupationAreas", filter.occupationAreas));
  return parts.length ? and(...parts) : undefined;
}

async function sortFor(context: Context, sort: PlacementSort, near: string | null | undefined): Promise<Sort[]> {
  const centre = await nearCentre(context, sort, near);
  if (sort === "NEAREST") return [{ geoPoint: { lat: centre!.latitude, lng: centre!.longitude }, direction: "asc" }];
  return sort === "NEWEST" ? [{ field: "publishedAt", direction: "desc" }] : [];
}

export async function listPlacementsFromSearch(context: Context, input: ListPlacementsInput): Promise<PlacementListing> {
  const filter = input.filter ?? {};
  const q = (input.query ?? "").trim();
  const sort: PlacementSort = input.sort ?? (q ? "RELEVANCE" : "NEWEST");
  // Every query word must match (as in the database path), each with Meilisearch's typo rules.
  // Every request in one shape, written out: Node 20's V8 gives an object spread from a shared base and then extended
  // a hidden class of its own, and the engine's reads of a request would meet a new class every time.
  const request = (
    filter: Filter | undefined,
    limit: number,
    facets: string[] | undefined,
    page: Pick<IndexedSearchRequest, "sort" | "offset" | "attributesToRetrieve"> = {},
  ): IndexedSearchRequest => ({
    index: PLACEMENTS_INDEX,
    q,
    matchingStrategy: "all",
    filter,
    limit,
    facets,
    sort: page.sort,
    offset: page.offset,
    attributesToRetrieve: page.attributesToRetrieve,
  });
  const requests = [
    request(engineFilter(filter), input.first, input.facets ? [FACET_FIELDS.adaptationCodes] : undefined, {
      sort: await sortFor(context, sort, input.near),
      offset: input.offset,
      attributesToRetrieve: ["id"],
    }),
  ];
  // "Any of" facets count as if their own selection were cleared, so a visitor sees what choosing another value gives.
  const anyOfFacets: AnyOfFacet[] = input.facets ? ["kinds", "kommunCodes", "occupationAreas"] : [];
  for (const facet of anyOfFacets) requests.push(request(engineFilter(filter, facet), 0, [FACET_FIELDS[facet]]));
  const [main, ...facetResponses] = await context.search.multiSearch(requests);
  let facetCounts: FacetCounts | null = null;
  if (input.facets) {
    facetCounts = { kinds: {}, kommunCodes: {}, adaptationCodes: main!.facetDistribution[FACET_FIELDS.adaptationCodes] ?? {}, occupationAreas: {} };
    anyOfFacets.forEach((facet, i) => {
      facetCounts![facet] = facetResponses[i]!.facetDistribution[FACET_FIELDS[facet]] ?? {};
    });
  }
  return { ids: main!.hits.map((hit) => hit.id), totalCount: main!.estimatedTotalHits, facetCounts };
}
