import type Database from 'better-sqlite3';
import type { FeedEntry, FeedKind, Presence, PresenceWrite } from './feed-store.js';
import { toSegment, type SegmentRow } from './rows.js';

type FeedRow = SegmentRow & {
  feed_id: number; feed_kind: string; actor: string; actor_name: string | null; feed_at: string; removed_at: string | null;
};

interface PresenceRow {
  user_id: number; username: string; display_name: string; segment_id: number | null; typing_until: string | null; seen_at: string;
}

/** The live feed and presence statements (SQL stays in store/); the feed is read by its (document_id, id) index. */
export class FeedSql {
  private readonly sql;

  constructor(db: Database.Database) {
    this.sql = {
      latest: db.prepare('SELECT COALESCE(MAX(id), 0) FROM feed_entries WHERE document_id = ?').pluck(),
      // The account is looked up by the users table's own (NOCASE) username index.
      after: db.prepare(`SELECT s.*, f.id AS feed_id, f.kind AS feed_kind, f.actor, u.display_name AS actor_name, f.created_at AS feed_at
        FROM feed_entries f JOIN segments s ON s.id = f.segment_id LEFT JOIN users u ON u.username = f.actor
        WHERE f.document_id = @documentId AND f.id > @afterId ORDER BY f.id LIMIT @limit`),
      upsertPresence: db.prepare(`INSERT INTO presences (document_id, user_id, segment_id, typing_until, seen_at)
        VALUES (@documentId, @userId, @segmentId, @typingUntil, @at)
        ON CONFLICT (document_id, user_id) DO UPDATE SET segment_id = excluded.segment_id, typing_until = excluded.typing_until, seen_at = excluded.seen_at`),
      removePresence: db.prepare('DELETE FROM presences WHERE document_id = ? AND user_id = ?'),
      presence: db.prepare(`SELECT p.user_id, u.username, u.display_name, p.segment_id, p.typing_until, p.seen_at
        FROM presences p JOIN users u ON u.id = p.user_id
        WHERE p.document_id = @documentId AND p.seen_at >= @seenSince AND u.disabled_at IS NULL ORDER BY u.username COLLATE NOCASE`),
    };
  }

  latest(documentId: number): number {
    return this.sql.latest.get(documentId) as number;
  }

  after(documentId: number, afterId: number, limit: number): FeedEntry[] {
    return (this.sql.after.all({ documentId, afterId, limit }) as FeedRow[]).map((row) => ({
      id: row.feed_id, kind: row.feed_kind as FeedKind, actor: row.actor, actorName: row.actor_name, createdAt: row.feed_at,
      segment: toSegment(row), removed: row.removed_at !== null,
    }));
  }

  setPresence(input: PresenceWrite, at: string): void {
    this.sql.upsertPresence.run({ ...input, at });
  }

  removePresence(documentId: number, userId: number): void {
    this.sql.removePresence.run(documentId, userId);
  }

  presence(documentId: number, seenSince: string): Presence[] {
    return (this.sql.presence.all({ documentId, seenSince }) as PresenceRow[]).map((row) => ({
      userId: row.user_id, username: row.username, displayName: row.display_name, segmentId: row.segment_id,
      typingUntil: row.typing_until, seenAt: row.seen_at,
    }));
  }
}
