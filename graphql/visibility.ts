import type { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "./context.ts";

/** Which placements a viewer may see: published ones for everybody, and every status of their own organisations'. */
export function visiblePlacements(viewer: Viewer | null): Prisma.PlacementWhereInput {
  const own = viewer?.organizationIds.length ? [{ organizationId: { in: viewer.organizationIds } }] : [];
  return { OR: [{ status: "PUBLISHED" }, ...own] };
}
