import type Database from 'better-sqlite3';
import type { Segment, SegmentEventKind } from '../core/types.js';
import { toSegment, type SegmentRow } from './rows.js';
import type { KindWrite, MergeWrite, NewSegment, ReimportWrite, SplitWrite, StructureOutcome } from './store.js';

/**
 * The SQL of merge, split and re-import. Each public method runs inside the
 * caller's transaction and keeps live positions dense: 0, 1, 2 … in order.
 */
export class StructureSql {
  private readonly sql;

  constructor(db: Database.Database) {
    this.sql = {
      segment: db.prepare('SELECT * FROM segments WHERE id = ?'),
      removed: db.prepare('SELECT document_id FROM segments WHERE id = ? AND removed_at IS NOT NULL'),
      liveIds: db.prepare('SELECT id FROM segments WHERE document_id = ? AND removed_at IS NULL ORDER BY position'),
      // Two steps through negative numbers, so UNIQUE(document_id, position) holds after every row.
      negate: db.prepare('UPDATE segments SET position = -position - 1 WHERE document_id = ? AND position > ?'),
      restoreShifted: db.prepare('UPDATE segments SET position = -position - 1 + @shift WHERE document_id = @documentId AND position < 0'),
      remove: db.prepare('UPDATE segments SET removed_at = @at, position = NULL WHERE id = @id'),
      rewrite: db.prepare(`UPDATE segments SET source = @source, target = @target, state = @state, kind = @kind, label = @label,
        glue_after = @glueAfter, word_count = @wordCount, origin = @origin, version = version + 1, updated_at = @at,
        source_before = NULL WHERE id = @id`),
      resplit: db.prepare(`UPDATE segments SET source = @source, state = @state, glue_after = @glueAfter, word_count = @wordCount,
        origin = 'split', version = version + 1, updated_at = @at, source_before = NULL WHERE id = @id`),
      insert: db.prepare(`INSERT INTO segments (document_id, position, paragraph, kind, label, source, glue_after, word_count, created_at)
        VALUES (@documentId, @position, @paragraph, @kind, @label, @source, @glueAfter, @wordCount, @at)`),
      place: db.prepare(`UPDATE segments SET position = @position, paragraph = @paragraph, kind = @kind, label = @label,
        glue_after = @glueAfter WHERE id = @id`),
      changeSource: db.prepare(`UPDATE segments SET source = @source, word_count = @wordCount,
        source_before = COALESCE(source_before, source) WHERE id = @id`),
      parkAll: db.prepare('UPDATE segments SET position = -position - 1 WHERE document_id = ? AND position >= 0'),
      parked: db.prepare('SELECT COUNT(*) AS n FROM segments WHERE document_id = ? AND position < 0'),
      revision: db.prepare(`INSERT INTO revisions (segment_id, version, target, state, origin, author, created_at)
        SELECT id, version, target, state, origin, @author, @at FROM segments WHERE id = @id`),
      setKind: db.prepare(`UPDATE segments SET kind = @kind, label = CASE WHEN @kind = 'skip' THEN label ELSE NULL END,
        version = version + 1 WHERE id = @id AND version = @baseVersion`),
      event: db.prepare(`INSERT INTO segment_events (segment_id, kind, details, author, created_at)
        VALUES (@segmentId, @kind, @details, @author, @at)`),
    };
  }

  merge(input: MergeWrite, at: string): StructureOutcome {
    const first = this.load(input.first.id);
    const second = this.load(input.second.id);
    const current = [first, second].filter((s): s is Segment => s !== null);
    if (!first || !second || first.version !== input.first.version || second.version !== input.second.version
      || first.position + 1 !== second.position || first.documentId !== second.documentId) return { done: false, current };
    this.sql.remove.run({ id: second.id, at });
    this.shift(first.documentId, second.position, -1);
    this.sql.rewrite.run({ ...input.merged, id: first.id, origin: 'merge', at });
    this.sql.revision.run({ id: first.id, author: input.author, at });
    this.event(first.id, 'merge', { sourceBefore: first.source, sourceAfter: input.merged.source, mergedSegmentId: second.id }, input.author, at);
    this.event(second.id, 'remove', { mergedInto: first.id }, input.author, at);
    return { done: true, segments: [this.load(first.id)!] };
  }

  split(input: SplitWrite, at: string): StructureOutcome {
    const segment = this.load(input.segmentId);
    if (!segment || segment.version !== input.baseVersion) return { done: false, current: segment ? [segment] : [] };
    const { first, second } = input.plan;
    this.shift(segment.documentId, segment.position, 1);
    this.sql.resplit.run({ ...first, id: segment.id, at });
    this.sql.revision.run({ id: segment.id, author: input.author, at });
    const { lastInsertRowid } = this.sql.insert.run({
      ...second, documentId: segment.documentId, position: segment.position + 1, paragraph: segment.paragraph,
      kind: segment.kind, label: null, at,
    });
    const added = Number(lastInsertRowid);
    this.event(segment.id, 'split', { sourceBefore: segment.source, sourceAfter: first.source, newSegmentId: added }, input.author, at);
    this.event(added, 'add', { splitFrom: segment.id }, input.author, at);
    return { done: true, segments: [this.load(segment.id)!, this.load(added)!] };
  }

  setKind(input: KindWrite, at: string): StructureOutcome {
    const segment = this.load(input.segmentId);
    if (!segment || segment.version !== input.baseVersion) return { done: false, current: segment ? [segment] : [] };
    this.sql.setKind.run({ id: segment.id, kind: input.kind, baseVersion: input.baseVersion });
    const kind = input.kind === 'skip' ? 'skip' : 'unskip';
    this.event(segment.id, kind, { kindBefore: segment.kind, labelBefore: segment.label }, input.author, at);
    return { done: true, segments: [this.load(segment.id)!] };
  }

  /** False when the document's live segments are no longer the ones the steps were computed from. */
  reimport(input: ReimportWrite, at: string): boolean {
    const live = (this.sql.liveIds.all(input.documentId) as { id: number }[]).map((row) => row.id);
    if (live.join() !== input.basedOn.join()) return false;
    this.sql.parkAll.run(input.documentId);
    let position = 0;
    for (const step of input.steps) {
      if (step.op === 'remove') {
        this.sql.remove.run({ id: step.segmentId, at });
        this.event(step.segmentId, 'remove', { reimport: true }, input.author, at);
      } else {
        this.placeStep(input.documentId, step, position, input.author, at);
        position += 1;
      }
    }
    // Every live segment must have been placed or removed; anything else would corrupt the order.
    if ((this.sql.parked.get(input.documentId) as { n: number }).n > 0) throw new Error('re-import left segments unplaced');
    return true;
  }

  private placeStep(documentId: number, step: Exclude<ReimportWrite['steps'][number], { op: 'remove' }>, position: number, author: string, at: string) {
    const placed = { ...placement(step.segment), position };
    if (step.op === 'add') {
      const { lastInsertRowid } = this.sql.insert.run({ ...step.segment, ...placed, documentId, at });
      this.event(Number(lastInsertRowid), 'add', { reimport: true }, author, at);
      return;
    }
    this.sql.place.run({ ...placed, id: step.segmentId });
    if (step.op === 'change') {
      const before = this.load(step.segmentId)!.source;
      this.sql.changeSource.run({ id: step.segmentId, source: step.segment.source, wordCount: step.segment.wordCount });
      this.event(step.segmentId, 'source-change', { sourceBefore: before, sourceAfter: step.segment.source }, author, at);
    }
  }

  private shift(documentId: number, after: number, by: 1 | -1): void {
    this.sql.negate.run(documentId, after);
    this.sql.restoreShifted.run({ documentId, shift: by });
  }

  removedDocument(id: number): number | null {
    return (this.sql.removed.get(id) as { document_id: number } | undefined)?.document_id ?? null;
  }

  private load(id: number): Segment | null {
    const row = this.sql.segment.get(id) as SegmentRow | undefined;
    return row && row.position !== null ? toSegment(row) : null;
  }

  private event(segmentId: number, kind: SegmentEventKind, details: object, author: string, at: string): void {
    this.sql.event.run({ segmentId, kind, details: JSON.stringify(details), author, at });
  }
}

function placement(segment: NewSegment) {
  return { paragraph: segment.paragraph, kind: segment.kind, label: segment.label, glueAfter: segment.glueAfter };
}
