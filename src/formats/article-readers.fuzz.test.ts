import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FUZZ_RUNS, htmlSoup, markdownSoup, nested, randomBytes, randomCodeUnits, randomUnicode, returnsOrRefuses,
} from '../../tests/support/hostile-input.js';
import { readHtmlArticle } from './html-article.js';
import { markdownToText } from './markdown-to-text.js';
import { readArticle, type ArticleFormat } from './read-article.js';

const FORMATS: ArticleFormat[] = ['txt', 'md', 'html', 'paste'];
const anyText = fc.oneof(randomCodeUnits, randomUnicode, htmlSoup, markdownSoup);

describe('the article readers on hostile input (fuzz)', () => {
  it('readArticle gives text or a typed refusal for any bytes or text in every format', () => {
    fc.assert(fc.property(fc.oneof(randomBytes.map((bytes) => Buffer.from(bytes)), anyText), fc.constantFrom(...FORMATS), (input, format) => {
      const article = returnsOrRefuses(() => readArticle(input, { format }));
      if ('text' in article) {
        expect(typeof article.text).toBe('string');
        expect(article.text.trim()).not.toBe('');
      }
    }), FUZZ_RUNS);
  });

  it('readHtmlArticle takes any tag soup', () => {
    fc.assert(fc.property(fc.oneof(htmlSoup, randomCodeUnits), (html) => {
      returnsOrRefuses(() => readHtmlArticle(html));
    }), FUZZ_RUNS);
  });

  it('markdownToText takes any Markdown-like text', () => {
    fc.assert(fc.property(fc.oneof(markdownSoup, randomCodeUnits), (markdown) => {
      returnsOrRefuses(() => markdownToText(markdown));
    }), FUZZ_RUNS);
  });

  it.each([
    ['divs nested 50,000 deep', `<html><body>${nested(50_000, 'div', '<p>Presiden tiba.</p>')}</body></html>`],
    ['50,000 unclosed paragraphs', `<body>${'<p>kata '.repeat(50_000)}`],
    ['a 2 MB attribute', `<body><p title="${'x'.repeat(2_000_000)}">Presiden tiba.</p></body>`],
    ['a script that never ends', `<body><p>Presiden tiba.</p><script>${'x<'.repeat(500_000)}`],
    ['a comment that never ends', `<body><p>Presiden tiba.</p><!--${'-'.repeat(500_000)}`],
    ['500,000 ampersands', `<body><p>${'&'.repeat(500_000)}</p></body>`],
    ['500,000 unfinished references', `<body><p>${'&#x'.repeat(500_000)}</p></body>`],
  ])('reads HTML with %s in bounded time', (_name, html) => {
    returnsOrRefuses(() => readArticle(html, { format: 'html' }));
  });

  it.each([
    ['200,000 nested quotes', `${'> '.repeat(200_000)}kata`],
    ['500,000 backticks', '`'.repeat(500_000)],
    ['unclosed brackets and link targets', '['.repeat(100_000) + ']('.repeat(100_000)],
    ['an unclosed fence of 100,000 lines', `\`\`\`\n${'kata\n'.repeat(100_000)}`],
    ['200,000 emphasis marks', '*_'.repeat(100_000)],
  ])('reads Markdown with %s in bounded time', (_name, markdown) => {
    returnsOrRefuses(() => readArticle(markdown, { format: 'md' }));
  });
});
