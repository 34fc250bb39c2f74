import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normaliseSource, profileSimilarity, sourceSimilarity, sourceWords, toProfile, wordDistance, wordSimilarity,
} from './compare-sources.js';

describe('normaliseSource', () => {
  it('trims and collapses whitespace runs, tabs and line breaks included', () => {
    expect(normaliseSource('  Banjir   merendam\t2.400 rumah\n di Jakarta. ')).toBe('Banjir merendam 2.400 rumah di Jakarta.');
  });

  it('leaves case and punctuation alone', () => {
    expect(normaliseSource('“Kami siap,” kata Budi.')).toBe('“Kami siap,” kata Budi.');
  });
});

describe('sourceWords', () => {
  it('keeps amounts, decimals and reduplicated words whole', () => {
    expect(sourceWords('Harganya Rp 1.500.000,50 untuk anak-anak.')).toEqual(['harganya', 'rp', '1.500.000,50', 'untuk', 'anak-anak']);
  });

  it('drops quotes, brackets and dashes', () => {
    expect(sourceWords('Jakarta (ANTARA) - “Kami siap,” katanya.')).toEqual(['jakarta', 'antara', 'kami', 'siap', 'katanya']);
  });
});

describe('sourceSimilarity', () => {
  const sentence = 'Petugas juga membuka dapur umum di tiga lokasi pengungsian kemarin.';

  it.each([
    ['the same sentence', sentence, 1],
    ['a change of case and punctuation only', 'petugas juga membuka dapur umum di tiga lokasi pengungsian, kemarin', 1],
    ['one word of ten replaced', sentence.replace('tiga', 'empat'), 0.9],
    ['one word of ten deleted', sentence.replace(' juga', ''), 0.9],
    ['one word added to ten', sentence.replace('dapur', 'dapur darurat'), 1 - 1 / 11],
    ['an amount changed (one word)', sentence.replace('tiga', '3.500'), 0.9],
    ['half the words replaced', 'Petugas juga membuka dapur umum bagi para korban banjir tersebut.', 0.5],
    ['an unrelated sentence', 'Menurut BMKG, curah hujan tinggi diperkirakan berlangsung hingga akhir pekan.', 0],
    ['an empty source', '', 0],
  ])('scores %s', (_case, other, expected) => {
    expect(sourceSimilarity(sentence, other)).toBeCloseTo(expected, 10);
  });

  it('is symmetric', () => {
    const edited = 'Petugas membuka dua dapur umum di lokasi pengungsian.';
    expect(sourceSimilarity(sentence, edited)).toBe(sourceSimilarity(edited, sentence));
  });

  it('treats two sources without words as equal', () => {
    expect(sourceSimilarity('***', '—')).toBe(1);
  });
});

describe('wordDistance', () => {
  it.each([
    [['a', 'b', 'c'], ['a', 'b', 'c'], 0],
    [['a', 'b', 'c'], ['a', 'x', 'c'], 1],
    [['a', 'b', 'c'], ['b', 'c'], 1],
    [[], ['a', 'b'], 2],
    [['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'], 4],
  ])('counts %j → %j as %i word edits', (a, b, expected) => {
    expect(wordDistance(a, b)).toBe(expected);
  });

  it('stops at limit + 1 when the distance must exceed the limit', () => {
    expect(wordDistance(['a', 'b', 'c', 'd'], ['w', 'x', 'y', 'z'], 1)).toBe(2);
  });
});

describe('wordSimilarity', () => {
  it('is exact at the floor', () => {
    expect(wordSimilarity([1, 2, 3, 4], [1, 2, 8, 9], 0.5)).toBe(0.5);
  });

  it('gives 0 below the floor', () => {
    expect(wordSimilarity([1, 2, 3, 4], [1, 7, 8, 9], 0.5)).toBe(0);
  });
});

describe('shortcuts', () => {
  const words = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 12 });
  const floor = fc.constantFrom(0, 0.3, 0.5, 0.7, 0.9, 1);

  it('never changes a similarity at or above the floor, and gives 0 below it', () => {
    fc.assert(fc.property(words, words, floor, (a, b, bar) => {
      const exact = wordSimilarity(a, b);
      const expected = exact >= bar ? exact : 0;
      expect(wordSimilarity(a, b, bar)).toBe(expected);
      expect(profileSimilarity(toProfile(a), toProfile(b), bar)).toBe(expected);
    }));
  });
});
