import { ConflictError, InvalidInputError } from '../core/errors.js';
import type { Actor, Segment } from '../core/types.js';
import { planMerge } from '../restructure/index.js';
import { assertMayPerform } from '../review/permissions.js';
import type { Deps } from './deps.js';
import { loadSegment } from './load.js';

export interface MergeSegmentsInput {
  readonly segmentId: number;
  readonly baseVersion: number;
  /** The version of the next segment the person saw. */
  readonly nextBaseVersion: number;
  readonly actor: Actor;
}

/** Joins a segment with the next one in its paragraph; both targets are kept, joined. */
export async function mergeWithNext(deps: Deps, input: MergeSegmentsInput): Promise<Segment> {
  const { segment: first, role } = await loadSegment(deps, input.actor, input.segmentId, 'translate');
  const next = (await deps.store.listSegments(first.documentId)).find((segment) => segment.position === first.position + 1);
  if (!next) throw new InvalidInputError('segment.mergeAcrossParagraphs');
  // Both halves change: neither may be a segment the actor may not edit (e.g. approved, for a translator).
  assertMayPerform(role, 'edit', first.state);
  assertMayPerform(role, 'edit', next.state);
  const merged = planMerge(first, next);
  const outcome = await deps.store.mergeSegments({
    first: { id: first.id, version: input.baseVersion },
    second: { id: next.id, version: input.nextBaseVersion },
    merged,
    author: input.actor.username,
  });
  if (!outcome.done) throw new ConflictError('segment.structureStale');
  return outcome.segments[0]!;
}
