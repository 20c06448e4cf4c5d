/**
 * Text matching shared by the embedded engine, the reference scan in match.ts and the database path of the listing,
 * written to mirror Meilisearch where it can: Damerau-Levenshtein typos with its thresholds (5/9) and first-letter
 * rule, prefix search on the last query word, two-way synonyms and dropped stop words. What a Swedish word is — its
 * normal form, stem key, folded form and compound parts — comes from swedish.ts; this module decides how well a query
 * word meets an indexed word: exact (or prefix) > stem, compound part or synonym > folded (å/ä/ö missing) or misspelt.
 */
import type { IndexSettings, MatchingStrategy } from "./engine.ts";
import { memoized } from "./memo.ts";
import {
  analyseWord,
  foldSwedish,
  forEachRawWord,
  forEachWordSpan,
  MIN_FOLDED_LENGTH,
  normalizeRawWord,
  normalizeWord,
  tokenize,
  type PartAnalysis,
  type WordAnalysis,
} from "./swedish.ts";

/** Meilisearch reads at most this many query words. */
export const MAX_QUERY_WORDS = 10;

/**
 * Document fields that carry analysed terms for Meilisearch (toDocument in placements.ts). The embedded engine and
 * the reference analyse the text fields themselves, so they skip these (keeping their attribute positions).
 */
export const ANALYSED_FIELDS: ReadonlySet<string> = new Set(["analysedMain", "analysedMore"]);

export interface TextRules {
  stopWords: ReadonlySet<string>;
  /** Stem key → the keys of its synonyms. */
  synonyms: ReadonlyMap<string, ReadonlySet<string>>;
  /** Folded stem key → the keys of its synonyms: "tradgard" reaches "odling" as a lesser match. */
  foldedSynonyms: ReadonlyMap<string, ReadonlySet<string>>;
  typosEnabled: boolean;
  oneTypo: number;
  twoTypos: number;
  noTypoWords: ReadonlySet<string>;
}

/** Settings' synonyms are written as stem keys (what Meilisearch meets in the analysed fields); see placements.ts. */
export function textRules(settings: IndexSettings): TextRules {
  const synonyms = new Map<string, Set<string>>();
  const foldedSynonyms = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, values: readonly string[]) => {
    const set = map.get(key) ?? new Set<string>();
    for (const value of values) set.add(value);
    map.set(key, set);
  };
  for (const [key, values] of Object.entries(settings.synonyms)) {
    const words = values.map((value) => {
      const tokens = tokenize(value);
      if (tokens.length !== 1) throw new Error(`Synonym "${value}" must be one word for the embedded engine`);
      return tokens[0]!;
    });
    const normalizedKey = normalizeWord(key);
    add(synonyms, normalizedKey, words);
    add(foldedSynonyms, foldSwedish(normalizedKey), [normalizedKey, ...words]);
  }
  return {
    stopWords: new Set(settings.stopWords.map(normalizeWord)),
    synonyms,
    foldedSynonyms,
    typosEnabled: settings.typoTolerance.enabled,
    oneTypo: settings.typoTolerance.minWordSizeForTypos.oneTypo,
    twoTypos: settings.typoTolerance.minWordSizeForTypos.twoTypos,
    noTypoWords: new Set(settings.typoTolerance.disableOnWords.map(normalizeWord)),
  };
}

export interface QueryWord {
  /** The normalised word as typed. */
  text: string;
  analysis: WordAnalysis;
  /** The stem key it is compared by ("lagerjobb" → the key of lager). */
  key: string;
  synonyms: ReadonlySet<string>;
  /** foldSwedish(key). */
  foldedKey: string;
  /** Synonym keys reached through the folded key: a lesser match. */
  foldedSynonyms: ReadonlySet<string>;
  maxTypos: 0 | 1 | 2;
  /** Only the last query word also matches longer words it begins (Meilisearch's prefix search). */
  prefix: boolean;
  /** Costs already worked out, per indexed word (shared by every parse of this word under these rules). */
  costs: Map<string, number>;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Costs per query word, kept across queries under the same rules: the same interests come back match after match,
 * and the reasons and the reference scan meet the same indexed words. Bounded: cleared past MEMO_WORDS query words.
 */
const MEMO_WORDS = 2_000;

/**
 * `compute` memoised per owner object and string key: each owner's map is cleared once it holds `limit` keys, and
 * goes with its owner.
 */
function memoPerOwner<Owner extends object, Value>(
  limit: number,
  compute: (owner: Owner, key: string) => Value,
): (owner: Owner, key: string) => Value {
  const byOwner = new WeakMap<Owner, (key: string) => Value>();
  return (owner, key) => {
    let memo = byOwner.get(owner);
    if (memo === undefined) {
      memo = memoized(limit, (one) => compute(owner, one));
      byOwner.set(owner, memo);
    }
    return memo(key);
  };
}

const costMemos = memoPerOwner<TextRules, Map<string, number>>(MEMO_WORDS, () => new Map());
const costMemo = (rules: TextRules, text: string, prefix: boolean): Map<string, number> =>
  costMemos(rules, `${text}|${prefix}`);

/** Parsed queries per rules: a match parses each interest for several requests, and the same interests recur. */
const parsedQueries = memoPerOwner<TextRules, readonly QueryWord[]>(MEMO_WORDS, (rules, q) =>
  parseQueryWords(q, rules),
);

/** The query's words, analysed. Shared between callers: never edit the result. */
export function parseQuery(q: string, rules: TextRules): readonly QueryWord[] {
  return parsedQueries(rules, q);
}

function parseQueryWords(q: string, rules: TextRules): QueryWord[] {
  const words = tokenize(q)
    .filter((word) => !rules.stopWords.has(word))
    .slice(0, MAX_QUERY_WORDS);
  return words.map((text, position) => {
    const analysis = analyseWord(text);
    const key = analysis.queryKey;
    const maxTypos = typoBudget(text, rules);
    return {
      text,
      analysis,
      key,
      synonyms: rules.synonyms.get(key) ?? NO_WORDS,
      foldedKey: foldSwedish(key),
      foldedSynonyms: maxTypos > 0 && key.length >= MIN_FOLDED_LENGTH ? (rules.foldedSynonyms.get(foldSwedish(key)) ?? NO_WORDS) : NO_WORDS,
      maxTypos,
      prefix: position === words.length - 1,
      costs: costMemo(rules, text, position === words.length - 1),
    };
  });
}

function typoBudget(word: string, rules: TextRules): 0 | 1 | 2 {
  if (!rules.typosEnabled || rules.noTypoWords.has(word)) return 0;
  if (word.length >= rules.twoTypos) return 2;
  return word.length >= rules.oneTypo ? 1 : 0;
}

/** Match costs: what the typo rule counts. Exact and prefix 0; stem, compound part or synonym 1; folded 2; 1 + typos. */
export const COST = { exact: 0, stem: 1, folded: 2, worst: 3 } as const;

/**
 * How well a query word meets an indexed word (normalised), as a cost 0..3, or -1 when it does not. Folded and
 * misspelt matches need a query word long enough for a typo (Meilisearch's oneTypo, 5), so "stad" never meets
 * "städ"; a typo on the first letter counts as two (Meilisearch: accepted only when two typos are allowed).
 */
export function wordCost(word: QueryWord, term: string): number {
  let cost = word.costs.get(term);
  if (cost === undefined) {
    cost = matchCost(word, term);
    word.costs.set(term, cost);
  }
  return cost;
}

/**
 * wordCost without its memo, for a caller that meets each indexed word once and may hold its analysis (the engine's
 * vocabulary expansion).
 */
export function matchCost(word: QueryWord, term: string, analysis: WordAnalysis = analyseWord(term)): number {
  if (term === word.text || (word.prefix && term.startsWith(word.text))) return COST.exact;
  // Fast path for most indexed words: a word of one part starting with another (folded) letter can only meet the
  // query word as a synonym, since keys, folded forms and one-typo matches all keep the first letter.
  if (analysis.parts.length === 0 && word.maxTypos < 2 && analysis.foldedNorm.charCodeAt(0) !== word.analysis.foldedNorm.charCodeAt(0)) {
    return word.synonyms.has(analysis.key) ? COST.stem : word.foldedSynonyms.has(analysis.key) ? COST.folded : -1;
  }
  if (sameStem(word, analysis) || analysis.parts.some((part) => sameStem(word, part))) return COST.stem;
  if (word.maxTypos === 0) return -1;
  if (sameFolded(word, analysis) || analysis.parts.some((part) => sameFolded(word, part))) return COST.folded;
  let best = typoCost(word, analysis.norm, word.prefix);
  for (const part of analysis.parts) best = minCost(best, typoCost(word, part.norm, false));
  return best;
}

/**
 * A missing å/ä/ö: the same folded key when the keys are five letters or more ("tradgard" ~ trädgård), or else one
 * folded word beginning the other, five letters or more ("hastar" ~ hästarna): "städa" never meets "staden".
 */
const sameStem = (word: QueryWord, part: PartAnalysis): boolean => part.key === word.key || word.synonyms.has(part.key);

function sameFolded(word: QueryWord, part: PartAnalysis): boolean {
  if (word.foldedSynonyms.has(part.key)) return true;
  if (part.folded === null) return false;
  if (word.key.length >= MIN_FOLDED_LENGTH && part.key.length >= MIN_FOLDED_LENGTH && part.folded === word.foldedKey) return true;
  const typed = word.analysis.foldedNorm;
  const [shorter, longer] = typed.length <= part.foldedNorm.length ? [typed, part.foldedNorm] : [part.foldedNorm, typed];
  return shorter.length >= MIN_FOLDED_LENGTH && longer.startsWith(shorter);
}

const minCost = (a: number, b: number): number => (a < 0 ? b : b < 0 ? a : Math.min(a, b));

/**
 * 1 + typos between the query word and an indexed word or, for the last query word, its beginning. A missing å/ä/ö
 * counts as a typo here (as in Meilisearch's "swe" locale): folding and typos do not add up to a match.
 */
function typoCost(word: QueryWord, term: string, prefix: boolean): number {
  const typed = word.text;
  let typos = typosBetween(typed, term, word.maxTypos);
  // A first-letter typo needs the two-typo budget (typosBetween): most words are out at the first letter.
  if (prefix && term.length > typed.length && (word.maxTypos === 2 || term.charCodeAt(0) === typed.charCodeAt(0))) {
    for (let length = typed.length - word.maxTypos; length <= typed.length + word.maxTypos; length++) {
      if (length >= 1 && length < term.length) typos = minCost(typos, typosBetween(typed, term.slice(0, length), word.maxTypos));
    }
  }
  return typos < 0 ? -1 : COST.stem + typos;
}

/** Typos between two words under Meilisearch's rules, or -1 when more than `maxTypos`. */
function typosBetween(typed: string, term: string, maxTypos: number): number {
  if (Math.abs(term.length - typed.length) > maxTypos) return -1;
  if (term.charCodeAt(0) === typed.charCodeAt(0)) {
    const distance = damerauLevenshtein(typed, term, maxTypos);
    return distance <= maxTypos ? distance : -1;
  }
  return maxTypos === 2 && damerauLevenshtein(typed, term, 1) <= 1 ? 2 : -1;
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
 * `["*"]` means every field, in the document's own order (Meilisearch's default). Analysed fields are skipped.
 */
export function documentTerms(
  document: Record<string, unknown>,
  searchableAttributes: readonly string[],
  rules: TextRules,
): Map<string, number> {
  const terms = new Map<string, number>();
  forEachSearchableText(document, searchableAttributes, (text, position) => {
    for (const term of tokenize(text)) {
      if (!rules.stopWords.has(term) && !terms.has(term)) terms.set(term, position);
    }
  });
  return terms;
}

/**
 * Each searchable text of a document with its attribute position, in rank order; analysed fields skipped. With
 * `onlyAt`, only the texts at that position (the last position holds every attribute from there on).
 */
export function forEachSearchableText(
  document: Record<string, unknown>,
  searchableAttributes: readonly string[],
  visit: (text: string, position: number) => void,
  onlyAt?: number,
): void {
  const attributes = searchableAttributes[0] === "*" ? Object.keys(document) : searchableAttributes;
  const first = onlyAt ?? 0;
  const last = onlyAt === undefined || onlyAt === MAX_ATTRIBUTE_POSITION ? attributes.length - 1 : onlyAt;
  for (let index = first; index <= last; index++) {
    const attribute = attributes[index]!;
    if (ANALYSED_FIELDS.has(attribute)) continue;
    const value = document[attribute];
    const texts = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
    for (const text of texts) visit(String(text), Math.min(index, MAX_ATTRIBUTE_POSITION));
  }
}

/**
 * The text score of one document, computed the obvious way (every word of the document against every query word):
 * the reference the embedded engine's vocabulary expansion is checked against, and the database path's matcher.
 */
export function scoreTerms(
  terms: ReadonlyMap<string, number>,
  words: readonly QueryWord[],
  attributeCount: number,
  strategy: MatchingStrategy,
): number | null {
  const bestCosts = words.map(() => -1);
  let bestAttribute = attributeCount;
  for (const [term, position] of terms) {
    words.forEach((word, i) => {
      const cost = wordCost(word, term);
      if (cost < 0) return;
      bestAttribute = Math.min(bestAttribute, position);
      if (bestCosts[i]! < 0 || cost < bestCosts[i]!) bestCosts[i] = cost;
    });
  }
  return textRankingScore(bestCosts, words.length, bestAttribute, attributeCount, strategy);
}

const WORDS_BY_TEXT_LIMIT = 20_000;

/** Raw word → its surface and normal form: the reasons quote the same spellings placement after placement. */
const surfaceWordOf = memoized(WORDS_BY_TEXT_LIMIT, (raw): { surface: string; term: string } => ({
  surface: raw.toLowerCase().normalize("NFC"),
  term: normalizeRawWord(raw),
}));

/** Texts repeat across documents (task phrases, titles): each one's words are read once, up to a bound. */
const wordsOfText = memoized(WORDS_BY_TEXT_LIMIT, (text): readonly { surface: string; term: string }[] => {
  const found: { surface: string; term: string }[] = [];
  forEachRawWord(text, (raw) => found.push(surfaceWordOf(raw)));
  return found;
});

/** Per query word, the cheapest match in one text and its first word at that cost (null and Infinity: none). */
interface TextMatch {
  costs: readonly number[];
  surfaces: readonly (string | null)[];
}

/**
 * Per parsed query (parseQuery shares its results), what each text holds for it: the hits of a match and of the next
 * one meet the same task phrases, titles and card names. Bounded like wordsByText.
 */
const textMatch = memoPerOwner<readonly QueryWord[], TextMatch>(WORDS_BY_TEXT_LIMIT, (words, text) => {
  const costs = words.map(() => Infinity);
  const surfaces: (string | null)[] = words.map(() => null);
  for (const { surface, term } of wordsOfText(text)) {
    for (let i = 0; i < words.length; i++) {
      const cost = wordCost(words[i]!, term);
      if (cost >= 0 && cost < costs[i]!) {
        costs[i] = cost;
        surfaces[i] = surface;
      }
    }
  }
  return { costs, surfaces };
});

/**
 * The first word of a document's texts at one attribute position (as forEachSearchableText numbers them) that `is`
 * picks, as a reason quotes it (as written, lower case); null when there is none. `is` reads the word as its span of
 * the text (forEachWordSpan): the embedded index asks its own table of spellings, with no string cut per word.
 */
export function firstWrittenAs(
  document: Record<string, unknown>,
  searchableAttributes: readonly string[],
  position: number,
  is: (text: string, start: number, end: number, hash: number) => boolean,
): string | null {
  let found: string | null = null;
  // The first word that is the term ends the scan.
  const visitWord = (text: string, start: number, end: number, hash: number): boolean => {
    if (is(text, start, end, hash)) found = surfaceWordOf(text.slice(start, end)).surface;
    return found !== null;
  };
  forEachSearchableText(
    document,
    searchableAttributes,
    (text) => {
      if (found === null) forEachWordSpan(text, visitWord);
    },
    position,
  );
  return found;
}

/** Per rules, whether a query word meets any of their stop words (which an index leaves out of its terms). */
const meetsStopWordByRules = new WeakMap<TextRules, WeakMap<QueryWord, boolean>>();

export function meetsStopWord(word: QueryWord, rules: TextRules): boolean {
  let memo = meetsStopWordByRules.get(rules);
  if (memo === undefined) meetsStopWordByRules.set(rules, (memo = new WeakMap()));
  let meets = memo.get(word);
  if (meets === undefined) {
    meets = false;
    for (const stopWord of rules.stopWords) {
      if (wordCost(word, stopWord) >= 0) {
        meets = true;
        break;
      }
    }
    memo.set(word, meets);
  }
  return meets;
}

/**
 * For each query word, the document's own word (as written, lower case) that meets it best — cheapest match, then
 * earliest in attribute order — or null when none does: what a reason quotes ("lagret", not the typed "lagr"). Reads
 * the document text by text, and stops once every query word has met a word exactly.
 */
export function matchingWords(
  document: Record<string, unknown>,
  searchableAttributes: readonly string[],
  words: readonly QueryWord[],
): (string | null)[] {
  const texts: string[] = [];
  forEachSearchableText(document, searchableAttributes, (text) => texts.push(text));
  const costs = words.map(() => Infinity);
  const quoted: (string | null)[] = words.map(() => null);
  for (const text of texts) {
    const match = textMatch(words, text);
    let exact = 0;
    for (let i = 0; i < words.length; i++) {
      if (match.costs[i]! < costs[i]!) {
        costs[i] = match.costs[i]!;
        quoted[i] = match.surfaces[i]!;
      }
      if (costs[i] === COST.exact) exact++;
    }
    if (exact === words.length) break;
  }
  return quoted;
}

/**
 * Meilisearch-style ranking score from the rules we model, in order: words, typo, attributeRank. Each rule's rank
 * (1..max) splits the score range of the rules before it, so the score orders documents like Meilisearch's bucket
 * sort. `bestCosts[i]` is the cost (see COST) of query word i's best match, -1 when unmatched. Null: the matching
 * strategy does not return this document.
 */
export function textRankingScore(
  bestCosts: ArrayLike<number>,
  wordCount: number,
  bestAttribute: number,
  attributeCount: number,
  strategy: MatchingStrategy,
): number | null {
  const matchedWords = countMatchedWords(bestCosts, wordCount, strategy);
  if (matchedWords === 0) return null;
  let typos = 0;
  for (let i = 0; i < wordCount; i++) if (bestCosts[i]! > 0) typos += bestCosts[i]!;
  const maxTypoRank = COST.worst * wordCount + 1;
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
function countMatchedWords(bestCosts: ArrayLike<number>, wordCount: number, strategy: MatchingStrategy): number {
  let matched = 0;
  for (let i = 0; i < wordCount; i++) {
    if (bestCosts[i]! >= 0) matched++;
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
