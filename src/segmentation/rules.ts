/**
 * Sentence rules as data, in the spirit of SRX: an ordered list of break and exception rules
 * tried at every candidate break (break-pattern.ts); the first rule that matches decides, and
 * no match means break. Each rule names where it comes from (sources: README.md).
 */
import { LEADING_ABBREVIATIONS, TRAILING_ABBREVIATIONS } from './abbreviations.js';
import { DOMAIN_AND_FILE_SUFFIXES, ROMAN_NUMERAL_COUNTERS } from './context-words.js';

/** A token test: a pattern, or a set of exact words. */
export type TokenTest = RegExp | ReadonlySet<string>;

/**
 * How the word after a candidate begins: a capital (also "iPhone", "eKTP"), a lower-case
 * letter, a digit, an opening quote or bracket (BREAK_PATTERN.openers), or anything else.
 */
export type AfterStart = 'capital' | 'lower' | 'digit' | 'opener' | 'other';

/** What a rule sees at a candidate break. */
export interface BreakContext {
  /** The word that ends in the punctuation and closing marks, opening quotes/brackets removed. */
  readonly before: string;
  /** The same word as written ("(Bl.)"). */
  readonly rawBefore: string;
  /** The word before `before` ('' at the start of the paragraph). */
  readonly previous: string;
  /** The word that would start the next sentence. */
  readonly after: string;
  readonly afterStart: AfterStart;
  /** True when `before` is the first word of the paragraph. */
  readonly atParagraphStart: boolean;
  /** True when the break would fall inside a short bracketed or quoted stretch. */
  readonly enclosed: boolean;
}

export interface SegmentationRule {
  readonly id: string;
  /** true: a break rule; false: an exception rule (no break here). */
  readonly isBreak: boolean;
  /** Where the rule comes from. */
  readonly source: string;
  /** Each given field must match; for token lists, any one test of the list. */
  readonly before?: readonly TokenTest[];
  readonly rawBefore?: readonly TokenTest[];
  readonly previous?: readonly TokenTest[];
  readonly after?: readonly TokenTest[];
  /** If given, `afterStart` must be one of these. */
  readonly afterStart?: readonly AfterStart[];
  readonly atParagraphStart?: boolean;
  readonly enclosed?: boolean;
}

/** Each word as listed and with its first letter's case swapped ("Dr."/"dr.", "dll."/"Dll."). */
export function withCaseVariants(words: readonly string[]): ReadonlySet<string> {
  const swapFirst = (word: string): string => {
    const first = word.charAt(0);
    const swapped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
    return swapped + word.slice(1);
  };
  return new Set(words.flatMap((word) => [word, swapFirst(word)]));
}

const LEADING = withCaseVariants(LEADING_ABBREVIATIONS);
const TRAILING = withCaseVariants(TRAILING_ABBREVIATIONS);
const COUNTERS = withCaseVariants(ROMAN_NUMERAL_COUNTERS);
/** "B." "B.J." "R.A." */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** "a.n." "s.d." "u.p." "c.q." "r.p.m.": single letters only, so "www.bps.go.id." still ends a sentence. */
const DOTTED_LOWER_CASE = /^(?:\p{Ll}\.){2,4}$/u;
/** "(BBNI)" after "Tbk.", "()" after "Jr." */
const OPENS_BRACKET = /^[([]/u;
/** A leading word that is a list number: "1." "12." "a." "IV." */
const LIST_NUMBER = /^(?:\d{1,3}|[a-z]|[IVX]{1,4})\.$/u;
/** "I." "V." "X." */
const ONE_LETTER_ROMAN_NUMERAL = /^[IVX]\.$/u;
/** "2.904." before "678": a number whose thousands groups were split by a space. */
const NUMBER_WITH_THOUSANDS = /^\d{1,3}(?:\.\d{3})*\.$/u;
const THREE_DIGIT_GROUP = /^\d{3}(?!\d)/u;
/** "9:" "14:27": a chapter and verse or a clock time. */
const VERSE_OR_TIME = /^\d{1,3}:/u;
/** "(Bl.)" "(red.)": one short abbreviation alone in brackets. */
const ABBREVIATION_IN_BRACKETS = /^[([]\p{L}{1,5}\.[)\]]$/u;
const DOMAIN_OR_FILE_SUFFIX = new RegExp(`^(?:${DOMAIN_AND_FILE_SUFFIXES.join('|')})(?![\\p{L}\\p{N}])`, 'u');
/**
 * An ordinary word (with a vowel, no inner dot) or a number of three or more digits, then one
 * "." "?" or "!" with no closing quote after it: "Italia." "lain." "1879." "komanya?".
 * Quoted questions ("kabar?” tanya") and ellipses ("Jinping… termasuk") are not.
 */
const ORDINARY_WORD_END = /^(?=[^.]*[aiueoAIUEO])(?:[\p{L}\p{M}'’-]*\p{L}\p{Ll}{3}|\p{Ll}{3})[)\]”"’]?[.?!]$/u;
const NUMBER_END = /^\d{3,}[)\]”"’]?[.?!]$/u;

const GOLD_MISSES = 'misses on shared/segmentation-dev (UD Indonesian GSD/CSUI)';

/** Ordered: the first matching rule decides; no match means break. */
export const SEGMENTATION_RULES: readonly SegmentationRule[] = [
  { id: 'inside-brackets-or-quotes', isBreak: false, source: GOLD_MISSES, enclosed: true },
  { id: 'verse-or-time', isBreak: false, source: GOLD_MISSES, afterStart: ['digit'], after: [VERSE_OR_TIME] },
  {
    id: 'thousands-split-by-space',
    isBreak: false,
    source: GOLD_MISSES,
    afterStart: ['digit'],
    before: [NUMBER_WITH_THOUSANDS],
    after: [THREE_DIGIT_GROUP],
  },
  { id: 'abbreviation-in-brackets', isBreak: false, source: 'Wiktionary list ("red.", "ed.")', rawBefore: [ABBREVIATION_IN_BRACKETS] },
  { id: 'spaced-domain-or-file-name', isBreak: false, source: GOLD_MISSES, afterStart: ['lower'], after: [DOMAIN_OR_FILE_SUFFIX] },
  { id: 'trailing-abbreviation-before-lower-case', isBreak: false, source: 'abbreviations.ts ("dll. untuk")', before: [TRAILING], afterStart: ['lower'] },
  {
    id: 'trailing-abbreviation-before-abbreviation-or-bracket',
    isBreak: false,
    source: 'abbreviations.ts; degrees in a row ("S.E. M.M."), tickers ("Tbk. (BBNI)")',
    before: [TRAILING],
    after: [LEADING, TRAILING, INITIALS, OPENS_BRACKET],
  },
  { id: 'trailing-abbreviation-ends-sentence', isBreak: true, source: 'abbreviations.ts', before: [TRAILING] },
  { id: 'leading-abbreviation', isBreak: false, source: 'abbreviations.ts', before: [LEADING] },
  {
    id: 'roman-numeral-after-counter',
    isBreak: true,
    source: 'Indonesian economic news ("kuartal I. Dengan …", UD CSUI)',
    afterStart: ['capital', 'digit', 'opener'],
    before: [ONE_LETTER_ROMAN_NUMERAL],
    previous: [COUNTERS],
  },
  { id: 'initials', isBreak: false, source: 'personal names ("B.J. Habibie", "Miranda S. Goeltom")', before: [INITIALS] },
  { id: 'dotted-lower-case', isBreak: false, source: 'Wiktionary list ("a.n.", "s.d.", "c.q.")', before: [DOTTED_LOWER_CASE] },
  { id: 'list-number', isBreak: false, source: 'numbered lists', atParagraphStart: true, before: [LIST_NUMBER] },
  {
    id: 'ordinary-word-before-lower-case',
    isBreak: true,
    source: GOLD_MISSES,
    afterStart: ['lower'],
    before: [ORDINARY_WORD_END, NUMBER_END],
  },
  // what is left breaks only before a capital, digit, quote or bracket (the usual SRX default)
  { id: 'no-sentence-start', isBreak: false, source: 'SRX default rules ("[.?!] + space + capital")', afterStart: ['lower', 'other'] },
];
