/**
 * Sentence rules as data, in the spirit of SRX: one default break pattern, then an ordered list
 * of rules tried at every candidate break; the first rule that matches decides.
 */
import { LEADING_ABBREVIATIONS, TRAILING_ABBREVIATIONS } from './abbreviations.js';

/** A token test: a pattern, or a set of exact words. */
export type TokenTest = RegExp | ReadonlySet<string>;

/** What a rule sees at a candidate break: the tokens on either side of the whitespace. */
export interface BreakContext {
  /** The word that ends in the punctuation (leading opening quotes/brackets removed). */
  readonly before: string;
  /** The word that would start the next sentence. */
  readonly after: string;
  /** True when `before` is the first word of the paragraph. */
  readonly atParagraphStart: boolean;
}

export interface SegmentationRule {
  readonly id: string;
  /** true: a break rule; false: an exception rule (no break here). */
  readonly isBreak: boolean;
  /** Any of these must match `before`. */
  readonly before: readonly TokenTest[];
  /** If given, any of these must match `after`. */
  readonly after?: readonly TokenTest[];
  /** If given, `atParagraphStart` must have this value. */
  readonly atParagraphStart?: boolean;
}

/**
 * The default break: sentence-final punctuation, optional closing quotes and brackets,
 * whitespace, then something that can start a sentence.
 */
export const BREAK_PATTERN = {
  terminals: new Set(['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉']),
  closers: new Set(['”', '"', '’', "'", ')', ']', '»']),
  /** Tested on the first two code units after the whitespace (so astral letters count). */
  sentenceStart: /^[\p{Lu}\p{Lt}\p{N}“"‘([«]/u,
  /** Opening quotes and brackets stripped from the front of `before`. */
  openers: /^[([“"‘'«]+/u,
} as const;

/** Words are looked at only this far from the break, which keeps segmentation linear. */
export const TOKEN_WINDOW = 64;

/**
 * Each abbreviation as listed and with its first letter's case swapped ("Dr."/"dr.", "No."/"no.",
 * "dll."/"Dll."), but not fully upper-cased: "KEL." in running text is an acronym, not "Kel.".
 */
function withCaseVariants(words: readonly string[]): ReadonlySet<string> {
  const swapFirst = (word: string): string => {
    const first = word.charAt(0);
    const swapped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
    return swapped + word.slice(1);
  };
  return new Set(words.flatMap((word) => [word, swapFirst(word)]));
}

const LEADING = withCaseVariants(LEADING_ABBREVIATIONS);
const TRAILING = withCaseVariants(TRAILING_ABBREVIATIONS);
/** "B." "B.J." "R.A." */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** "a.n." "s.d." "u.p." "d.a." */
const DOTTED_LOWER_CASE = /^(?:\p{Ll}{1,3}\.){2,}$/u;
/** "(BBNI)" after "Tbk.", "()" after "Jr." */
const OPENS_BRACKET = /^[([]/u;
/** A leading word that is a list number: "1." "12." "a." "IV." */
const LIST_NUMBER = /^(?:\d{1,3}|[a-z]|[IVX]{1,4})\.$/u;

/** Ordered: the first matching rule decides; no match means break. */
export const SEGMENTATION_RULES: readonly SegmentationRule[] = [
  {
    id: 'trailing-abbreviation-before-abbreviation-or-bracket',
    isBreak: false,
    before: [TRAILING],
    after: [LEADING, TRAILING, INITIALS, OPENS_BRACKET],
  },
  { id: 'trailing-abbreviation-ends-sentence', isBreak: true, before: [TRAILING] },
  { id: 'leading-abbreviation', isBreak: false, before: [LEADING] },
  { id: 'initials', isBreak: false, before: [INITIALS] },
  { id: 'dotted-lower-case', isBreak: false, before: [DOTTED_LOWER_CASE] },
  { id: 'list-number', isBreak: false, before: [LIST_NUMBER], atParagraphStart: true },
];
