import { InvalidInputError } from '../core/errors.js';
import type { Segment, SegmentKind, SegmentState } from '../core/types.js';
import { countWords } from '../core/words.js';

/** The segment that results from joining two neighbours: what the store writes into the first one. */
export interface MergedSegment {
  readonly source: string;
  readonly target: string;
  readonly state: SegmentState;
  readonly kind: SegmentKind;
  readonly label: string | null;
  readonly glueAfter: string;
  readonly wordCount: number;
}

/**
 * Merges `first` with the segment after it. Sources and targets are joined
 * with the glue between them, so no text is lost; a joined target must be
 * confirmed again. Merging never crosses a paragraph or touches boilerplate.
 */
export function planMerge(first: Segment, second: Segment): MergedSegment {
  if (first.documentId !== second.documentId) throw new InvalidInputError('segment.mergeAcrossDocuments');
  if (first.paragraph !== second.paragraph || second.position !== first.position + 1) {
    throw new InvalidInputError('segment.mergeAcrossParagraphs');
  }
  if (first.kind === 'skip' || second.kind === 'skip') throw new InvalidInputError('segment.mergeSkipped');
  // The source keeps exactly the glue it had, so split-then-merge gives the same text back.
  const source = first.source + first.glueAfter + second.source;
  const target = [first.target, second.target].filter((text) => text.trim() !== '').join(first.glueAfter || ' ');
  return {
    source,
    target,
    state: target === '' ? 'new' : 'draft',
    kind: first.kind === 'text' || second.kind === 'text' ? 'text' : 'heading',
    label: first.label ?? second.label,
    glueAfter: second.glueAfter,
    wordCount: countWords(source),
  };
}
