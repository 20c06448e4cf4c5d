import type { Context } from "./context.ts";
import { ValidationError } from "./errors.ts";
import type { PlacementSort } from "./placement-listing.ts";

/** The centre of kommun `near`, for sorting by distance; required when sorting NEAREST. Both listings use it. */
export async function nearCentre(context: Context, sort: PlacementSort, near: string | null | undefined) {
  if (!near) {
    if (sort === "NEAREST") throw new ValidationError([{ field: "near", message: "Välj en kommun att sortera efter avstånd till." }]);
    return null;
  }
  const kommun = await context.db.kommun.findUnique({ where: { code: near }, select: { latitude: true, longitude: true } });
  if (!kommun) throw new ValidationError([{ field: "near", message: "Kommunen finns inte." }]);
  return kommun;
}
