/** Article → paragraphs → segments (see CONTEXT.md). */
import type { SegmentKind } from '../core/types.js';
import { classifyParagraphs } from './classify-paragraphs.js';
import { findDateline } from './find-dateline.js';
import { splitParagraphs } from './normalise-article.js';
import type { SegmentationOptions } from './segmentation-options.js';
import { splitSentences } from './split-sentences.js';

export interface SegmentDraft {
  /** 0-based index of the paragraph (non-empty line) in the article. */
  paragraph: number;
  kind: SegmentKind;
  /** Why the segment got its kind ('title', 'caption', 'dateline', 'boilerplate.related', …), or null. */
  label: string | null;
  /** The sentence (or whole line) text, trimmed and whitespace-normalised. */
  source: string;
  /** ' ' between segments of one paragraph, '' after the last. */
  glueAfter: string;
}

function splitBody(
  source: string,
  paragraph: number,
  mayOpenWithDateline: boolean,
  options: SegmentationOptions | undefined,
): SegmentDraft[] {
  return splitSentences(source, options).map((part, index) => ({
    paragraph,
    kind: 'text',
    label: index === 0 && mayOpenWithDateline && findDateline(part.text) !== null ? 'dateline' : null,
    source: part.text,
    glueAfter: part.glueAfter,
  }));
}

/**
 * Every segment of the article in order, boilerplate included, so that glueing the sources
 * back gives normaliseArticle(text). Headings, captions and boilerplate are one segment each;
 * ordinary paragraphs are split into sentences; only the first ordinary paragraph may open
 * with a dateline. `options.doNotBreakAfter` adds the project's own exceptions.
 */
export function segmentArticle(text: string, options?: SegmentationOptions): SegmentDraft[] {
  const paragraphs = splitParagraphs(text);
  const classes = classifyParagraphs(paragraphs);
  const firstBody = classes.findIndex((paragraphClass) => paragraphClass.label === null);
  return paragraphs.flatMap((source, paragraph): SegmentDraft[] => {
    const paragraphClass = classes[paragraph];
    if (paragraphClass === undefined || paragraphClass.label === null) {
      return splitBody(source, paragraph, paragraph === firstBody, options);
    }
    return [{ paragraph, kind: paragraphClass.kind, label: paragraphClass.label, source, glueAfter: '' }];
  });
}
