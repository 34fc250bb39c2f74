/**
 * What a candidate break looks like, and which marks enclose text that is never broken (data),
 * plus the lookup structures built from it once; split-sentences.ts and find-enclosures.ts
 * apply them.
 */

/**
 * A candidate break: sentence-final punctuation, optional closing quotes and brackets, then
 * whitespace. The rules in rules.ts decide whether it is a break.
 */
export const BREAK_PATTERN = {
  terminals: new Set(['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉']),
  closers: new Set(['”', '"', '’', "'", ')', ']', '»']),
  /**
   * Opening quotes and brackets: stripped from the front of `before` ("(Bl.)" → "Bl.)"), and a
   * sentence may start with one (`afterStart` 'opener').
   */
  openers: new Set(['(', '[', '“', '"', '‘', "'", '«', '`']),
} as const;

/** Words are looked at only this far from the break, which keeps segmentation linear. */
export const TOKEN_WINDOW = 64;

/**
 * Brackets and double quotes that close within `maxChars` of their opening enclose text in
 * which no break happens: "(SSK. II)", "(Ingg. scale, Lat. squama)", and a short quotation of
 * several sentences, which news corpora (UD Indonesian-CSUI) keep as one sentence with its
 * attribution. Longer quotations are split as usual.
 */
export const ENCLOSURE_PATTERN = {
  openBrackets: new Set(['(', '[']),
  closeBrackets: new Set([')', ']']),
  openQuotes: new Set(['“', '«']),
  closeQuotes: new Set(['”', '»']),
  /** '"' closes an open quotation; otherwise it opens one at the start, after whitespace or a bracket. */
  straightQuotes: new Set(['"']),
  maxChars: 300,
} as const;

/** A global regex matching any one of `chars` (escaping what a character class needs). */
export function anyCharacterOf(...sets: readonly ReadonlySet<string>[]): RegExp {
  const escaped = sets.flatMap((set) => [...set]).map((char) => (/[\\\]^[-]/u.test(char) ? `\\${char}` : char));
  return new RegExp(`[${escaped.join('')}]`, 'gu');
}

/** Bits of CHARACTER_CLASSES. */
export const TERMINAL_BIT = 1;
export const CLOSER_BIT = 2;
export const OPENER_BIT = 4;
export const ENCLOSURE_MARK_BIT = 8;

/** BREAK_PATTERN's character sets as one lookup table by UTF-16 code unit (all are BMP characters). */
export const CHARACTER_CLASSES: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (chars: ReadonlySet<string>, bit: number): void => {
    for (const char of chars) table[char.charCodeAt(0)] = (table[char.charCodeAt(0)] ?? 0) | bit;
  };
  mark(BREAK_PATTERN.terminals, TERMINAL_BIT);
  mark(BREAK_PATTERN.closers, CLOSER_BIT);
  mark(BREAK_PATTERN.openers, OPENER_BIT);
  const { openBrackets, closeBrackets, openQuotes, closeQuotes, straightQuotes } = ENCLOSURE_PATTERN;
  for (const marks of [openBrackets, closeBrackets, openQuotes, closeQuotes, straightQuotes]) mark(marks, ENCLOSURE_MARK_BIT);
  return table;
})();
