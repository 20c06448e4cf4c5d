import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intersectionWithWords, sparseWords } from "../../search/bitset.ts";

const words = (length: number) => fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffffffff })), { minLength: length, maxLength: length });

describe("intersectionWithWords", () => {
  it("gives a ∧ b and its non-zero words, as intersecting and then sparseWords would (b may be the shorter)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }).chain((length) => fc.tuple(words(length), fc.integer({ min: 0, max: length }).chain((short) => words(short)))),
        ([a, b]) => {
          const left = Uint32Array.from(a);
          const right = Uint32Array.from(b);
          const expected = left.map((word, i) => word & (right[i] ?? 0));
          const { bits, words: listed } = intersectionWithWords(left, right);
          expect([...bits]).toEqual([...expected]);
          const spelledOut = sparseWords(expected);
          expect(listed === undefined ? undefined : [...listed]).toEqual(spelledOut === undefined ? undefined : [...spelledOut]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
