import type {
  Comment, DocumentInfo, Project, ProjectSettings, ReviewEvent, Revision, Segment, SegmentEvent, SegmentEventKind, SegmentKind, SegmentState,
  TargetOrigin, WordCounts,
} from '../core/types.js';

/** Row shapes as SQLite returns them, mapped to domain types once, here. */
export interface ProjectRow { id: number; name: string; source_lang: string; target_lang: string; settings: string; created_at: string }
export interface DocumentRow {
  id: number; project_id: number; title: string; source_format: string; original_name: string | null; created_at: string;
  due_on?: string | null;
}
export interface SegmentRow {
  id: number; document_id: number; position: number | null; paragraph: number; kind: string; label: string | null;
  source: string; target: string; state: string; version: number; origin: string | null; glue_after: string;
  word_count: number; updated_at: string | null; source_before: string | null; origin_score?: number | null;
}
export interface SegmentEventRow { id: number; segment_id: number; kind: string; details: string; author: string; created_at: string }
export interface RevisionRow {
  id: number; segment_id: number; version: number; target: string; state: string; origin: string;
  author: string; created_at: string;
}
export interface WordCountRow { state: string; words: number }

export const toProject = (r: ProjectRow): Project => ({
  id: r.id, name: r.name, sourceLang: r.source_lang, targetLang: r.target_lang,
  settings: toSettings(r.settings), createdAt: r.created_at,
});

/** Settings are JSON; unknown or malformed values fall back to defaults rather than break a page. */
function toSettings(json: string): ProjectSettings {
  const parsed = JSON.parse(json) as { doNotBreakAfter?: unknown; lqaThreshold?: unknown; tmThreshold?: unknown; autoPropagate?: unknown; shareTm?: unknown };
  const list = Array.isArray(parsed.doNotBreakAfter) ? parsed.doNotBreakAfter.filter((x): x is string => typeof x === 'string') : [];
  return {
    doNotBreakAfter: list,
    ...(typeof parsed.lqaThreshold === 'number' ? { lqaThreshold: parsed.lqaThreshold } : {}),
    ...(typeof parsed.tmThreshold === 'number' ? { tmThreshold: parsed.tmThreshold } : {}),
    ...(typeof parsed.autoPropagate === 'boolean' ? { autoPropagate: parsed.autoPropagate } : {}),
    ...(typeof parsed.shareTm === 'boolean' ? { shareTm: parsed.shareTm } : {}),
  };
}

export const toSegmentEvent = (r: SegmentEventRow): SegmentEvent => ({
  id: r.id, segmentId: r.segment_id, kind: r.kind as SegmentEventKind,
  details: JSON.parse(r.details) as Record<string, unknown>, author: r.author, createdAt: r.created_at,
});

export const toDocument = (r: DocumentRow): DocumentInfo => ({
  id: r.id, projectId: r.project_id, title: r.title, sourceFormat: r.source_format,
  originalName: r.original_name, createdAt: r.created_at, dueOn: r.due_on ?? null,
});

export const toSegment = (r: SegmentRow): Segment => ({
  id: r.id, documentId: r.document_id, position: r.position ?? -1, paragraph: r.paragraph,
  kind: r.kind as SegmentKind, label: r.label, source: r.source, target: r.target,
  state: r.state as SegmentState, version: r.version, origin: r.origin as TargetOrigin | null, originScore: r.origin_score ?? null,
  glueAfter: r.glue_after, wordCount: r.word_count, updatedAt: r.updated_at, sourceBefore: r.source_before,
});

export const toRevision = (r: RevisionRow): Revision => ({
  id: r.id, segmentId: r.segment_id, version: r.version, target: r.target, state: r.state as SegmentState,
  origin: r.origin as TargetOrigin, author: r.author, createdAt: r.created_at,
});

export function toWordCounts(rows: readonly WordCountRow[]): WordCounts {
  const counts = { new: 0, draft: 0, translated: 0, rejected: 0, approved: 0, total: 0 };
  for (const row of rows) {
    counts[row.state as SegmentState] += row.words;
    counts.total += row.words;
  }
  return counts;
}

export interface ReviewEventRow {
  id: number; segment_id: number; revision_id: number | null; actor: string; action: string; from_state: string; to_state: string;
  category: string | null; severity: string | null; comment: string | null; created_at: string;
}

export const toReviewEvent = (r: ReviewEventRow): ReviewEvent => ({
  id: r.id, segmentId: r.segment_id, revisionId: r.revision_id, actor: r.actor, action: r.action as ReviewEvent['action'],
  fromState: r.from_state as SegmentState, toState: r.to_state as SegmentState, category: r.category, severity: r.severity,
  comment: r.comment, createdAt: r.created_at,
});

export interface CommentRow { id: number; segment_id: number; author: string; body: string; created_at: string }

export const toComment = (r: CommentRow): Comment => ({
  id: r.id, segmentId: r.segment_id, author: r.author, body: r.body, createdAt: r.created_at,
});
