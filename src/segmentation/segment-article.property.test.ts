import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEADING_ABBREVIATIONS, TRAILING_ABBREVIATIONS } from './abbreviations.js';
import { glueSegments } from './glue-segments.js';
import { normaliseArticle, splitParagraphs } from './normalise-article.js';
import { segmentArticle } from './segment-article.js';
import { splitSentences } from './split-sentences.js';

const WORDS = [
  'Presiden', 'menteri', 'harga', 'beras', 'naik', 'kata', 'dia', 'Jakarta', 'Tiongkok', 'Rusia',
  'pada', 'hari', 'Selasa', 'Budi', 'yang', 'dan', 'iPhone', 'kuartal', 'I', 'II', 'abad', 'Dunia',
  'Wikipedia', 'org', 'Baca', 'Juga', 'Sumber', 'CNA/SL', 'EGINDO.co', 'JAKARTA,', 'KOMPAS.com',
];
const PUNCTUATION = ['.', ',', '?', '!', '?!', '…', '...', ':', ';', '-', '–', '|', '%', '/'];
const MARKS = ['“', '”', '"', '‘', '’', "'", '(', ')', '[', ']', '«', '»', '`'];
const GAPS = [' ', ' ', ' ', '  ', '\t', '\u00a0', ' \u00a0 ', '\u2009', '\n', '\r\n', '\r', '\n\n', '\r\n \r\n', ''];

/** "1.500.000,50" "2.904" "14.30" "9:6" "2024" */
const numberToken = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 3 }), fc.option(fc.integer({ min: 0, max: 99 })))
    .map(([head, groups, cents]) => `${head}${groups.map((group) => `.${String(group).padStart(3, '0')}`).join('')}${cents === null ? '' : `,${cents}`}`),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([hour, minute]) => `${hour}.${String(minute).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 30 })).map(([chapter, verse]) => `${chapter}:${verse}`),
);

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...LEADING_ABBREVIATIONS, ...TRAILING_ABBREVIATIONS) },
  { weight: 2, arbitrary: numberToken },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.constantFrom('A.', 'B.J.', 'S.', 'a.n.', 'c.q.', '1.', 'IV.') },
);

/** Tokens joined by gaps, and sometimes glued to the previous token (no gap). */
const article = fc.array(fc.tuple(token, fc.constantFrom(...GAPS)), { maxLength: 80 })
  .map((pieces) => pieces.map(([text, gap]) => text + gap).join(''));

const exceptionLists = fc.option(fc.array(fc.constantFrom('Kompol.', 'Gg', 'dkk.', 'I', 'Budi', 'kata.'), { maxLength: 4 }), { nil: undefined });

const RUNS = { numRuns: 400 };

describe('segmentation properties over generated Indonesian-like text', () => {
  it('never loses or reorders characters: each paragraph is its sentences joined with their glue', () => {
    fc.assert(
      fc.property(article, exceptionLists, (text, doNotBreakAfter) => {
        const options = doNotBreakAfter === undefined ? undefined : { doNotBreakAfter };
        for (const paragraph of splitParagraphs(text)) {
          const parts = splitSentences(paragraph, options);
          expect(parts.map((part) => part.text + part.glueAfter).join('')).toBe(paragraph);
        }
      }),
      RUNS,
    );
  });

  it('glue(segment(text)) equals normaliseArticle(text)', () => {
    fc.assert(
      fc.property(article, exceptionLists, (text, doNotBreakAfter) => {
        const options = doNotBreakAfter === undefined ? undefined : { doNotBreakAfter };
        const parts = segmentArticle(text, options).map((segment) => ({
          paragraph: segment.paragraph,
          text: segment.source,
          glueAfter: segment.glueAfter,
        }));
        expect(glueSegments(parts)).toBe(normaliseArticle(text));
      }),
      RUNS,
    );
  });

  it('gives trimmed, non-empty segments whose glue is one space inside a paragraph and empty at its end', () => {
    fc.assert(
      fc.property(article, (text) => {
        const segments = segmentArticle(text);
        segments.forEach((segment, index) => {
          expect(segment.source).not.toBe('');
          expect(segment.source.trim()).toBe(segment.source);
          const lastOfParagraph = segments[index + 1]?.paragraph !== segment.paragraph;
          expect(segment.glueAfter).toBe(lastOfParagraph ? '' : ' ');
        });
      }),
      RUNS,
    );
  });

  it('only ever removes breaks when project exceptions are added', () => {
    fc.assert(
      fc.property(article, fc.array(fc.constantFrom('Kompol.', 'dkk.', 'Budi', 'kata'), { minLength: 1, maxLength: 3 }), (text, doNotBreakAfter) => {
        for (const paragraph of splitParagraphs(text)) {
          expect(splitSentences(paragraph, { doNotBreakAfter }).length).toBeLessThanOrEqual(splitSentences(paragraph).length);
        }
      }),
      RUNS,
    );
  });
});
