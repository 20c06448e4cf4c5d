import { describe, expect, it } from "vitest";
import { PLACEMENT_SETTINGS } from "../../search/placements.ts";
import {
  damerauLevenshtein,
  normalizeWord,
  parseQuery,
  textRankingScore,
  textRules,
  tokenize,
  wordTypos,
} from "../../search/text.ts";

const rules = textRules(PLACEMENT_SETTINGS);
const word = (q: string) => parseQuery(q, rules)[0]!;
/** As a non-final query word: no prefix matching. */
const inner = (q: string) => parseQuery(`${q} x`, rules)[0]!;

describe("normalisation", () => {
  it("lower-cases and drops accents but keeps å, ä and ö as letters of their own", () => {
    expect(normalizeWord("Kafé")).toBe("kafe");
    expect(normalizeWord("Crème")).toBe("creme");
    expect(normalizeWord("TRÄDGÅRD")).toBe("trädgård");
    expect(normalizeWord("Ödeshög")).toBe("ödeshög");
  });

  it("splits on anything that is not a letter or digit", () => {
    expect(tokenize("IT-support, städ & 2 hundar")).toEqual(["it", "support", "städ", "2", "hundar"]);
  });
});

describe("typo tolerance", () => {
  it("counts an adjacent transposition as one edit and stops above the bound", () => {
    expect(damerauLevenshtein("lgaer", "lager", 2)).toBe(1);
    expect(damerauLevenshtein("lagr", "lager", 2)).toBe(1);
    expect(damerauLevenshtein("tradgard", "trädgård", 2)).toBe(2);
    expect(damerauLevenshtein("kontor", "lager", 2)).toBe(3);
  });

  it("allows one typo from 4 letters and two from 8", () => {
    expect(wordTypos(inner("lagr"), "lager")).toBe(1);
    expect(wordTypos(inner("tradgard"), "trädgård")).toBe(2);
    expect(wordTypos(inner("tradgrd"), "trädgård")).toBe(-1); // 7 letters: one typo only
    expect(wordTypos(inner("kok"), "kök")).toBe(-1); // 3 letters: exact only
  });

  it("counts a typo on the first letter as two", () => {
    expect(wordTypos(inner("pibliotek"), "bibliotek")).toBe(2);
    expect(wordTypos(inner("vager"), "lager")).toBe(-1);
  });

  it("lets only the last query word match as a prefix", () => {
    const [first, last] = parseQuery("lag trä", rules);
    expect(wordTypos(first!, "lager")).toBe(-1);
    expect(wordTypos(last!, "trädgård")).toBe(0);
  });

  it("matches synonyms both ways without typos", () => {
    expect(wordTypos(word("logistik"), "lager")).toBe(0);
    expect(wordTypos(word("lager"), "logistik")).toBe(0);
    expect(wordTypos(word("hund"), "djur")).toBe(0);
    expect(wordTypos(word("hund"), "häst")).toBe(-1);
  });

  it("drops stop words from the query", () => {
    expect(parseQuery("jobba i ett kafé och med djur", rules).map((w) => w.text)).toEqual(["jobba", "kafe", "djur"]);
  });
});

describe("ranking score", () => {
  it("is 1 for every word matched exactly in the first attribute and lower for typos, later attributes or fewer words", () => {
    expect(textRankingScore([0, 0], 2, 0, 8, "frequency")).toBe(1);
    const typo = textRankingScore([0, 1], 2, 0, 8, "frequency")!;
    const later = textRankingScore([0, 0], 2, 3, 8, "frequency")!;
    const fewer = textRankingScore([0, -1], 2, 0, 8, "frequency")!;
    expect(typo).toBeLessThan(1);
    expect(later).toBeLessThan(1);
    expect(fewer).toBeLessThan(typo);
    expect(fewer).toBeGreaterThan(0);
  });

  it("applies the matching strategy", () => {
    expect(textRankingScore([-1, 0], 2, 0, 8, "all")).toBeNull();
    expect(textRankingScore([-1, 0], 2, 0, 8, "last")).toBeNull();
    expect(textRankingScore([-1, 0], 2, 0, 8, "frequency")).not.toBeNull();
  });
});
