/**
 * The pictogram sprite: every drawing once, as a <symbol>, in one SVG file (pictograms.svg, next to this file). Pages
 * draw a pictogram with <use href="…pictograms-HASH.svg#id">, so a listing with dozens of pictograms sends none of
 * their paths, and the browser fetches the file once and keeps it for a year (Remix hashes it into public/build).
 *
 * pictograms.svg is generated from the drawings in code: `npm run pictograms:sprite` after changing one
 * (tests/pictograms.test.ts fails while the file is behind the code).
 */
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ADAPTATION_ICONS } from "./adaptation-icons.tsx";
import { OCCUPATION_CARD_ICONS } from "./occupation-icons.tsx";
import { FALLBACK_ICON, FALLBACK_SYMBOL_ID, adaptationSymbolId, occupationCardSymbolId } from "./symbols.tsx";

/** Every symbol id with its drawing. */
export function spriteSymbols(): [string, ReactElement][] {
  return [
    [FALLBACK_SYMBOL_ID, FALLBACK_ICON],
    ...Object.entries(ADAPTATION_ICONS).map(([code, icon]): [string, ReactElement] => [adaptationSymbolId(code), icon]),
    ...Object.entries(OCCUPATION_CARD_ICONS).map(([cardId, icon]): [string, ReactElement] => [occupationCardSymbolId(cardId), icon]),
  ];
}

/** The inside of one symbol, as markup. */
export function symbolMarkup(icon: ReactElement): string {
  return renderToStaticMarkup(icon);
}

/** The whole sprite file. The frame's stroke settings come from the <svg> around each <use>. */
export function renderSprite(): string {
  const symbols = spriteSymbols().map(([id, icon]) => `<symbol id="${id}" viewBox="0 0 64 64">${symbolMarkup(icon)}</symbol>`);
  return `<svg xmlns="http://www.w3.org/2000/svg">\n${symbols.join("\n")}\n</svg>\n`;
}
