import { ConflictError } from '../core/errors.js';
import type { Actor, Segment } from '../core/types.js';
import { planSplit } from '../restructure/index.js';
import { assertMayPerform } from '../review/permissions.js';
import type { Deps } from './deps.js';
import { loadSegment } from './load.js';

export interface SplitSegmentInput {
  readonly segmentId: number;
  readonly baseVersion: number;
  /** Character offset in the source where the second part starts. */
  readonly at: number;
  readonly actor: Actor;
}

/** Cuts a segment's source in two; the target stays with the first part, the second starts empty. */
export async function splitSegment(deps: Deps, input: SplitSegmentInput): Promise<readonly Segment[]> {
  const { segment, role } = await loadSegment(deps, input.actor, input.segmentId, 'translate');
  assertMayPerform(role, 'edit', segment.state);
  const plan = planSplit(segment, input.at);
  const outcome = await deps.store.splitSegment({ segmentId: segment.id, baseVersion: input.baseVersion, plan, author: input.actor.username });
  if (!outcome.done) throw new ConflictError('segment.structureStale');
  return outcome.segments;
}
