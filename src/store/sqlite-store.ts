import type Database from 'better-sqlite3';
import type { Clock } from '../core/clock.js';
import { ConflictError, NotFoundError } from '../core/errors.js';
import type { Comment, Project, ProjectSettings, ReviewEvent, Revision, Segment, SegmentEvent, SegmentKind } from '../core/types.js';
import { backupDatabase } from './backup.js';
import { startCheckpointer, type Checkpointer } from './checkpointer.js';
import { loadMigrations, migrate } from './migrate.js';
import { openDatabase } from './open-database.js';
import {
  toComment, toDocument, toProject, toReviewEvent, toRevision, toSegment, toSegmentEvent, toWordCounts,
  type CommentRow, type DocumentRow, type ProjectRow, type ReviewEventRow, type RevisionRow, type SegmentEventRow, type SegmentRow, type WordCountRow,
} from './rows.js';
import { AccountsSql } from './accounts-sql.js';
import { StructureSql } from './structure-sql.js';
import { TmSql } from './tm-sql.js';
import { GlossarySql } from './glossary-sql.js';
import { DashboardSql } from './dashboard-sql.js';
import { FeedSql } from './feed-sql.js';
import type { PresenceWrite } from './feed-store.js';
import { TeamworkSql } from './teamwork-sql.js';
import type { ThreadAction, ThreadFacts } from './teamwork-store.js';
import { ExportSql } from './export-sql.js';
import { GroupCommit, type Settled } from './group-commit.js';
import { KeptByStamp } from './kept-by-stamp.js';
import { openWalSync, writeWithoutSync, type WalSync } from './wal-sync.js';
import type {
  DocumentSummary, KindWrite, MergeWrite, NewDocument, NewProject, ProjectSummary, ReimportOutcome, ReimportWrite, SaveOutcome,
  SplitWrite, Store, StructureOutcome, TargetWrite, ImportWrite, NewTmEntry, TmChange, NewGlossaryEntry, ExportReads, RelatedSegment, DocumentReviewEvent,
} from './store.js';
import type { SegmentImport } from '../review/import-plan.js';
import { inTransaction, inImmediateTransaction } from './transactions.js';

/** Thrown inside an import's transaction to roll all of it back when a segment moved meanwhile. */
class StaleImport extends Error {}

/** How many documents' segment lists are kept (the least recently read go first). */
const KEPT_SEGMENT_LISTS = 32;

/** Actions that go into the review log (as in the editor). */
const LOGGED_ACTIONS: ReadonlySet<string> = new Set(['confirm', 'approve', 'reject', 'reopen']);

/**
 * Opens (and migrates) a SQLite database and returns the store over it. A database file gets a
 * checkpoint worker (see checkpointer.ts); `checkpoints: 'connection'` keeps SQLite's own
 * automatic checkpoints instead.
 */
export function openSqliteStore(path: string, clock: Clock, options: { checkpoints?: 'worker' | 'connection' } = {}): Store {
  const db = openDatabase(path);
  migrate(db);
  const inMemory = path === ':memory:' || path === '';
  return new SqliteStore(db, clock, {
    checkpointer: inMemory || options.checkpoints === 'connection' ? null : checkpointInWorker(db, path),
    walSync: inMemory ? null : openWalSync(path),
  });
}

function checkpointInWorker(db: Database.Database, path: string): Checkpointer {
  db.pragma('wal_autocheckpoint = 0');
  // Should the worker die, this connection checkpoints again, as SQLite does by default.
  return startCheckpointer(path, { onExit: () => { if (db.open) db.pragma('wal_autocheckpoint = 1000'); } });
}

const WORDS_BY_STATE = `SELECT state, SUM(word_count) AS words FROM segments
  WHERE kind <> 'skip' AND removed_at IS NULL AND document_id IN (SELECT id FROM documents WHERE %SCOPE%) GROUP BY state`;

/** Content methods here; account methods are inherited from AccountsSql (same database, same rules). */
class SqliteStore extends AccountsSql implements Store {
  private readonly sql;
  private readonly structure: StructureSql;
  private readonly tm: TmSql;
  private readonly glossary: GlossarySql;
  private readonly expectedMigrations = loadMigrations().length;
  private readonly dashboard: DashboardSql;
  private readonly feed: FeedSql;
  private readonly teamwork: TeamworkSql;
  private readonly exports = new ExportSql(this.db);
  private readonly saves: GroupCommit<TargetWrite, SaveOutcome>;
  /** Documents' segment lists as last read, kept by their segments stamp (migration 009). */
  private readonly segmentLists = new KeptByStamp<readonly Segment[]>(this.db, KEPT_SEGMENT_LISTS);
  /**
   * The document-wide reads that open the editor besides its segments, each kept by the sum of
   * the document's segments and activity stamps (migrations 009, 011). Both only ever count up,
   * so the sum moves whenever either does. Values are shared: frozen, or copied on the way out.
   */
  private readonly documentReads = {
    reviews: new KeptByStamp<readonly DocumentReviewEvent[]>(this.db, KEPT_SEGMENT_LISTS),
    commentCounts: new KeptByStamp<Readonly<Record<number, number>>>(this.db, KEPT_SEGMENT_LISTS),
    acknowledgements: new KeptByStamp<ReadonlyMap<number, ReadonlySet<string>>>(this.db, KEPT_SEGMENT_LISTS),
    threads: new KeptByStamp<readonly ThreadFacts[]>(this.db, KEPT_SEGMENT_LISTS),
  };
  private readonly documentStamp = (id: number) => this.sql.documentStamp.get(id) as number | undefined;

  private readonly checkpointer: Checkpointer | null;
  private readonly walSync: WalSync | null;

  constructor(db: Database.Database, clock: Clock, durability: { checkpointer: Checkpointer | null; walSync: WalSync | null }) {
    super(db, clock);
    this.checkpointer = durability.checkpointer;
    this.walSync = durability.walSync;
    this.structure = new StructureSql(db);
    this.tm = new TmSql(db);
    this.glossary = new GlossarySql(db);
    this.dashboard = new DashboardSql(db);
    this.feed = new FeedSql(db);
    this.teamwork = new TeamworkSql(db, clock);
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
        COUNT(*) FILTER (WHERE kind = 'skip') AS skipped FROM segments WHERE document_id = ? AND removed_at IS NULL`),
      documentWords: db.prepare(WORDS_BY_STATE.replace('%SCOPE%', 'id = ?')),
      segmentsOfDocument: db.prepare('SELECT * FROM segments WHERE document_id = ? AND removed_at IS NULL ORDER BY position'),
      segmentsStamp: db.prepare('SELECT segments_stamp FROM documents WHERE id = ?').pluck(),
      documentStamp: db.prepare('SELECT segments_stamp + activity_stamp FROM documents WHERE id = ?').pluck(),
      segmentById: db.prepare('SELECT * FROM segments WHERE id = ? AND removed_at IS NULL'),
      segmentInProject: db.prepare(`SELECT segments.*, documents.project_id AS in_project FROM segments
        JOIN documents ON documents.id = segments.document_id WHERE segments.id = ? AND segments.removed_at IS NULL`),
      // Two index searches (segments_loose_source, segments_loose_target), not a scan of the document.
      relatedSegments: db.prepare(`SELECT id, position, kind, source, target FROM segments WHERE id IN (
          SELECT id FROM segments WHERE document_id = @documentId AND lower(trim(source)) = lower(trim(@source))
          UNION SELECT id FROM segments WHERE document_id = @documentId AND lower(trim(target)) = lower(trim(@target)))
        AND removed_at IS NULL AND kind <> 'skip' AND target <> '' ORDER BY position`),
      removedSegmentById: db.prepare('SELECT * FROM segments WHERE id = ? AND removed_at IS NOT NULL'),
      eventsOfSegment: db.prepare('SELECT * FROM segment_events WHERE segment_id = ? ORDER BY id'),
      updateSettings: db.prepare('UPDATE projects SET settings = @settings WHERE id = @id'),
      // A confirm also settles a "source changed" condition: the translator has seen the new source.
      updateTarget: db.prepare(`UPDATE segments SET target = @target, state = @state, origin = @origin, origin_score = @originScore,
        version = version + 1, updated_at = @at,
        source_before = CASE WHEN @state IN ('translated', 'approved') THEN NULL ELSE source_before END
        WHERE id = @segmentId AND version = @baseVersion AND removed_at IS NULL
        RETURNING *`),
      insertRevision: db.prepare(`INSERT INTO revisions (segment_id, version, target, state, origin, origin_score, author, created_at)
        VALUES (@segmentId, @version, @target, @state, @origin, @originScore, @author, @at)`),
      insertRevisionReturning: db.prepare(`INSERT INTO revisions (segment_id, version, target, state, origin, origin_score, author, created_at)
        VALUES (@segmentId, @version, @target, @state, @origin, @originScore, @author, @at) RETURNING *`),
      insertReview: db.prepare(`INSERT INTO review_events
        (segment_id, revision_id, actor, action, from_state, to_state, category, severity, comment, created_at)
        VALUES (@segmentId, @revisionId, @actor, @action, @fromState, @toState, @category, @severity, @comment, @at)`),
      insertComment: db.prepare('INSERT INTO comments (segment_id, author, body, created_at) VALUES (@segmentId, @author, @body, @at)'),
      commentById: db.prepare('SELECT * FROM comments WHERE id = ?'),
      commentsOfSegment: db.prepare('SELECT * FROM comments WHERE segment_id = ? ORDER BY id'),
      // A document's live segments as `position IS NOT NULL` (a CHECK ties it to removed_at): the
      // (document_id, position) index answers that alone, without reading each segment's row.
      commentsOfDocument: db.prepare(`SELECT comments.* FROM comments JOIN segments ON segments.id = comments.segment_id
        WHERE segments.document_id = ? AND segments.position IS NOT NULL ORDER BY comments.id`),
      commentCounts: db.prepare(`SELECT comments.segment_id, COUNT(*) AS n FROM comments JOIN segments ON segments.id = comments.segment_id
        WHERE segments.document_id = ? GROUP BY comments.segment_id`),
      reviewsOfSegment: db.prepare('SELECT * FROM review_events WHERE segment_id = ? ORDER BY id'),
      reviewsOfDocument: db.prepare(`SELECT review_events.*, revisions.target AS revision_target, revisions.author AS revision_author
        FROM review_events JOIN segments ON segments.id = review_events.segment_id
        LEFT JOIN revisions ON revisions.id = review_events.revision_id
        WHERE segments.document_id = ? AND segments.position IS NOT NULL ORDER BY review_events.id`),
      revisionsOfDocument: db.prepare(`SELECT revisions.* FROM revisions JOIN segments ON segments.id = revisions.segment_id
        WHERE segments.document_id = ? AND segments.position IS NOT NULL ORDER BY revisions.segment_id, revisions.version`),
      revisionsOfSegment: db.prepare('SELECT * FROM revisions WHERE segment_id = ? ORDER BY version'),
      revisionById: db.prepare('SELECT * FROM revisions WHERE id = ?'),
      migrationVersion: db.prepare('SELECT MAX(version) FROM schema_migrations').pluck(),
    };
    // Nested inside the group's transaction, each save is a savepoint of its own.
    const saveOne = db.transaction((input: TargetWrite, at: string) => this.writeTarget(input, at));
    const writeGroup = (inputs: readonly TargetWrite[]) => {
      const at = this.clock.now();
      return inImmediateTransaction(db, () => inputs.map((input): Settled<SaveOutcome> => {
        try {
          return { ok: true, value: saveOne(input, at) };
        } catch (error) {
          // Some errors (disk full, I/O) make SQLite cancel the whole transaction, not just this
          // savepoint: then nothing of the group is written, and no later save may run on its own.
          if (!db.inTransaction) throw error;
          return { ok: false, error };
        }
      }));
    };
    const { walSync } = this;
    if (walSync === null) {
      this.saves = new GroupCommit(writeGroup);
      return;
    }
    // A group commits without its own fsync; the group commit answers after `walSync` has made it
    // durable (see wal-sync.ts). Every other write of this connection stays synchronous=FULL.
    this.saves = new GroupCommit((inputs) => writeWithoutSync(db, () => writeGroup(inputs)), { sync: () => walSync.sync() });
  }

  async createProject(input: NewProject) {
    const { lastInsertRowid } = this.sql.insertProject.run({ ...input, createdAt: this.clock.now() });
    return toProject(this.sql.projectById.get(lastInsertRowid) as ProjectRow);
  }

  async listProjects(): Promise<ProjectSummary[]> {
    return inTransaction(this.db, () => (this.sql.allProjects.all() as ProjectRow[]).map((row) => ({
      ...toProject(row),
      documentCount: (this.sql.documentCount.get(row.id) as { n: number }).n,
      words: toWordCounts(this.sql.projectWords.all(row.id) as WordCountRow[]),
    })));
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
    return inTransaction(this.db, () => {
      const { segments, ...document } = input;
      const { imports, author, ...row } = document;
      const { lastInsertRowid: documentId } = this.sql.insertDocument.run({ ...row, createdAt });
      segments.forEach((segment, position) => {
        const { lastInsertRowid: segmentId } = this.sql.insertSegment.run({ ...segment, documentId, position, createdAt });
        const imported = imports?.get(position);
        if (imported) this.applySegmentImport({ ...imported, segmentId: Number(segmentId), baseVersion: 0 }, author ?? 'system', createdAt, []);
      });
      return toDocument(this.sql.documentById.get(documentId) as DocumentRow);
    });
  }

  async applyImport(input: ImportWrite): Promise<{ done: boolean; memory: TmChange[] }> {
    const at = this.clock.now();
    const memory: TmChange[] = [];
    try {
      inImmediateTransaction(this.db, () => {
        for (const segment of input.segments) {
          if (!this.applySegmentImport(segment, input.author, at, memory)) throw new StaleImport();
        }
      });
      return { done: true, memory };
    } catch (error) {
      if (error instanceof StaleImport) return { done: false, memory: [] };
      throw error;
    }
  }

  /** One segment's imported steps and comments; false if it is no longer at its base version. Inside a transaction. */
  private applySegmentImport(input: SegmentImport, author: string, at: string, memory: TmChange[]): boolean {
    let version = input.baseVersion;
    for (const step of input.steps) {
      const before = this.sql.segmentById.get(input.segmentId) as SegmentRow | undefined;
      const updated = this.sql.updateTarget.get({
        segmentId: input.segmentId, baseVersion: version, target: step.target, state: step.state, origin: 'import', originScore: null, at,
      });
      if (updated === undefined || before === undefined) return false;
      version += 1;
      const { lastInsertRowid: revisionId } = this.sql.insertRevision.run({
        segmentId: input.segmentId, version, target: step.target, state: step.state, origin: 'import', originScore: null, author, at,
      });
      if (LOGGED_ACTIONS.has(step.action)) {
        this.sql.insertReview.run({
          segmentId: input.segmentId, revisionId, actor: author, action: step.action, fromState: before.state, toState: step.state,
          category: null, severity: null, comment: null, at,
        });
      }
    }
    if (input.steps.length === 0 && this.sql.segmentById.get(input.segmentId) === undefined) return false;
    for (const body of input.comments) this.sql.insertComment.run({ segmentId: input.segmentId, author, body, at });
    const change = input.memory === null ? null : this.tm.sync(input.segmentId, input.memory === 'remember', author, at);
    if (change) memory.push(change);
    return true;
  }

  async listDocuments(projectId: number): Promise<DocumentSummary[]> {
    return inTransaction(this.db, () => (this.sql.documentsOfProject.all(projectId) as DocumentRow[]).map((row) => {
      const counts = this.sql.segmentCounts.get(row.id) as { segments: number; skipped: number };
      return {
        ...toDocument(row),
        segmentCount: counts.segments,
        skippedCount: counts.skipped,
        words: toWordCounts(this.sql.documentWords.all(row.id) as WordCountRow[]),
      };
    }));
  }

  async findDocument(id: number) {
    const row = this.sql.documentById.get(id) as DocumentRow | undefined;
    return row ? toDocument(row) : null;
  }

  /**
   * A document's live segments, in order. The list is kept per document with the document's
   * segments stamp (migration 009: counted up by triggers on every change to its segment rows,
   * from any connection), and read again only when the stamp has moved. The same frozen list is
   * handed out while it is current, so that what is worked out from it can be kept by its identity.
   */
  async listSegments(documentId: number): Promise<readonly Segment[]> {
    return this.segmentLists.get(documentId, (id) => this.sql.segmentsStamp.get(id) as number | undefined,
      () => Object.freeze((this.sql.segmentsOfDocument.all(documentId) as SegmentRow[]).map((row) => Object.freeze(toSegment(row)))));
  }

  async relatedSegments(documentId: number, source: string, target: string): Promise<RelatedSegment[]> {
    type Row = { id: number; position: number; kind: SegmentKind; source: string; target: string };
    return this.sql.relatedSegments.all({ documentId, source, target }) as Row[];
  }

  async findSegment(id: number) {
    const row = this.sql.segmentById.get(id) as SegmentRow | undefined;
    return row ? toSegment(row) : null;
  }

  async findSegmentInProject(id: number) {
    const row = this.sql.segmentInProject.get(id) as (SegmentRow & { in_project: number }) | undefined;
    return row ? { segment: toSegment(row), projectId: row.in_project } : null;
  }

  /**
   * Saves wait for the next group commit: every save queued while the event loop handled the
   * requests at hand goes into one transaction, each in its own savepoint (its conflict rule is
   * checked against the saves before it), and all are acknowledged after that one durable commit.
   */
  saveTarget(input: TargetWrite): Promise<SaveOutcome> {
    return this.saves.submit(input);
  }

  /** One save, inside the group's transaction (a savepoint: a failed save leaves the others whole). */
  private writeTarget(input: TargetWrite, at: string): SaveOutcome {
    // The state before the save only matters to the review log.
    const before = input.review ? this.sql.segmentById.get(input.segmentId) as SegmentRow | undefined : undefined;
    const updated = this.sql.updateTarget.get({ ...input, originScore: input.originScore ?? null, at }) as SegmentRow | undefined;
    if (updated === undefined) {
      // Not written: a newer version (stale), or no such live segment.
      const current = this.sql.segmentById.get(input.segmentId) as SegmentRow | undefined;
      if (!current) throw new NotFoundError('segment.notFound', { id: input.segmentId });
      return { saved: false, current: toSegment(current) };
    }
    const segment = toSegment(updated);
    const revision = toRevision(this.sql.insertRevisionReturning.get({ ...input, originScore: input.originScore ?? null, version: segment.version, at }) as RevisionRow);
    if (input.review) {
      this.sql.insertReview.run({
        category: null, severity: null, comment: null, ...input.review,
        segmentId: segment.id, revisionId: revision.id, actor: input.author, fromState: before!.state, toState: segment.state, at,
      });
    }
    const memory = input.memory ? this.tm.sync(segment.id, input.memory === 'remember', input.author, at) : null;
    if (input.editingMs !== undefined) this.teamwork.recordEditingTime({ segmentId: segment.id, username: input.author, ms: input.editingMs }, at);
    return { saved: true, segment, revision, memory };
  }

  async listDocumentReviewEvents(documentId: number): Promise<readonly DocumentReviewEvent[]> {
    type Row = ReviewEventRow & { revision_target: string | null; revision_author: string | null };
    return this.documentReads.reviews.get(documentId, this.documentStamp, () => Object.freeze((this.sql.reviewsOfDocument.all(documentId) as Row[]).map((row) => Object.freeze({
      ...toReviewEvent(row), revisionTarget: row.revision_target, revisionAuthor: row.revision_author,
    }))));
  }

  async addComment(input: { segmentId: number; author: string; body: string }): Promise<Comment> {
    const { lastInsertRowid } = this.sql.insertComment.run({ ...input, at: this.clock.now() });
    return toComment(this.sql.commentById.get(lastInsertRowid) as CommentRow);
  }

  async listComments(segmentId: number): Promise<Comment[]> {
    return (this.sql.commentsOfSegment.all(segmentId) as CommentRow[]).map(toComment);
  }

  async listDocumentComments(documentId: number): Promise<Comment[]> {
    return (this.sql.commentsOfDocument.all(documentId) as CommentRow[]).map(toComment);
  }

  async countComments(documentId: number): Promise<Readonly<Record<number, number>>> {
    return this.documentReads.commentCounts.get(documentId, this.documentStamp, () => {
      const rows = this.sql.commentCounts.all(documentId) as { segment_id: number; n: number }[];
      return Object.freeze(Object.fromEntries(rows.map((row) => [row.segment_id, row.n])));
    });
  }

  async listReviewEvents(segmentId: number): Promise<ReviewEvent[]> {
    return (this.sql.reviewsOfSegment.all(segmentId) as ReviewEventRow[]).map(toReviewEvent);
  }

  async listRevisions(segmentId: number): Promise<Revision[]> {
    return (this.sql.revisionsOfSegment.all(segmentId) as RevisionRow[]).map(toRevision);
  }

  async listDocumentRevisions(documentId: number): Promise<Revision[]> {
    return (this.sql.revisionsOfDocument.all(documentId) as RevisionRow[]).map(toRevision);
  }

  async listExportSegments(documentId: number, reads: ExportReads) {
    return this.exports.read(documentId, reads);
  }

  async findRevision(id: number) {
    const row = this.sql.revisionById.get(id) as RevisionRow | undefined;
    return row ? toRevision(row) : null;
  }

  async listSegmentEvents(segmentId: number): Promise<SegmentEvent[]> {
    return (this.sql.eventsOfSegment.all(segmentId) as SegmentEventRow[]).map(toSegmentEvent);
  }

  async mergeSegments(input: MergeWrite): Promise<StructureOutcome> {
    const at = this.clock.now();
    return inImmediateTransaction(this.db, () => this.structure.merge(input, at));
  }

  async splitSegment(input: SplitWrite): Promise<StructureOutcome> {
    const at = this.clock.now();
    return inImmediateTransaction(this.db, () => this.structure.split(input, at));
  }

  async reimportDocument(input: ReimportWrite): Promise<ReimportOutcome> {
    const at = this.clock.now();
    return { done: inImmediateTransaction(this.db, () => this.structure.reimport(input, at)) };
  }

  async findRemovedSegment(segmentId: number): Promise<Segment | null> {
    const row = this.sql.removedSegmentById.get(segmentId) as SegmentRow | undefined;
    return row ? toSegment(row) : null;
  }

  async removedSegmentDocument(segmentId: number): Promise<number | null> {
    return this.structure.removedDocument(segmentId);
  }

  async setSegmentKind(input: KindWrite): Promise<StructureOutcome> {
    const at = this.clock.now();
    return inImmediateTransaction(this.db, () => this.structure.setKind(input, at));
  }

  async updateProjectSettings(projectId: number, settings: ProjectSettings): Promise<Project> {
    this.sql.updateSettings.run({ id: projectId, settings: JSON.stringify(settings) });
    return toProject(this.sql.projectById.get(projectId) as ProjectRow);
  }

  async addTmEntries(projectId: number, entries: readonly NewTmEntry[]) {
    return this.tm.addImported(projectId, entries, this.clock.now());
  }

  async pageTmSources(projectId: number, afterId: number, limit: number) {
    return this.tm.page(projectId, afterId, limit);
  }

  async findTmEntries(ids: readonly number[]) {
    return this.tm.byIds(ids);
  }

  async listTmEntries(projectId: number) {
    return this.tm.all(projectId);
  }

  async searchTm(projectId: number, query: string, limit: number) {
    return this.tm.search(projectId, query, limit);
  }

  async updateTmEntry(id: number, target: string, author: string) {
    return this.tm.updateTarget(id, target, author, this.clock.now());
  }

  async neighbourSources(segmentId: number) {
    return this.tm.neighbours(segmentId);
  }

  async deleteTmEntry(id: number) {
    return this.tm.delete(id);
  }

  async countTmEntries(projectId: number) {
    return this.tm.countOf(projectId);
  }

  async listGlossary(projectId: number) {
    return this.glossary.list(projectId);
  }

  async findGlossaryEntry(id: number) {
    return this.glossary.find(id);
  }

  async addGlossaryEntries(projectId: number, terms: readonly NewGlossaryEntry[], author: string) {
    return this.glossary.add(projectId, terms, author, this.clock.now());
  }

  async updateGlossaryEntry(id: number, term: NewGlossaryEntry, author: string) {
    try {
      return this.glossary.update(id, term, author, this.clock.now());
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE') throw new ConflictError('glossary.duplicate', { source: term.source });
      throw error;
    }
  }

  async deleteGlossaryEntry(id: number) {
    return this.glossary.delete(id);
  }

  async acknowledgeQa(input: { segmentId: number; version: number; code: string; actor: string }) {
    this.glossary.acknowledge(input.segmentId, input.version, input.code, input.actor, this.clock.now());
  }

  async qaAcknowledgements(documentId: number): Promise<ReadonlyMap<number, ReadonlySet<string>>> {
    return this.documentReads.acknowledgements.get(documentId, this.documentStamp, () => this.glossary.acknowledgedInDocument(documentId));
  }

  async qaAcknowledgementsOfSegment(segmentId: number) {
    return this.glossary.acknowledgedOnSegment(segmentId);
  }

  async listRolesOf(userId: number) {
    return this.dashboard.roles(userId);
  }

  async listDocumentsOf(projectIds: readonly number[]) {
    return this.dashboard.documents(projectIds);
  }

  async listReturnedSegments(username: string, projectIds: readonly number[], limit: number) {
    return this.dashboard.returned(username, projectIds, limit);
  }

  async listRecentActivity(projectIds: readonly number[], limit: number) {
    return this.dashboard.activity(projectIds, limit);
  }

  async latestFeedId(documentId: number) {
    return this.feed.latest(documentId);
  }

  async listFeed(documentId: number, afterId: number, limit: number) {
    return this.feed.after(documentId, afterId, limit);
  }

  // Presence is a heartbeat that a fresh one replaces within seconds: written without an fsync of
  // its own (a crash keeps it, a power cut may lose it), so a typing editor never holds the event
  // loop up for the disk. The next durable write syncs it along with its own.
  async setPresence(input: PresenceWrite) {
    writeWithoutSync(this.db, () => this.feed.setPresence(input, this.clock.now()));
  }

  async removePresence(documentId: number, userId: number) {
    writeWithoutSync(this.db, () => this.feed.removePresence(documentId, userId));
  }

  async listPresence(documentId: number, seenSince: string) {
    return this.feed.presence(documentId, seenSince);
  }

  async backup(file: string) {
    await backupDatabase(this.db, file);
  }

  async health() {
    const expected = this.expectedMigrations;
    const savesDurable = this.saves.failure === null;
    try {
      return { database: true, savesDurable, applied: (this.sql.migrationVersion.get() as number | null) ?? 0, expected };
    } catch {
      return { database: false, savesDurable, applied: 0, expected };
    }
  }

  async setDocumentDue(documentId: number, dueOn: string | null) {
    return this.teamwork.setDocumentDue(documentId, dueOn);
  }

  async addMentioningComment(input: { segmentId: number; author: string; body: string; mentions: readonly number[] }) {
    return this.teamwork.addMentioningComment(input);
  }

  async listCommentMentions(segmentId: number) {
    return this.teamwork.listCommentMentions(segmentId);
  }

  async addThreadEvent(input: { segmentId: number; action: ThreadAction; lastCommentId: number; actor: string }) {
    return this.teamwork.addThreadEvent(input);
  }

  async latestThreadEvent(segmentId: number) {
    return this.teamwork.latestThreadEvent(segmentId);
  }

  async listDocumentThreads(documentId: number): Promise<ThreadFacts[]> {
    return [...this.documentReads.threads.get(documentId, this.documentStamp, () => this.teamwork.documentThreads(documentId).map((facts) => Object.freeze({ ...facts, lastEvent: facts.lastEvent && Object.freeze(facts.lastEvent) })))];
  }

  async listMentionsOf(userId: number, projectIds: readonly number[], limit: number) {
    return this.teamwork.listMentionsOf(userId, projectIds, limit);
  }

  async addEditingTime(input: { segmentId: number; username: string; ms: number }) {
    return this.teamwork.addEditingTime(input);
  }

  async summariseEditingTime(documentId: number) {
    return this.teamwork.summariseEditingTime(documentId);
  }

  async close() {
    // Refuses saves from here on, so none can commit after the WAL's descriptor is closed.
    await this.saves.close();
    await this.checkpointer?.stop();
    this.walSync?.close();
    this.db.close();
  }
}
