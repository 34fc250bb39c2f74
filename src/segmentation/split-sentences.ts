/**
 * Splits one paragraph into sentences with a single left-to-right scan. Each candidate break
 * looks at no more than TOKEN_WINDOW characters either side, so the work is linear in the
 * paragraph length whatever the input (no backtracking regular expressions over the paragraph).
 */
import {
  BREAK_PATTERN,
  SEGMENTATION_RULES,
  TOKEN_WINDOW,
  type BreakContext,
  type SegmentationRule,
  type TokenTest,
} from './rules.js';

export interface SentencePart {
  text: string;
  /** ' ' between sentences of the paragraph, '' after the last one. */
  glueAfter: string;
}

interface Boundary {
  /** End of the sentence (exclusive): after its punctuation and closing quotes. */
  readonly end: number;
  /** Start of the next sentence: after the whitespace. */
  readonly next: number;
}

const WHITESPACE = /\s/u;

function isSpace(char: string | undefined): boolean {
  return char !== undefined && WHITESPACE.test(char);
}

function isTerminal(char: string | undefined): boolean {
  return char !== undefined && BREAK_PATTERN.terminals.has(char);
}

function isCloser(char: string | undefined): boolean {
  return char !== undefined && BREAK_PATTERN.closers.has(char);
}

function skipWhile(text: string, from: number, test: (char: string | undefined) => boolean): number {
  let index = from;
  while (index < text.length && test(text[index])) index += 1;
  return index;
}

function matchesToken(tests: readonly TokenTest[], token: string): boolean {
  return tests.some((test) => (test instanceof RegExp ? test.test(token) : test.has(token)));
}

function ruleMatches(rule: SegmentationRule, context: BreakContext): boolean {
  if (rule.atParagraphStart !== undefined && rule.atParagraphStart !== context.atParagraphStart) return false;
  if (!matchesToken(rule.before, context.before)) return false;
  return rule.after === undefined || matchesToken(rule.after, context.after);
}

function breakContext(text: string, boundary: Boundary): BreakContext {
  let start = boundary.end;
  const limit = Math.max(0, boundary.end - TOKEN_WINDOW);
  while (start > limit && !isSpace(text[start - 1])) start -= 1;
  let stop = boundary.next;
  const afterLimit = Math.min(text.length, boundary.next + TOKEN_WINDOW);
  while (stop < afterLimit && !isSpace(text[stop])) stop += 1;
  return {
    before: text.slice(start, boundary.end).replace(BREAK_PATTERN.openers, ''),
    after: text.slice(boundary.next, stop),
    atParagraphStart: start === 0,
  };
}

function isBreak(text: string, boundary: Boundary): boolean {
  if (!BREAK_PATTERN.sentenceStart.test(text.slice(boundary.next, boundary.next + 2))) return false;
  const context = breakContext(text, boundary);
  const rule = SEGMENTATION_RULES.find((candidate) => ruleMatches(candidate, context));
  return rule === undefined ? true : rule.isBreak;
}

/** Every place in `text` (trimmed) where one sentence ends and the next begins. */
function findBoundaries(text: string): Boundary[] {
  const boundaries: Boundary[] = [];
  let index = 0;
  while (index < text.length) {
    if (!isTerminal(text[index])) {
      index += 1;
      continue;
    }
    const end = skipWhile(text, skipWhile(text, index, isTerminal), isCloser);
    const next = skipWhile(text, end, isSpace);
    if (next > end && next < text.length && isBreak(text, { end, next })) boundaries.push({ end, next });
    index = next;
  }
  return boundaries;
}

/**
 * The sentences of one paragraph, trimmed, each with the glue that followed it. Whitespace
 * inside a sentence is kept as given; segmentArticle normalises paragraphs first.
 */
export function splitSentences(paragraph: string): SentencePart[] {
  const text = paragraph.trim();
  if (text === '') return [];
  const parts: SentencePart[] = [];
  let start = 0;
  for (const boundary of findBoundaries(text)) {
    parts.push({ text: text.slice(start, boundary.end), glueAfter: ' ' });
    start = boundary.next;
  }
  parts.push({ text: text.slice(start), glueAfter: '' });
  return parts;
}
