/**
 * Numbers filed by word, looked up by a span of a longer text: an index build meets a few thousand distinct words
 * millions of times, and cutting each out of its text to ask a `Map` cost a string, its hash and its garbage per word
 * (a quarter of a 100,000-placement build). Open addressing with linear probing over the hash `forEachWordSpan` gives;
 * a span is compared unit by unit with the word filed, so equal hashes never mix two words up.
 */
import { hashWordUnit, WORD_HASH_SEED } from "./swedish.ts";

/** What `get` answers for a word not filed. */
export const NOT_FILED = -0x80000000;

export class WordSpanTable {
  #words: (string | undefined)[] = new Array(1024).fill(undefined);
  #hashes = new Int32Array(1024);
  #values = new Int32Array(1024);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** The number filed for `text[start, end)`, whose hash is `hash`, or NOT_FILED. */
  get(text: string, start: number, end: number, hash: number): number {
    const mask = this.#words.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const word = this.#words[at];
      if (word === undefined) return NOT_FILED;
      if (this.#hashes[at] === hash && word.length === end - start && spanEquals(word, text, start)) return this.#values[at]!;
    }
  }

  /** Files `value` for `word`, or refiles it. */
  set(word: string, value: number): void {
    if ((this.#size + 1) * 2 > this.#words.length) this.#grow();
    this.#put(word, wordHash(word), value);
  }

  #put(word: string, hash: number, value: number): void {
    const mask = this.#words.length - 1;
    let at = hash & mask;
    for (; this.#words[at] !== undefined; at = (at + 1) & mask) {
      if (this.#words[at] === word) {
        this.#values[at] = value;
        return;
      }
    }
    this.#words[at] = word;
    this.#hashes[at] = hash;
    this.#values[at] = value;
    this.#size++;
  }

  /** Twice the room, each word refiled under the hash it was filed with. */
  #grow(): void {
    const [words, hashes, values] = [this.#words, this.#hashes, this.#values];
    this.#words = new Array(words.length * 2).fill(undefined);
    this.#hashes = new Int32Array(words.length * 2);
    this.#values = new Int32Array(words.length * 2);
    this.#size = 0;
    words.forEach((word, at) => {
      if (word !== undefined) this.#put(word, hashes[at]!, values[at]!);
    });
  }
}

/** The hash `forEachWordSpan` gives a span holding `word`. */
export function wordHash(word: string): number {
  let hash = WORD_HASH_SEED;
  for (let at = 0; at < word.length; at++) hash = hashWordUnit(hash, word.charCodeAt(at));
  return hash;
}

function spanEquals(word: string, text: string, start: number): boolean {
  for (let at = 0; at < word.length; at++) if (word.charCodeAt(at) !== text.charCodeAt(start + at)) return false;
  return true;
}
