import type Database from 'better-sqlite3';
import type { SegmentKind, SegmentState } from '../core/types.js';
import type { ExportReads, SegmentExportRecord } from './store.js';
import { inTransaction } from './transactions.js';

// A 10,000-segment export is mostly this read, so it is built for it. Every value better-sqlite3
// hands over costs about as much as a B-tree step, so the segment statement returns only what the
// export asked for (the rejection packed in one column, null for all but rejected segments). Each
// lookup is an index search per segment, whatever its history. Live segments are the ones with a
// position (a CHECK ties it to removed_at), which the (document_id, position) index answers alone.

const COLUMNS = 's.id, s.position, s.paragraph, s.kind, s.label, s.source, s.target, s.state, s.version, s.glue_after, s.updated_at';
const LIVE = 's.document_id = ? AND s.position IS NOT NULL';
/** The segment's first and latest revision (by version); a segment still at version 0 has none. */
const FIRST = 'CASE WHEN s.version > 0 THEN (SELECT id FROM revisions WHERE segment_id = s.id ORDER BY version LIMIT 1) END';
const LATEST = 'CASE WHEN s.version > 0 THEN (SELECT id FROM revisions WHERE segment_id = s.id ORDER BY version DESC LIMIT 1) END';
/** A rejected segment's latest rejection, unless an approval came after it. */
const REJECTION = `CASE WHEN s.state = 'rejected' THEN (SELECT json_array(r.actor, r.category, r.severity, r.comment, r.created_at) FROM review_events r
  WHERE r.id = (SELECT id FROM review_events WHERE segment_id = s.id AND action IN ('reject', 'approve') ORDER BY id DESC LIMIT 1) AND r.action = 'reject') END`;

const FINISHED = "s.state IN ('translated', 'approved')";

const segmentsSql = (authors: boolean, rejection: boolean, finishedOnly: boolean) => `SELECT ${COLUMNS}${authors ? ', f.author, f.created_at, l.author' : ''}${rejection ? `, ${REJECTION}` : ''}
  FROM segments s${authors ? ` LEFT JOIN revisions f ON f.id = ${FIRST} LEFT JOIN revisions l ON l.id = ${LATEST}` : ''}
  WHERE ${LIVE}${finishedOnly ? ` AND ${FINISHED}` : ''} ORDER BY s.position`;

type Row = [
  id: number, position: number, paragraph: number, kind: string, label: string | null, source: string, target: string, state: string,
  version: number, glueAfter: string, updatedAt: string | null, ...more: (string | null)[],
];
type Comment = SegmentExportRecord['comments'][number];
type Rejection = [author: string, category: string | null, severity: string | null, comment: string | null, createdAt: string];
interface CommentRow { segment_id: number; author: string; body: string; created_at: string }
interface RevisedRow { segment_id: number; confirmed: string; confirmed_by: string; revised_by: string; revised_at: string }

/** The stored kinds and states as the literals themselves (the strings SQLite hands over are not kept). */
const KINDS: Readonly<Record<string, SegmentKind>> = { text: 'text', heading: 'heading', skip: 'skip' };
const STATES: Readonly<Record<string, SegmentState>> = { new: 'new', draft: 'draft', translated: 'translated', rejected: 'rejected', approved: 'approved' };
const NO_COMMENTS: readonly Comment[] = Object.freeze([]);

/** The one read behind every export (SQL stays in store/). */
export class ExportSql {
  private readonly sql;

  constructor(private readonly db: Database.Database) {
    this.sql = {
      // Rows as arrays; one statement per combination of authors, rejection and finished only, all prepared here.
      segments: [false, true].map((authors) => [false, true].map((rejection) => [false, true].map((finishedOnly) =>
        db.prepare(segmentsSql(authors, rejection, finishedOnly)).raw(true)))),
      comments: db.prepare(`SELECT c.segment_id, c.author, c.body, c.created_at FROM segments s JOIN comments c ON c.segment_id = s.id
        WHERE ${LIVE} ORDER BY c.id`),
      // The text of the translator's latest confirmation where the target is no longer it, and who changed it last.
      revised: db.prepare(`SELECT s.id AS segment_id, c.target AS confirmed, c.author AS confirmed_by, l.author AS revised_by, l.created_at AS revised_at
        FROM segments s
        JOIN revisions c ON c.id = (SELECT revision_id FROM review_events WHERE segment_id = s.id AND action = 'confirm' ORDER BY id DESC LIMIT 1)
        JOIN revisions l ON l.id = ${LATEST}
        WHERE ${LIVE} AND ${FINISHED} AND c.target <> s.target`),
    };
  }

  /**
   * Every live segment in position order (only the translated and approved ones for `finishedOnly`)
   * with what `reads` asks for, from one snapshot (one read transaction).
   */
  read(documentId: number, reads: ExportReads): SegmentExportRecord[] {
    return inTransaction(this.db, (): SegmentExportRecord[] => {
      const comments = reads.comments ? this.threads(documentId) : new Map<number, Comment[]>();
      const revised = new Map(reads.revised
        ? (this.sql.revised.all(documentId) as RevisedRow[]).map((row) => [row.segment_id, {
          confirmed: row.confirmed, confirmedBy: row.confirmed_by, revisedBy: row.revised_by, revisedAt: row.revised_at,
        }])
        : []);
      const rows = this.sql.segments[Number(reads.authors)]![Number(reads.rejections)]![Number(reads.finishedOnly)]!.all(documentId) as Row[];
      // Columns after the segment's own: the authors (3) when asked for, then the packed rejection when asked for.
      const rejectionAt = reads.rejections ? (reads.authors ? 14 : 11) : -1;
      return rows.map((row) => {
        const id = row[0];
        const history = { comments: comments.get(id) ?? NO_COMMENTS, rejection: rejectionAt === -1 ? null : rejectionOf(row[rejectionAt] as string | null), revised: revised.get(id) ?? null };
        return reads.authors ? withAuthors(row, history) : toRecord(row, history);
      });
    });
  }

  /** Each segment's comments, oldest first. */
  private threads(documentId: number): Map<number, Comment[]> {
    const threads = new Map<number, Comment[]>();
    for (const row of this.sql.comments.all(documentId) as CommentRow[]) {
      const comment = { author: row.author, body: row.body, createdAt: row.created_at };
      const thread = threads.get(row.segment_id);
      if (thread) thread.push(comment);
      else threads.set(row.segment_id, [comment]);
    }
    return threads;
  }
}

type History = Pick<SegmentExportRecord, 'comments' | 'rejection' | 'revised'>;

function toRecord(row: Row, { comments, rejection, revised }: History): SegmentExportRecord {
  const [id, position, paragraph, kind, label, source, target, state, version, glueAfter, updatedAt] = row;
  return { id, position, paragraph, kind: KINDS[kind]!, label, source, target, state: STATES[state]!, version, glueAfter, updatedAt, comments, rejection, revised };
}

function withAuthors(row: Row, { comments, rejection, revised }: History): SegmentExportRecord {
  const [id, position, paragraph, kind, label, source, target, state, version, glueAfter, updatedAt, createdBy = null, createdAt = null, updatedBy = null] = row;
  return {
    id, position, paragraph, kind: KINDS[kind]!, label, source, target, state: STATES[state]!, version, glueAfter, updatedAt,
    createdBy, createdAt, updatedBy, comments, rejection, revised,
  };
}

/** The rejection column ([actor, category, severity, comment, created_at] as JSON), or null. */
function rejectionOf(packed: string | null): SegmentExportRecord['rejection'] {
  if (packed === null) return null;
  const [author, category, severity, comment, createdAt] = JSON.parse(packed) as Rejection;
  return { author, category, severity, comment, createdAt };
}
