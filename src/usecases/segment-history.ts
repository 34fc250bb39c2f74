import type { Revision, Segment } from '../core/types.js';
import { diffStats, diffWords, type DiffPart } from '../revisions/word-diff.js';
import type { Deps } from './deps.js';
import { loadSegment } from './load.js';

export interface HistoryEntry {
  readonly revision: Revision;
  /** Word diff against the revision before it (the first one diffs against an empty target). */
  readonly diff: DiffPart[];
  readonly stats: { inserted: number; deleted: number };
}

/** A segment's revisions, newest first, each with its diff against the previous one. */
export async function getSegmentHistory(deps: Deps, segmentId: number): Promise<{ segment: Segment; entries: HistoryEntry[] }> {
  const segment = await loadSegment(deps, segmentId);
  const revisions = await deps.store.listRevisions(segmentId);
  const entries = revisions.map((revision, index) => {
    const diff = diffWords(revisions[index - 1]?.target ?? '', revision.target);
    return { revision, diff, stats: diffStats(diff) };
  });
  return { segment, entries: entries.reverse() };
}
