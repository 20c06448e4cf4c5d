import type { PlacementStatus, Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "./context.ts";

/** Which placements a viewer may see: published ones for everybody, and every status of their own organisations'. */
export function visiblePlacements(viewer: Viewer | null): Prisma.PlacementWhereInput {
  const own = viewer?.organizationIds.length ? [{ organizationId: { in: viewer.organizationIds } }] : [];
  return { OR: [{ status: "PUBLISHED" }, ...own] };
}

/**
 * The rows a listing may show: visible to the viewer, narrowed (never widened) to the statuses asked for. Both the
 * database listing and the re-read of a search engine's hits apply it, so an index that lags shows nothing it should not.
 */
export function listedPlacements(viewer: Viewer | null, statuses?: readonly PlacementStatus[] | null): Prisma.PlacementWhereInput {
  return statuses?.length ? { AND: [visiblePlacements(viewer), { status: { in: [...statuses] } }] } : visiblePlacements(viewer);
}
