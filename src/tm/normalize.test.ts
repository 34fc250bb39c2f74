import { describe, expect, it } from 'vitest';
import { normalizeSource, toCodePoints } from './normalize.js';

describe('normalizeSource', () => {
  it.each([
    ['Menlu Rusia bertemu Wang Yi.', 'menlu rusia bertemu wang yi.'],
    ['  Menlu\u00a0Rusia\tbertemu\n\nWang Yi.  ', 'menlu rusia bertemu wang yi.'],
    ['Kerja\u00adsama', 'kerjasama'],
    ['kerja\u200bsama', 'kerjasama'],
    ['Cafe\u0301', 'café'],
    ['JAKARTA, EGINDO.co –', 'jakarta, egindo.co –'],
  ])('normalises %j to %j', (text, expected) => {
    expect(normalizeSource(text)).toBe(expected);
  });

  it('keeps punctuation, so that a changed comma still counts', () => {
    expect(normalizeSource('Harga naik, kata Budi.')).not.toBe(normalizeSource('Harga naik kata Budi.'));
  });

  it('gives canonically equivalent texts one form', () => {
    expect(normalizeSource('\u212bngstr\u00f6m')).toBe(normalizeSource('A\u030angstro\u0308m'));
  });
});

describe('toCodePoints', () => {
  it('reads surrogate pairs as one code point', () => {
    const { points, length } = toCodePoints('a😀b');
    expect(Array.from(points.subarray(0, length))).toEqual([0x61, 0x1f600, 0x62]);
  });

  it('reuses a buffer that is long enough', () => {
    const buffer = new Int32Array(32);
    expect(toCodePoints('abc', buffer).points).toBe(buffer);
  });
});
