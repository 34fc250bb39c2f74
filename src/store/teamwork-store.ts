import type { Comment, DocumentInfo } from '../core/types.js';

/**
 * How a team coordinates around documents (issue 7): due dates, mentions in comments, resolved
 * comment threads, and the time people spend editing. Each method is one unit of work.
 */
export interface TeamworkStore {
  /** Sets (or, with null, clears) a document's due day; null when the document does not exist. */
  setDocumentDue(documentId: number, dueOn: string | null): Promise<DocumentInfo | null>;
  /** Adds a comment and the members it mentions (user ids), in one transaction. */
  addMentioningComment(input: { segmentId: number; author: string; body: string; mentions: readonly number[] }): Promise<Comment>;
  /** The usernames each comment of a segment mentions (comments without mentions are left out). */
  listCommentMentions(segmentId: number): Promise<ReadonlyMap<number, readonly string[]>>;
  /** Appends a resolve or reopen of a segment's thread. */
  addThreadEvent(input: { segmentId: number; action: ThreadAction; lastCommentId: number; actor: string }): Promise<ThreadEvent>;
  /** The latest resolve or reopen of a segment's thread, or null. */
  latestThreadEvent(segmentId: number): Promise<ThreadEvent | null>;
  /** The threads of a document's live segments that have comments, each with what decides whether it is resolved. */
  listDocumentThreads(documentId: number): Promise<ThreadFacts[]>;
  /** Comments in these projects that mention the user, newest first, each with its thread's facts. */
  listMentionsOf(userId: number, projectIds: readonly number[], limit: number): Promise<MentionEntry[]>;
  /** Time someone spent editing a segment up to a save. */
  addEditingTime(input: { segmentId: number; username: string; ms: number }): Promise<void>;
  /** The editing time recorded on a document's segments (merged-away ones included), summed. */
  summariseEditingTime(documentId: number): Promise<EditingTimeTotals>;
}

export type ThreadAction = 'resolve' | 'reopen';

export interface ThreadEvent {
  readonly id: number;
  readonly segmentId: number;
  readonly action: ThreadAction;
  /** The newest comment the thread had when it was resolved or reopened. */
  readonly lastCommentId: number;
  readonly actor: string;
  readonly createdAt: string;
}

/** What decides whether a segment's thread is resolved (see review/threads.ts). */
export interface ThreadFacts {
  readonly segmentId: number;
  readonly lastCommentId: number;
  readonly lastEvent: Pick<ThreadEvent, 'action' | 'lastCommentId'> | null;
}

/** A comment that mentions someone, where it is, and its thread. */
export interface MentionEntry {
  readonly comment: Comment;
  readonly document: Pick<DocumentInfo, 'id' | 'projectId' | 'title'>;
  readonly thread: ThreadFacts;
}

export interface EditingTimeTotals {
  /** Per person: milliseconds and the number of distinct segments, most time first. */
  readonly byPerson: readonly { readonly username: string; readonly ms: number; readonly segments: number }[];
  /** Per segment: milliseconds and the people who spent them, most time first. */
  readonly bySegment: readonly { readonly segmentId: number; readonly ms: number; readonly people: readonly string[] }[];
}
