import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_RUNS, htmlSoup, markdownSoup, randomCodeUnits, randomUnicode, returnsOrRefuses, soup } from '../../tests/support/hostile-input.js';
import { glueSegments } from './glue-segments.js';
import { normaliseArticle, splitParagraphs } from './normalise-article.js';
import { parseExceptionList } from './segmentation-options.js';
import { segmentArticle } from './segment-article.js';
import { splitSentences } from './split-sentences.js';

/** The characters sentence rules look at, in hostile amounts and orders. */
const punctuationSoup = soup(['.', '..', '...', '…', '?', '!', '?!', ',', ';', ':', '"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '«', '»',
  'Dr.', 'Jl.', 'dll.', 'a.n.', 'S.H.', 'A.', '1.500.000,50', '14.30', '9/4', 'Rp', 'Baca Juga:', 'JAKARTA,', 'KOMPAS.com -', 'Presiden',
  ' ', '  ', '\t', '\u00a0', '\u2009', '\u200b', '\u2028', '\u2029', '\n', '\r\n', '\r', '\n\n', '\u0000', '\uFEFF', '\uD800', '\uDC00', '😀', '\u0301'], 160);

const hostileText = fc.oneof(randomCodeUnits, randomUnicode, punctuationSoup, htmlSoup, markdownSoup);
const exceptions = fc.option(fc.string({ unit: 'binary', maxLength: 60 }).map(parseExceptionList), { nil: undefined });

describe('the segmenter on hostile text (fuzz)', () => {
  it('segments any text without an exception, and glues back to the normalised text', () => {
    fc.assert(fc.property(hostileText, exceptions, (text, doNotBreakAfter) => {
      const options = doNotBreakAfter === undefined ? undefined : { doNotBreakAfter };
      const segments = returnsOrRefuses(() => segmentArticle(text, options));
      expect(Array.isArray(segments)).toBe(true);
      const parts = (segments as ReturnType<typeof segmentArticle>).map((segment) => ({ paragraph: segment.paragraph, text: segment.source, glueAfter: segment.glueAfter }));
      expect(glueSegments(parts)).toBe(normaliseArticle(text));
    }), FUZZ_RUNS);
  });

  it('never loses a character of a paragraph, whatever the text', () => {
    fc.assert(fc.property(hostileText, (text) => {
      for (const paragraph of splitParagraphs(text)) {
        expect(splitSentences(paragraph).map((part) => part.text + part.glueAfter).join('')).toBe(paragraph);
      }
    }), FUZZ_RUNS);
  });

  it.each([
    ['a million dots', '.'.repeat(1_000_000)],
    ['300,000 abbreviations', 'Dr. '.repeat(300_000)],
    ['300,000 opening quotes', '“a '.repeat(300_000)],
    ['300,000 opening brackets', '(a '.repeat(300_000)],
    ['a 2 MB word', 'a'.repeat(2_000_000)],
    ['200,000 numbers', '1.500.000,50 '.repeat(200_000)],
    ['200,000 one-sentence paragraphs', 'Presiden tiba.\n'.repeat(200_000)],
  ])('segments %s in bounded time', (_name, text) => {
    returnsOrRefuses(() => segmentArticle(text));
  });
});
