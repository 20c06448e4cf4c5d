import { readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  ADAPTATION_ICONS,
  AdaptationPictogram,
  FALLBACK_SYMBOL_ID,
  OCCUPATION_CARD_ICONS,
  OccupationCardPictogram,
  Pictogram,
  hasAdaptationPictogram,
  hasOccupationCardPictogram,
  spriteHref,
} from "../app/components/pictograms/pictogram.tsx";
import { renderSprite, spriteSymbols, symbolMarkup } from "../app/components/pictograms/sprite.server.tsx";
import { readAdaptations, readOccupationCards } from "../prisma/reference-data.ts";

// The reference data as the database gets it: card ids are the database ids.
const adaptations = readAdaptations().map(({ code, label }) => ({ code, label }));
const cards = readOccupationCards().map(({ id, title }) => ({ id, title }));

const fallbackMarkup = renderToStaticMarkup(createElement(Pictogram, { decorative: true, children: createElement("use", { href: spriteHref(FALLBACK_SYMBOL_ID) }) }));
const adaptationMarkup = (code: string) => renderToStaticMarkup(createElement(AdaptationPictogram, { code, decorative: true }));
const cardMarkup = (cardId: string) => renderToStaticMarkup(createElement(OccupationCardPictogram, { cardId, decorative: true }));

/** The sprite symbols' drawings by id. */
const symbols = new Map(spriteSymbols().map(([id, icon]) => [id, symbolMarkup(icon)]));
/** Everything inside the <svg>, independent of size, label and a11y attributes: one <use> of a sprite symbol. */
const inside = (markup: string) => markup.replace(/^<svg[^>]*>/, "").replace(/<title>.*?<\/title>/, "").replace(/<\/svg>$/, "");
/** The drawing a pictogram shows: the sprite symbol its <use> points to. */
function drawing(markup: string): string {
  const use = inside(markup).match(/^<use href="([^"#]*)#([^"]+)"><\/use>$/);
  expect(use, `one <use> of the sprite in ${markup}`).not.toBeNull();
  expect(use![1]).toBe(spriteHref("").slice(0, -1));
  const symbol = symbols.get(use![2]!);
  expect(symbol, `symbol ${use![2]} in the sprite`).toBeDefined();
  return symbol!;
}

describe("card ids", () => {
  it.each([
    ["Städa lokaler", "stada-lokaler"],
    ["Hemservice, städa hos äldre", "hemservice-stada-hos-aldre"],
    ["Låna ut utrustning (som Fritidsbanken)", "lana-ut-utrustning-som-fritidsbanken"],
    ["Kafébiträde", "kafebitrade"],
    ["Kontorsassistent: skanna och arkivera", "kontorsassistent-skanna-och-arkivera"],
    ["Second hand-butik", "second-hand-butik"],
    ["Enkel IT-support", "enkel-it-support"],
  ])("%s → %s", (title, slug) => {
    expect(cards.find((card) => card.title === title)?.id).toBe(slug);
  });

  it("gives every card in the CSV a unique id", () => {
    expect(cards).toHaveLength(46);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });
});

describe("pictogram coverage", () => {
  it("has read all rows of both CSVs", () => {
    expect(adaptations).toHaveLength(29);
    expect(cards).toHaveLength(46);
  });

  it.each(adaptations)("adaptation $code has its own drawing", ({ code }) => {
    expect(hasAdaptationPictogram(code)).toBe(true);
    expect(drawing(adaptationMarkup(code))).not.toBe(drawing(fallbackMarkup));
  });

  it.each(cards)("card $id has its own drawing", ({ id }) => {
    expect(hasOccupationCardPictogram(id)).toBe(true);
    expect(drawing(cardMarkup(id))).not.toBe(drawing(fallbackMarkup));
  });

  it("has no drawings for keys that are not in the data", () => {
    expect(Object.keys(ADAPTATION_ICONS).sort()).toEqual(adaptations.map((a) => a.code).sort());
    expect(Object.keys(OCCUPATION_CARD_ICONS).sort()).toEqual(cards.map((c) => c.id).sort());
  });

  it("draws every pictogram differently", () => {
    const all = [
      ...adaptations.map((a) => [`adaptation ${a.code}`, drawing(adaptationMarkup(a.code))] as const),
      ...cards.map((c) => [`card ${c.id}`, drawing(cardMarkup(c.id))] as const),
    ];
    const seen = new Map<string, string>();
    for (const [name, markup] of all) {
      expect(markup.length, name).toBeGreaterThan(0);
      expect(seen.get(markup), `${name} looks the same as ${seen.get(markup)}`).toBeUndefined();
      seen.set(markup, name);
    }
    expect(seen.size).toBe(29 + 46);
  });
});

describe("accessibility", () => {
  const attr = (markup: string, name: string) => markup.match(new RegExp(`^<svg[^>]*\\s${name}="([^"]*)"`))?.[1];
  const titleOf = (markup: string) => markup.match(/<title>(.*?)<\/title>/)?.[1];
  const unescape = (s: string | undefined) => s?.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

  it.each(adaptations)("adaptation $code is an image named “$label”", ({ code, label }) => {
    const markup = renderToStaticMarkup(createElement(AdaptationPictogram, { code, label }));
    expect(attr(markup, "role")).toBe("img");
    expect(unescape(attr(markup, "aria-label"))).toBe(label);
    expect(unescape(titleOf(markup))).toBe(label);
    expect(attr(markup, "focusable")).toBe("false");
    expect(attr(markup, "aria-hidden")).toBeUndefined();
    expect(attr(markup, "width")).toBe("48");
  });

  it.each(cards)("card $id is an image named “$title”", ({ id, title }) => {
    const markup = renderToStaticMarkup(createElement(OccupationCardPictogram, { cardId: id, title }));
    expect(attr(markup, "role")).toBe("img");
    expect(unescape(attr(markup, "aria-label"))).toBe(title);
    expect(unescape(titleOf(markup))).toBe(title);
    expect(attr(markup, "focusable")).toBe("false");
    expect(attr(markup, "width")).toBe("96");
  });

  it("hides decorative pictograms from assistive technology", () => {
    for (const markup of [
      adaptationMarkup("SHORTER_DAYS"),
      cardMarkup("stada-lokaler"),
      renderToStaticMarkup(createElement(AdaptationPictogram, { code: "SHORTER_DAYS", label: "Kortare dagar", decorative: true })),
    ]) {
      expect(attr(markup, "aria-hidden")).toBe("true");
      expect(attr(markup, "role")).toBeUndefined();
      expect(attr(markup, "aria-label")).toBeUndefined();
      expect(markup).not.toContain("<title>");
      expect(attr(markup, "focusable")).toBe("false");
    }
  });

  it("draws a neutral fallback for unknown keys instead of crashing", () => {
    for (const markup of [
      renderToStaticMarkup(createElement(AdaptationPictogram, { code: "NO_SUCH_CODE", label: "Okänd anpassning" })),
      renderToStaticMarkup(createElement(OccupationCardPictogram, { cardId: "finns-inte", title: "Okänt yrke" })),
      renderToStaticMarkup(createElement(AdaptationPictogram, { code: "toString", label: "Inte en kod" })),
    ]) {
      expect(drawing(markup)).toBe(drawing(fallbackMarkup));
      expect(attr(markup, "role")).toBe("img");
    }
  });

  it("honours size and className, and uses currentColor strokes on a 64×64 grid", () => {
    const markup = renderToStaticMarkup(createElement(AdaptationPictogram, { code: "OWN_PACE", label: "Eget tempo", size: 160, className: "pic" }));
    expect(attr(markup, "width")).toBe("160");
    expect(attr(markup, "height")).toBe("160");
    expect(attr(markup, "class")).toBe("pic");
    expect(attr(markup, "viewBox")).toBe("0 0 64 64");
    expect(attr(markup, "stroke")).toBe("currentColor");
    expect(attr(markup, "fill")).toBe("none");
    expect(attr(markup, "stroke-width")).toBe("3");
    expect(drawing(markup)).not.toMatch(/<text/);
  });
});

describe("the sprite", () => {
  it("is up to date with the drawings in code (npm run pictograms:sprite)", () => {
    const file = readFileSync(path.resolve(import.meta.dirname, "../app/components/pictograms/pictograms.svg"), "utf8");
    expect(file).toBe(renderSprite());
  });

  it("holds every drawing once, and a page carries none of their paths", () => {
    expect(symbols.size).toBe(1 + 29 + 46);
    const markup = renderToStaticMarkup(createElement(OccupationCardPictogram, { cardId: "stada-lokaler", title: "Städa lokaler" }));
    expect(markup).not.toMatch(/<path|<circle|<rect/);
    expect(markup.length).toBeLessThan(400);
  });
});
