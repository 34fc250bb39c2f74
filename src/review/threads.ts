import { mayReview, type ActingRole } from './permissions.js';

/** A resolve or reopen of a thread, and the newest comment the thread had then. */
export interface ThreadMark {
  readonly action: 'resolve' | 'reopen';
  readonly lastCommentId: number;
}

/**
 * A segment's comment thread is resolved when its latest mark is a resolve that covers its
 * newest comment: a comment written after the resolve opens the thread again (someone has
 * something new to say), without anyone having to reopen it. A thread without comments is neither.
 */
export function isThreadResolved(lastCommentId: number | null, lastMark: ThreadMark | null): boolean {
  return lastCommentId !== null && lastMark?.action === 'resolve' && lastMark.lastCommentId >= lastCommentId;
}

export function isThreadUnresolved(lastCommentId: number | null, lastMark: ThreadMark | null): boolean {
  return lastCommentId !== null && !isThreadResolved(lastCommentId, lastMark);
}

/** Who may resolve or reopen a thread: whoever started it, and reviewers and managers. */
export function mayResolveThread(role: ActingRole, username: string, firstAuthor: string | null): boolean {
  return mayReview(role) || (firstAuthor !== null && firstAuthor === username);
}
