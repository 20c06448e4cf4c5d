/**
 * Bitsets over document slots (bit `slot % 32` of word `slot >> 5`) for the embedded engine. Bitsets returned by
 * these functions are fresh and, by convention, never mutated afterwards, so filter results can be shared.
 */

export const wordsFor = (slots: number): number => (slots + 31) >>> 5;

export const hasBit = (bits: Uint32Array, slot: number): boolean => ((bits[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;

export function setBit(bits: Uint32Array, slot: number): void {
  bits[slot >>> 5]! |= 1 << (slot & 31);
}

export function clearBit(bits: Uint32Array, slot: number): void {
  bits[slot >>> 5]! &= ~(1 << (slot & 31));
}

/** target &= source */
export function andInto(target: Uint32Array, source: Uint32Array): void {
  for (let i = 0; i < target.length; i++) target[i]! &= source[i] ?? 0;
}

/** `andInto` at the listed words only (all when undefined): the caller knows the other words of `target` are zero. */
export function andIntoAt(target: Uint32Array, source: Uint32Array, words: Int32Array | undefined): void {
  if (words === undefined) return andInto(target, source);
  for (let k = 0; k < words.length; k++) target[words[k]!]! &= source[words[k]!] ?? 0;
}

export function andNot(a: Uint32Array, b: Uint32Array): Uint32Array {
  const result = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) result[i] = a[i]! & ~(b[i] ?? 0);
  return result;
}

export function orInto(target: Uint32Array, source: Uint32Array): void {
  const n = Math.min(target.length, source.length);
  for (let i = 0; i < n; i++) target[i]! |= source[i]!;
}

/** target |= (source ∧ within), as `Posting.unionWithinInto` for a bitset. */
export function orWithinInto(target: Uint32Array, source: Uint32Array, within: Uint32Array): void {
  for (let i = 0; i < target.length; i++) target[i]! |= (source[i] ?? 0) & within[i]!;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many slots are set. `words`, when given, lists the only words that may be non-zero (`sparseWords`). */
export function countBits(bits: Uint32Array, words?: Int32Array): number {
  let count = 0;
  if (words !== undefined) {
    for (let k = 0; k < words.length; k++) count += popcount32(bits[words[k]!]!);
    return count;
  }
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) count += popcount32(bits[i]!);
  return count;
}

/** Scratch for `intersectionWithWords`: the non-zero word indexes as they are found. */
let foundWords = new Int32Array(0);

/**
 * a ∧ b as a new bitset, with its `sparseWords`, in one pass over both: a filter's first narrowing reads the whole
 * index once, not once to intersect and again to list what is left.
 */
export function intersectionWithWords(a: Uint32Array, b: Uint32Array): { bits: Uint32Array; words: Int32Array | undefined } {
  const bits = new Uint32Array(a.length);
  if (foundWords.length < a.length) foundWords = new Int32Array(a.length);
  const found = foundWords;
  const n = Math.min(a.length, b.length);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i]! & b[i]!;
    if (x === 0) continue;
    bits[i] = x;
    found[count++] = i;
  }
  return { bits, words: tooManyToList(count, a.length) ? undefined : found.slice(0, count) };
}

/** Whether `nonZero` words of `length` are past the quarter that `sparseWords` still lists. */
const tooManyToList = (nonZero: number, length: number): boolean => (nonZero - 1) * 4 >= length;

/** The indexes of the non-zero words of `bits`, ascending, or undefined when more than a quarter are non-zero. */
export function sparseWords(bits: Uint32Array): Int32Array | undefined {
  // Counted first, then filled: a growing array of numbers per call was garbage for every match.
  let count = 0;
  for (let i = 0; i < bits.length; i++) {
    if (bits[i] === 0) continue;
    if (tooManyToList(++count, bits.length)) return undefined;
  }
  const words = new Int32Array(count);
  for (let i = 0, at = 0; at < count; i++) if (bits[i] !== 0) words[at++] = i;
  return words;
}

/** Calls `visit` for every set slot in ascending order; `words` as in `countBits`. */
export function forEachSlot(bits: Uint32Array, visit: (slot: number) => void, words?: Int32Array): void {
  const n = words?.length ?? bits.length;
  for (let k = 0; k < n; k++) {
    const word = words === undefined ? k : words[k]!;
    let x = bits[word]!;
    while (x !== 0) {
      const lowest = x & -x;
      visit((word << 5) + 31 - Math.clz32(lowest));
      x ^= lowest;
    }
  }
}

/** New bitset of `words` words holding the slots of `within` that pass `test`. */
export function selectSlots(within: Uint32Array, test: (slot: number) => boolean): Uint32Array {
  const result = new Uint32Array(within.length);
  forEachSlot(within, (slot) => {
    if (test(slot)) setBit(result, slot);
  });
  return result;
}

/**
 * The documents holding one (field, value). A slot list while the value is rare, a bitset once the list would
 * outweigh it: 100,000 distinct organisation ids must not cost 100,000 bitsets.
 */
export class Posting {
  #slots: number[] = [];
  #bits: Uint32Array | null = null;
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** How many entries `forEachWithin` reads: the list's slots, or the words of `within` it reads (at most `words`). */
  walkCost(words: number): number {
    return this.#bits === null ? this.#slots.length : words;
  }

  add(slot: number, capacityWords: number): void {
    this.#size++;
    if (this.#bits === null && this.#slots.length >= capacityWords) this.#promote(capacityWords);
    if (this.#bits === null) {
      this.#slots.push(slot);
      return;
    }
    if (this.#bits.length <= slot >>> 5) this.#bits = grow(this.#bits, capacityWords);
    setBit(this.#bits, slot);
  }

  delete(slot: number): void {
    this.#size--;
    if (this.#bits !== null) {
      clearBit(this.#bits, slot);
      return;
    }
    const at = this.#slots.indexOf(slot);
    this.#slots[at] = this.#slots[this.#slots.length - 1]!;
    this.#slots.pop();
  }

  /** Slots in both this posting and `within`, as a new bitset shaped like `within`. */
  intersect(within: Uint32Array): Uint32Array {
    const result = new Uint32Array(within.length);
    this.unionWithinInto(result, within);
    return result;
  }

  /** target |= (this ∧ within) */
  unionWithinInto(target: Uint32Array, within: Uint32Array): void {
    if (this.#bits === null) {
      for (const slot of this.#slots) if (hasBit(within, slot)) setBit(target, slot);
      return;
    }
    const n = Math.min(target.length, this.#bits.length);
    for (let i = 0; i < n; i++) target[i]! |= this.#bits[i]! & within[i]!;
  }

  /**
   * Calls `visit` for each slot in both this posting and `within` (in ascending order once a bitset). `withinWords`,
   * when given, lists the indexes of `within`'s non-zero words, ascending: a sparse filter is read there only.
   */
  forEachWithin(within: Uint32Array, visit: (slot: number) => void, withinWords?: Int32Array): void {
    if (this.#bits === null) {
      for (const slot of this.#slots) if (hasBit(within, slot)) visit(slot);
      return;
    }
    const n = withinWords?.length ?? Math.min(within.length, this.#bits.length);
    for (let k = 0; k < n; k++) {
      const i = withinWords === undefined ? k : withinWords[k]!;
      let x = (this.#bits[i] ?? 0) & within[i]!;
      while (x !== 0) {
        const lowest = x & -x;
        visit((i << 5) + 31 - Math.clz32(lowest));
        x ^= lowest;
      }
    }
  }

  countWithin(within: Uint32Array): number {
    if (this.#bits === null) return this.#slots.reduce((count, slot) => count + (hasBit(within, slot) ? 1 : 0), 0);
    let count = 0;
    const n = Math.min(within.length, this.#bits.length);
    for (let i = 0; i < n; i++) {
      const x = this.#bits[i]! & within[i]!;
      if (x !== 0) count += popcount32(x);
    }
    return count;
  }

  #promote(capacityWords: number): void {
    this.#bits = new Uint32Array(capacityWords);
    for (const slot of this.#slots) setBit(this.#bits, slot);
    this.#slots = [];
  }
}

function grow(bits: Uint32Array, words: number): Uint32Array {
  const grown = new Uint32Array(words);
  grown.set(bits);
  return grown;
}
