/** Whitespace normalisation shared by segmentation and the round-trip contract. */

const LINE_BREAK = /\r\n|\r|\n/u;
const WHITESPACE_RUN = /\s+/gu;
/** Whitespace other than a single space: only such lines need the (slower) replace. */
const IRREGULAR_WHITESPACE = /[^\S ]| {2}/u;

function normaliseLine(line: string): string {
  return (IRREGULAR_WHITESPACE.test(line) ? line.replace(WHITESPACE_RUN, ' ') : line).trim();
}

/**
 * The paragraphs of an article: every non-empty line, trimmed, with runs of whitespace
 * (spaces, tabs, NBSP, other Unicode spaces) collapsed to one space.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map(normaliseLine)
    .filter((line) => line !== '');
}

/** The article as segmentArticle sees it: normalised paragraphs joined with a blank line. */
export function normaliseArticle(text: string): string {
  return splitParagraphs(text).join('\n\n');
}
