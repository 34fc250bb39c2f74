import type Database from 'better-sqlite3';
import type { TmEntry } from '../core/types.js';
import type { NewTmEntry, TmChange } from './store.js';
import { inImmediateTransaction } from './transactions.js';

interface TmRow {
  id: number; project_id: number; source: string; target: string; origin: string; segment_id: number | null; document_id: number | null;
  prev_source: string | null; next_source: string | null; created_by: string | null; created_at: string; changed_by: string | null; changed_at: string | null;
}

const toTmEntry = (r: TmRow): TmEntry => ({
  id: r.id, projectId: r.project_id, source: r.source, target: r.target, origin: r.origin as TmEntry['origin'],
  segmentId: r.segment_id, documentId: r.document_id, prevSource: r.prev_source, nextSource: r.next_source,
  createdBy: r.created_by, createdAt: r.created_at, changedBy: r.changed_by, changedAt: r.changed_at,
});

/** Translation-memory statements (SQL stays in store/). Methods without a transaction of their own run inside the caller's. */
export class TmSql {
  private readonly sql;

  constructor(private readonly db: Database.Database) {
    this.sql = {
      findPair: db.prepare('SELECT 1 FROM tm_entries WHERE project_id = ? AND source = ? AND target = ? LIMIT 1'),
      insert: db.prepare(`INSERT INTO tm_entries
        (project_id, source_lang, target_lang, source, target, origin, created_by, created_at, changed_by, changed_at, props)
        VALUES (@projectId, @sourceLang, @targetLang, @source, @target, 'tmx', @createdBy, @createdAt, @changedBy, @changedAt, @props)`),
      count: db.prepare('SELECT COUNT(*) AS n FROM tm_entries WHERE project_id = ?'),
      // The segment with its document's project and its neighbours' sources, to mirror it in the memory.
      segmentContext: db.prepare(`SELECT s.id, s.source, s.target, s.document_id, d.project_id, p.source_lang, p.target_lang,
          (SELECT source FROM segments n WHERE n.document_id = s.document_id AND n.removed_at IS NULL AND n.position < s.position ORDER BY n.position DESC LIMIT 1) AS prev_source,
          (SELECT source FROM segments n WHERE n.document_id = s.document_id AND n.removed_at IS NULL AND n.position > s.position ORDER BY n.position LIMIT 1) AS next_source
        FROM segments s JOIN documents d ON d.id = s.document_id JOIN projects p ON p.id = d.project_id WHERE s.id = ?`),
      upsertSegment: db.prepare(`INSERT INTO tm_entries
        (project_id, source_lang, target_lang, source, target, origin, segment_id, document_id, prev_source, next_source, created_by, created_at, changed_by, changed_at)
        VALUES (@projectId, @sourceLang, @targetLang, @source, @target, 'segment', @segmentId, @documentId, @prevSource, @nextSource, @author, @at, @author, @at)
        ON CONFLICT(segment_id) DO UPDATE SET source = excluded.source, target = excluded.target, prev_source = excluded.prev_source,
          next_source = excluded.next_source, changed_by = excluded.changed_by, changed_at = excluded.changed_at
        RETURNING id`),
      entryOfSegment: db.prepare('SELECT id, project_id FROM tm_entries WHERE segment_id = ?'),
      deleteById: db.prepare('DELETE FROM tm_entries WHERE id = ?'),
      page: db.prepare('SELECT id, source FROM tm_entries WHERE project_id = ? AND id > ? ORDER BY id LIMIT ?'),
      byId: db.prepare('SELECT * FROM tm_entries WHERE id = ?'),
      all: db.prepare('SELECT * FROM tm_entries WHERE project_id = ? ORDER BY id'),
      updateTarget: db.prepare('UPDATE tm_entries SET target = @target, changed_by = @author, changed_at = @at WHERE id = @id'),
      search: db.prepare(`SELECT * FROM tm_entries WHERE project_id = @projectId
        AND (@query = '' OR source LIKE @pattern ESCAPE '\\' OR target LIKE @pattern ESCAPE '\\') ORDER BY id DESC LIMIT @limit`),
    };
  }

  /** All entries in one transaction; pairs the project already has are left out and counted. */
  addImported(projectId: number, entries: readonly NewTmEntry[], importedAt: string): { added: number; duplicates: number; ids: { id: number; source: string }[] } {
    return inImmediateTransaction(this.db, () => {
      const ids: { id: number; source: string }[] = [];
      for (const entry of entries) {
        if (this.sql.findPair.get(projectId, entry.source, entry.target) !== undefined) continue;
        const { lastInsertRowid } = this.sql.insert.run({
          projectId, ...entry, createdAt: entry.createdAt ?? importedAt, props: JSON.stringify(entry.props),
        });
        ids.push({ id: Number(lastInsertRowid), source: entry.source });
      }
      return { added: ids.length, duplicates: entries.length - ids.length, ids };
    });
  }

  /** Mirrors a segment (inside the caller's transaction): its entry is created or updated, or removed. */
  sync(segmentId: number, remember: boolean, author: string, at: string): TmChange | null {
    const existing = this.sql.entryOfSegment.get(segmentId) as { id: number; project_id: number } | undefined;
    if (!remember) {
      if (!existing) return null;
      this.sql.deleteById.run(existing.id);
      return { op: 'remove', projectId: existing.project_id, id: existing.id };
    }
    const row = this.sql.segmentContext.get(segmentId) as {
      source: string; target: string; document_id: number; project_id: number; source_lang: string; target_lang: string;
      prev_source: string | null; next_source: string | null;
    } | undefined;
    if (!row || row.target.trim() === '') return null;
    const { id } = this.sql.upsertSegment.get({
      projectId: row.project_id, sourceLang: row.source_lang, targetLang: row.target_lang, source: row.source, target: row.target,
      segmentId, documentId: row.document_id, prevSource: row.prev_source, nextSource: row.next_source, author, at,
    }) as { id: number };
    return { op: 'upsert', projectId: row.project_id, id, source: row.source };
  }

  neighbours(segmentId: number): { prev: string | null; next: string | null } {
    const row = this.sql.segmentContext.get(segmentId) as { prev_source: string | null; next_source: string | null } | undefined;
    return { prev: row?.prev_source ?? null, next: row?.next_source ?? null };
  }

  countOf(projectId: number): number {
    return (this.sql.count.get(projectId) as { n: number }).n;
  }

  /** Entries after `afterId`, in id order, for building the in-memory index in batches. */
  page(projectId: number, afterId: number, limit: number): { id: number; source: string }[] {
    return this.sql.page.all(projectId, afterId, limit) as { id: number; source: string }[];
  }

  byIds(ids: readonly number[]): TmEntry[] {
    return ids.map((id) => this.sql.byId.get(id) as TmRow | undefined).filter((row): row is TmRow => row !== undefined).map(toTmEntry);
  }

  all(projectId: number): TmEntry[] {
    return (this.sql.all.all(projectId) as TmRow[]).map(toTmEntry);
  }

  /** Entries whose source or target contains `query` (case-insensitive for ASCII), newest first. */
  search(projectId: number, query: string, limit: number): TmEntry[] {
    const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return (this.sql.search.all({ projectId, query, pattern, limit }) as TmRow[]).map(toTmEntry);
  }

  updateTarget(id: number, target: string, author: string, at: string): TmEntry | null {
    this.sql.updateTarget.run({ id, target, author, at });
    const row = this.sql.byId.get(id) as TmRow | undefined;
    return row ? toTmEntry(row) : null;
  }

  delete(id: number): TmEntry | null {
    const row = this.sql.byId.get(id) as TmRow | undefined;
    if (!row) return null;
    this.sql.deleteById.run(id);
    return toTmEntry(row);
  }
}
