import { ConflictError } from '../core/errors.js';
import type { Actor, Revision, Segment } from '../core/types.js';
import { diffWords } from '../revisions/word-diff.js';
import { validateRejectReason } from '../review/reject-reason.js';
import type { Deps } from './deps.js';
import { loadDocument, loadSegment } from './load.js';
import { assertApprovable } from './qa.js';
import { saveTarget } from './save-target.js';

export interface ReviewSegmentInput {
  readonly segmentId: number;
  /** The version the reviewer saw: approving a text that changed since is a conflict. */
  readonly baseVersion: number;
  readonly decision: 'approve' | 'reject' | 'reopen';
  /** Required for `reject`: category, severity and comment. */
  readonly reason?: unknown;
  readonly actor: Actor;
  /** When given, the segment must belong to this document (a batch from one review page). */
  readonly documentId?: number;
}

/** A reviewer's decision on the text they were shown, logged with its reason. */
export async function reviewSegment(deps: Deps, input: ReviewSegmentInput): Promise<{ segment: Segment; revision: Revision | null }> {
  const reason = input.decision === 'reject' ? validateRejectReason(input.reason) : undefined;
  const { segment } = await loadSegment(deps, input.actor, input.segmentId, 'review');
  if (input.documentId !== undefined && segment.documentId !== input.documentId) throw new ConflictError('segment.structureStale');
  if (segment.version !== input.baseVersion) throw await changedSinceShown(deps, segment, input.baseVersion);
  // QA errors (a wrong number, a forbidden term…) block approval until the text is fixed.
  if (input.decision === 'approve') await assertApprovable(deps, segment);
  return saveTarget(deps, {
    segmentId: segment.id, baseVersion: input.baseVersion, target: segment.target, action: input.decision,
    origin: segment.origin ?? 'typed', actor: input.actor, reason,
  });
}

/** "Approve all shown": each segment is checked on its own; one that changed meanwhile is reported, not approved. */
export async function approveMany(
  deps: Deps, input: { documentId: number; items: readonly { segmentId: number; baseVersion: number }[]; actor: Actor },
): Promise<{ approved: number; skipped: number[] }> {
  await loadDocument(deps, input.actor, input.documentId, 'review');
  const skipped: number[] = [];
  let approved = 0;
  for (const item of input.items) {
    try {
      await reviewSegment(deps, { ...item, decision: 'approve', actor: input.actor, documentId: input.documentId });
      approved += 1;
    } catch {
      skipped.push(item.segmentId);
    }
  }
  return { approved, skipped };
}

/** The 409 for a decision on a text that changed since the page was shown: what changed, as a diff. */
async function changedSinceShown(deps: Deps, segment: Segment, shownVersion: number): Promise<ConflictError> {
  const shown = (await deps.store.listRevisions(segment.id)).find((revision) => revision.version === shownVersion)?.target ?? '';
  return new ConflictError('segment.stale', {
    segment: { id: segment.id, target: segment.target, state: segment.state, version: segment.version },
    sent: shown,
    diff: diffWords(shown, segment.target),
  });
}
