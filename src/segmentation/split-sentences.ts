/**
 * Splits one paragraph into sentences. One native regex pass finds the sentence-final marks
 * and the enclosure marks; each candidate break then looks at no more than TOKEN_WINDOW
 * characters either side, so the work is linear in the paragraph length whatever the input.
 */
import {
  BREAK_PATTERN,
  CHARACTER_CLASSES,
  CLOSER_BIT,
  ENCLOSURE_MARK_BIT,
  ENCLOSURE_PATTERN,
  OPENER_BIT,
  TERMINAL_BIT,
  TOKEN_WINDOW,
  anyCharacterOf,
} from './break-pattern.js';
import { EnclosureFinder, type Enclosure } from './find-enclosures.js';
import { decideBreak, type CompiledRules, type MemoisableContext } from './match-rules.js';
import type { AfterStart, SegmentationRule } from './rules.js';
import { compileRules, type SegmentationOptions } from './segmentation-options.js';

export interface SentencePart {
  text: string;
  /** ' ' between sentences of the paragraph, '' after the last one. */
  glueAfter: string;
}

/** A candidate break and the rule that decided it (null: no rule matched, so it breaks). */
export interface CandidateDecision {
  /** End of the sentence (exclusive): after its punctuation and closing quotes. */
  readonly end: number;
  /** Start of the next sentence: after the whitespace. */
  readonly next: number;
  readonly ruleId: string | null;
  readonly isBreak: boolean;
}

type VisitCandidate = (end: number, next: number, rule: SegmentationRule | undefined) => void;

const { openBrackets, closeBrackets, openQuotes, closeQuotes, straightQuotes } = ENCLOSURE_PATTERN;
/** Sentence-final and enclosure marks: the regex engine skips the plain text between them. */
const MARKS = anyCharacterOf(BREAK_PATTERN.terminals, openBrackets, closeBrackets, openQuotes, closeQuotes, straightQuotes);
const WHITESPACE = /\s/u;
const CAPITAL = /^[\p{Lu}\p{Lt}]/u;
const LOWER = /^\p{Ll}/u;
const DIGIT = /^\p{N}/u;
/** "iPhone", "eKTP": a brand or acronym with a lower-case prefix starts a sentence like a capital. */
const CAPITAL_AFTER_PREFIX = /^\p{Ll}{1,2}\p{Lu}/u;

function hasClass(text: string, index: number, bit: number): boolean {
  return ((CHARACTER_CLASSES[text.charCodeAt(index)] ?? 0) & bit) !== 0;
}

/** `\s` by character code: ASCII and NBSP directly, the rarer Unicode spaces by the regex. */
function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 32 || (code >= 9 && code <= 13) || code === 160) return true;
  return code > 0x1000 && WHITESPACE.test(text.charAt(index));
}

/** Start of the word that ends at `end`, looking back at most TOKEN_WINDOW characters. */
function wordStart(text: string, end: number): number {
  const limit = Math.max(0, end - TOKEN_WINDOW);
  let start = end;
  while (start > limit && !isSpace(text, start - 1)) start -= 1;
  return start;
}

/** End of the word that starts at `start`, looking ahead at most TOKEN_WINDOW characters. */
function wordEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + TOKEN_WINDOW);
  let end = start;
  while (end < limit && !isSpace(text, end)) end += 1;
  return end;
}

/** The class of the character at `index` (not whitespace), by character code where it is ASCII. */
function classifyStart(text: string, index: number): AfterStart {
  const code = text.charCodeAt(index);
  if (code >= 65 && code <= 90) return 'capital';
  if (code >= 48 && code <= 57) return 'digit';
  if (hasClass(text, index, OPENER_BIT)) return 'opener';
  if (code < 128 && !(code >= 97 && code <= 122)) return 'other';
  const head = text.slice(index, index + 4);
  if (code < 128 || LOWER.test(head)) return CAPITAL_AFTER_PREFIX.test(head) ? 'capital' : 'lower';
  if (CAPITAL.test(head)) return 'capital';
  return DIGIT.test(head) ? 'digit' : 'other';
}

/** What the rules see at one candidate; words other than `before` are sliced on demand. */
class CandidateContext implements MemoisableContext {
  readonly before: string;
  readonly afterStart: AfterStart;
  readonly atParagraphStart: boolean;
  readonly rawBefore: string;
  readBeyondBefore = false;
  private afterWord: string | undefined;
  private previousWord: string | undefined;

  constructor(
    private readonly text: string,
    private readonly start: number,
    end: number,
    private readonly next: number,
    readonly enclosed: boolean,
  ) {
    let beforeStart = start;
    while (beforeStart < end && hasClass(text, beforeStart, OPENER_BIT)) beforeStart += 1;
    this.rawBefore = text.slice(start, end);
    this.before = beforeStart === start ? this.rawBefore : text.slice(beforeStart, end);
    this.afterStart = classifyStart(text, next);
    this.atParagraphStart = start === 0;
  }

  get after(): string {
    this.readBeyondBefore = true;
    this.afterWord ??= this.text.slice(this.next, wordEnd(this.text, this.next));
    return this.afterWord;
  }

  get previous(): string {
    this.readBeyondBefore = true;
    if (this.previousWord === undefined) {
      let end = this.start;
      while (end > 0 && this.start - end < TOKEN_WINDOW && isSpace(this.text, end - 1)) end -= 1;
      this.previousWord = end === this.start ? '' : this.text.slice(wordStart(this.text, end), end);
    }
    return this.previousWord;
  }
}

/** True when `position` lies inside one of the sorted `enclosures`; `cursor` only moves forward. */
function isInside(enclosures: readonly Enclosure[], cursor: { index: number }, position: number): boolean {
  while (cursor.index < enclosures.length && (enclosures[cursor.index]?.[1] ?? 0) < position) cursor.index += 1;
  const enclosure = enclosures[cursor.index];
  return enclosure !== undefined && enclosure[0] < position && position <= enclosure[1];
}

/** Calls `visit` for every candidate break of `text` (trimmed), in order, with its deciding rule. */
function scanCandidates(text: string, rules: CompiledRules, visit: VisitCandidate): void {
  const finder = new EnclosureFinder();
  const terminals: number[] = [];
  // test() rather than exec(): no match object per mark
  MARKS.lastIndex = 0;
  while (MARKS.test(text)) {
    const index = MARKS.lastIndex - 1;
    if (hasClass(text, index, ENCLOSURE_MARK_BIT)) finder.addMark(text, index);
    else terminals.push(index);
  }
  const cursor = { index: 0 };
  let resumeAt = 0;
  for (const terminal of terminals) {
    if (terminal < resumeAt) continue;
    let end = terminal + 1;
    while (end < text.length && hasClass(text, end, TERMINAL_BIT)) end += 1;
    while (end < text.length && hasClass(text, end, CLOSER_BIT)) end += 1;
    let next = end;
    while (next < text.length && isSpace(text, next)) next += 1;
    if (next > end && next < text.length) {
      const context = new CandidateContext(text, wordStart(text, end), end, next, isInside(finder.enclosures, cursor, end));
      visit(end, next, decideBreak(rules, context));
    }
    resumeAt = next;
  }
}

/** Why each candidate break of a paragraph did or did not break (for tests and diagnostics). */
export function explainBreaks(paragraph: string, options?: SegmentationOptions): CandidateDecision[] {
  const decisions: CandidateDecision[] = [];
  scanCandidates(paragraph.trim(), compileRules(options), (end, next, rule) => {
    decisions.push({ end, next, ruleId: rule?.id ?? null, isBreak: rule?.isBreak ?? true });
  });
  return decisions;
}

/**
 * The sentences of one paragraph, trimmed, each with the glue that followed it. Whitespace
 * inside a sentence is kept as given; segmentArticle normalises paragraphs first.
 */
export function splitSentences(paragraph: string, options?: SegmentationOptions): SentencePart[] {
  const text = paragraph.trim();
  if (text === '') return [];
  const parts: SentencePart[] = [];
  let start = 0;
  scanCandidates(text, compileRules(options), (end, next, rule) => {
    if (rule !== undefined && !rule.isBreak) return;
    parts.push({ text: text.slice(start, end), glueAfter: ' ' });
    start = next;
  });
  parts.push({ text: text.slice(start), glueAfter: '' });
  return parts;
}
