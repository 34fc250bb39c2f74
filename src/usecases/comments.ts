import { ConflictError, ForbiddenError, InvalidInputError } from '../core/errors.js';
import type { Actor, Comment } from '../core/types.js';
import { findMentions } from '../review/mentions.js';
import type { ActingRole } from '../review/permissions.js';
import { isThreadResolved, isThreadUnresolved, mayResolveThread } from '../review/threads.js';
import type { ThreadEvent } from '../store/teamwork-store.js';
import type { Deps } from './deps.js';
import { loadSegment } from './load.js';

export const MAX_COMMENT_LENGTH = 2000;

/**
 * Adds a note to a segment's thread: a reviewer explains, a translator answers. Project members
 * named with `@username` are mentioned (the writer never mentions themself): the comment waits
 * for them on their dashboard until the thread is resolved.
 */
export async function addComment(deps: Deps, input: { segmentId: number; body: string; actor: Actor }): Promise<Comment> {
  const body = input.body.trim();
  if (body === '' || body.length > MAX_COMMENT_LENGTH) throw new InvalidInputError('comment.length', { max: MAX_COMMENT_LENGTH });
  const { segment } = await loadSegment(deps, input.actor, input.segmentId, 'translate');
  const document = (await deps.store.findDocument(segment.documentId))!;
  const members = await deps.store.listMemberships(document.projectId);
  const named = new Set(findMentions(body, members.map((member) => member.user.username)));
  const mentions = members.filter(({ user }) => named.has(user.username) && user.username !== input.actor.username).map(({ user }) => user.id);
  return deps.store.addMentioningComment({ segmentId: segment.id, author: input.actor.username, body, mentions });
}

/** A segment's comment thread as people see it. */
export interface ThreadView {
  readonly comments: number;
  readonly resolved: boolean;
  /** The latest resolve or reopen (who, when), or null. */
  readonly lastEvent: ThreadEvent | null;
  /** Whether the person asking may resolve or reopen it. */
  readonly mayResolve: boolean;
}

/** The thread of a segment for someone who may read it (the caller checked access and knows their role). */
export async function threadOf(deps: Deps, segmentId: number, viewer: { username: string; role: ActingRole }, comments?: readonly Comment[]): Promise<ThreadView> {
  const [list, lastEvent] = await Promise.all([comments ?? deps.store.listComments(segmentId), deps.store.latestThreadEvent(segmentId)]);
  return {
    comments: list.length,
    resolved: isThreadResolved(list.at(-1)?.id ?? null, lastEvent),
    lastEvent,
    mayResolve: list.length > 0 && mayResolveThread(viewer.role, viewer.username, list[0]?.author ?? null),
  };
}

/**
 * Marks a segment's thread resolved or open again; whoever started it, reviewers and managers
 * may. Appends to the thread's log (who, when, up to which comment); asking for the state the
 * thread is already in changes nothing.
 */
export async function setThreadResolved(deps: Deps, input: { segmentId: number; resolved: boolean; actor: Actor }): Promise<{ thread: ThreadView; unresolved: number[] }> {
  const { segment, role } = await loadSegment(deps, input.actor, input.segmentId, 'translate');
  const comments = await deps.store.listComments(segment.id);
  if (!mayResolveThread(role, input.actor.username, comments[0]?.author ?? null)) throw new ForbiddenError('comment.resolveForbidden');
  const last = comments.at(-1);
  if (!last) throw new ConflictError('comment.noThread');
  if (isThreadResolved(last.id, await deps.store.latestThreadEvent(segment.id)) !== input.resolved) {
    await deps.store.addThreadEvent({ segmentId: segment.id, action: input.resolved ? 'resolve' : 'reopen', lastCommentId: last.id, actor: input.actor.username });
  }
  const viewer = { username: input.actor.username, role };
  const [thread, unresolved] = await Promise.all([threadOf(deps, segment.id, viewer, comments), unresolvedThreads(deps, segment.documentId)]);
  return { thread, unresolved };
}

/** The live segments of a document whose comment threads are not resolved (the caller checked access). */
export async function unresolvedThreads(deps: Deps, documentId: number): Promise<number[]> {
  const threads = await deps.store.listDocumentThreads(documentId);
  return threads.filter((thread) => isThreadUnresolved(thread.lastCommentId, thread.lastEvent)).map((thread) => thread.segmentId);
}
