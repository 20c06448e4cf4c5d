/**
 * The vocabulary's lookups (search/vocabulary.ts) must give exactly what `matchCost` over every indexed word gives:
 * checked on the probe set's vocabulary (tests/fixtures/swedish-probes.json) for every probe word, as typed and with
 * the typos a person makes (a letter dropped, two swapped, a first letter replaced or added), as the last query word
 * (prefix search) and as an inner one.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PLACEMENT_SETTINGS } from "../../search/placements.ts";
import { tokenize } from "../../search/swedish.ts";
import { parseQuery, textRules, type QueryWord } from "../../search/text.ts";
import { Vocabulary } from "../../search/vocabulary.ts";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/swedish-probes.json", import.meta.url), "utf8")) as {
  placements: { title: string; tasks: string[]; description: string }[];
  probes: { q: string }[];
};
const rules = textRules(PLACEMENT_SETTINGS);

const probeWords = [...new Set(fixture.probes.flatMap((probe) => tokenize(probe.q)))];
const placementWords = [...new Set(fixture.placements.flatMap((p) => tokenize([p.title, ...p.tasks, p.description].join(" "))))];

/** The word and single edits of it: what the typo rules are about. */
function variants(word: string): string[] {
  const out = new Set([word, word.slice(1), `x${word}`, `k${word.slice(1)}`]);
  for (let i = 0; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return [...out].filter((variant) => variant.length > 0);
}

/** The word as the last query word (prefix) and as an inner one. */
function queryWords(text: string): QueryWord[] {
  return [parseQuery(text, rules).at(-1), parseQuery(`${text} x`, rules)[0]].filter((w): w is QueryWord => w?.text === text);
}

const sorted = (expansion: readonly (readonly [number, number])[]) => [...expansion].map(([id, cost]) => `${id}:${cost}`).sort();

describe("vocabulary lookups", () => {
  it("expand every probe word and its typos exactly as matchCost over the whole vocabulary", () => {
    const vocabulary = new Vocabulary();
    for (const word of [...placementWords, ...probeWords]) vocabulary.add(word);
    let compared = 0;
    for (const word of probeWords.flatMap(variants).flatMap(queryWords)) {
      expect(sorted(vocabulary.expand(word)), `${word.text} prefix=${word.prefix}`).toEqual(sorted(vocabulary.scan(word)));
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("keeps cached expansions right when the vocabulary grows", () => {
    const vocabulary = new Vocabulary();
    const [first, second] = [placementWords.slice(0, 40), placementWords.slice(40)];
    for (const word of first) vocabulary.add(word);
    const words = probeWords.flatMap(queryWords);
    for (const word of words) vocabulary.expand(word);
    for (const word of second) vocabulary.add(word);
    for (const word of words) expect(sorted(vocabulary.expand(word)), word.text).toEqual(sorted(vocabulary.scan(word)));
  });
});
