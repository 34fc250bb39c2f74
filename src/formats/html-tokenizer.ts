/**
 * A small, tolerant HTML tokenizer for article import: start and end tags with
 * attributes, and decoded text. Comments, doctypes and the raw text of script-like
 * elements are skipped. One pass, each character looked at a bounded number of times.
 */
import { decodeHtmlEntities } from './html-entities.js';

export type HtmlToken =
  | { readonly type: 'start'; readonly name: string; readonly attrs: ReadonlyMap<string, string>; readonly selfClosing: boolean }
  | { readonly type: 'end'; readonly name: string }
  | { readonly type: 'text'; readonly text: string };

/** Elements whose content is not markup and not article text: skipped whole, tags included. */
const SKIPPED_RAW = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext']);
/** Elements whose content is text but not markup (RCDATA): a start tag, the decoded text, an end tag. */
const RCDATA = new Set(['title', 'textarea']);

// Sticky patterns, matched at a position with `lastIndex` (see `matchEnd`).
const TAG_NAME = /[^\s/>]*/y;
const WHITESPACE = /\s*/y;
const ATTRIBUTE_NAME = /[^\s/>=]*/y;
const UNQUOTED_VALUE = /[^\s>]*/y;

export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      yield text(html.slice(i));
      return;
    }
    if (lt > i) yield text(html.slice(i, lt));
    i = lt;
    const next = html.charAt(i + 1);
    if (html.startsWith('<!--', i)) {
      i = skipPast(html, '-->', i + 4);
    } else if (next === '!' || next === '?') {
      i = skipPast(html, '>', i + 2); // doctype, CDATA, processing instruction
    } else if (next === '/') {
      if (!isAsciiLetter(html.charAt(i + 2))) {
        i = skipPast(html, '>', i + 2);
        continue;
      }
      const nameEnd = findNameEnd(html, i + 2);
      yield { type: 'end', name: html.slice(i + 2, nameEnd).toLowerCase() };
      i = skipPast(html, '>', nameEnd);
    } else if (isAsciiLetter(next)) {
      const tag = readStartTag(html, i + 1);
      if (tag === null) return; // an unterminated tag at the end of the file is dropped
      i = tag.end;
      const { name, attrs, selfClosing } = tag;
      if (SKIPPED_RAW.has(name) && !selfClosing) {
        i = skipRawText(html, name, i).after;
      } else if (RCDATA.has(name) && !selfClosing) {
        const raw = skipRawText(html, name, i);
        yield { type: 'start', name, attrs, selfClosing: false };
        yield text(html.slice(i, raw.contentEnd));
        yield { type: 'end', name };
        i = raw.after;
      } else {
        yield { type: 'start', name, attrs, selfClosing };
      }
    } else {
      yield { type: 'text', text: '<' };
      i += 1;
    }
  }
}

function text(raw: string): HtmlToken {
  return { type: 'text', text: decodeHtmlEntities(raw) };
}

function isAsciiLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/** The index just after the next `needle` from `from`, or the end of the input. */
function skipPast(html: string, needle: string, from: number): number {
  const at = html.indexOf(needle, from);
  return at === -1 ? html.length : at + needle.length;
}

function findNameEnd(html: string, from: number): number {
  return matchEnd(TAG_NAME, html, from);
}

/** The index where a run of `pattern` (which matches the empty string too) starting at `from` ends. */
function matchEnd(pattern: RegExp, html: string, from: number): number {
  pattern.lastIndex = from;
  pattern.exec(html);
  return pattern.lastIndex;
}

interface StartTag {
  name: string;
  attrs: Map<string, string>;
  selfClosing: boolean;
  /** Index after the closing `>`. */
  end: number;
}

/** Reads `name attr=value …>` from just after the `<`; null when the input ends inside the tag. */
function readStartTag(html: string, from: number): StartTag | null {
  const n = html.length;
  const nameEnd = findNameEnd(html, from);
  const tag: StartTag = { name: html.slice(from, nameEnd).toLowerCase(), attrs: new Map(), selfClosing: false, end: 0 };
  let j = nameEnd;
  for (;;) {
    j = matchEnd(WHITESPACE, html, j);
    if (j >= n) return null;
    const ch = html.charAt(j);
    if (ch === '>') {
      tag.end = j + 1;
      return tag;
    }
    if (ch === '/') {
      tag.selfClosing = html.charAt(j + 1) === '>';
      j += 1;
      continue;
    }
    tag.selfClosing = false;
    const attr = readAttribute(html, j);
    if (attr === null) return null;
    if (!tag.attrs.has(attr.name)) tag.attrs.set(attr.name, decodeHtmlEntities(attr.value));
    j = attr.end;
  }
}

function readAttribute(html: string, from: number): { name: string; value: string; end: number } | null {
  // The first character may be anything but whitespace, / or > (even =).
  const j = matchEnd(ATTRIBUTE_NAME, html, from + 1);
  const name = html.slice(from, j).toLowerCase();
  let k = matchEnd(WHITESPACE, html, j);
  if (html.charAt(k) !== '=') return { name, value: '', end: j };
  k = matchEnd(WHITESPACE, html, k + 1);
  const quote = html.charAt(k);
  if (quote === '"' || quote === "'") {
    const close = html.indexOf(quote, k + 1);
    if (close === -1) return null;
    return { name, value: html.slice(k + 1, close), end: close + 1 };
  }
  const end = matchEnd(UNQUOTED_VALUE, html, k);
  return { name, value: html.slice(k, end), end };
}

const CLOSING_TAGS = new Map<string, RegExp>();

/** Names come from SKIPPED_RAW and RCDATA only, so the cache stays small. */
function closingTag(name: string): RegExp {
  let pattern = CLOSING_TAGS.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`</${name}[\\s/>]`, 'gi');
    CLOSING_TAGS.set(name, pattern);
  }
  return pattern;
}

/** Finds `</name` (any case) followed by whitespace, / or >; an unclosed element runs to the end. */
function skipRawText(html: string, name: string, from: number): { contentEnd: number; after: number } {
  const close = closingTag(name);
  close.lastIndex = from;
  const match = close.exec(html);
  if (match === null) return { contentEnd: html.length, after: html.length };
  return { contentEnd: match.index, after: skipPast(html, '>', match.index + 2) };
}
