import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editRatio, summariseEdits, wordEditDistance } from './edit-distance.js';

describe('wordEditDistance', () => {
  it.each<[string, string, number]>([
    ['', '', 0],
    ['The regent said', 'The regent said', 0],
    ['The regent said', '  The   regent\nsaid ', 0],
    ['', 'The regent said', 3],
    ['The regent said', '', 3],
    ['The bupati said', 'The regent said', 1],
    ['The regent said', 'The regent said today', 1],
    ['The regent said today', 'The regent said', 1],
    ['Police arrested him', 'He was arrested by police', 4],
    ['China will support Russia', 'China will support Russia.', 1],
    ['a b c d', 'd c b a', 4],
  ])('counts the word edits from "%s" to "%s" as %d', (a, b, distance) => {
    expect(wordEditDistance(a, b)).toBe(distance);
  });

  it('is case-sensitive, since a reviewer fixing capitals changed the text', () => {
    expect(wordEditDistance('jakarta police', 'Jakarta police')).toBe(1);
  });

  const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 }).map((list) => list.join(' '));

  it('is a metric: symmetric, zero only for equal texts, and bounded by the longer text', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const distance = wordEditDistance(a, b);
        expect(wordEditDistance(b, a)).toBe(distance);
        expect(distance === 0).toBe(a === b);
        expect(distance).toBeLessThanOrEqual(Math.max(a.split(' ').filter(Boolean).length, b.split(' ').filter(Boolean).length));
      }),
    );
  });

  it('obeys the triangle inequality', () => {
    fc.assert(
      fc.property(words, words, words, (a, b, c) => {
        expect(wordEditDistance(a, c)).toBeLessThanOrEqual(wordEditDistance(a, b) + wordEditDistance(b, c));
      }),
    );
  });
});

describe('editRatio', () => {
  it.each<[string, string, number]>([
    ['', '', 0],
    ['same words here', 'same words here', 0],
    ['one two three four', 'one two three five', 0.25],
    ['short', 'a much longer replacement', 1],
    ['', 'new text', 1],
  ])('rates "%s" → "%s" at %d', (a, b, ratio) => {
    expect(editRatio(a, b)).toBe(ratio);
  });
});

describe('summariseEdits', () => {
  it('returns nothing for no pairs', () => {
    expect(summariseEdits([])).toEqual([]);
  });

  it('totals words changed and averages ratios per author, sorted by author', () => {
    const stats = summariseEdits([
      { author: 'sari', before: 'one two three four', after: 'one two three five' },
      { author: 'budi', before: 'a b', after: 'a b' },
      { author: 'sari', before: 'short', after: 'long' },
      { author: 'sari', before: '', after: '' },
    ]);
    expect(stats).toEqual([
      { author: 'budi', segments: 1, wordsChanged: 0, averageRatio: 0 },
      { author: 'sari', segments: 3, wordsChanged: 2, averageRatio: (0.25 + 1 + 0) / 3 },
    ]);
  });

  it('treats author names as plain data, even "__proto__"', () => {
    expect(summariseEdits([{ author: '__proto__', before: 'a', after: 'b' }])).toEqual([
      { author: '__proto__', segments: 1, wordsChanged: 1, averageRatio: 1 },
    ]);
  });
});
