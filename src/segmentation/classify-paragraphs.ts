/**
 * Gives every paragraph its kind and label before any sentence splitting: boilerplate lines,
 * the title, subheadings and captions are whole-paragraph segments; ordinary text is split.
 */
import type { SegmentKind } from '../core/types.js';
import { BOILERPLATE_RULES, HEADING_RULE, MAX_BOILERPLATE_CHARS } from './line-rules.js';

export interface ParagraphClass {
  readonly kind: SegmentKind;
  /** null for ordinary text, which is split into sentences. */
  readonly label: string | null;
}

const ORDINARY_TEXT: ParagraphClass = { kind: 'text', label: null };
const CAPTION: ParagraphClass = { kind: 'text', label: 'caption' };

/**
 * All boilerplate patterns as one alternation per flag set, so an ordinary paragraph costs one
 * regex test; only a line that matches is checked rule by rule to find its label.
 */
const ANY_BOILERPLATE: readonly RegExp[] = [...new Set(BOILERPLATE_RULES.map((rule) => rule.pattern.flags))].map(
  (flags) =>
    new RegExp(
      BOILERPLATE_RULES.filter((rule) => rule.pattern.flags === flags)
        .map((rule) => `(?:${rule.pattern.source})`)
        .join('|'),
      flags,
    ),
);

function matchBoilerplate(paragraph: string): ParagraphClass | null {
  if (paragraph.length > MAX_BOILERPLATE_CHARS) return null;
  if (!ANY_BOILERPLATE.some((pattern) => pattern.test(paragraph))) return null;
  const rule = BOILERPLATE_RULES.find((candidate) => candidate.pattern.test(paragraph));
  return rule === undefined ? null : { kind: rule.kind, label: rule.label };
}

function countWords(paragraph: string, stopAfter: number): number {
  let words = 1;
  for (let index = paragraph.indexOf(' '); index >= 0 && words <= stopAfter; index = paragraph.indexOf(' ', index + 1)) words += 1;
  return words;
}

/** Short, starts with no lower-case letter, ends without sentence punctuation. */
export function looksLikeHeading(paragraph: string): boolean {
  if (paragraph.length > HEADING_RULE.maxChars) return false;
  if (countWords(paragraph, HEADING_RULE.maxWords) > HEADING_RULE.maxWords) return false;
  let last = paragraph.length - 1;
  while (last >= 0 && HEADING_RULE.endClosers.has(paragraph.charAt(last))) last -= 1;
  // two code units, so that a letter outside the BMP is seen whole
  return HEADING_RULE.start.test(paragraph) && HEADING_RULE.end.test(paragraph.slice(Math.max(0, last - 1), last + 1));
}

/** A photo caption is printed twice in a row on many news sites (image alt text + caption). */
function isRepeated(paragraphs: readonly string[], index: number): boolean {
  const paragraph = paragraphs[index];
  return paragraphs[index - 1] === paragraph || paragraphs[index + 1] === paragraph;
}

function classifyParagraph(paragraphs: readonly string[], index: number): ParagraphClass {
  const paragraph = paragraphs[index] ?? '';
  const boilerplate = matchBoilerplate(paragraph);
  if (boilerplate !== null) return boilerplate;
  if (!looksLikeHeading(paragraph)) return ORDINARY_TEXT;
  if (isRepeated(paragraphs, index)) return CAPTION;
  return { kind: 'heading', label: index === 0 ? 'title' : 'subheading' };
}

/** One class per paragraph; paragraphs must already be normalised (see normaliseArticle). */
export function classifyParagraphs(paragraphs: readonly string[]): ParagraphClass[] {
  return paragraphs.map((_, index) => classifyParagraph(paragraphs, index));
}
