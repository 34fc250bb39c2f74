import { describe, expect, it } from 'vitest';
import { parseNumberWords } from './number-words.js';

const values = (text: string, lang: 'id' | 'en') =>
  parseNumberWords(text.split(/[\s-]+/).filter((t) => t !== 'and'), lang).map((n) => n.value);

describe('parseNumberWords', () => {
  it.each([
    ['dua', [2]],
    ['sepuluh', [10]],
    ['sebelas', [11]],
    ['dua belas', [12]],
    ['dua puluh lima', [25]],
    ['seratus dua puluh', [120]],
    ['tiga ratus ribu', [300_000]],
    ['seribu', [1000]],
    ['dua juta lima ratus ribu', [2_500_000]],
    ['setengah juta', [500_000]],
    ['dua tiga', [2, 3]],
    ['dua belas tiga', [12, 3]],
    ['lima seribu', [5, 1000]],
    ['dua puluh sebelas', [20, 11]],
    ['sepuluh dua', [10, 2]],
  ] as const)('reads Indonesian %j', (text, expected) => {
    expect(values(text, 'id')).toEqual(expected);
  });

  it.each([
    ['two', [2]],
    ['twelve', [12]],
    ['twenty-five', [25]],
    ['one hundred and five', [105]],
    ['a hundred', [100]],
    ['a hundred thousand', [100_000]],
    ['two million five hundred thousand', [2_500_000]],
    ['half a million', [500_000]],
    ['one two', [1, 2]],
    ['twenty twelve', [20, 12]],
  ] as const)('reads English %j', (text, expected) => {
    expect(values(text, 'en')).toEqual(expected);
  });
});
