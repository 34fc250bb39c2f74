import type { ReviewEvent, Segment, SegmentEventKind } from '../core/types.js';

/**
 * A document's live feed and who is in it (issue 7). Both live in the database so
 * that every app node serving an editor sees every change and every person.
 */
export interface FeedStore {
  /** The newest entry of a document's feed (0 before any): where an editor opened now starts following. */
  latestFeedId(documentId: number): Promise<number>;
  /** A document's feed entries after `afterId`, oldest first, at most `limit`, each with its segment as it is now. */
  listFeed(documentId: number, afterId: number, limit: number): Promise<FeedEntry[]>;
  /** Where someone is in a document, seen now (one row per person and document, overwritten). */
  setPresence(input: PresenceWrite): Promise<void>;
  /** Someone closed the document. */
  removePresence(documentId: number, userId: number): Promise<void>;
  /** Everyone with enabled accounts seen in a document at or after `seenSince`. */
  listPresence(documentId: number, seenSince: string): Promise<Presence[]>;
}

/** What a feed entry records: a save (a revision), a review decision, a comment, or a change of the segments themselves. */
export type FeedKind = 'save' | ReviewEvent['action'] | 'comment' | SegmentEventKind;

export interface FeedEntry {
  readonly id: number;
  readonly kind: FeedKind;
  /** The username of whoever did it. */
  readonly actor: string;
  /** Their display name, or null when no account has that name (e.g. `system`). */
  readonly actorName: string | null;
  readonly createdAt: string;
  /** The segment as it is now (not as it was then): a follower wants the current text and version. */
  readonly segment: Segment;
  /** The segment was merged away or removed by a re-import since. */
  readonly removed: boolean;
}

export interface PresenceWrite {
  readonly documentId: number;
  readonly userId: number;
  readonly segmentId: number | null;
  /** Until when they count as typing there (ISO UTC), or null. */
  readonly typingUntil: string | null;
}

export interface Presence {
  readonly userId: number;
  readonly username: string;
  readonly displayName: string;
  readonly segmentId: number | null;
  readonly typingUntil: string | null;
  readonly seenAt: string;
}
