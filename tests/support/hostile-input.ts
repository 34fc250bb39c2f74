/**
 * Hostile input for the fuzz tests of the readers and the segmenter: random bytes and code
 * units, and "soups" of the tokens each format is made of, so that generated input gets past
 * the first check often enough to reach the deeper code. Sizes are bounded so that every
 * property stays fast; the huge cases are separate, fixed examples.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { stripXmlInvalidChars } from '../../src/formats/xml.js';

/** Runs per property: enough to find shallow crashes, few enough for the suite on two cores. */
export const FUZZ_RUNS = { numRuns: 150 };

/**
 * What every reader must do with anything: return, or throw one of our typed errors. Any other
 * exception (TypeError, RangeError, a zlib or decoder error) is a bug and fails the property.
 */
export function returnsOrRefuses<T>(read: () => T): T | AppError {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

/** As `returnsOrRefuses`, for a test that wants to see which refusal it was. */
export function expectRefusal(read: () => unknown): AppError {
  const outcome = returnsOrRefuses(read);
  expect(outcome).toBeInstanceOf(AppError);
  return outcome as AppError;
}

export const randomBytes = fc.uint8Array({ maxLength: 2048 });

/** Any UTF-16 code units: lone surrogates, NUL, controls, U+FFFE included. */
export const randomCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 400 });

/** Any Unicode text, astral planes included. */
export const randomUnicode = fc.string({ unit: 'binary', maxLength: 400 });

/** Text XML allows (no C0 controls but TAB, LF, CR; no U+FFFE/U+FFFF), any script. */
export function xmlText(maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: 'binary', maxLength }).map(stripXmlInvalidChars);
}

/** Text made of the given tokens and a sprinkling of random characters. */
export function soup(tokens: readonly string[], maxLength = 120): fc.Arbitrary<string> {
  return fc.array(fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...tokens) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  ), { maxLength }).map((parts) => parts.join(''));
}

const XML_TOKENS = [
  '<', '>', '</', '/>', '<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-16"?>', '<?pi data?>',
  '<!DOCTYPE x>', '<!DOCTYPE x [<!ENTITY a "b">]>', '<!ENTITY e SYSTEM "file:///etc/passwd">', '&e;',
  '<![CDATA[', ']]>', '<!--', '-->', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#0;', '&#x0;', '&#xD800;', '&#1114112;',
  '&#x110000;', '&#65;', '&#x41;', '&#;', '&#x;', '&#99999999999999999999;', '&unknown;', '&', '"', "'", '=', ' ', '\n', '\t', '\r',
  'a', 'x:y', 'xmlns="urn:x"', 'xmlns:x="urn:y"', 'xml:lang="id"', 'xml:space="preserve"', ':', '-', '.', '1', 'é', '😀', '\u0000', '\uFFFE',
];

/** Fragments of XML, well-formed or not. */
export const xmlSoup = soup(XML_TOKENS, 160);

/** Random elements nested at random, with random names, attributes and text: mostly well-formed. */
export function xmlTree(names: readonly string[], attributes: readonly string[], texts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      texts.map(escapeText),
      fc.tuple(fc.constantFrom(...names), fc.array(fc.tuple(fc.constantFrom(...attributes), texts), { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }))
        .map(([name, attrs, children]) => {
          const attrText = uniqueBy(attrs, ([key]) => key).map(([key, value]) => ` ${key}="${escapeAttr(value)}"`).join('');
          return children.length === 0 ? `<${name}${attrText}/>` : `<${name}${attrText}>${children.join('')}</${name}>`;
        }),
    ),
  }));
  return node;
}

/** A document around a generated body: `wrap` puts the body into a skeleton of the format. */
export function xmlDocument(wrap: (body: string) => string, body: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: body.map(wrap) },
    // The same with a few characters cut, doubled or swapped somewhere: almost well-formed.
    { weight: 2, arbitrary: fc.tuple(body.map(wrap), fc.nat(), fc.nat({ max: 8 }), fc.constantFrom('', '<', '>', '&', '"', '</', '\u0000')).map(([text, at, cut, insert]) => {
      const index = at % (text.length + 1);
      return text.slice(0, index) + insert + text.slice(index + cut);
    }) },
    { weight: 1, arbitrary: xmlSoup },
  );
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}

/** `<a><a>…</a></a>` nested `depth` deep. */
export function nested(depth: number, name = 'a', inner = ''): string {
  return `${`<${name}>`.repeat(depth)}${inner}${`</${name}>`.repeat(depth)}`;
}

const CSV_TOKENS = ['"', '""', ',', ';', '\t', '\r', '\n', '\r\n', 'source', 'target', 'Source', 'note', 'forbidden', 'comment', 'id', 's1', 's2',
  'a', 'kata', '=1+1', "'", "'=x", '\uFEFF', '\u0000', ' ', 'é', '😀'];

/** CSV with odd quoting: quotes in the middle, unterminated, mixed delimiters and line ends. */
export const csvSoup = soup(CSV_TOKENS, 120);

const HTML_TOKENS = [
  '<!DOCTYPE html>', '<html>', '</html>', '<head>', '</head>', '<body>', '</body>', '<article>', '</article>', '<main>', '<p>', '</p>',
  '<div class="content">', '<div class="share">', '</div>', '<h1>', '</h1>', '<h2>', '<title>', '</title>', '<br>', '<br/>', '<hr>',
  '<script>', '</script>', '<style>', '</style>', '<noscript>', '<template>', '<!--', '-->', '<![CDATA[', ']]>', '<table><tr><td>',
  '</td></tr></table>', '<ul><li>', '</li></ul>', '<a href="x">', '</a>', '<meta property="og:title" content="', '<meta name="og:site_name" content="',
  '">', '"', "'", '<', '>', '&', '&nbsp;', '&amp;', '&#x110000;', '&#0;', '&#xD800;', '&unknown;', '&#99999999;', 'Baca Juga:', 'JAKARTA -',
  'Presiden', 'kata', '.', ' ', '\n', '\t', '\u0000', 'é', '😀',
];

/** Tag soup: unclosed, misnested, script and comment openers without ends. */
export const htmlSoup = soup(HTML_TOKENS, 160);

const MARKDOWN_TOKENS = ['#', '# ', '## ', '---', '===', '***', '*', '_', '**', '`', '```', '~~~', '> ', '- ', '1. ', '[', ']', '(', ')', '![', '<', '>',
  '\\', '|', ':', '&amp;', '<!--', '-->', '<br>', 'kata', 'Presiden', '.', ' ', '  ', '\n', '\n\n', '\t', '\r\n', '\u0000', '😀'];

export const markdownSoup = soup(MARKDOWN_TOKENS, 160);
