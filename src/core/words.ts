import type { SegmentKind, SegmentState, WordCounts } from './types.js';

/** Words as translators count them: runs of letters or digits (with inner dots, commas, hyphens, apostrophes). */
const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Words per state, skipped segments left out (they are not translated). */
export function tallyWords(segments: readonly { kind: SegmentKind; state: SegmentState; wordCount: number }[]): WordCounts {
  const counts = { new: 0, draft: 0, translated: 0, rejected: 0, approved: 0, total: 0 };
  for (const segment of segments) {
    if (segment.kind === 'skip') continue;
    counts[segment.state] += segment.wordCount;
    counts.total += segment.wordCount;
  }
  return counts;
}
