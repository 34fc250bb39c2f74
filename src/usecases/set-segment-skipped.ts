import { ConflictError } from '../core/errors.js';
import type { Actor, Segment } from '../core/types.js';
import { assertMayPerform } from '../review/permissions.js';
import type { Deps } from './deps.js';
import { loadSegment } from './load.js';

export interface SetSegmentSkippedInput {
  readonly segmentId: number;
  readonly baseVersion: number;
  /** true: leave it untranslated as boilerplate; false: translate it after all (e.g. a caption). */
  readonly skipped: boolean;
  readonly actor: Actor;
}

/** Overrides the segmenter's boilerplate call for one segment; recorded in its history. */
export async function setSegmentSkipped(deps: Deps, input: SetSegmentSkippedInput): Promise<Segment> {
  const { segment, role } = await loadSegment(deps, input.actor, input.segmentId, 'translate');
  assertMayPerform(role, 'edit', segment.state);
  const kind = input.skipped ? 'skip' : 'text';
  if (segment.kind === kind || (!input.skipped && segment.kind !== 'skip')) return segment;
  const outcome = await deps.store.setSegmentKind({ segmentId: segment.id, baseVersion: input.baseVersion, kind, author: input.actor.username });
  if (!outcome.done) throw new ConflictError('segment.structureStale');
  return outcome.segments[0]!;
}
