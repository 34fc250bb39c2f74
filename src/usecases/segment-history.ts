import type { Actor, Comment, DocumentInfo, Project, Revision, Segment, SegmentEvent } from '../core/types.js';
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
export interface SegmentHistory {
  readonly project: Project;
  readonly document: DocumentInfo;
  readonly segment: Segment;
  readonly entries: HistoryEntry[];
  /** Merges, splits and source changes, newest first, each with a diff from the source before to the current one. */
  readonly events: { readonly event: SegmentEvent; readonly sourceDiff: DiffPart[] | null }[];
  /** The segment's comment thread, oldest first. */
  readonly comments: Comment[];
}

export async function getSegmentHistory(deps: Deps, actor: Actor, segmentId: number): Promise<SegmentHistory> {
  const { segment } = await loadSegment(deps, actor, segmentId, 'read');
  const document = (await deps.store.findDocument(segment.documentId))!;
  const [project, revisions, events, comments] = await Promise.all([
    deps.store.findProject(document.projectId).then((found) => found!), deps.store.listRevisions(segmentId),
    deps.store.listSegmentEvents(segmentId), deps.store.listComments(segmentId),
  ]);
  const entries = revisions.map((revision, index) => {
    const diff = diffWords(revisions[index - 1]?.target ?? '', revision.target);
    return { revision, diff, stats: diffStats(diff) };
  });
  const described = events.map((event) => {
    const { sourceBefore, sourceAfter } = event.details;
    const after = typeof sourceAfter === 'string' ? sourceAfter : segment.source;
    return { event, sourceDiff: typeof sourceBefore === 'string' ? diffWords(sourceBefore, after) : null };
  });
  return { project, document, segment, entries: entries.reverse(), events: described.reverse(), comments };
}
