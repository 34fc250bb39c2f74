/** Whitespace normalisation shared by segmentation and the round-trip contract. */

const LINE_BREAK = /\r\n|\r|\n/u;
const WHITESPACE_RUN = /\s+/gu;

/**
 * The paragraphs of an article: every non-empty line, trimmed, with runs of whitespace
 * (spaces, tabs, NBSP, other Unicode spaces) collapsed to one space.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map((line) => line.replace(WHITESPACE_RUN, ' ').trim())
    .filter((line) => line !== '');
}

/** The article as segmentArticle sees it: normalised paragraphs joined with a blank line. */
export function normaliseArticle(text: string): string {
  return splitParagraphs(text).join('\n\n');
}
