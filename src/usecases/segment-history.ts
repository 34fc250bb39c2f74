import { NotFoundError } from '../core/errors.js';
import type { Actor, Comment, DocumentInfo, Project, Revision, Segment, SegmentEvent } from '../core/types.js';
import { mentionParts, type MentionPart } from '../review/mentions.js';
import type { ActingRole } from '../review/permissions.js';
import { diffStats, diffWords, type DiffPart } from '../revisions/word-diff.js';
import { requireAccess } from './access.js';
import { threadOf, type ThreadView } from './comments.js';
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
  /** Each comment's text cut into plain parts and mentions (by comment id). */
  readonly commentParts: Readonly<Record<number, MentionPart[]>>;
  /** Whether the thread is resolved, by whom, and whether the reader may resolve or reopen it. */
  readonly thread: ThreadView;
  /** True for a segment merged away or removed by a re-import: its history is shown read-only. */
  readonly removed: boolean;
}

export async function getSegmentHistory(deps: Deps, actor: Actor, segmentId: number): Promise<SegmentHistory> {
  const { segment, removed, role } = await loadSegmentOrRemoved(deps, actor, segmentId);
  const document = (await deps.store.findDocument(segment.documentId))!;
  const [project, revisions, events, comments, mentions] = await Promise.all([
    deps.store.findProject(document.projectId).then((found) => found!), deps.store.listRevisions(segmentId),
    deps.store.listSegmentEvents(segmentId), deps.store.listComments(segmentId), deps.store.listCommentMentions(segmentId),
  ]);
  // A removed segment's history is read-only, its thread too.
  const thread = await threadOf(deps, segmentId, { username: actor.username, role }, comments).then((view) => (removed ? { ...view, mayResolve: false } : view));
  const commentParts = Object.fromEntries(comments.map((comment) => [comment.id, mentionParts(comment.body, mentions.get(comment.id) ?? [])]));
  const entries = revisions.map((revision, index) => {
    const diff = diffWords(revisions[index - 1]?.target ?? '', revision.target);
    return { revision, diff, stats: diffStats(diff) };
  });
  const described = events.map((event) => {
    const { sourceBefore, sourceAfter } = event.details;
    const after = typeof sourceAfter === 'string' ? sourceAfter : segment.source;
    return { event, sourceDiff: typeof sourceBefore === 'string' ? diffWords(sourceBefore, after) : null };
  });
  return { project, document, segment, entries: entries.reverse(), events: described.reverse(), comments, commentParts, thread, removed };
}

/** A live segment, or one that is gone from the grid but whose history members may still read. */
async function loadSegmentOrRemoved(deps: Deps, actor: Actor, segmentId: number): Promise<{ segment: Segment; removed: boolean; role: ActingRole }> {
  try {
    return { ...(await loadSegment(deps, actor, segmentId, 'read')), removed: false };
  } catch (error) {
    const gone = error instanceof NotFoundError ? await deps.store.findRemovedSegment(segmentId) : null;
    const document = gone && await deps.store.findDocument(gone.documentId);
    if (!gone || !document) throw error;
    const role = await requireAccess(deps, actor, document.projectId, 'read').catch(() => {
      throw error;
    });
    return { segment: gone, removed: true, role };
  }
}
