import type { Actor, Revision, Segment } from '../core/types.js';
import type { Deps } from './deps.js';
import { loadSegment } from './load.js';
import { saveTarget } from './save-target.js';

export interface ConfirmSegmentInput {
  readonly segmentId: number;
  readonly baseVersion: number;
  /** The text to confirm; when absent, the segment's current target. */
  readonly target?: string | undefined;
  readonly actor: Actor;
  /** Milliseconds spent editing since the last save (see saveTarget). */
  readonly elapsedMs?: number | undefined;
}

/** The translator's Ctrl+Enter: the target becomes `translated`, waiting for review. */
export async function confirmSegment(deps: Deps, input: ConfirmSegmentInput): Promise<{ segment: Segment; revision: Revision | null }> {
  const target = input.target ?? (await loadSegment(deps, input.actor, input.segmentId, 'translate')).segment.target;
  return saveTarget(deps, { ...input, target, action: 'confirm', origin: 'typed' });
}
