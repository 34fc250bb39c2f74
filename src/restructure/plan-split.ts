import { InvalidInputError } from '../core/errors.js';
import type { Segment, SegmentState } from '../core/types.js';
import { countWords } from '../core/words.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface SplitPart {
  readonly source: string;
  readonly glueAfter: string;
  readonly wordCount: number;
}

export interface SplitPlan {
  /** Keeps the segment's id, target and history; its target must be confirmed again. */
  readonly first: SplitPart & { readonly state: SegmentState };
  /** A new, empty segment right after it, in the same paragraph. */
  readonly second: SplitPart;
}

/**
 * Splits a segment's source at a character offset. The whitespace at the cut
 * becomes the glue between the parts, so gluing them gives the source back.
 */
export function planSplit(segment: Segment, at: number): SplitPlan {
  if (segment.kind === 'skip') throw new InvalidInputError('segment.splitSkipped');
  if (!Number.isInteger(at) || at <= 0 || at >= segment.source.length) throw new InvalidInputError('segment.splitAtEdge');
  const left = segment.source.slice(0, at);
  const right = segment.source.slice(at);
  const head = left.trimEnd();
  const tail = right.trimStart();
  if (head === '' || tail === '') throw new InvalidInputError('segment.splitAtEdge');
  // A cut between two letters or digits would break a word in half.
  if (WORD_CHAR.test(left.at(-1) ?? '') && WORD_CHAR.test(right[0] ?? '')) throw new InvalidInputError('segment.splitInWord');
  const glue = left.slice(head.length) + right.slice(0, right.length - tail.length);
  return {
    first: {
      source: head,
      glueAfter: glue,
      wordCount: countWords(head),
      state: segment.target.trim() === '' ? 'new' : 'draft',
    },
    second: { source: tail, glueAfter: segment.glueAfter, wordCount: countWords(tail) },
  };
}
