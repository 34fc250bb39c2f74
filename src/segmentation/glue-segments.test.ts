import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glueSegments } from './glue-segments.js';
import { normaliseArticle } from './normalise-article.js';
import { segmentArticle } from './segment-article.js';

const SAMPLE = readFileSync(new URL('../../data/samples/egindo-lavrov-wang-yi.txt', import.meta.url), 'utf8');

function roundTrip(text: string): string {
  const parts = segmentArticle(text).map((s) => ({ paragraph: s.paragraph, text: s.source, glueAfter: s.glueAfter }));
  return glueSegments(parts);
}

/** Small deterministic PRNG (mulberry32) so the generated inputs are the same on every run. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Budi', 'datang', 'Dr.', 'Jl.', 'No.', 'dll.', 'S.H.', 'B.', 'PT.', 'Tbk.', '(BBNI)', '1.500.000,50', '14.30',
  'WIB.', 'kata', 'dia.', '“Kami', 'siap,”', 'siap.”', '?!', '…', '...', 'Baca Juga :', 'Bagikan :', 'Sumber : CNA/SL',
  'JAKARTA, KOMPAS.com -', 'Rusia dan China', 'Harga', 'naik?', '(Vladimir)', 'Putin.', '.', 'x', 'Ia', 'www.kemlu.go.id.',
];
const GAPS = [' ', ' ', ' ', '  ', '\t', '\u00a0', ' \u00a0', '\n', '\r\n', '\r', '\n\n', '\r\n \r\n', '\u2009', ''];

function randomArticle(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const length = Math.floor(random() * 60);
  let text = random() < 0.3 ? pick(GAPS) : '';
  for (let index = 0; index < length; index += 1) text += pick(PIECES) + pick(GAPS);
  return text;
}

describe('glueSegments', () => {
  it('joins segments of a paragraph with their glue and paragraphs with a blank line', () => {
    const parts = [
      { paragraph: 0, text: 'Judul', glueAfter: '' },
      { paragraph: 1, text: 'Ia datang.', glueAfter: ' ' },
      { paragraph: 1, text: 'Ia pergi.', glueAfter: '' },
    ];
    expect(glueSegments(parts)).toBe('Judul\n\nIa datang. Ia pergi.');
  });

  it('drops the glue after the last segment of a paragraph', () => {
    expect(glueSegments([{ paragraph: 3, text: 'He came.', glueAfter: ' ' }])).toBe('He came.');
  });

  it('returns an empty string for no segments', () => {
    expect(glueSegments([])).toBe('');
  });
});

describe('normaliseArticle', () => {
  it('trims lines, collapses spaces, tabs and NBSP, drops empty lines and joins with a blank line', () => {
    expect(normaliseArticle(' Satu\u00a0 dua\t\ttiga \r\n\r\n\r\nEmpat\rLima\n')).toBe('Satu dua tiga\n\nEmpat\n\nLima');
  });
});

describe('round trip: glueSegments(segmentArticle(text)) equals normaliseArticle(text)', () => {
  it.each([
    ['the EGINDO sample', SAMPLE],
    ['the sample with CRLF line endings', SAMPLE.replace(/\n/gu, '\r\n')],
    ['the sample with CR line endings', SAMPLE.replace(/\n/gu, '\r')],
    ['the sample with tabs and NBSP between words', SAMPLE.replace(/ /gu, ' \t\u00a0')],
    ['empty input', ''],
    ['blank input', '\r\n \t\u00a0\n'],
    ['one word', 'Halo'],
  ])('holds for %s', (_name, text) => {
    expect(roundTrip(text)).toBe(normaliseArticle(text));
  });

  it('gives an empty string for empty input', () => {
    expect(roundTrip('')).toBe('');
  });

  it('holds for 500 generated articles mixing abbreviations, quotes, boilerplate and odd whitespace', () => {
    const random = randomSource(20240409);
    for (let run = 0; run < 500; run += 1) {
      const text = randomArticle(random);
      expect(roundTrip(text), JSON.stringify(text)).toBe(normaliseArticle(text));
    }
  });
});
