/**
 * Markdown to plain paragraphs for article import. Segments store plain text,
 * so markup is dropped and only the words stay. Line based, no HTML produced.
 * Linear time on any input: an uploaded line of megabytes full of unclosed `[`,
 * `*` or `<http:` must not hold the server (every pattern below is written so that
 * no two attempts scan the same text, and emphasis is paired by a scan).
 */

export interface PlainMarkdown {
  /** The text of the first level-1 ATX heading (`# Title`), or null. */
  title: string | null;
  text: string;
}

const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+\s*)$/;
const HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
// `\S` then no line terminator to the end (what `\S+.*$` said, without its backtracking).
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S[^\r\n\u2028\u2029]*$/;
const BLOCK_PREFIX = /^\s*(?:>\s?)*\s*(?:(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?)?/;

export function markdownToText(markdown: string): PlainMarkdown {
  let title: string | null = null;
  let inFence = false;
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      out.push('');
    } else if (inFence) {
      out.push(line);
    } else {
      const heading = HEADING.exec(line);
      if (heading !== null) {
        const words = inlineToText(heading[2] ?? '');
        if (title === null && heading[1] === '#' && words !== '') title = words;
        out.push(words);
      } else {
        out.push(blockLineToText(line));
      }
    }
  }
  return { title, text: collapseBlankLines(out).join('\n') };
}

function blockLineToText(line: string): string {
  if (RULE.test(line) || REFERENCE_DEFINITION.test(line)) return '';
  return inlineToText(line.replace(BLOCK_PREFIX, ''));
}

// Backslash-escaped punctuation is hidden in the Private Use Area while markup is removed.
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>~|<])/g;
const HIDDEN = /[\uE000-\uE07F]/g;

// Bracket text stops at any bracket and link targets at any parenthesis (one nested pair allowed),
// so an attempt that fails never rescans text another attempt will scan.
const BRACKETED = String.raw`\[([^\][]*)\]`;
const TARGET = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const IMAGE = new RegExp(String.raw`!${BRACKETED}${TARGET}`, 'g');
const IMAGE_REFERENCE = new RegExp(String.raw`!${BRACKETED}\[[^\][]*\]`, 'g');
const LINK = new RegExp(String.raw`\[([^\][]+)\]${TARGET}`, 'g');
const LINK_REFERENCE = new RegExp(String.raw`\[([^\][]+)\]\[[^\][]*\]`, 'g');
const AUTOLINK = /<((?:https?|mailto):[^<>\s]+)>/g;
const CODE = /`+([^`]+?)`+/g;

/** Removes inline markup: images, links, emphasis, code spans, autolinks. */
export function inlineToText(line: string): string {
  let text = line
    .replace(ESCAPED, (_, ch: string) => String.fromCharCode(0xe000 + ch.charCodeAt(0)))
    .replace(IMAGE, '')
    .replace(IMAGE_REFERENCE, '')
    .replace(LINK, '$1')
    .replace(LINK_REFERENCE, '$1')
    .replace(AUTOLINK, '$1')
    .replace(CODE, '$1');
  for (const emphasis of EMPHASES) text = stripEmphasis(text, emphasis);
  return trimEndSpacesAndTabs(text).replace(HIDDEN, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe000));
}

interface Emphasis {
  readonly delimiters: readonly string[];
  /** The opener may stand here (the character before it, by code point). */
  readonly opensAfter: (before: string | undefined) => boolean;
  /** The closer may stand here (the character after it). */
  readonly closesBefore: (after: string | undefined) => boolean;
}

const anywhere = () => true;
const notWordChar = (ch: string | undefined) => ch === undefined || !/[\p{L}\p{N}_]/u.test(ch);

// In this order: `**`/`__`, `~~`, `*`, then `_` only outside words (`nama_file_ini` stays).
const EMPHASES: readonly Emphasis[] = [
  { delimiters: ['**', '__'], opensAfter: anywhere, closesBefore: anywhere },
  { delimiters: ['~~'], opensAfter: anywhere, closesBefore: anywhere },
  { delimiters: ['*'], opensAfter: anywhere, closesBefore: anywhere },
  { delimiters: ['_'], opensAfter: notWordChar, closesBefore: notWordChar },
];

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

/**
 * Replaces each `<d>text<d>` by `text`, left to right, the shortest text each time: an opener
 * followed by a non-space, the first closer after it preceded by a non-space, nothing between
 * them crossing a line terminator. One pass, each closer looked at once.
 */
function stripEmphasis(text: string, { delimiters, opensAfter, closesBefore }: Emphasis): string {
  if (!delimiters.some((delimiter) => text.includes(delimiter))) return text;
  const chars = Array.from(text);
  const at = (index: number, delimiter: string) => delimiter.length === 1 ? chars[index] === delimiter : chars[index] === delimiter[0] && chars[index + 1] === delimiter[1];
  const closers = new Map(delimiters.map((delimiter) => [delimiter, [] as number[]]));
  let terminators = 0;
  const terminatorsBefore: number[] = [];
  chars.forEach((ch, index) => {
    terminatorsBefore.push(terminators);
    if (LINE_TERMINATOR.test(ch)) terminators++;
    for (const delimiter of delimiters) {
      if (at(index, delimiter) && index > 0 && !isSpace(chars[index - 1]) && closesBefore(chars[index + delimiter.length])) closers.get(delimiter)!.push(index);
    }
  });
  terminatorsBefore.push(terminators);
  const next = new Map(delimiters.map((delimiter) => [delimiter, 0]));
  let out = '';
  let index = 0;
  while (index < chars.length) {
    const delimiter = delimiters.find((candidate) => at(index, candidate));
    const contentStart = index + (delimiter?.length ?? 0);
    if (delimiter !== undefined && opensAfter(chars[index - 1]) && chars[contentStart] !== undefined && !isSpace(chars[contentStart])) {
      const list = closers.get(delimiter)!;
      let cursor = next.get(delimiter)!;
      while (cursor < list.length && list[cursor]! <= contentStart) cursor++;
      next.set(delimiter, cursor);
      const closer = list[cursor];
      if (closer !== undefined && terminatorsBefore[closer] === terminatorsBefore[contentStart]) {
        out += chars.slice(contentStart, closer).join('');
        index = closer + delimiter.length;
        continue;
      }
    }
    out += chars[index];
    index++;
  }
  return out;
}

function trimEndSpacesAndTabs(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

/** Removed markup leaves blank lines behind; keep at most one between paragraphs and none at the ends. */
function collapseBlankLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const blank = line.trim() === '';
    if (blank && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(blank ? '' : line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
