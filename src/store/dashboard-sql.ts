import type Database from 'better-sqlite3';
import type { ProjectRole, ReviewEvent, TargetOrigin } from '../core/types.js';
import { toDocument, toReviewEvent, toWordCounts, type DocumentRow, type ReviewEventRow, type WordCountRow } from './rows.js';
import type { ActivityEntry, DocumentSummary, ReturnedSegment } from './store.js';
import { inTransaction } from './transactions.js';

/** Project ids go in as one JSON array parameter (`json_each`), so each statement is prepared once. */
const IN_PROJECTS = 'IN (SELECT value FROM json_each(@projects))';

interface ActivityRow {
  id: number; segment_id: number; author: string; origin: string; action: string | null; created_at: string;
  document_id: number; project_id: number; title: string;
}

/** The dashboard's reads across the projects of one user (SQL stays in store/). */
export class DashboardSql {
  private readonly sql;

  constructor(private readonly db: Database.Database) {
    this.sql = {
      roles: db.prepare('SELECT project_id, role FROM memberships WHERE user_id = ?'),
      documents: db.prepare(`SELECT * FROM documents WHERE project_id ${IN_PROJECTS} ORDER BY created_at DESC, id DESC`),
      documentWords: db.prepare(`SELECT s.document_id, s.state,
          SUM(CASE WHEN s.kind <> 'skip' THEN s.word_count ELSE 0 END) AS words,
          COUNT(*) FILTER (WHERE s.kind <> 'skip') AS segments, COUNT(*) FILTER (WHERE s.kind = 'skip') AS skipped
        FROM segments s JOIN documents d ON d.id = s.document_id
        WHERE s.removed_at IS NULL AND d.project_id ${IN_PROJECTS} GROUP BY s.document_id, s.state`),
      // The latest rejection of each segment still rejected, if its latest confirmation was by the user.
      returned: db.prepare(`SELECT r.*, s.source, s.document_id, d.project_id, d.title
        FROM segments s JOIN documents d ON d.id = s.document_id
        JOIN review_events r ON r.id = (SELECT MAX(id) FROM review_events WHERE segment_id = s.id AND action = 'reject')
        WHERE s.state = 'rejected' AND s.removed_at IS NULL AND d.project_id ${IN_PROJECTS}
          AND (SELECT actor FROM review_events c WHERE c.segment_id = s.id AND c.action = 'confirm' ORDER BY c.id DESC LIMIT 1) = @username
        ORDER BY r.id DESC LIMIT @limit`),
      // Through the segment, so that the review log is searched by its index.
      activity: db.prepare(`SELECT v.id, v.segment_id, v.author, v.origin, v.created_at, r.action, d.id AS document_id, d.project_id, d.title
        FROM revisions v JOIN segments s ON s.id = v.segment_id JOIN documents d ON d.id = s.document_id
        LEFT JOIN review_events r ON r.segment_id = v.segment_id AND r.revision_id = v.id
        WHERE d.project_id ${IN_PROJECTS} ORDER BY v.id DESC LIMIT @limit`),
    };
  }

  roles(userId: number): Map<number, ProjectRole> {
    const rows = this.sql.roles.all(userId) as { project_id: number; role: ProjectRole }[];
    return new Map(rows.map((row) => [row.project_id, row.role]));
  }

  /** Documents with their counts, in one transaction (the words match the documents). */
  documents(projectIds: readonly number[]): DocumentSummary[] {
    const projects = JSON.stringify(projectIds);
    return inTransaction(this.db, () => {
      type Row = WordCountRow & { document_id: number; segments: number; skipped: number };
      const byDocument = new Map<number, Row[]>();
      for (const row of this.sql.documentWords.all({ projects }) as Row[]) byDocument.set(row.document_id, [...(byDocument.get(row.document_id) ?? []), row]);
      return (this.sql.documents.all({ projects }) as DocumentRow[]).map((row) => {
        const counts = byDocument.get(row.id) ?? [];
        return {
          ...toDocument(row),
          segmentCount: counts.reduce((sum, count) => sum + count.segments, 0),
          skippedCount: counts.reduce((sum, count) => sum + count.skipped, 0),
          words: toWordCounts(counts),
        };
      });
    });
  }

  returned(username: string, projectIds: readonly number[], limit: number): ReturnedSegment[] {
    type Row = ReviewEventRow & { source: string; document_id: number; project_id: number; title: string };
    const rows = this.sql.returned.all({ username, projects: JSON.stringify(projectIds), limit }) as Row[];
    return rows.map((row) => ({
      segment: { id: row.segment_id, documentId: row.document_id, source: row.source },
      document: { id: row.document_id, projectId: row.project_id, title: row.title },
      rejection: toReviewEvent(row),
    }));
  }

  activity(projectIds: readonly number[], limit: number): ActivityEntry[] {
    const rows = this.sql.activity.all({ projects: JSON.stringify(projectIds), limit }) as ActivityRow[];
    return rows.map((row) => ({
      revisionId: row.id, segmentId: row.segment_id, author: row.author, origin: row.origin as TargetOrigin,
      action: row.action as ReviewEvent['action'] | null, createdAt: row.created_at,
      document: { id: row.document_id, projectId: row.project_id, title: row.title },
    }));
  }
}
