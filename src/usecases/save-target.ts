import { ConflictError, InvalidInputError, NotFoundError } from '../core/errors.js';
import type { Actor, Revision, Segment, TargetOrigin } from '../core/types.js';
import { assertMayPerform, mayReview } from '../review/permissions.js';
import type { RejectReason } from '../review/reject-reason.js';
import type { ReviewWrite } from '../store/store.js';
import { memoryActionFor, nextState, type SegmentAction } from '../review/transitions.js';
import { diffWords } from '../revisions/word-diff.js';
import type { Deps } from './deps.js';
import { loadDocument, loadSegment } from './load.js';

export interface SaveTargetInput {
  readonly segmentId: number;
  /** The version the client's text started from. */
  readonly baseVersion: number;
  readonly target: string;
  readonly action: SegmentAction;
  readonly origin: TargetOrigin;
  /** The match score, for a text inserted from the translation memory. */
  readonly originScore?: number | undefined;
  readonly actor: Actor;
  /** A reviewer's reason, for `reject`. */
  readonly reason?: RejectReason | undefined;
  /** Milliseconds the person spent editing the segment since its last save (the editor measures it). */
  readonly elapsedMs?: number | undefined;
}

export const MAX_TARGET_LENGTH = 10_000;
/** The most editing time one save may report: the editor pauses its clock long before. */
export const MAX_ELAPSED_MS = 30 * 60 * 1000;

/** Decisions that go into the review log. */
const LOGGED: ReadonlySet<SegmentAction> = new Set(['confirm', 'approve', 'reject', 'reopen']);

/**
 * Saves a target (autosave or confirm). A save based on an older version never
 * overwrites: it fails with `segment.stale`, carrying the current text and a
 * word diff from the text that was sent to it, so the client can offer a choice.
 */
export async function saveTarget(deps: Deps, input: SaveTargetInput): Promise<{ segment: Segment; revision: Revision | null }> {
  const ms = Math.round(input.elapsedMs ?? 0);
  const editingMs = ms > 0 && ms <= MAX_ELAPSED_MS ? ms : undefined;
  const saved = await writeTarget(deps, input, editingMs);
  if (saved.revision === null && editingMs !== undefined) {
    // Nothing to write (the same text again): the time gets a small write of its own. A statistic
    // must never turn a save into an error.
    await deps.store.addEditingTime({ segmentId: saved.segment.id, username: input.actor.username, ms: editingMs }).catch(() => undefined);
  }
  return saved;
}

async function writeTarget(deps: Deps, input: SaveTargetInput, editingMs: number | undefined): Promise<{ segment: Segment; revision: Revision | null }> {
  const target = input.target.replace(/\r\n?/g, '\n');
  if (target.length > MAX_TARGET_LENGTH) throw new InvalidInputError('segment.tooLong', { max: MAX_TARGET_LENGTH });
  const { segment, role } = await loadSegment(deps, input.actor, input.segmentId, 'translate').catch(async (error: unknown) => {
    // Typed into a segment that a teammate merged away meanwhile: a conflict that hands the text back.
    // Only a member of its project learns that it existed.
    const documentId = error instanceof NotFoundError ? await deps.store.removedSegmentDocument(input.segmentId) : null;
    if (documentId !== null && await loadDocument(deps, input.actor, documentId, 'translate').then(() => true, () => false)) {
      throw new ConflictError('segment.removed', { sent: target });
    }
    throw error;
  });
  if (segment.kind === 'skip') throw new InvalidInputError('segment.skipped');
  if (segment.version !== input.baseVersion) throw staleError(segment, target);
  // A reviewer's edit does not take the translator's confirmation away.
  const action = input.action === 'edit' && mayReview(role) ? 'revise' : input.action;
  assertMayPerform(role, action, segment.state);
  const state = nextState(segment.state, action, target);
  if (state === segment.state && target === segment.target && !LOGGED.has(action)) return { segment, revision: null };
  const review = LOGGED.has(action) ? { action: action as ReviewWrite['action'], ...input.reason } : undefined;
  const originScore = input.origin === 'tm' && input.originScore !== undefined ? Math.max(0, Math.min(101, Math.round(input.originScore))) : null;
  const outcome = await deps.store.saveTarget({
    segmentId: input.segmentId, baseVersion: input.baseVersion, origin: input.origin, originScore, target, state, author: input.actor.username, review,
    memory: memoryActionFor(state), editingMs,
  });
  if (!outcome.saved) throw staleError(outcome.current, target);
  deps.memory.apply([outcome.memory]);
  return { segment: outcome.segment, revision: outcome.revision };
}

function staleError(current: Segment, sent: string): ConflictError {
  return new ConflictError('segment.stale', {
    segment: { id: current.id, target: current.target, state: current.state, version: current.version },
    sent,
    diff: diffWords(sent, current.target),
  });
}
