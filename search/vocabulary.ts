/**
 * An index's vocabulary of distinct words, with lookups from everything a query word can meet an indexed word by
 * (text.ts's `matchCost`): the word itself and the words it begins, stem and part keys, synonym keys, folded keys and
 * folded forms, and — for typos — buckets by first letter and by length. A query word's expansion is `matchCost` over
 * the candidates these lookups give, which are a superset of the words it matches: the same answer as `matchCost`
 * over every word (tests/search/vocabulary.test.ts compares the two), without reading the whole vocabulary.
 * Expansions are cached per query word and extended, not dropped, when the vocabulary grows.
 */
import { matchCost, type QueryWord } from "./text.ts";
import { analyseWord, MIN_FOLDED_LENGTH, type WordAnalysis } from "./swedish.ts";

/** [term id, match cost] pairs. */
export type Expansion = readonly (readonly [termId: number, cost: number])[];

const EXPANSION_CACHE_LIMIT = 2_000;

/** Strings kept sorted lazily (sorted on the first lookup after a change), each with the term id it came from. */
class PrefixList {
  #entries: [string, number][] = [];
  #sorted = true;

  add(text: string, termId: number): void {
    this.#entries.push([text, termId]);
    this.#sorted = false;
  }

  /** Term ids of the entries that begin with `prefix` (an empty prefix is no lookup). */
  collect(prefix: string, into: Set<number>): void {
    if (prefix === "") return;
    if (!this.#sorted) {
      this.#entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      this.#sorted = true;
    }
    let low = 0;
    let high = this.#entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#entries[middle]![0] < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.#entries.length && this.#entries[i]![0].startsWith(prefix); i++) into.add(this.#entries[i]![1]);
  }
}

function push<K>(map: Map<K, number[]>, key: K, termId: number): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, [termId]);
  else if (ids[ids.length - 1] !== termId) ids.push(termId);
}

function collect<K>(map: ReadonlyMap<K, readonly number[]>, key: K, into: Set<number>): void {
  for (const termId of map.get(key) ?? []) into.add(termId);
}

export class Vocabulary {
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #analyses: WordAnalysis[] = [];
  /** Stem keys of the words and of their compound parts. */
  readonly #byKey = new Map<string, number[]>();
  /** Folded keys (words of five letters or more) of the words and their parts. */
  readonly #byFolded = new Map<string, number[]>();
  /** Folded forms of the words and their parts. */
  readonly #byFoldedNorm = new Map<string, number[]>();
  /** Words and parts by first letter: one-typo matches keep it. */
  readonly #byFirstChar = new Map<number, number[]>();
  /** Words and parts by length: a first-letter typo (two-typo words only) allows one edit. */
  readonly #byLength = new Map<number, number[]>();
  readonly #norms = new PrefixList();
  /** Each word without its first letter: a misspelt first letter of a word the query word begins. */
  readonly #tails = new PrefixList();
  readonly #foldedNorms = new PrefixList();
  readonly #expansions = new Map<string, { expansion: [number, number][]; vocabularySize: number }>();

  get size(): number {
    return this.#terms.length;
  }

  idOf(term: string): number | undefined {
    return this.#ids.get(term);
  }

  termOf(termId: number): string {
    return this.#terms[termId]!;
  }

  /** The word's id, adding it (and its lookups) when new. */
  add(term: string): number {
    let termId = this.#ids.get(term);
    if (termId !== undefined) return termId;
    termId = this.#terms.length;
    const analysis = analyseWord(term);
    this.#ids.set(term, termId);
    this.#terms.push(term);
    this.#analyses.push(analysis);
    this.#norms.add(term, termId);
    this.#tails.add(term.slice(1), termId);
    for (const part of [analysis, ...analysis.parts]) {
      push(this.#byKey, part.key, termId);
      if (part.folded !== null) push(this.#byFolded, part.folded, termId);
      push(this.#byFoldedNorm, part.foldedNorm, termId);
      this.#foldedNorms.add(part.foldedNorm, termId);
      push(this.#byFirstChar, part.norm.charCodeAt(0), termId);
      push(this.#byLength, part.norm.length, termId);
    }
    return termId;
  }

  /**
   * The words a query word matches, with their costs: cached per query word (and rules, through the word's memo),
   * extended with the words added since.
   */
  expand(word: QueryWord): Expansion {
    const key = `${word.text}|${word.prefix}`;
    let cached = this.#expansions.get(key);
    if (cached === undefined) {
      if (this.#expansions.size >= EXPANSION_CACHE_LIMIT) this.#expansions.clear();
      cached = { expansion: this.#lookUp(word), vocabularySize: this.#terms.length };
      this.#expansions.set(key, cached);
    }
    for (let termId = cached.vocabularySize; termId < this.#terms.length; termId++) {
      const cost = matchCost(word, this.#terms[termId]!, this.#analyses[termId]!);
      if (cost >= 0) cached.expansion.push([termId, cost]);
    }
    cached.vocabularySize = this.#terms.length;
    return cached.expansion;
  }

  /** `matchCost` over every word: the reference `expand` is tested against. */
  scan(word: QueryWord): [number, number][] {
    const found: [number, number][] = [];
    this.#terms.forEach((term, termId) => {
      const cost = matchCost(word, term, this.#analyses[termId]!);
      if (cost >= 0) found.push([termId, cost]);
    });
    return found;
  }

  #lookUp(word: QueryWord): [number, number][] {
    const candidates = this.#candidates(word);
    const found: [number, number][] = [];
    for (const termId of [...candidates].sort((a, b) => a - b)) {
      const cost = matchCost(word, this.#terms[termId]!, this.#analyses[termId]!);
      if (cost >= 0) found.push([termId, cost]);
    }
    return found;
  }

  /** Every word `matchCost` can accept for this query word (and some it rejects), case by case in its order. */
  #candidates(word: QueryWord): Set<number> {
    const found = new Set<number>();
    const typed = word.text;
    // Exact, and the words the last query word begins.
    const exact = this.#ids.get(typed);
    if (exact !== undefined) found.add(exact);
    if (word.prefix) this.#norms.collect(typed, found);
    // Same stem key, a part's key, a synonym's key, a folded synonym's key.
    collect(this.#byKey, word.key, found);
    for (const synonym of word.synonyms) collect(this.#byKey, synonym, found);
    for (const synonym of word.foldedSynonyms) collect(this.#byKey, synonym, found);
    if (word.maxTypos === 0) return found;
    // Folded: the same folded key, or one folded form beginning the other (five letters or more).
    collect(this.#byFolded, word.foldedKey, found);
    const typedFolded = word.analysis.foldedNorm;
    if (typedFolded.length >= MIN_FOLDED_LENGTH) this.#foldedNorms.collect(typedFolded, found);
    for (let length = MIN_FOLDED_LENGTH; length <= typedFolded.length; length++) {
      collect(this.#byFoldedNorm, typedFolded.slice(0, length), found);
    }
    // Typos keeping the first letter: words and parts with that letter, long enough.
    const shortest = typed.length - word.maxTypos;
    for (const termId of this.#byFirstChar.get(typed.charCodeAt(0)) ?? []) {
      if (this.#longestSurface(termId) >= shortest) found.add(termId);
    }
    if (word.maxTypos === 2) {
      // A misspelt first letter is one edit at the start: words and parts of about the same length, and for the
      // last query word, the words whose beginning is one first-letter edit from it.
      for (let length = typed.length - 1; length <= typed.length + 1; length++) collect(this.#byLength, length, found);
      if (word.prefix) {
        this.#norms.collect(typed.slice(1), found); // first letter dropped
        this.#norms.collect(typed[1]! + typed[0]! + typed.slice(2), found); // first two letters swapped
        this.#tails.collect(typed.slice(1), found); // first letter replaced
        this.#tails.collect(typed, found); // a letter added in front
      }
    }
    return found;
  }

  #longestSurface(termId: number): number {
    const analysis = this.#analyses[termId]!;
    let longest = analysis.norm.length;
    for (const part of analysis.parts) longest = Math.max(longest, part.norm.length);
    return longest;
  }
}
