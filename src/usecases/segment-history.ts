import { NotFoundError } from '../core/errors.js';
import type { Actor, Comment, DocumentInfo, Project, Revision, Segment, SegmentEvent } from '../core/types.js';
import { diffStats, diffWords, type DiffPart } from '../revisions/word-diff.js';
import type { Deps } from './deps.js';
import { loadDocument, loadSegment } from './load.js';

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
  /** True for a segment merged away or removed by a re-import: its history is shown read-only. */
  readonly removed: boolean;
}

export async function getSegmentHistory(deps: Deps, actor: Actor, segmentId: number): Promise<SegmentHistory> {
  const { segment, removed } = await loadSegmentOrRemoved(deps, actor, segmentId);
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
  return { project, document, segment, entries: entries.reverse(), events: described.reverse(), comments, removed };
}

/** A live segment, or one that is gone from the grid but whose history members may still read. */
async function loadSegmentOrRemoved(deps: Deps, actor: Actor, segmentId: number): Promise<{ segment: Segment; removed: boolean }> {
  try {
    return { ...(await loadSegment(deps, actor, segmentId, 'read')), removed: false };
  } catch (error) {
    const gone = error instanceof NotFoundError ? await deps.store.findRemovedSegment(segmentId) : null;
    if (!gone) throw error;
    await loadDocument(deps, actor, gone.documentId, 'read').catch(() => {
      throw error;
    });
    return { segment: gone, removed: true };
  }
}
