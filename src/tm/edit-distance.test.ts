import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QueryMasks, myersDistance } from './bit-parallel.js';
import { boundedDistance, boundedLevenshtein, levenshtein } from './edit-distance.js';

const points = (text: string) => Array.from(text, (char) => char.codePointAt(0)!);
const distance = (a: string, b: string) => levenshtein(points(a), points(a).length, points(b), points(b).length);

/** Texts over a small alphabet (so that they share characters), with some non-ASCII and astral characters. */
const text = (maxLength: number) => fc.array(fc.constantFrom('a', 'n', 'g', ' ', 'é', '–', '😀'), { maxLength }).map((chars) => chars.join(''));

describe('levenshtein', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['menyatakan', 'dinyatakan', 2],
    ['Wang Yi.', 'Wang Yi di Beijing.', 11],
  ])('%j → %j is %i', (a, b, expected) => {
    expect(distance(a, b)).toBe(expected);
  });
});

describe('boundedLevenshtein', () => {
  it('is the distance when within the bound, else bound + 1', () => {
    fc.assert(
      fc.property(text(40), text(40), fc.nat(45), (a, b, maxEdits) => {
        const [left, right] = [points(a), points(b)];
        const exact = levenshtein(left, left.length, right, right.length);
        expect(boundedLevenshtein(left, left.length, right, right.length, maxEdits)).toBe(Math.min(exact, maxEdits + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a negative bound', () => {
    expect(() => boundedLevenshtein([1], 1, [1], 1, -1)).toThrow(RangeError);
  });
});

describe('myersDistance', () => {
  it('equals the table distance on one, two and several 32-character blocks', () => {
    fc.assert(
      fc.property(text(140), text(140), (a, b) => {
        const [left, right] = [points(a), points(b)];
        expect(myersDistance(new QueryMasks(left, left.length), right, right.length)).toBe(levenshtein(left, left.length, right, right.length));
      }),
      { numRuns: 1500 },
    );
  });

  it('handles a query of exactly 32 and 64 characters', () => {
    for (const size of [32, 64]) {
      const a = points('a'.repeat(size));
      const b = points(`${'a'.repeat(size - 3)}xyz`);
      expect(myersDistance(new QueryMasks(a, a.length), b, b.length)).toBe(3);
    }
  });
});

describe('boundedDistance', () => {
  it('agrees with the bounded table whichever method it picks', () => {
    fc.assert(
      fc.property(text(100), text(100), fc.nat(60), (a, b, maxEdits) => {
        const [left, right] = [points(a), points(b)];
        const expected = boundedLevenshtein(left, left.length, right, right.length, maxEdits);
        expect(boundedDistance(left, new QueryMasks(left, left.length), right, right.length, maxEdits)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
