import { describe, expect, it } from 'vitest';
import { segmentArticle } from './segment-article.js';
import { MAX_PROJECT_EXCEPTIONS, parseExceptionList } from './segmentation-options.js';
import { splitSentences } from './split-sentences.js';

const texts = (paragraph: string, doNotBreakAfter?: readonly string[]): string[] =>
  splitSentences(paragraph, doNotBreakAfter === undefined ? undefined : { doNotBreakAfter }).map((part) => part.text);

const KOMPOL = 'Kasus itu ditangani Kompol. Budi Santoso dari Polres Bogor.';

describe('parseExceptionList', () => {
  it.each([
    ['one entry per line', 'Kompol.\nGg.\r\nAKBP', ['Kompol.', 'Gg.', 'AKBP']],
    ['comma-separated entries', 'Kompol., Gg. ,Bag.', ['Kompol.', 'Gg.', 'Bag.']],
    ['lines and commas mixed, trimmed', '  Kompol. ,\n\t Gg.  \n', ['Kompol.', 'Gg.']],
    ['empty entries dropped', ',,\n\n , \n', []],
    ['duplicates dropped, first order kept', 'Gg.\nKompol.\nGg.', ['Gg.', 'Kompol.']],
    ['entries with spaces or other characters skipped', 'Kompol Pol.\nRp$\n(red.)\nGg.', ['Gg.']],
    ['entries of dots only skipped', '...\n.', []],
    ['entries longer than 30 characters skipped', `${'a'.repeat(31)}.\n${'b'.repeat(30)}`, ['b'.repeat(30)]],
    ['letters with diacritics and digits kept', 'Jl.Raya2\nKäpt.', ['Jl.Raya2', 'Käpt.']],
  ])('parses %s', (_case, text, expected) => {
    expect(parseExceptionList(text)).toEqual(expected);
  });

  it(`keeps at most ${MAX_PROJECT_EXCEPTIONS} entries`, () => {
    const text = Array.from({ length: MAX_PROJECT_EXCEPTIONS + 50 }, (_, index) => `Ab${index}.`).join('\n');
    const entries = parseExceptionList(text);
    expect(entries).toHaveLength(MAX_PROJECT_EXCEPTIONS);
    expect(entries.at(-1)).toBe(`Ab${MAX_PROJECT_EXCEPTIONS - 1}.`);
  });
});

describe('project exceptions (doNotBreakAfter)', () => {
  it('breaks after an unknown abbreviation without the option', () => {
    expect(texts(KOMPOL)).toHaveLength(2);
  });

  it.each([
    ['written with its dot', ['Kompol.']],
    ['written without its dot', ['Kompol']],
    ['with the first letter in the other case', ['kompol.']],
    ['among other entries', ['Gg.', 'AKBP.', 'Kompol.']],
  ])('does not break after "Kompol." %s', (_case, list) => {
    expect(texts(KOMPOL, list)).toEqual([KOMPOL]);
  });

  it('compares case-sensitively apart from the first letter', () => {
    expect(texts('Kasus itu ditangani KOMPOL. Budi datang.', ['Kompol.'])).toHaveLength(2);
  });

  it('overrides a built-in break rule ("dkk." before a capital)', () => {
    const paragraph = 'Penelitian Santoso dkk. Universitas Indonesia menerbitkannya.';
    expect(texts(paragraph)).toHaveLength(2);
    expect(texts(paragraph, ['dkk.'])).toEqual([paragraph]);
  });

  it('ignores malformed entries and entries past the limit', () => {
    const filler = Array.from({ length: MAX_PROJECT_EXCEPTIONS }, (_, index) => `Zz${index}`);
    expect(texts(KOMPOL, ['Kompol Pol.', '(Kompol.)'])).toHaveLength(2);
    expect(texts(KOMPOL, [...filler, 'Kompol.'])).toHaveLength(2);
  });

  it('behaves as without options for an empty list', () => {
    expect(texts(KOMPOL, [])).toEqual(texts(KOMPOL));
  });

  it('applies to every paragraph of segmentArticle', () => {
    const article = `Judul Berita\n\n${KOMPOL}\n\nWarga melapor ke Gg. Mawar. Kompol. Andi datang.`;
    const sources = segmentArticle(article, { doNotBreakAfter: ['Kompol.'] }).map((segment) => segment.source);
    expect(sources).toEqual(['Judul Berita', KOMPOL, 'Warga melapor ke Gg. Mawar.', 'Kompol. Andi datang.']);
  });

  it('keeps segmentArticle(text) unchanged for callers without options', () => {
    expect(segmentArticle(KOMPOL).map((segment) => segment.source)).toEqual([
      'Kasus itu ditangani Kompol.',
      'Budi Santoso dari Polres Bogor.',
    ]);
  });
});
