/**
 * Short bracketed or quoted stretches of a paragraph ("(SSK. II)", "(Yes. 9:6)",
 * "“Kami siap. Kami tidak takut,” kata Budi"): no sentence break happens inside them.
 * The scanner feeds the marks in text order; each opening mark is pushed and popped once.
 */
import { ENCLOSURE_PATTERN } from './break-pattern.js';

/** [start, end]: the opening and the closing mark, both inclusive. Sorted and disjoint. */
export type Enclosure = readonly [number, number];

const { openBrackets, closeBrackets, openQuotes, straightQuotes, maxChars } = ENCLOSURE_PATTERN;
const WHITESPACE = /\s/u;

/** A straight quote opens at the start, after whitespace or after an opening bracket. */
function opensStraightQuote(text: string, index: number): boolean {
  const previous = text[index - 1];
  return previous === undefined || WHITESPACE.test(previous) || openBrackets.has(previous);
}

/**
 * Collects every enclosure whose closing mark comes at most ENCLOSURE_PATTERN.maxChars after
 * its opening one. Unmatched marks are ignored. A straight quote closes the open quotation
 * even after a space (news copy often has `, "katanya.`); otherwise it opens one after
 * whitespace or a bracket.
 */
export class EnclosureFinder {
  /** Sorted and disjoint: nested or overlapping enclosures are merged. */
  readonly enclosures: [number, number][] = [];
  private readonly brackets: number[] = [];
  private quote = -1;

  /** Feeds the mark at `index` of `text` (any character of ENCLOSURE_PATTERN); call in text order. */
  addMark(text: string, index: number): void {
    const char = text.charAt(index);
    if (openBrackets.has(char)) {
      this.brackets.push(index);
    } else if (closeBrackets.has(char)) {
      const start = this.brackets.pop();
      if (start !== undefined) this.close(start, index);
    } else if (openQuotes.has(char) || (straightQuotes.has(char) && this.quote < 0 && opensStraightQuote(text, index))) {
      this.quote = index;
    } else if (this.quote >= 0) {
      this.close(this.quote, index);
      this.quote = -1;
    }
  }

  private close(start: number, end: number): void {
    if (end - start > maxChars) return;
    const found = this.enclosures;
    let mergedStart = start;
    for (let last = found.at(-1); last !== undefined && last[1] >= start; last = found.at(-1)) {
      mergedStart = Math.min(mergedStart, last[0]);
      found.pop();
    }
    found.push([mergedStart, end]);
  }
}
