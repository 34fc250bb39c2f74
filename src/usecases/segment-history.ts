import type { DocumentInfo, Project, Revision, Segment } from '../core/types.js';
import { diffStats, diffWords, type DiffPart } from '../revisions/word-diff.js';
import type { Deps } from './deps.js';
import { loadDocument, loadProject, loadSegment } from './load.js';

export interface HistoryEntry {
  readonly revision: Revision;
  /** Word diff against the revision before it (the first one diffs against an empty target). */
  readonly diff: DiffPart[];
  readonly stats: { inserted: number; deleted: number };
}

/** A segment's revisions, newest first, each with its diff against the previous one. */
export interface SegmentHistory {
  readonly project: Project;
  readonly document: DocumentInfo;
  readonly segment: Segment;
  readonly entries: HistoryEntry[];
}

export async function getSegmentHistory(deps: Deps, segmentId: number): Promise<SegmentHistory> {
  const segment = await loadSegment(deps, segmentId);
  const document = await loadDocument(deps, segment.documentId);
  const [project, revisions] = await Promise.all([loadProject(deps, document.projectId), deps.store.listRevisions(segmentId)]);
  const entries = revisions.map((revision, index) => {
    const diff = diffWords(revisions[index - 1]?.target ?? '', revision.target);
    return { revision, diff, stats: diffStats(diff) };
  });
  return { project, document, segment, entries: entries.reverse() };
}
