import type Database from 'better-sqlite3';
import type { Clock } from '../core/clock.js';
import type { Revision, Segment } from '../core/types.js';
import { migrate } from './migrate.js';
import { openDatabase } from './open-database.js';
import {
  toDocument, toProject, toRevision, toSegment, toWordCounts,
  type DocumentRow, type ProjectRow, type RevisionRow, type SegmentRow, type WordCountRow,
} from './rows.js';
import type {
  DocumentSummary, NewDocument, NewProject, ProjectSummary, SaveOutcome, Store, TargetWrite,
} from './store.js';

/** Opens (and migrates) a SQLite database and returns the store over it. */
export function openSqliteStore(path: string, clock: Clock): Store {
  const db = openDatabase(path);
  migrate(db);
  return new SqliteStore(db, clock);
}

const WORDS_BY_STATE = `SELECT state, SUM(word_count) AS words FROM segments
  WHERE kind <> 'skip' AND document_id IN (SELECT id FROM documents WHERE %SCOPE%) GROUP BY state`;

class SqliteStore implements Store {
  private readonly sql;

  constructor(private readonly db: Database.Database, private readonly clock: Clock) {
    // Statements are prepared once, here.
    this.sql = {
      insertProject: db.prepare(`INSERT INTO projects (name, source_lang, target_lang, created_at)
        VALUES (@name, @sourceLang, @targetLang, @createdAt)`),
      allProjects: db.prepare('SELECT * FROM projects ORDER BY name COLLATE NOCASE'),
      projectById: db.prepare('SELECT * FROM projects WHERE id = ?'),
      projectByName: db.prepare('SELECT * FROM projects WHERE name = ?'),
      documentCount: db.prepare('SELECT COUNT(*) AS n FROM documents WHERE project_id = ?'),
      projectWords: db.prepare(WORDS_BY_STATE.replace('%SCOPE%', 'project_id = ?')),
      insertDocument: db.prepare(`INSERT INTO documents (project_id, title, source_format, original_name, created_at)
        VALUES (@projectId, @title, @sourceFormat, @originalName, @createdAt)`),
      insertSegment: db.prepare(`INSERT INTO segments
        (document_id, position, paragraph, kind, label, source, glue_after, word_count, created_at)
        VALUES (@documentId, @position, @paragraph, @kind, @label, @source, @glueAfter, @wordCount, @createdAt)`),
      documentsOfProject: db.prepare('SELECT * FROM documents WHERE project_id = ? ORDER BY created_at DESC, id DESC'),
      documentById: db.prepare('SELECT * FROM documents WHERE id = ?'),
      segmentCounts: db.prepare(`SELECT COUNT(*) FILTER (WHERE kind <> 'skip') AS segments,
        COUNT(*) FILTER (WHERE kind = 'skip') AS skipped FROM segments WHERE document_id = ?`),
      documentWords: db.prepare(WORDS_BY_STATE.replace('%SCOPE%', 'id = ?')),
      segmentsOfDocument: db.prepare('SELECT * FROM segments WHERE document_id = ? ORDER BY position'),
      segmentById: db.prepare('SELECT * FROM segments WHERE id = ?'),
      updateTarget: db.prepare(`UPDATE segments SET target = @target, state = @state, origin = @origin,
        version = version + 1, updated_at = @at WHERE id = @segmentId AND version = @baseVersion`),
      insertRevision: db.prepare(`INSERT INTO revisions (segment_id, version, target, state, origin, author, created_at)
        VALUES (@segmentId, @version, @target, @state, @origin, @author, @at)`),
      revisionsOfSegment: db.prepare('SELECT * FROM revisions WHERE segment_id = ? ORDER BY version'),
      revisionById: db.prepare('SELECT * FROM revisions WHERE id = ?'),
    };
  }

  async createProject(input: NewProject) {
    const { lastInsertRowid } = this.sql.insertProject.run({ ...input, createdAt: this.clock.now() });
    return toProject(this.sql.projectById.get(lastInsertRowid) as ProjectRow);
  }

  async listProjects(): Promise<ProjectSummary[]> {
    return this.db.transaction(() => (this.sql.allProjects.all() as ProjectRow[]).map((row) => ({
      ...toProject(row),
      documentCount: (this.sql.documentCount.get(row.id) as { n: number }).n,
      words: toWordCounts(this.sql.projectWords.all(row.id) as WordCountRow[]),
    })))();
  }

  async findProject(id: number) {
    const row = this.sql.projectById.get(id) as ProjectRow | undefined;
    return row ? toProject(row) : null;
  }

  async findProjectByName(name: string) {
    const row = this.sql.projectByName.get(name) as ProjectRow | undefined;
    return row ? toProject(row) : null;
  }

  async createDocument(input: NewDocument) {
    const createdAt = this.clock.now();
    return this.db.transaction(() => {
      const { segments, ...document } = input;
      const { lastInsertRowid: documentId } = this.sql.insertDocument.run({ ...document, createdAt });
      segments.forEach((segment, position) => {
        this.sql.insertSegment.run({ ...segment, documentId, position, createdAt });
      });
      return toDocument(this.sql.documentById.get(documentId) as DocumentRow);
    })();
  }

  async listDocuments(projectId: number): Promise<DocumentSummary[]> {
    return this.db.transaction(() => (this.sql.documentsOfProject.all(projectId) as DocumentRow[]).map((row) => {
      const counts = this.sql.segmentCounts.get(row.id) as { segments: number; skipped: number };
      return {
        ...toDocument(row),
        segmentCount: counts.segments,
        skippedCount: counts.skipped,
        words: toWordCounts(this.sql.documentWords.all(row.id) as WordCountRow[]),
      };
    }))();
  }

  async findDocument(id: number) {
    const row = this.sql.documentById.get(id) as DocumentRow | undefined;
    return row ? toDocument(row) : null;
  }

  async listSegments(documentId: number): Promise<Segment[]> {
    return (this.sql.segmentsOfDocument.all(documentId) as SegmentRow[]).map(toSegment);
  }

  async findSegment(id: number) {
    const row = this.sql.segmentById.get(id) as SegmentRow | undefined;
    return row ? toSegment(row) : null;
  }

  async saveTarget(input: TargetWrite): Promise<SaveOutcome> {
    const at = this.clock.now();
    return this.db.transaction((): SaveOutcome => {
      const { changes } = this.sql.updateTarget.run({ ...input, at });
      const segment = toSegment(this.sql.segmentById.get(input.segmentId) as SegmentRow);
      if (changes === 0) return { saved: false, current: segment };
      const { lastInsertRowid } = this.sql.insertRevision.run({ ...input, version: segment.version, at });
      const revision = toRevision(this.sql.revisionById.get(lastInsertRowid) as RevisionRow);
      return { saved: true, segment, revision };
    }).immediate();
  }

  async listRevisions(segmentId: number): Promise<Revision[]> {
    return (this.sql.revisionsOfSegment.all(segmentId) as RevisionRow[]).map(toRevision);
  }

  async findRevision(id: number) {
    const row = this.sql.revisionById.get(id) as RevisionRow | undefined;
    return row ? toRevision(row) : null;
  }

  async close() {
    this.db.close();
  }
}
