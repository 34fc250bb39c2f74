import type Database from 'better-sqlite3';
import type { GlossaryEntry, NewGlossaryEntry } from './store.js';
import { KeptByStamp } from './kept-by-stamp.js';
import { inImmediateTransaction } from './transactions.js';

interface TermRow {
  id: number; project_id: number; source: string; target: string; note: string | null; forbidden: string | null;
  created_by: string; created_at: string; changed_by: string | null; changed_at: string | null;
}

const toEntry = (r: TermRow): GlossaryEntry => ({
  id: r.id, projectId: r.project_id, source: r.source, target: r.target, note: r.note, forbidden: r.forbidden,
  createdBy: r.created_by, createdAt: r.created_at, changedBy: r.changed_by, changedAt: r.changed_at,
});

const KEPT_GLOSSARIES = 32;

/** Glossary and QA-acknowledgement statements (SQL stays in store/). */
export class GlossarySql {
  private readonly sql;
  /** Projects' terms as last read (see `list`). */
  private readonly lists: KeptByStamp<readonly GlossaryEntry[]>;

  constructor(private readonly db: Database.Database) {
    this.lists = new KeptByStamp(db, KEPT_GLOSSARIES);
    this.sql = {
      ofProject: db.prepare('SELECT * FROM glossary_terms WHERE project_id = ? ORDER BY source COLLATE NOCASE, id'),
      stamp: db.prepare('SELECT glossary_stamp FROM projects WHERE id = ?').pluck(),
      byId: db.prepare('SELECT * FROM glossary_terms WHERE id = ?'),
      insert: db.prepare(`INSERT OR IGNORE INTO glossary_terms (project_id, source, target, note, forbidden, created_by, created_at)
        VALUES (@projectId, @source, @target, @note, @forbidden, @author, @at)`),
      update: db.prepare(`UPDATE glossary_terms SET source = @source, target = @target, note = @note, forbidden = @forbidden,
        changed_by = @author, changed_at = @at WHERE id = @id`),
      delete: db.prepare('DELETE FROM glossary_terms WHERE id = ?'),
      ack: db.prepare(`INSERT OR IGNORE INTO qa_acknowledgements (segment_id, version, code, actor, created_at)
        VALUES (@segmentId, @version, @code, @actor, @at)`),
      // Live segments only (`position IS NOT NULL`, the same as removed_at IS NULL by a CHECK): the
      // (document_id, position) index finds them, and a segment's row is read only where it has acknowledgements.
      acksOfDocument: db.prepare(`SELECT a.segment_id, a.code FROM qa_acknowledgements a JOIN segments s ON s.id = a.segment_id
        WHERE s.document_id = ? AND s.position IS NOT NULL AND a.version = s.version`),
      acksOfSegment: db.prepare(`SELECT a.code FROM qa_acknowledgements a JOIN segments s ON s.id = a.segment_id
        WHERE a.segment_id = ? AND a.version = s.version`),
    };
  }

  /**
   * A project's terms, frozen, kept by the project's glossary stamp (migration 010): the same
   * array while the terms are unchanged, so callers may key their own work on it.
   */
  list(projectId: number): readonly GlossaryEntry[] {
    return this.lists.get(projectId, (id) => this.sql.stamp.get(id) as number | undefined,
      () => Object.freeze((this.sql.ofProject.all(projectId) as TermRow[]).map((row) => Object.freeze(toEntry(row)))));
  }

  find(id: number): GlossaryEntry | null {
    const row = this.sql.byId.get(id) as TermRow | undefined;
    return row ? toEntry(row) : null;
  }

  /** All terms in one transaction; a source/target pair the project has already is counted, not added. */
  add(projectId: number, terms: readonly NewGlossaryEntry[], author: string, at: string): { added: number; duplicates: number } {
    return inImmediateTransaction(this.db, () => {
      let added = 0;
      for (const term of terms) added += this.sql.insert.run({ projectId, ...term, author, at }).changes;
      return { added, duplicates: terms.length - added };
    });
  }

  /** Null when the term is gone; throws on a pair the project has already (UNIQUE). */
  update(id: number, term: NewGlossaryEntry, author: string, at: string): GlossaryEntry | null {
    this.sql.update.run({ id, ...term, author, at });
    return this.find(id);
  }

  delete(id: number): boolean {
    return this.sql.delete.run(id).changes > 0;
  }

  acknowledge(segmentId: number, version: number, code: string, actor: string, at: string): void {
    this.sql.ack.run({ segmentId, version, code, actor, at });
  }

  /** Acknowledged warning codes per live segment, for the current versions only. */
  acknowledgedInDocument(documentId: number): Map<number, Set<string>> {
    const acks = new Map<number, Set<string>>();
    for (const row of this.sql.acksOfDocument.all(documentId) as { segment_id: number; code: string }[]) {
      const set = acks.get(row.segment_id);
      if (set) set.add(row.code);
      else acks.set(row.segment_id, new Set([row.code]));
    }
    return acks;
  }

  acknowledgedOnSegment(segmentId: number): Set<string> {
    return new Set((this.sql.acksOfSegment.all(segmentId) as { code: string }[]).map((row) => row.code));
  }
}
