import { InvalidInputError } from '../core/errors.js';
import type { Actor, SegmentKind, SegmentState } from '../core/types.js';
import type { FeedEntry, FeedKind } from '../store/feed-store.js';
import type { Deps } from './deps.js';
import { loadDocument } from './load.js';

/** Someone not seen for this long has left (the editor reports every 20 s while open). */
export const PRESENCE_TTL_MS = 60_000;
/** A report of typing holds the soft lock this long (the editor repeats it every few seconds while typing). */
export const TYPING_MS = 10_000;
/** Feed entries read at once; a longer backlog is read over several polls. */
const PAGE = 200;

/** Kinds that change the segments themselves (not only a text): the editor's rows no longer match the server's. */
const STRUCTURE: ReadonlySet<FeedKind> = new Set(['merge', 'split', 'source-change', 'remove', 'add', 'skip', 'unskip']);

/** What an open editor needs to bring one row up to date: the segment's public fields as they are now. */
export interface LiveSegment {
  readonly id: number;
  readonly version: number;
  readonly state: SegmentState;
  readonly target: string;
  readonly kind: SegmentKind;
  readonly updatedAt: string | null;
}

interface LiveEventBase {
  /** The feed entry this event goes up to: the stream's `id:` and the next `Last-Event-ID`. */
  readonly id: number;
  readonly actor: string;
  readonly actorName: string;
}

/** One change a follower is told about, per segment and poll: its latest text and state, a comment, or a change of the segments. */
export type LiveEvent =
  | LiveEventBase & { readonly type: 'segment'; readonly action: FeedKind; readonly segment: LiveSegment }
  | LiveEventBase & { readonly type: 'comment'; readonly segmentId: number }
  | LiveEventBase & { readonly type: 'structure'; readonly action: FeedKind; readonly segmentId: number };

/** A teammate in the document: where they are and whether they are typing there. */
export interface PresenceView {
  readonly username: string;
  readonly name: string;
  readonly segmentId: number | null;
  readonly typing: boolean;
}

export interface FeedPage {
  readonly events: readonly LiveEvent[];
  /** Where to continue from (the last entry read, or the cursor given when there was nothing new). */
  readonly lastEventId: number;
  /** True when more entries wait right after this page. */
  readonly more: boolean;
}

/** An open editor following a document; access was checked when it was opened. */
export interface DocumentFollower {
  readonly documentId: number;
  /** The cursor to start from: the one asked for (never past the newest entry), or the newest entry. */
  startAt(requested: number | undefined): Promise<number>;
  changesAfter(cursor: number): Promise<FeedPage>;
  /** Everyone else in the document now. */
  presence(): Promise<PresenceView[]>;
  /** Still a member with an enabled account: long-lived streams ask now and then. */
  stillAllowed(): Promise<boolean>;
}

/** Follow a document live: saves, decisions, comments and structure changes of teammates, and where they are. */
export async function followDocument(deps: Deps, actor: Actor, documentId: number): Promise<DocumentFollower> {
  await loadDocument(deps, actor, documentId, 'read');
  return {
    documentId,
    async startAt(requested) {
      const latest = await deps.store.latestFeedId(documentId);
      // A cursor past the newest entry (a database restored from a backup) would skip what comes next.
      return requested === undefined ? latest : Math.min(requested, latest);
    },
    async changesAfter(cursor) {
      const entries = await deps.store.listFeed(documentId, cursor, PAGE);
      return { events: collapseFeed(entries), lastEventId: entries.at(-1)?.id ?? cursor, more: entries.length === PAGE };
    },
    async presence() {
      const now = Date.parse(deps.clock.now());
      const people = await deps.store.listPresence(documentId, new Date(now - PRESENCE_TTL_MS).toISOString());
      return people.filter((person) => person.userId !== actor.userId).map((person) => ({
        username: person.username, name: person.displayName, segmentId: person.segmentId,
        typing: person.segmentId !== null && person.typingUntil !== null && Date.parse(person.typingUntil) > now,
      }));
    },
    async stillAllowed() {
      const user = await deps.store.findUserById(actor.userId);
      if (!user || user.disabledAt !== null) return false;
      return loadDocument(deps, actor, documentId, 'read').then(() => true, () => false);
    },
  };
}

export interface PresenceReport {
  readonly documentId: number;
  /** The segment the person is on, or null (the document is open, no row focused). */
  readonly segmentId: number | null;
  readonly typing: boolean;
  /** The page is being closed. */
  readonly leaving: boolean;
}

/** Tell teammates where one is in a document, whether one is typing there, or that one left. */
export async function reportPresence(deps: Deps, actor: Actor, report: PresenceReport): Promise<void> {
  await loadDocument(deps, actor, report.documentId, 'read');
  if (report.leaving) return deps.store.removePresence(report.documentId, actor.userId);
  if (report.segmentId !== null && (await deps.store.findSegment(report.segmentId))?.documentId !== report.documentId) {
    throw new InvalidInputError('presence.segment', { id: report.segmentId });
  }
  const typingUntil = report.typing && report.segmentId !== null ? new Date(Date.parse(deps.clock.now()) + TYPING_MS).toISOString() : null;
  await deps.store.setPresence({ documentId: report.documentId, userId: actor.userId, segmentId: report.segmentId, typingUntil });
}

/**
 * One event per segment for a run of feed entries (a confirm is a revision and a review
 * entry; a reconnect may bring many), carrying the segment as it is now. Comments stay one
 * each. A segment merged, split, skipped or changed by a re-import gives a `structure` event:
 * a row cannot follow that, the page must be reloaded. Events come in entry order, and the
 * last one ends at the last entry, so resuming after any event's id loses nothing.
 */
export function collapseFeed(entries: readonly FeedEntry[]): LiveEvent[] {
  const latest = new Map<number, FeedEntry>();
  const structural = new Map<number, FeedEntry>();
  const events: LiveEvent[] = [];
  for (const entry of entries) {
    const base = { id: entry.id, actor: entry.actor, actorName: entry.actorName ?? entry.actor };
    if (entry.kind === 'comment') {
      events.push({ ...base, type: 'comment', segmentId: entry.segment.id });
      continue;
    }
    if (STRUCTURE.has(entry.kind) || entry.removed) structural.set(entry.segment.id, entry);
    latest.set(entry.segment.id, entry);
  }
  for (const [segmentId, entry] of latest) {
    const cause = structural.get(segmentId);
    events.push(cause
      ? { id: entry.id, actor: cause.actor, actorName: cause.actorName ?? cause.actor, type: 'structure', action: cause.kind, segmentId }
      : { id: entry.id, actor: entry.actor, actorName: entry.actorName ?? entry.actor, type: 'segment', action: entry.kind, segment: liveSegment(entry) });
  }
  return events.sort((a, b) => a.id - b.id);
}

function liveSegment({ segment }: FeedEntry): LiveSegment {
  return { id: segment.id, version: segment.version, state: segment.state, target: segment.target, kind: segment.kind, updatedAt: segment.updatedAt };
}
