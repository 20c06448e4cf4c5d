/**
 * Which sprite symbol draws what (sprite.server.tsx writes the sprite; pictogram.tsx points into it). An unknown key
 * gets the neutral fallback, so a new adaptation or card in the data never breaks a page.
 */
import type { ReactElement } from "react";
import { ADAPTATION_ICONS } from "./adaptation-icons.tsx";
import { OCCUPATION_CARD_ICONS } from "./occupation-icons.tsx";

/** Neutral glyph for keys without a drawing: an empty picture card. Deliberately says nothing. */
export const FALLBACK_ICON: ReactElement = (
  <>
    <rect x={10} y={10} width={44} height={44} rx={9} />
    <circle cx={32} cy={32} r={4} fill="currentColor" stroke="none" />
  </>
);

export const FALLBACK_SYMBOL_ID = "fallback";
export const adaptationSymbolId = (code: string) => `a-${code}`;
export const occupationCardSymbolId = (cardId: string) => `c-${cardId}`;

/** The symbol for an adaptation `kod`, or the fallback. */
export function adaptationSymbol(code: string): string {
  return Object.hasOwn(ADAPTATION_ICONS, code) ? adaptationSymbolId(code) : FALLBACK_SYMBOL_ID;
}

/** The symbol for an occupation card id, or the fallback. */
export function occupationCardSymbol(cardId: string): string {
  return Object.hasOwn(OCCUPATION_CARD_ICONS, cardId) ? occupationCardSymbolId(cardId) : FALLBACK_SYMBOL_ID;
}
