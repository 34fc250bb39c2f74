import type Database from 'better-sqlite3';
import type { NewTmEntry } from './store.js';

/** Translation-memory statements (SQL stays in store/). */
export class TmSql {
  private readonly insert;
  private readonly count;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(`INSERT OR IGNORE INTO tm_entries
      (project_id, source_lang, target_lang, source, target, origin, document_id, created_by, created_at, changed_by, changed_at, props, imported_at)
      VALUES (@projectId, @sourceLang, @targetLang, @source, @target, @origin, @documentId, @createdBy, @createdAt, @changedBy, @changedAt, @props, @importedAt)`);
    this.count = db.prepare('SELECT COUNT(*) AS n FROM tm_entries WHERE project_id = ?');
  }

  /** All entries in one transaction; pairs the project already has are left out and counted. */
  add(projectId: number, entries: readonly NewTmEntry[], importedAt: string): { added: number; duplicates: number } {
    return this.db.transaction(() => {
      let added = 0;
      for (const entry of entries) {
        const { changes } = this.insert.run({
          projectId, importedAt, documentId: null, ...entry, createdAt: entry.createdAt ?? importedAt, props: JSON.stringify(entry.props),
        });
        added += changes;
      }
      return { added, duplicates: entries.length - added };
    }).immediate();
  }

  countOf(projectId: number): number {
    return (this.count.get(projectId) as { n: number }).n;
  }
}
