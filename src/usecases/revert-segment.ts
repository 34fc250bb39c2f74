import { NotFoundError } from '../core/errors.js';
import type { Actor, Revision, Segment } from '../core/types.js';
import type { Deps } from './deps.js';
import { saveTarget } from './save-target.js';

export interface RevertSegmentInput {
  readonly segmentId: number;
  readonly revisionId: number;
  readonly baseVersion: number;
  readonly actor: Actor;
}

/** Brings back an earlier target as a new revision (history is never rewritten). The result is a draft. */
export async function revertSegment(deps: Deps, input: RevertSegmentInput): Promise<{ segment: Segment; revision: Revision | null }> {
  const revision = await deps.store.findRevision(input.revisionId);
  if (!revision || revision.segmentId !== input.segmentId) {
    throw new NotFoundError('revision.notFound', { id: input.revisionId });
  }
  return saveTarget(deps, {
    segmentId: input.segmentId,
    baseVersion: input.baseVersion,
    target: revision.target,
    action: 'edit',
    origin: 'revert',
    actor: input.actor,
  });
}
