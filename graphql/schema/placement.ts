import { cursorToOffset, resolveOffsetConnection } from "@pothos/plugin-relay";
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { builder, FIELD_COST } from "../builder.ts";
import { allow } from "../policy.ts";
import type { Context } from "../context.ts";
import { ValidationError } from "../errors.ts";
import { bounded } from "../input-limits.ts";
import { listPlacements, type FacetCounts } from "../placement-listing.ts";
import { listedPlacements, visiblePlacements } from "../visibility.ts";
import { Adaptation, OccupationCard } from "./reference.ts";
import { NEEDS_CONFIRMATION_AFTER_DAYS, STALE_AFTER_DAYS } from "../../lib/freshness.ts";
import { WEEKDAYS } from "../../lib/weekdays.ts";
import "./organization.ts";

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

export const PlacementKind = builder.enumType("PlacementKind", { values: ["WORK_TRAINING", "INTERNSHIP"] as const });
export const Weekday = builder.enumType("Weekday", { values: WEEKDAYS });
export const PlacementStatus = builder.enumType("PlacementStatus", { values: ["DRAFT", "PUBLISHED", "PAUSED", "CLOSED"] as const });

const DAY_MS = 86_400_000;

/** Days since the organisation last confirmed a published listing (publishing counts); null when not published. */
export function daysSinceConfirmed(p: { status: string; confirmedAt: Date | null; publishedAt: Date | null }, now = new Date()): number | null {
  if (p.status !== "PUBLISHED") return null;
  const last = p.confirmedAt ?? p.publishedAt;
  return last ? Math.floor((now.getTime() - last.getTime()) / DAY_MS) : Number.POSITIVE_INFINITY;
}

const isMemberOf = (organizationId: string, context: Context) => context.viewer?.organizationIds.includes(organizationId) ?? false;
const membersOnly = { authScopes: (p: { organizationId: string }, _args: object, context: Context) => isMemberOf(p.organizationId, context) };

export const Placement = builder.prismaObject("Placement", {
  // Row visibility (published, or the viewer's own organisation's) is applied by every query that loads placements.
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    kind: t.field({ type: PlacementKind, resolve: (p) => p.kind }),
    status: t.exposeString("status", { description: "DRAFT | PUBLISHED | PAUSED | CLOSED" }),
    description: t.exposeString("description"),
    tasks: t.exposeStringList("tasks"),
    requirements: t.exposeString("requirements"),
    kommunCode: t.exposeString("kommunCode"),
    kommun: t.relation("kommun"),
    address: t.exposeString("address"),
    latitude: t.exposeFloat("latitude"),
    longitude: t.exposeFloat("longitude"),
    weekdays: t.field({ type: [Weekday], resolve: (p) => p.weekdays }),
    earliestStartMinute: t.exposeInt("earliestStartMinute"),
    latestEndMinute: t.exposeInt("latestEndMinute"),
    hoursPerDayMin: t.exposeFloat("hoursPerDayMin"),
    hoursPerDayMax: t.exposeFloat("hoursPerDayMax"),
    startDate: t.expose("startDate", { type: "Date", nullable: true }),
    endDate: t.expose("endDate", { type: "Date", nullable: true }),
    capacity: t.exposeInt("capacity"),
    freeSpots: t.int({
      description: "capacity minus active assignments; derived, never stored",
      select: { capacity: true, assignments: { where: { status: "ACTIVE" }, select: { id: true } } },
      resolve: (p) => Math.max(0, p.capacity - p.assignments.length),
    }),
    adaptations: t.field({
      type: [Adaptation],
      select: { adaptations: { include: { adaptation: true } } },
      resolve: (p) => p.adaptations.map((a) => a.adaptation).sort((a, b) => a.sortOrder - b.sortOrder),
    }),
    occupationCards: t.field({
      type: [OccupationCard],
      select: { occupationCards: { include: { occupationCard: true } } },
      resolve: (p) => p.occupationCards.map((c) => c.occupationCard).sort((a, b) => a.sortOrder - b.sortOrder),
    }),
    organization: t.relation("organization"),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    mentorName: t.exposeString("mentorName", { description: "The workplace mentor (handledare på plats)" }),
    mentorPhone: t.exposeString("mentorPhone", { authScopes: { loggedIn: true } }),
    mentorEmail: t.exposeString("mentorEmail", { authScopes: { loggedIn: true } }),
    externalRef: t.exposeString("externalRef", { ...membersOnly, nullable: true, description: "The organisation's own id (CSV import)" }),
    confirmedAt: t.expose("confirmedAt", { type: "DateTime", nullable: true, description: "Last time the organisation confirmed the listing" }),
    needsConfirmation: t.boolean({
      description: `Published and not confirmed for ${NEEDS_CONFIRMATION_AFTER_DAYS} days: the organisation is asked to confirm it`,
      resolve: (p) => (daysSinceConfirmed(p) ?? 0) >= NEEDS_CONFIRMATION_AFTER_DAYS,
    }),
    stale: t.boolean({
      description: `Published and not confirmed for ${STALE_AFTER_DAYS} days: hidden from matching until confirmed`,
      resolve: (p) => (daysSinceConfirmed(p) ?? 0) >= STALE_AFTER_DAYS,
    }),
    viewerCanEdit: t.boolean({ description: "The caller is a member of the placement's organisation", resolve: (p, _args, context) => isMemberOf(p.organizationId, context) }),
  }),
});

/** Bounds above the size of each vocabulary (290 kommuner, 29 adaptations, 46 yrkeskort in 13 areas), with room to grow. */
export const FILTER_BOUNDS = {
  kommunCodes: bounded({ maxItems: 300, maxLength: 10 }),
  adaptationCodes: bounded({ maxItems: 50, maxLength: 64 }),
  occupationCardIds: bounded({ maxItems: 100 }),
  occupationAreas: bounded({ maxItems: 50, maxLength: 100 }),
} as const;

export const PlacementFilter = builder.inputType("PlacementFilter", {
  fields: (t) => ({
    kinds: t.field({ type: [PlacementKind], required: false }),
    kommunCodes: t.stringList({ required: false, description: 'SCB codes, e.g. "2183"', ...FILTER_BOUNDS.kommunCodes }),
    adaptationCodes: t.stringList({ required: false, description: "the placement offers ALL of these", ...FILTER_BOUNDS.adaptationCodes }),
    occupationCardIds: t.idList({ required: false, description: "the placement has ANY of these", ...FILTER_BOUNDS.occupationCardIds }),
    occupationAreas: t.stringList({
      required: false,
      description: "the placement has a yrkeskort in ANY of these areas",
      ...FILTER_BOUNDS.occupationAreas,
    }),
    statuses: t.field({ type: [PlacementStatus], required: false, description: "narrows what the caller may see; never widens it" }),
  }),
});

export const PlacementSort = builder.enumType("PlacementSort", {
  values: {
    RELEVANCE: { description: "Best text match first (the default with a query)" },
    NEWEST: { description: "Newest published first (the default without a query)" },
    NEAREST: { description: "Nearest to the centre of the kommun given in `near`" },
  },
});

const FacetCount = builder.objectRef<{ value: string; count: number }>("FacetCount").implement({
  fields: (t) => ({ value: t.exposeString("value"), count: t.exposeInt("count") }),
});

const facetList = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "sv"));

const PlacementFacets = builder.objectRef<FacetCounts>("PlacementFacets").implement({
  description: "For each value, how many placements the listing would show with that value chosen too.",
  fields: (t) => ({
    kinds: t.field({ type: [FacetCount], resolve: (f) => facetList(f.kinds) }),
    kommunCodes: t.field({ type: [FacetCount], resolve: (f) => facetList(f.kommunCodes) }),
    adaptationCodes: t.field({ type: [FacetCount], resolve: (f) => facetList(f.adaptationCodes) }),
    occupationAreas: t.field({ type: [FacetCount], resolve: (f) => facetList(f.occupationAreas) }),
  }),
});

/** Nobody pages this far; past it an offset is refused rather than handed to the database. */
const MAX_OFFSET = 100_000;

/** A connection's paging arguments: page sizes within bounds, and cursors this API handed out. */
export function checkPaging(args: { first?: number | null; last?: number | null; after?: string | null; before?: string | null }): void {
  for (const field of ["first", "last"] as const) {
    const size = args[field];
    if (size != null && (size < 0 || size > MAX_PAGE_SIZE)) throw new ValidationError([{ field, message: `Högst ${MAX_PAGE_SIZE} åt gången.` }]);
  }
  for (const field of ["after", "before"] as const) {
    const cursor = args[field];
    if (cursor == null) continue;
    let offset = Number.NaN;
    try {
      offset = cursorToOffset(cursor);
    } catch {
      // Not base64, or not an offset cursor: refused below.
    }
    if (!Number.isSafeInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
      throw new ValidationError([{ field, message: "Sidmarkören är ogiltig. Börja om från första sidan." }]);
    }
  }
}

/** Whether the operation selects `field` directly under this one (facets cost a wider read, so only on request). */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind !== "Field" || s.name.value === field));
}

builder.queryFields((t) => ({
  placements: t.connection(
    {
      type: Placement,
      description: "Published placements for anyone; an organisation member also sees its own drafts.",
      authScopes: allow("Query.placements"),
      args: {
        query: t.arg.string({ required: false, ...bounded({ maxLength: 200 }) }),
        filter: t.arg({ type: PlacementFilter, required: false }),
        sort: t.arg({ type: PlacementSort, required: false }),
        near: t.arg.string({ required: false, description: "SCB kommun code: the centre NEAREST sorts by", ...bounded({ maxLength: 10 }) }),
      },
      resolve: async (_root, args, context, info) => {
        checkPaging(args);
        const filter = args.filter && { ...args.filter, occupationCardIds: args.filter.occupationCardIds?.map(String) };
        let listing: Awaited<ReturnType<typeof listPlacements>> = { ids: [], totalCount: 0, facetCounts: null };
        const connection = await resolveOffsetConnection(
          { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
          async ({ limit, offset }) => {
            listing = await listPlacements(context, {
              query: args.query,
              filter,
              sort: args.sort,
              near: args.near,
              first: limit,
              offset,
              facets: selects(info, "facets"),
            });
            // Hits are re-read under the listing's own rule: the engine may not yet know of a pause or a close.
            // With the relations the operation selects under edges.node (Pothos plans them), so a card's kommun is
            // not a second round of statements.
            const query = await queryFromInfo({ context, info, path: ["edges", "node"], awaitSelections: true });
            const rows = await context.db.placement.findMany({
              ...query,
              where: { AND: [{ id: { in: listing.ids } }, listedPlacements(context.viewer, filter?.statuses)] },
            });
            const byId = new Map(rows.map((row) => [row.id, row]));
            return listing.ids.map((id) => byId.get(id)!).filter(Boolean);
          },
        );
        return { ...connection, totalCount: listing.totalCount, facets: listing.facetCounts };
      },
    },
    {
      name: "PlacementConnection",
      fields: (c) => ({
        totalCount: c.int({ resolve: (connection) => connection.totalCount }),
        facets: c.field({
          type: PlacementFacets,
          nullable: true,
          complexity: FIELD_COST.facets,
          description: "Counts per kind, kommun, adaptation and yrkeskort area for the same query and filter",
          resolve: (connection) => connection.facets,
        }),
      }),
    },
  ),
  placement: t.prismaField({
    type: Placement,
    nullable: true,
    authScopes: allow("Query.placement"),
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, { db, viewer }) =>
      db.placement.findFirst({ ...query, where: { AND: [{ id: String(id) }, visiblePlacements(viewer)] } }),
  }),
}));

