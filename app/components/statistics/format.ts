/** How a published statistics figure reads on the page. Browser-safe. */
import { SUPPRESSED_TEXT } from "../../../statistics/suppression.ts";

export interface Cell {
  value: number | null;
  suppressed: boolean;
}

const numberFormat = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });

/** "< 5" for a hidden figure, "–" for none (nothing to measure), otherwise the number the Swedish way ("85,5"). */
export function cellText(cell: Cell): string {
  if (cell.suppressed) return SUPPRESSED_TEXT;
  return cell.value === null ? "–" : numberFormat.format(cell.value);
}
