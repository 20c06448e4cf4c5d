/**
 * Text analysis shared by the embedded engine and the reference scan in match.ts, written to mirror Meilisearch:
 * the same normalisation as its "swe" locale, Damerau-Levenshtein typos with its thresholds and first-letter rule,
 * prefix search on the last query word, two-way synonyms and dropped stop words. One implementation, so the engine's
 * vocabulary expansion and the naive per-document check cannot disagree.
 */
import type { IndexSettings, MatchingStrategy } from "./engine.ts";

/** Meilisearch reads at most this many query words. */
export const MAX_QUERY_WORDS = 10;

/** Letters that are their own letters in Swedish (Meilisearch's "swe" locale keeps them); other accents fold. */
const SWEDISH_LETTERS = new Set(["å", "ä", "ö"]);
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = SWEDISH_LETTERS.has(char) ? char : char.normalize("NFD").replace(/\p{M}/gu, "");
    foldedChars.set(char, folded);
  }
  return folded;
}

/** Lower case, NFC, accents removed except å/ä/ö: "Kafé" → "kafe", "Trädgård" → "trädgård". */
export function normalizeWord(word: string): string {
  return word.toLowerCase().normalize("NFC").replace(/[^\x00-\x7f]/g, foldChar);
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => normalizeWord(match[0]));
}

export interface TextRules {
  stopWords: ReadonlySet<string>;
  synonyms: ReadonlyMap<string, readonly string[]>;
  typosEnabled: boolean;
  oneTypo: number;
  twoTypos: number;
  noTypoWords: ReadonlySet<string>;
}

export function textRules(settings: IndexSettings): TextRules {
  const synonyms = new Map<string, string[]>();
  for (const [key, values] of Object.entries(settings.synonyms)) {
    const words = values.map((value) => {
      const tokens = tokenize(value);
      if (tokens.length !== 1) throw new Error(`Synonym "${value}" must be one word for the embedded engine`);
      return tokens[0]!;
    });
    const normalizedKey = normalizeWord(key);
    synonyms.set(normalizedKey, [...(synonyms.get(normalizedKey) ?? []), ...words]);
  }
  return {
    stopWords: new Set(settings.stopWords.map(normalizeWord)),
    synonyms,
    typosEnabled: settings.typoTolerance.enabled,
    oneTypo: settings.typoTolerance.minWordSizeForTypos.oneTypo,
    twoTypos: settings.typoTolerance.minWordSizeForTypos.twoTypos,
    noTypoWords: new Set(settings.typoTolerance.disableOnWords.map(normalizeWord)),
  };
}

export interface QueryWord {
  text: string;
  synonyms: ReadonlySet<string>;
  maxTypos: 0 | 1 | 2;
  /** Only the last query word also matches longer words it begins (Meilisearch's prefix search). */
  prefix: boolean;
}

export function parseQuery(q: string, rules: TextRules): QueryWord[] {
  const words = tokenize(q)
    .filter((word) => !rules.stopWords.has(word))
    .slice(0, MAX_QUERY_WORDS);
  return words.map((text, position) => ({
    text,
    synonyms: new Set(rules.synonyms.get(text) ?? []),
    maxTypos: typoBudget(text, rules),
    prefix: position === words.length - 1,
  }));
}

function typoBudget(word: string, rules: TextRules): 0 | 1 | 2 {
  if (!rules.typosEnabled || rules.noTypoWords.has(word)) return 0;
  if (word.length >= rules.twoTypos) return 2;
  return word.length >= rules.oneTypo ? 1 : 0;
}

/**
 * Typos between a query word and an indexed word, or -1 when they do not match. A typo on the first letter counts
 * as two (Meilisearch: such words are accepted only at distance 1 and only when two typos are allowed).
 */
export function wordTypos(word: QueryWord, term: string): number {
  if (term === word.text || word.synonyms.has(term)) return 0;
  if (word.prefix && term.startsWith(word.text)) return 0;
  if (word.maxTypos === 0 || Math.abs(term.length - word.text.length) > word.maxTypos) return -1;
  if (term.charCodeAt(0) === word.text.charCodeAt(0)) {
    const distance = damerauLevenshtein(word.text, term, word.maxTypos);
    return distance <= word.maxTypos ? distance : -1;
  }
  return word.maxTypos === 2 && damerauLevenshtein(word.text, term, 1) <= 1 ? 2 : -1;
}

// Reused rows: the vocabulary scan calls this thousands of times per query word.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Optimal-string-alignment distance (adjacent transpositions cost one), bounded: any result above `max` is `max + 1`,
 * and rows stop early once every cell exceeds `max`.
 */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length * 2), new Int32Array(b.length * 2), new Int32Array(b.length * 2)];
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** Attribute positions beyond this rank alike (the embedded engine packs a position into four bits). */
export const MAX_ATTRIBUTE_POSITION = 15;

/** The `attributeCount` for `textRankingScore`. */
export function rankedAttributeCount(searchableAttributes: readonly string[]): number {
  return searchableAttributes[0] === "*" ? MAX_ATTRIBUTE_POSITION + 1 : Math.min(searchableAttributes.length, MAX_ATTRIBUTE_POSITION + 1);
}

/**
 * A document's searchable words, each with the best (lowest) searchable-attribute position it occurs in.
 * `["*"]` means every field, in the document's own order (Meilisearch's default).
 */
export function documentTerms(
  document: Record<string, unknown>,
  searchableAttributes: readonly string[],
  rules: TextRules,
): Map<string, number> {
  const terms = new Map<string, number>();
  const attributes = searchableAttributes[0] === "*" ? Object.keys(document) : searchableAttributes;
  attributes.forEach((attribute, index) => {
    const position = Math.min(index, MAX_ATTRIBUTE_POSITION);
    const value = document[attribute];
    const texts = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
    for (const text of texts) {
      for (const term of tokenize(String(text))) {
        if (!rules.stopWords.has(term) && !terms.has(term)) terms.set(term, position);
      }
    }
  });
  return terms;
}

/**
 * The text score of one document, computed the obvious way (every word of the document against every query word):
 * the reference the embedded engine's vocabulary expansion is checked against.
 */
export function scoreTerms(
  terms: ReadonlyMap<string, number>,
  words: readonly QueryWord[],
  attributeCount: number,
  strategy: MatchingStrategy,
): number | null {
  const bestTypos = words.map(() => -1);
  let bestAttribute = attributeCount;
  for (const [term, position] of terms) {
    words.forEach((word, i) => {
      const typos = wordTypos(word, term);
      if (typos < 0) return;
      bestAttribute = Math.min(bestAttribute, position);
      if (bestTypos[i]! < 0 || typos < bestTypos[i]!) bestTypos[i] = typos;
    });
  }
  return textRankingScore(bestTypos, words.length, bestAttribute, attributeCount, strategy);
}

/**
 * Meilisearch-style ranking score from the rules we model, in order: words, typo, attributeRank. Each rule's rank
 * (1..max) splits the score range of the rules before it, so the score orders documents like Meilisearch's bucket
 * sort. `bestTypos[i]` is the typo count of query word i's best match, -1 when unmatched. Null: the matching
 * strategy does not return this document.
 */
export function textRankingScore(
  bestTypos: ArrayLike<number>,
  wordCount: number,
  bestAttribute: number,
  attributeCount: number,
  strategy: MatchingStrategy,
): number | null {
  const matchedWords = countMatchedWords(bestTypos, wordCount, strategy);
  if (matchedWords === 0) return null;
  let typos = 0;
  for (let i = 0; i < wordCount; i++) if (bestTypos[i]! > 0) typos += bestTypos[i]!;
  const maxTypoRank = 2 * wordCount + 1;
  return bucketScore([
    [matchedWords, wordCount],
    [maxTypoRank - typos, maxTypoRank],
    [attributeCount - bestAttribute, attributeCount],
  ]);
}

/**
 * How many words count for the words rule: "all" needs every word; "last" drops words from the end, so it counts the
 * matched words before the first unmatched one; "frequency" counts every matched word (Meilisearch also prefers the
 * rarer words; we do not, see docs/decisions/0001).
 */
function countMatchedWords(bestTypos: ArrayLike<number>, wordCount: number, strategy: MatchingStrategy): number {
  let matched = 0;
  for (let i = 0; i < wordCount; i++) {
    if (bestTypos[i]! >= 0) matched++;
    else if (strategy === "last") break;
  }
  if (strategy === "all" && matched < wordCount) return 0;
  return matched;
}

/** Ranks are 1..max, max best; all-best gives 1. */
function bucketScore(ranks: readonly (readonly [rank: number, max: number])[]): number {
  let score = 0;
  let width = 1;
  for (const [rank, max] of ranks) {
    width /= max;
    score += (rank - 1) * width;
  }
  return score + width;
}
