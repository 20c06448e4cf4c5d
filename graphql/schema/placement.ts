import { resolveOffsetConnection } from "@pothos/plugin-relay";
import type { Prisma } from "../../generated/prisma/client.ts";
import { builder } from "../builder.ts";
import { allow } from "../policy.ts";
import type { Viewer } from "../context.ts";
import { ValidationError } from "../errors.ts";
import { visiblePlacements } from "../visibility.ts";
import { Adaptation, OccupationCard } from "./reference.ts";
import "./organization.ts";

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

export const PlacementKind = builder.enumType("PlacementKind", { values: ["WORK_TRAINING", "INTERNSHIP"] as const });
export const Weekday = builder.enumType("Weekday", { values: ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const });

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
    startDate: t.expose("startDate", { type: "DateTime", nullable: true }),
    endDate: t.expose("endDate", { type: "DateTime", nullable: true }),
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
  }),
});

export const PlacementFilter = builder.inputType("PlacementFilter", {
  fields: (t) => ({
    kinds: t.field({ type: [PlacementKind], required: false }),
    kommunCodes: t.stringList({ required: false, description: 'SCB codes, e.g. "2183"' }),
    adaptationCodes: t.stringList({ required: false, description: "the placement offers ALL of these" }),
    occupationCardIds: t.idList({ required: false, description: "the placement has ANY of these" }),
  }),
});

type PlacementFilterInput = typeof PlacementFilter.$inferInput;

export function placementWhere(
  viewer: Viewer | null,
  query: string | null | undefined,
  filter: PlacementFilterInput | null | undefined,
): Prisma.PlacementWhereInput {
  const and: Prisma.PlacementWhereInput[] = [visiblePlacements(viewer)];
  if (filter?.kinds?.length) and.push({ kind: { in: filter.kinds } });
  if (filter?.kommunCodes?.length) and.push({ kommunCode: { in: filter.kommunCodes } });
  for (const code of filter?.adaptationCodes ?? []) and.push({ adaptations: { some: { adaptationCode: code } } });
  if (filter?.occupationCardIds?.length) {
    and.push({ occupationCards: { some: { occupationCardId: { in: filter.occupationCardIds.map(String) } } } });
  }
  for (const word of (query ?? "").trim().split(/\s+/).filter(Boolean)) {
    and.push({
      OR: [
        { title: { contains: word, mode: "insensitive" } },
        { description: { contains: word, mode: "insensitive" } },
        { tasks: { has: word } },
      ],
    });
  }
  return { AND: and };
}

export function checkPageSize(first: number | null | undefined): void {
  if (first != null && (first < 0 || first > MAX_PAGE_SIZE)) {
    throw new ValidationError([{ field: "first", message: `Högst ${MAX_PAGE_SIZE} åt gången.` }]);
  }
}

builder.queryFields((t) => ({
  placements: t.connection(
    {
      type: Placement,
      description: "Published placements for anyone; an organisation member also sees its own drafts.",
      authScopes: allow("Query.placements"),
      args: {
        query: t.arg.string({ required: false }),
        filter: t.arg({ type: PlacementFilter, required: false }),
      },
      resolve: async (_root, args, { db, viewer }) => {
        checkPageSize(args.first);
        const where = placementWhere(viewer, args.query, args.filter);
        const [totalCount, connection] = await Promise.all([
          db.placement.count({ where }),
          resolveOffsetConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, ({ limit, offset }) =>
            db.placement.findMany({
              where,
              orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
              take: limit,
              skip: offset,
            }),
          ),
        ]);
        return { ...connection, totalCount };
      },
    },
    { name: "PlacementConnection", fields: (c) => ({ totalCount: c.int({ resolve: (connection) => connection.totalCount }) }) },
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
