import { describe, expect, it } from 'vitest';
import { matchPercent, maxEditsFor, percentOf, scoreOf, similarity } from './similarity.js';

describe('similarity', () => {
  it.each([
    ['Menlu Rusia bertemu Wang Yi.', 'Menlu Rusia bertemu Wang Yi.', 1],
    ['Menlu Rusia bertemu Wang Yi.', 'menlu  rusia bertemu WANG YI.', 1],
    ['Menlu Rusia bertemu Wang Yi.', 'Menlu Rusia bertemu Wang Yi di Beijing.', 28 / 39],
    ['Menlu Rusia bertemu Wang Yi.', 'Menlu Rusia bertemu Wang Yi', 27 / 28],
    ['Harga beras naik 5 persen.', 'Harga beras naik 7 persen.', 25 / 26],
    ['Pemerintah menyatakan harga naik.', 'Pemerintah dinyatakan harga naik.', 31 / 33],
    ['', '', 1],
    ['', 'Baca Juga', 0],
  ])('%j ~ %j = %d', (a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected, 12);
    expect(similarity(b, a)).toBeCloseTo(expected, 12);
  });
});

describe('matchPercent', () => {
  it('is 100 only for identical normalised sources', () => {
    expect(matchPercent('Sumber : CNA/SL', 'sumber :  cna/sl')).toBe(100);
    const long = 'Rusia dan Tiongkok dalam beberapa tahun terakhir telah meningkatkan kerja sama ekonomi dan kontak diplomatik, dan kemitraan strategis mereka semakin erat sejak invasi ke Ukraina';
    expect(matchPercent(long, `${long}.`)).toBe(99);
  });

  it('rounds down, in integers: 7 of 10 is 70, not 69', () => {
    expect(percentOf(3, 10, 10)).toBe(70);
    expect(matchPercent('Menlu Rusia bertemu Wang Yi.', 'Menlu Rusia bertemu Wang Yi di Beijing.')).toBe(71);
  });
});

describe('maxEditsFor', () => {
  it.each([
    [0.7, 10, 3],
    [0.7, 100, 30],
    [0.7, 39, 11],
    [1, 50, 0],
    [0.95, 19, 0],
    [0.5, 0, 0],
  ])('at threshold %d and %i characters allows %i edits', (threshold, longer, expected) => {
    expect(maxEditsFor(threshold, longer)).toBe(expected);
    expect(scoreOf(expected, longer, longer)).toBeGreaterThanOrEqual(threshold);
    if (expected + 1 <= longer) expect(scoreOf(expected + 1, longer, longer)).toBeLessThan(threshold);
  });
});
