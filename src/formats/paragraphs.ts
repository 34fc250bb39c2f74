/** Grouping segments back into the paragraphs they were split from. */
import type { ExportSegment } from './types.js';

export interface ExportParagraph {
  readonly paragraph: number;
  readonly segments: readonly ExportSegment[];
}

/** Consecutive segments with the same paragraph number form one paragraph (input is in position order). */
export function groupParagraphs(segments: readonly ExportSegment[]): ExportParagraph[] {
  const paragraphs: { paragraph: number; segments: ExportSegment[] }[] = [];
  for (const segment of segments) {
    const last = paragraphs[paragraphs.length - 1];
    if (last !== undefined && last.paragraph === segment.paragraph) {
      last.segments.push(segment);
    } else {
      paragraphs.push({ paragraph: segment.paragraph, segments: [segment] });
    }
  }
  return paragraphs;
}

/** Boilerplate is always a whole paragraph; a paragraph is skipped when all its segments are. */
export function isSkippedParagraph(paragraph: ExportParagraph): boolean {
  return paragraph.segments.every((segment) => segment.kind === 'skip');
}

/** Target text, or the source when nothing is translated yet (as OmegaT does for its target documents). */
export function targetOrSource(segment: ExportSegment): string {
  return segment.target === '' ? segment.source : segment.target;
}
