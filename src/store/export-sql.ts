import type Database from 'better-sqlite3';
import type { SegmentKind, SegmentState } from '../core/types.js';
import { toComment, type CommentRow } from './rows.js';
import type { DocumentExportRecords, ExportReads, SegmentExportRecord } from './store.js';

// Every value better-sqlite3 hands over costs about as much as a row's B-tree step, so each
// statement returns only what an export asked for: segment columns, plus one row per rejected,
// revised or commented segment. Lookups are index searches per segment, whatever its history.

const COLUMNS = 's.id, s.position, s.paragraph, s.kind, s.label, s.source, s.target, s.state, s.version, s.glue_after, s.updated_at';
const LIVE = 's.document_id = ? AND s.removed_at IS NULL';
/** The segment's first and latest revision (by version). */
const FIRST = '(SELECT id FROM revisions WHERE segment_id = s.id ORDER BY version LIMIT 1)';
const LATEST = '(SELECT id FROM revisions WHERE segment_id = s.id ORDER BY version DESC LIMIT 1)';

type SegmentRow = [
  id: number, position: number, paragraph: number, kind: string, label: string | null, source: string, target: string, state: string,
  version: number, glueAfter: string, updatedAt: string | null,
];
type AuthorsRow = [...SegmentRow, firstAuthor: string | null, firstAt: string | null, latestAuthor: string | null];
interface RejectionRow { segment_id: number; actor: string; category: string | null; severity: string | null; comment: string | null; created_at: string }
interface RevisedRow { segment_id: number; confirmed: string; confirmed_by: string; revised_by: string; revised_at: string }

/** The one read behind every export (SQL stays in store/). */
export class ExportSql {
  private readonly sql;

  constructor(private readonly db: Database.Database) {
    this.sql = {
      // Rows as arrays: no keyed object per row only to be copied into another.
      segments: db.prepare(`SELECT ${COLUMNS} FROM segments s WHERE ${LIVE} ORDER BY s.position`).raw(true),
      withAuthors: db.prepare(`SELECT ${COLUMNS}, f.author, f.created_at, l.author FROM segments s
        LEFT JOIN revisions f ON f.id = ${FIRST} LEFT JOIN revisions l ON l.id = ${LATEST}
        WHERE ${LIVE} ORDER BY s.position`).raw(true),
      comments: db.prepare(`SELECT c.* FROM comments c JOIN segments s ON s.id = c.segment_id WHERE ${LIVE} ORDER BY c.id`),
      // A rejected segment's latest rejection, unless an approval came after it.
      rejections: db.prepare(`SELECT s.id AS segment_id, r.actor, r.category, r.severity, r.comment, r.created_at FROM segments s
        JOIN review_events r ON r.id = (SELECT id FROM review_events WHERE segment_id = s.id AND action IN ('reject', 'approve') ORDER BY id DESC LIMIT 1)
        WHERE ${LIVE} AND s.state = 'rejected' AND r.action = 'reject'`),
      // The text of the translator's latest confirmation where the target is no longer it, and who changed it last.
      revised: db.prepare(`SELECT s.id AS segment_id, c.target AS confirmed, c.author AS confirmed_by, l.author AS revised_by, l.created_at AS revised_at
        FROM segments s
        JOIN revisions c ON c.id = (SELECT revision_id FROM review_events WHERE segment_id = s.id AND action = 'confirm' ORDER BY id DESC LIMIT 1)
        JOIN revisions l ON l.id = ${LATEST}
        WHERE ${LIVE} AND s.state IN ('translated', 'approved') AND c.target <> s.target`),
    };
  }

  /** Everything from one snapshot (one read transaction). */
  read(documentId: number, reads: ExportReads): DocumentExportRecords {
    return this.db.transaction((): DocumentExportRecords => ({
      segments: reads.authors
        ? (this.sql.withAuthors.all(documentId) as AuthorsRow[]).map(toRecordWithAuthors)
        : (this.sql.segments.all(documentId) as SegmentRow[]).map(toRecord),
      comments: reads.comments ? (this.sql.comments.all(documentId) as CommentRow[]).map(toComment) : [],
      rejections: reads.rejections
        ? (this.sql.rejections.all(documentId) as RejectionRow[]).map((row) => ({
          segmentId: row.segment_id, actor: row.actor, category: row.category, severity: row.severity, comment: row.comment, createdAt: row.created_at,
        }))
        : [],
      revised: reads.revised
        ? (this.sql.revised.all(documentId) as RevisedRow[]).map((row) => ({
          segmentId: row.segment_id, confirmed: row.confirmed, confirmedBy: row.confirmed_by, revisedBy: row.revised_by, revisedAt: row.revised_at,
        }))
        : [],
    }))();
  }
}

function toRecord(row: SegmentRow): SegmentExportRecord {
  const [id, position, paragraph, kind, label, source, target, state, version, glueAfter, updatedAt] = row;
  return { id, position, paragraph, kind: kind as SegmentKind, label, source, target, state: state as SegmentState, version, glueAfter, updatedAt };
}

function toRecordWithAuthors(row: AuthorsRow): SegmentExportRecord {
  const [id, position, paragraph, kind, label, source, target, state, version, glueAfter, updatedAt, firstAuthor, firstAt, latestAuthor] = row;
  return {
    id, position, paragraph, kind: kind as SegmentKind, label, source, target, state: state as SegmentState, version, glueAfter, updatedAt,
    firstAuthor, firstAt, latestAuthor,
  };
}
