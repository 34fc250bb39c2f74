import type Database from 'better-sqlite3';
import type { Clock } from '../core/clock.js';
import type { Comment, DocumentInfo } from '../core/types.js';
import { toComment, toDocument, type CommentRow, type DocumentRow } from './rows.js';
import type { EditingTimeTotals, MentionEntry, ThreadAction, ThreadEvent, ThreadFacts, TeamworkStore } from './teamwork-store.js';
import { inTransaction, inImmediateTransaction } from './transactions.js';

interface ThreadEventRow { id: number; segment_id: number; action: string; last_comment_id: number; actor: string; created_at: string }
interface ThreadFactsRow { segment_id: number; last_comment_id: number; event_action: string | null; event_last_comment_id: number | null }

const toThreadEvent = (r: ThreadEventRow): ThreadEvent => ({
  id: r.id, segmentId: r.segment_id, action: r.action as ThreadAction, lastCommentId: r.last_comment_id, actor: r.actor, createdAt: r.created_at,
});

const toThreadFacts = (r: ThreadFactsRow): ThreadFacts => ({
  segmentId: r.segment_id, lastCommentId: r.last_comment_id,
  lastEvent: r.event_action === null ? null : { action: r.event_action as ThreadAction, lastCommentId: r.event_last_comment_id ?? 0 },
});

/** A segment's newest comment and its thread's latest event, as columns, for the segment id in `segment`. */
const threadColumns = (segment: string) => `(SELECT MAX(lc.id) FROM comments lc WHERE lc.segment_id = ${segment}) AS last_comment_id,
  (SELECT e.action FROM thread_events e WHERE e.segment_id = ${segment} ORDER BY e.id DESC LIMIT 1) AS event_action,
  (SELECT e.last_comment_id FROM thread_events e WHERE e.segment_id = ${segment} ORDER BY e.id DESC LIMIT 1) AS event_last_comment_id`;

/** The SQL of TeamworkStore (due dates, mentions, threads, editing time); statements prepared once. */
export class TeamworkSql implements TeamworkStore {
  private readonly sql;

  constructor(private readonly db: Database.Database, private readonly clock: Clock) {
    this.sql = {
      setDue: db.prepare('UPDATE documents SET due_on = @dueOn WHERE id = @documentId'),
      document: db.prepare('SELECT * FROM documents WHERE id = ?'),
      insertComment: db.prepare('INSERT INTO comments (segment_id, author, body, created_at) VALUES (@segmentId, @author, @body, @at)'),
      comment: db.prepare('SELECT * FROM comments WHERE id = ?'),
      insertMention: db.prepare('INSERT OR IGNORE INTO mentions (comment_id, user_id) VALUES (?, ?)'),
      mentionsOfSegment: db.prepare(`SELECT m.comment_id, u.username FROM mentions m JOIN comments c ON c.id = m.comment_id
        JOIN users u ON u.id = m.user_id WHERE c.segment_id = ? ORDER BY m.comment_id, u.username COLLATE NOCASE`),
      insertThreadEvent: db.prepare(`INSERT INTO thread_events (segment_id, action, last_comment_id, actor, created_at)
        VALUES (@segmentId, @action, @lastCommentId, @actor, @at)`),
      threadEvent: db.prepare('SELECT * FROM thread_events WHERE id = ?'),
      latestThreadEvent: db.prepare('SELECT * FROM thread_events WHERE segment_id = ? ORDER BY id DESC LIMIT 1'),
      // Live segments as `position IS NOT NULL` (the same as removed_at IS NULL, by a CHECK): answered by the (document_id, position) index alone.
      documentThreads: db.prepare(`SELECT s.id AS segment_id, ${threadColumns('s.id')}
        FROM segments s WHERE s.document_id = ? AND s.position IS NOT NULL AND EXISTS (SELECT 1 FROM comments c WHERE c.segment_id = s.id)
        ORDER BY s.id`),
      mentionsOf: db.prepare(`SELECT c.*, d.id AS document_id, d.project_id, d.title, ${threadColumns('c.segment_id')}
        FROM mentions m JOIN comments c ON c.id = m.comment_id JOIN segments s ON s.id = c.segment_id
        JOIN documents d ON d.id = s.document_id
        WHERE m.user_id = @userId AND s.removed_at IS NULL AND d.project_id IN (SELECT value FROM json_each(@projects))
        ORDER BY m.comment_id DESC LIMIT @limit`),
      insertTime: db.prepare('INSERT INTO editing_times (segment_id, username, ms, created_at) VALUES (@segmentId, @username, @ms, @at)'),
      timeByPerson: db.prepare(`SELECT e.username, SUM(e.ms) AS ms, COUNT(DISTINCT e.segment_id) AS segments
        FROM editing_times e JOIN segments s ON s.id = e.segment_id WHERE s.document_id = ?
        GROUP BY e.username ORDER BY ms DESC, e.username`),
      timeBySegment: db.prepare(`SELECT e.segment_id, SUM(e.ms) AS ms, json_group_array(DISTINCT e.username) AS people
        FROM editing_times e JOIN segments s ON s.id = e.segment_id WHERE s.document_id = ?
        GROUP BY e.segment_id ORDER BY ms DESC, e.segment_id`),
    };
  }

  async setDocumentDue(documentId: number, dueOn: string | null): Promise<DocumentInfo | null> {
    this.sql.setDue.run({ documentId, dueOn });
    const row = this.sql.document.get(documentId) as DocumentRow | undefined;
    return row ? toDocument(row) : null;
  }

  async addMentioningComment(input: { segmentId: number; author: string; body: string; mentions: readonly number[] }): Promise<Comment> {
    return inImmediateTransaction(this.db, (): Comment => {
      const { lastInsertRowid } = this.sql.insertComment.run({ segmentId: input.segmentId, author: input.author, body: input.body, at: this.clock.now() });
      for (const userId of input.mentions) this.sql.insertMention.run(lastInsertRowid, userId);
      return toComment(this.sql.comment.get(lastInsertRowid) as CommentRow);
    });
  }

  async listCommentMentions(segmentId: number): Promise<ReadonlyMap<number, readonly string[]>> {
    const mentions = new Map<number, string[]>();
    for (const row of this.sql.mentionsOfSegment.all(segmentId) as { comment_id: number; username: string }[]) {
      mentions.set(row.comment_id, [...(mentions.get(row.comment_id) ?? []), row.username]);
    }
    return mentions;
  }

  async addThreadEvent(input: { segmentId: number; action: ThreadAction; lastCommentId: number; actor: string }): Promise<ThreadEvent> {
    const { lastInsertRowid } = this.sql.insertThreadEvent.run({ ...input, at: this.clock.now() });
    return toThreadEvent(this.sql.threadEvent.get(lastInsertRowid) as ThreadEventRow);
  }

  async latestThreadEvent(segmentId: number): Promise<ThreadEvent | null> {
    const row = this.sql.latestThreadEvent.get(segmentId) as ThreadEventRow | undefined;
    return row ? toThreadEvent(row) : null;
  }

  async listDocumentThreads(documentId: number): Promise<ThreadFacts[]> {
    return this.documentThreads(documentId);
  }

  /** The same, synchronously (for a read kept by stamp, which runs in a transaction of its own). */
  documentThreads(documentId: number): ThreadFacts[] {
    return (this.sql.documentThreads.all(documentId) as ThreadFactsRow[]).map(toThreadFacts);
  }

  async listMentionsOf(userId: number, projectIds: readonly number[], limit: number): Promise<MentionEntry[]> {
    type Row = CommentRow & ThreadFactsRow & { document_id: number; project_id: number; title: string };
    const rows = this.sql.mentionsOf.all({ userId, projects: JSON.stringify(projectIds), limit }) as Row[];
    return rows.map((row) => ({
      comment: toComment(row),
      document: { id: row.document_id, projectId: row.project_id, title: row.title },
      thread: toThreadFacts(row),
    }));
  }

  async addEditingTime(input: { segmentId: number; username: string; ms: number }): Promise<void> {
    this.sql.insertTime.run({ ...input, at: this.clock.now() });
  }

  /**
   * Inside the caller's transaction (a save's group commit). A refused time (out of bounds) undoes
   * only its own statement, as SQLite does for a failed statement, and is dropped: false.
   */
  recordEditingTime(input: { segmentId: number; username: string; ms: number }, at: string): boolean {
    try {
      this.sql.insertTime.run({ ...input, at });
      return true;
    } catch {
      return false;
    }
  }

  async summariseEditingTime(documentId: number): Promise<EditingTimeTotals> {
    return inTransaction(this.db, (): EditingTimeTotals => ({
      byPerson: this.sql.timeByPerson.all(documentId) as { username: string; ms: number; segments: number }[],
      bySegment: (this.sql.timeBySegment.all(documentId) as { segment_id: number; ms: number; people: string }[]).map((row) => ({
        segmentId: row.segment_id, ms: row.ms, people: (JSON.parse(row.people) as string[]).sort(),
      })),
    }));
  }
}
