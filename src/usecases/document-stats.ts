import type { Actor, DocumentInfo, Project, SegmentState } from '../core/types.js';
import { SEGMENT_STATES } from '../core/types.js';
import type { LqaSummary } from '../review/lqa.js';
import type { ActingRole } from '../review/permissions.js';
import { openDocument } from './browse.js';
import { unresolvedThreads } from './comments.js';
import type { Deps } from './deps.js';
import { todayOf, withDue, type DocumentWithDue } from './due-dates.js';
import { leverageReport, type LeverageReport } from './memory.js';
import { documentLqa } from './open-review.js';
import { documentQa } from './qa.js';

/** How many of the segments with the most editing time the page lists. */
export const SLOWEST_SEGMENTS = 10;

export interface QaTally {
  /** Findings not let pass, by severity; `acknowledged` counts the warnings a reviewer let pass. */
  readonly errors: number;
  readonly warnings: number;
  readonly acknowledged: number;
  /** Per check, most findings first. */
  readonly byCheck: readonly { readonly check: string; readonly errors: number; readonly warnings: number }[];
}

export interface EditingTimeStats {
  readonly totalMs: number;
  /** Segments with any editing time recorded. */
  readonly segmentsTimed: number;
  readonly byPerson: readonly { readonly username: string; readonly ms: number; readonly segments: number }[];
  /** The live segments that took longest, with their number in the grid. */
  readonly slowest: readonly { readonly segmentId: number; readonly number: number; readonly source: string; readonly ms: number; readonly people: readonly string[] }[];
}

/** A document's figures in one place (issue 7: words, segments, leverage, QA, LQA, editing time). */
export interface DocumentStats {
  readonly project: Project;
  readonly document: DocumentInfo;
  readonly role: ActingRole;
  /** Words, segment counts and the due day, as lists show them. */
  readonly summary: DocumentWithDue;
  readonly segmentsByState: Readonly<Record<SegmentState, number>>;
  readonly leverage: LeverageReport;
  readonly qa: QaTally;
  readonly lqa: LqaSummary;
  readonly comments: { readonly threads: number; readonly unresolved: number };
  readonly time: EditingTimeStats;
}

/** The statistics page of a document, for anyone who may read it; built from the same use cases as the other pages. */
export async function documentStats(deps: Deps, actor: Actor, documentId: number): Promise<DocumentStats> {
  const opened = await openDocument(deps, actor, documentId);
  const [leverage, qa, events, threads, unresolved, time] = await Promise.all([
    leverageReport(deps, actor, documentId), documentQa(deps, actor, documentId), deps.store.listDocumentReviewEvents(documentId),
    deps.store.listDocumentThreads(documentId), unresolvedThreads(deps, documentId), deps.store.summariseEditingTime(documentId),
  ]);
  const text = opened.segments.filter((segment) => segment.kind !== 'skip');
  const segmentsByState = Object.fromEntries(SEGMENT_STATES.map((state) => [state, text.filter((segment) => segment.state === state).length])) as Record<SegmentState, number>;
  const summary = withDue({
    ...opened.document, segmentCount: text.length, skippedCount: opened.segments.length - text.length, words: opened.words,
  }, todayOf(deps.clock));
  return {
    project: opened.project, document: opened.document, role: opened.role, summary, segmentsByState, leverage: leverage.report,
    qa: tallyQa([...qa.findings.values()].flat()), lqa: documentLqa(opened.project, events, opened.words.total),
    comments: { threads: threads.length, unresolved: unresolved.length },
    time: editingTimeStats(time, opened.segments),
  };
}

function tallyQa(findings: readonly { check: string; severity: 'error' | 'warning'; acknowledged: boolean }[]): QaTally {
  const open = findings.filter((finding) => !finding.acknowledged);
  const checks = new Map<string, { check: string; errors: number; warnings: number }>();
  for (const finding of open) {
    const row = checks.get(finding.check) ?? { check: finding.check, errors: 0, warnings: 0 };
    checks.set(finding.check, finding.severity === 'error' ? { ...row, errors: row.errors + 1 } : { ...row, warnings: row.warnings + 1 });
  }
  return {
    errors: open.filter((finding) => finding.severity === 'error').length,
    warnings: open.filter((finding) => finding.severity === 'warning').length,
    acknowledged: findings.length - open.length,
    byCheck: [...checks.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || a.check.localeCompare(b.check)),
  };
}

function editingTimeStats(
  time: Awaited<ReturnType<Deps['store']['summariseEditingTime']>>, segments: readonly { id: number; position: number; source: string }[],
): EditingTimeStats {
  const live = new Map(segments.map((segment) => [segment.id, segment]));
  return {
    totalMs: time.byPerson.reduce((sum, person) => sum + person.ms, 0),
    segmentsTimed: time.bySegment.length,
    byPerson: time.byPerson,
    slowest: time.bySegment.flatMap((row) => {
      const segment = live.get(row.segmentId);
      return segment ? [{ ...row, number: segment.position + 1, source: segment.source }] : [];
    }).slice(0, SLOWEST_SEGMENTS),
  };
}
