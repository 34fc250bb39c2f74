import { runInNewContext } from 'node:vm';
import { AppError, ConflictError, InvalidInputError } from '../core/errors.js';
import type { Actor, Revision, Segment } from '../core/types.js';
import { mayPerform, mayReview } from '../review/permissions.js';
import { compileFind, replaceMatches, type ReplaceQuery } from '../revisions/replace.js';
import { diffWords, type DiffPart } from '../revisions/word-diff.js';
import { requireAccess } from './access.js';
import type { Deps } from './deps.js';
import { loadDocument } from './load.js';
import { MAX_TARGET_LENGTH, saveTarget } from './save-target.js';

export interface ReplaceInTargetsInput extends ReplaceQuery {
  readonly documentId: number;
  /** Approved segments too; only for someone who may review. */
  readonly includeApproved: boolean;
  readonly preview: boolean;
  /** To apply: segment id → the version the preview showed. Only these segments are changed. */
  readonly versions?: Readonly<Record<string, number>> | undefined;
  readonly actor: Actor;
}

export interface PlannedReplacement {
  readonly segmentId: number;
  /** The number shown in the editor's grid. */
  readonly number: number;
  readonly version: number;
  readonly before: string;
  readonly after: string;
  readonly count: number;
  readonly diff: DiffPart[];
}

/** `changed`: saved by someone (or moved on) since the preview; otherwise the error code that refused the save. */
export interface SkippedReplacement { readonly segmentId: number; readonly number: number | null; readonly reason: string }

export type ReplaceOutcome =
  | { readonly preview: true; readonly replacements: PlannedReplacement[] }
  | { readonly preview: false; readonly replaced: { number: number; segment: Segment; revision: Revision | null }[]; readonly skipped: SkippedReplacement[] };

/** A pathological pattern such as /(a+)+$/ is stopped after this long instead of blocking the server. */
const TIME_LIMIT_MS = 1000;

/**
 * Search and replace in a document's targets. The preview lists every target that would
 * change; applying saves each one through `saveTarget` (a revision by the actor, compare-and-set
 * on the version the preview showed). Boilerplate is never touched, nor approved segments
 * unless a reviewer asks for them.
 */
export async function replaceInTargets(deps: Deps, input: ReplaceInTargetsInput): Promise<ReplaceOutcome> {
  const { segments, planned } = await plan(deps, input);
  if (input.preview) return { preview: true, replacements: planned };
  const numbers = new Map(segments.map((segment, index) => [segment.id, index + 1]));
  const wanted = new Map(Object.entries(input.versions ?? {}).map(([id, version]) => [Number(id), version]));
  const replaced: { number: number; segment: Segment; revision: Revision | null }[] = [];
  const skipped: SkippedReplacement[] = [];
  const skip = (segmentId: number, reason: string) => skipped.push({ segmentId, number: numbers.get(segmentId) ?? null, reason });
  for (const item of planned) {
    const version = wanted.get(item.segmentId);
    if (version === undefined) continue;
    wanted.delete(item.segmentId);
    if (version !== item.version) {
      skip(item.segmentId, 'changed');
      continue;
    }
    try {
      const saved = await saveTarget(deps, { segmentId: item.segmentId, baseVersion: version, target: item.after, action: 'edit', origin: 'typed', actor: input.actor });
      replaced.push({ number: item.number, ...saved });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      skip(item.segmentId, error instanceof ConflictError ? 'changed' : error.code);
    }
  }
  // Previewed segments that no longer match (their text changed) or no longer exist.
  for (const segmentId of wanted.keys()) skip(segmentId, 'changed');
  return { preview: false, replaced, skipped };
}

async function plan(deps: Deps, input: ReplaceInTargetsInput): Promise<{ segments: readonly Segment[]; planned: PlannedReplacement[] }> {
  const document = await loadDocument(deps, input.actor, input.documentId, 'translate');
  const role = await requireAccess(deps, input.actor, document.projectId, 'translate');
  const pattern = compileFind(input);
  const segments = await deps.store.listSegments(document.id);
  const withApproved = input.includeApproved && mayReview(role);
  const candidates = segments
    .map((segment, index) => ({ segment, number: index + 1 }))
    .filter(({ segment }) => segment.kind !== 'skip' && segment.target !== '' && segment.target.length <= MAX_TARGET_LENGTH
      && (withApproved || segment.state !== 'approved') && mayPerform(role, 'edit', segment.state));
  const results = withinTimeLimit(() => candidates.map((candidate) => ({ ...candidate, ...replaceMatches(candidate.segment.target, pattern, input) })));
  const planned = results
    .filter((result) => result.count > 0 && result.text !== result.segment.target)
    .map(({ segment, number, text, count }) => ({
      segmentId: segment.id, number, version: segment.version, before: segment.target, after: text, count, diff: diffWords(segment.target, text),
    }));
  return { segments, planned };
}

/** Runs the matching with a time limit (the vm timeout interrupts a regular expression that backtracks forever). */
function withinTimeLimit<T>(work: () => T): T {
  try {
    return runInNewContext('work()', { work }, { timeout: TIME_LIMIT_MS }) as T;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new InvalidInputError('replace.tooSlow');
    throw error;
  }
}
