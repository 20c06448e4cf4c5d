/**
 * Swedish text analysis: the one place that decides what a Swedish word is, for the embedded engine, the documents
 * and queries sent to Meilisearch, and the database path of the listing (docs/decisions/0017).
 *   - normalise: NFC, lower case, accents folded except å, ä and ö (Meilisearch's "swe" locale keeps them);
 *   - key: the word's stem (Snowball's Swedish algorithm, npm snowball-stemmers) with four small rules Snowball lacks
 *     (definite -et/-an, -ning/-ing nouns, and syncope: "lager"/"lagret", "cykel"/"cyklar" share a key);
 *   - folded: the key with å/ä/ö as a/a/o, only for words of five letters or more (a lesser match: "tradgard");
 *   - parts: a compound's known parts ("trädgårdsarbete" → trädgård + arbete), from the Hunspell Swedish word list
 *     (npm dictionary-sv, read lazily on the first compound) and our own domain words.
 * Pure functions over strings, cached per distinct word: the vocabulary of an index is small beside its documents.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import snowball from "snowball-stemmers";
import { memoized } from "./memo.ts";

/** Letters that are their own letters in Swedish; other accents fold. */
const SWEDISH_LETTERS = new Set(["å", "ä", "ö"]);
const foldedChars = new Map<string, string>();

function foldAccent(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = SWEDISH_LETTERS.has(char) ? char : char.normalize("NFD").replace(/\p{M}/gu, "");
    foldedChars.set(char, folded);
  }
  return folded;
}

/** Lower case, NFC, accents removed except å/ä/ö: "Kafé" → "kafe", "Trädgård" → "trädgård". */
export function normalizeWord(word: string): string {
  return word.toLowerCase().normalize("NFC").replace(/[^\x00-\x7f]/g, foldAccent);
}

/** Bound of each word memory here: distinct words, far more than any index holds. */
const WORD_MEMO_LIMIT = 200_000;

/** Raw word → normal form: an index meets the same few thousand words in every document. */
const cachedNormalizeWord = memoized(WORD_MEMO_LIMIT, normalizeWord);

/** A letter or digit: what a word is made of. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit outside the surrogates: 1 when it is a WORD_CHAR, 2 when not, 0 not yet known. */
const wordUnits = new Uint8Array(0x10000);

function isWordCodePoint(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdfff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
  let known = wordUnits[unit]!;
  if (known === 0) {
    known = WORD_CHAR.test(text[at]!) ? 1 : 2;
    wordUnits[unit] = known;
  }
  return known === 1;
}

/** FNV-1a over UTF-16 code units: the hash `forEachWordSpan` gives each word, and `WordSpanTable` files it by. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;
export const hashWordUnit = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193);

/**
 * Calls `visit` with each run of letters and digits (code points) of a text, as the span `text[start, end)` and the
 * FNV-1a hash of its code units: a scan by code unit with a table, because index builds read every text of every
 * document (a regex match per word cost a third of a 100,000-placement build). The span lets an index look the word
 * up without cutting it out of the text (search/word-span-table.ts). The scan stops when `visit` returns true.
 */
export function forEachWordSpan(
  text: string,
  visit: (text: string, start: number, end: number, hash: number) => boolean | void,
): void {
  let start = -1;
  let hash = WORD_HASH_SEED;
  for (let at = 0; at < text.length; ) {
    const unit = text.charCodeAt(at);
    const width = unit >= 0xd800 && unit <= 0xdbff && text.codePointAt(at)! > 0xffff ? 2 : 1;
    if (isWordCodePoint(text, at)) {
      if (start < 0) {
        start = at;
        hash = WORD_HASH_SEED;
      }
      hash = hashWordUnit(hash, unit);
      if (width === 2) hash = hashWordUnit(hash, text.charCodeAt(at + 1));
    } else if (start >= 0) {
      if (visit(text, start, at, hash) === true) return;
      start = -1;
    }
    at += width;
  }
  if (start >= 0) visit(text, start, text.length, hash);
}

/** Calls `visit` with each run of letters and digits (code points) of a text as written. */
export function forEachRawWord(text: string, visit: (raw: string) => void): void {
  forEachWordSpan(text, (text, start, end) => {
    visit(text.slice(start, end));
  });
}

/** Normalised words of a text, split on anything that is not a letter or digit. */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  forEachRawWord(text, (raw) => words.push(cachedNormalizeWord(raw)));
  return words;
}

/** The normal form of a word as written, cached (an index meets the same few thousand words in every document). */
export { cachedNormalizeWord as normalizeRawWord };

/** å → a, ä → a, ö → o: what a keyboard without Swedish letters types. */
export function foldSwedish(word: string): string {
  return word.replace(/[åä]/g, "a").replace(/ö/g, "o");
}

/** Words shorter than this get no folded (å/ä/ö-less) match: "stad" and "städ" stay apart. */
export const MIN_FOLDED_LENGTH = 5;

// ---- stemming

const stemmer = snowball.newStemmer("swedish");

/**
 * Words whose Snowball stem collides with another common word of ours (as search engines' stemmer-override lists do):
 * "lager" and "laga" (mend) both stem to "lag".
 */
const STEM_OVERRIDES = new Map(["lager", "lagret", "lagren", "lagrets", "lagrens", "lagers", "lagr"].map((word) => [word, "lager"]));

/**
 * The key words are compared by. Snowball first, around it the rules it lacks for our words: the definite -et and
 * -an ("lagret", "köket", "kassan"), nouns in -ning/-ing ("städning" → städ, "servering" → server, "återvinning" →
 * återvinn) and syncope before l/r ("lagr" → lag, "cyklar" → cykel).
 */
export function stemKey(word: string): string {
  return stems(word);
}

/**
 * Word → stemKey, remembered. Snowball is the costly part of analysing a word, and the same words come back: every
 * `matches` request stems its participant's interests again (1–2% of its CPU).
 */
const stems = memoized(WORD_MEMO_LIMIT, stemOf);

function stemOf(word: string): string {
  const override = STEM_OVERRIDES.get(word);
  if (override !== undefined) return override;
  let stem = word.length >= 5 && /(?:et|an)$/.test(word) ? word.slice(0, -2) : word;
  stem = stemmer.stem(stem);
  if (stem.length >= 6 && stem.endsWith("nning")) stem = stem.slice(0, -3);
  else if (stem.length >= 7 && stem.endsWith("ning")) stem = stem.slice(0, -4);
  else if (stem.length >= 6 && stem.endsWith("ing")) stem = stem.slice(0, -3);
  if (stem.length < 4) return stem;
  // Snowball strips -er ("lager" → lag) but keeps -el ("cykel"): "lagr" → lag, "cykl" → cykel, "handl" → handel.
  return stem.replace(/([bdfgkptv])r$/, "$1").replace(/([bdfgkptv])l$/, "$1el");
}

// ---- compounds

/** Domain words that are compound parts whatever the word list says (and the heads of "lagerjobb"-like queries). */
const DOMAIN_PARTS = [
  "lager", "plock", "kafé", "kafe", "fik", "städ", "disk", "kök", "butik", "kassa", "trädgård", "park", "odling",
  "häst", "hund", "djur", "stall", "skog", "bil", "verkstad", "cykel", "snickeri", "textil", "kontor", "bibliotek",
  "bok", "fastighet", "tvätt", "servering", "återvinning", "lokal", "vård", "arbete", "jobb", "dagis", "biträde",
];

/**
 * Heads that say "work" and nothing about which: a query "lagerjobb" means lager. Only the query side drops them;
 * a document's "lagerarbete" keeps both parts.
 */
const GENERIC_HEADS = new Set(["jobb", "jobbet", "arbete", "arbeten", "arbetet", "plats", "platser", "uppgifter", "sysslor"]);

const MIN_PART_LENGTH = 3;
const MIN_COMPOUND_LENGTH = 6;

let partWords: ReadonlySet<string> | undefined;

/**
 * Words that may be part of a compound: the Hunspell word list's words flagged as compound beginnings or ends (X, Y
 * in its .aff), three letters or more, plus ours. Read on first use (about 77,000 words, measured in 0017).
 */
export function compoundPartWords(): ReadonlySet<string> {
  if (partWords === undefined) {
    const dictionary = join(dirname(createRequire(import.meta.url).resolve("dictionary-sv")), "index.dic");
    const words = new Set<string>(DOMAIN_PARTS.map(normalizeWord));
    for (const line of readFileSync(dictionary, "utf8").split("\n")) {
      const slash = line.indexOf("/");
      if (slash < MIN_PART_LENGTH) continue;
      const flags = line.slice(slash + 1);
      if (!flags.includes("X") && !flags.includes("Y")) continue;
      const word = line.slice(0, slash);
      if (/^[a-zåäöé]+$/.test(word)) words.add(normalizeWord(word));
    }
    partWords = words;
  }
  return partWords;
}

/**
 * The known parts of a compound, fewest parts first, each at least three letters; a linking "s" may follow a part
 * ("trädgårds|arbete") and the last part may be inflected ("återvinnings|centralen"). Empty when the word is not a compound of known words.
 */
export function splitCompound(word: string): string[] {
  if (word.length < MIN_COMPOUND_LENGTH) return [];
  const known = compoundPartWords();
  // best[i]: the best split of word.slice(i), as parts, or null when none.
  const best: (string[] | null)[] = new Array(word.length + 1).fill(null);
  best[word.length] = [];
  for (let start = word.length - MIN_PART_LENGTH; start >= 0; start--) {
    let chosen: string[] | null = null;
    // The whole word is no split of itself, known or not.
    for (let end = start === 0 ? word.length - MIN_PART_LENGTH : word.length; end >= start + MIN_PART_LENGTH; end--) {
      const part = word.slice(start, end);
      // The last part may be inflected: "återvinnings|centralen" (central).
      if (!known.has(part) && !(end === word.length && known.has(stemKey(part)))) continue;
      for (const next of end < word.length && word[end] === "s" ? [end, end + 1] : [end]) {
        const rest = best[next];
        if (rest === null || rest === undefined) continue;
        const candidate = [part, ...rest];
        if (chosen === null || candidate.length < chosen.length) chosen = candidate;
      }
    }
    best[start] = chosen;
  }
  const parts = best[0];
  return parts === null || parts === undefined || parts.length < 2 ? [] : parts;
}

// ---- analysis

export interface PartAnalysis {
  /** Normalised form. */
  norm: string;
  key: string;
  /** foldSwedish(key) for words of MIN_FOLDED_LENGTH letters or more, else null. */
  folded: string | null;
  /** foldSwedish(norm): one folded word may begin another ("hastar", "hästarna"). */
  foldedNorm: string;
}

export interface WordAnalysis extends PartAnalysis {
  /** Compound parts; empty when the word is not a compound. */
  parts: readonly PartAnalysis[];
  /** For a query word: the key without a generic head ("lagerjobb" → the key of "lager"); else `key`. */
  queryKey: string;
}

function analysePart(norm: string): PartAnalysis {
  const key = stemKey(norm);
  const foldedNorm = foldSwedish(norm);
  return { norm, key, folded: norm.length >= MIN_FOLDED_LENGTH ? foldSwedish(key) : null, foldedNorm };
}

/** The analysis of one normalised word, cached. */
export const analyseWord: (norm: string) => WordAnalysis = memoized(WORD_MEMO_LIMIT, (norm) => {
  const parts = splitCompound(norm).map(analysePart);
  const head = parts.at(-1);
  const modifier = head !== undefined && GENERIC_HEADS.has(head.norm) ? norm.slice(0, norm.length - head.norm.length).replace(/s$/, "") : null;
  // Written out, not spread: one hidden class for every analysis (see lazyResponse in embedded.ts).
  const { key, folded, foldedNorm } = analysePart(norm);
  return { norm, key, folded, foldedNorm, parts, queryKey: modifier ? stemKey(modifier) : stemKey(norm) };
});

/**
 * The analysed terms of a text, for a search engine with no Swedish stemmer of its own (Meilisearch): every word's
 * key and folded key, and the same for its compound parts, in order of first appearance. Meilisearch cannot tell a
 * folded match from a stem match; docs/decisions/0017 lists where it differs from the embedded engine.
 */
export function analysedTerms(texts: readonly (string | null | undefined)[]): string[] {
  const terms = new Set<string>();
  const add = (analysis: PartAnalysis) => {
    terms.add(analysis.key);
    // Only folded keys longer than any short query word: "stad" must not meet the folded key of "städ".
    if (analysis.folded !== null && analysis.folded.length >= MIN_FOLDED_LENGTH) terms.add(analysis.folded);
  };
  for (const text of texts) {
    if (!text) continue;
    for (const norm of tokenize(text)) {
      const analysis = analyseWord(norm);
      add(analysis);
      analysis.parts.forEach(add);
    }
  }
  return [...terms];
}

/** A query as analysed terms: the words Meilisearch is sent, to meet the documents' analysed terms. */
export function analysedQuery(q: string): string {
  return tokenize(q)
    .map((norm) => analyseWord(norm).queryKey)
    .join(" ");
}

// ---- a participant's own words

/**
 * Words a participant's own description of their interests uses to say how much or whether, never what: liking and
 * wanting ("tycker om", "gillar", "vill gärna"), trying and doing ("prova", "göra"), work as such ("jobba med
 * händerna": every placement is work) and degree or frequency ("ofta", "mycket", "särskilt"). Compared by stem, so
 * every inflection goes. Function words are the search's stop words already (search/placements.ts).
 */
const FREE_TEXT_FILLER_WORDS = [
  "tycker", "gillar", "älskar", "vill", "gärna", "helst", "önskar", "drömmer", "intresserad", "prova", "testa",
  "göra", "gjort", "jobba", "jobb", "arbeta", "arbete", "ofta", "kanske", "mest", "lite", "också", "särskilt",
  "speciellt", "bra", "kul", "roligt", "mår", "trivs", "känner", "brukar", "kunna", "ska", "får", "måste",
  "alltid", "ibland", "aldrig", "redan", "mer", "väldigt", "hemma", "se", "bryr", "lära",
];
const FILLER_STEMS: ReadonlySet<string> = new Set(FREE_TEXT_FILLER_WORDS.map((word) => stemKey(normalizeWord(word))));

/**
 * The words of a participant's free-text description of their interests that can name an interest: each is matched
 * against the placements on its own, and a reason quotes it ("Intresset hästar finns i platsen"), so "Tycker mycket
 * om djur, särskilt hundar" gives djur and hundar, not tycker or särskilt.
 */
export function freeTextInterests(text: string): string[] {
  return tokenize(text).filter((word) => !FILLER_STEMS.has(stemKey(word)));
}

/**
 * A participant's interests: the tags as written, then the free text's words (freeTextInterests) that name something
 * no tag and no earlier word already names, by stem. "Bakar" beside the tag "baka", or "folk" beside "träffa folk",
 * would count twice in the score and be quoted twice in the reasons.
 */
export function participantInterests(tags: readonly string[], freeText: string): string[] {
  const named = new Set(tags.flatMap((tag) => tokenize(tag).map(stemKey)));
  const fromText = freeTextInterests(freeText).filter((word) => {
    const stem = stemKey(word);
    if (named.has(stem)) return false;
    named.add(stem);
    return true;
  });
  return [...new Set([...tags, ...fromText])];
}
