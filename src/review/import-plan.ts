/**
 * Bringing a bilingual file back onto its document (an XLIFF, DOCX or CSV that went
 * out for offline work): which segment each unit is, and what must happen to it.
 * Pure: the use case loads the document, this decides, the store applies it all at once.
 *
 * Rules: units find their segment by id (`s12`) or, in files that carry none, by source;
 * a unit's source must still be the segment's (else the document changed since the export);
 * a changed target becomes a new revision by the importing person; a state in the file is
 * reached through the same transitions and role checks as in the editor; comments not yet
 * in the thread are added. Structure, kinds and everything not in the file stay as they are.
 */
import { ForbiddenError, InvalidInputError } from '../core/errors.js';
import type { Segment, SegmentState } from '../core/types.js';
import { assertMayPerform, mayReview, type ActingRole } from './permissions.js';
import { nextState, type SegmentAction } from './transitions.js';

/** What the planner needs of one unit of the file (see `BilingualUnit` in formats/). */
export interface ImportUnit {
  readonly segmentId: number | null;
  readonly ref: string;
  readonly source: string;
  readonly target: string | null;
  readonly state: SegmentState | null;
  readonly comments: readonly string[];
}

/** One write of a segment's target; consecutive steps of a segment build on each other. */
export interface ImportStep {
  readonly action: SegmentAction;
  readonly target: string;
  readonly state: SegmentState;
}

export interface SegmentImport {
  readonly segmentId: number;
  /** The version the plan was computed on: the store refuses the whole import if it moved. */
  readonly baseVersion: number;
  readonly steps: readonly ImportStep[];
  /** New comments for the thread, in file order. */
  readonly comments: readonly string[];
}

export interface ImportSummary {
  /** Units in the file. */
  readonly units: number;
  /** Segments whose target text changed. */
  readonly targets: number;
  /** Segments whose state changed (with or without a text change). */
  readonly states: number;
  readonly comments: number;
  /** Units that changed nothing. */
  readonly unchanged: number;
  /** Units of boilerplate segments, which an import never touches. */
  readonly skipped: number;
}

export interface ImportPlan {
  readonly segments: readonly SegmentImport[];
  readonly summary: ImportSummary;
}

/**
 * Matches units to segments. Throws, naming the unit, when a unit points to a
 * segment the document does not have, when two units claim one segment, when
 * a source no longer matches, or when a unit without id matches no segment.
 */
export function matchUnits(segments: readonly Segment[], units: readonly ImportUnit[]): Segment[] {
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  const bySource = new Map<string, Segment[]>();
  for (const segment of segments) {
    const key = sameSourceKey(segment.source);
    bySource.set(key, [...(bySource.get(key) ?? []), segment]);
  }
  const used = new Set<number>();
  return units.map((unit) => {
    const segment = unit.segmentId !== null
      ? byId.get(unit.segmentId)
      : bySource.get(sameSourceKey(unit.source))?.find((candidate) => !used.has(candidate.id));
    if (segment === undefined) {
      throw new InvalidInputError(unit.segmentId !== null ? 'import.unknownUnit' : 'import.noMatch', { unit: unit.ref });
    }
    if (used.has(segment.id)) throw new InvalidInputError('import.duplicateUnit', { unit: unit.ref });
    if (sameSourceKey(unit.source) !== sameSourceKey(segment.source)) {
      throw new InvalidInputError('import.sourceMismatch', { unit: unit.ref });
    }
    used.add(segment.id);
    return segment;
  });
}

/** Sources compare after Unicode normalisation and with any run of whitespace (NBSP too) as one space. */
export function sameSourceKey(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00A0\u2007\u202F]+/gu, ' ').trim();
}

/**
 * The whole import, or a typed error naming the first unit that cannot be applied
 * (a role that may not take the action, a transition that does not exist, an empty
 * target that would be confirmed).
 */
export function planImport(input: {
  readonly segments: readonly Segment[];
  readonly units: readonly ImportUnit[];
  /** Existing comment bodies per segment id. */
  readonly comments: ReadonlyMap<number, readonly string[]>;
  readonly role: ActingRole;
}): ImportPlan {
  const matched = matchUnits(input.segments, input.units);
  const plans: SegmentImport[] = [];
  let targets = 0;
  let states = 0;
  let comments = 0;
  let unchanged = 0;
  let skipped = 0;
  input.units.forEach((unit, index) => {
    const segment = matched[index]!;
    if (segment.kind === 'skip') {
      skipped += 1;
      return;
    }
    const steps = stepsFor(segment, unit, input.role);
    const newComments = newCommentsOf(unit.comments, input.comments.get(segment.id) ?? []);
    const last = steps[steps.length - 1];
    if (last !== undefined && last.target !== segment.target) targets += 1;
    if (last !== undefined && last.state !== segment.state) states += 1;
    comments += newComments.length;
    if (steps.length === 0 && newComments.length === 0) {
      unchanged += 1;
      return;
    }
    plans.push({ segmentId: segment.id, baseVersion: segment.version, steps, comments: newComments });
  });
  return { segments: plans, summary: { units: input.units.length, targets, states, comments, unchanged, skipped } };
}

/** The editor actions that take the segment from where it is to the file's text and state. */
function stepsFor(segment: Segment, unit: ImportUnit, role: ActingRole): ImportStep[] {
  const target = unit.target === null ? segment.target : unit.target.replace(/\r\n?/g, '\n');
  const changed = target !== segment.target;
  const wanted = unit.state ?? (changed ? segment.state : null);
  if (wanted === null || (wanted === segment.state && !changed)) return [];
  const steps: ImportStep[] = [];
  let state = segment.state;
  for (const action of actionsTo(segment.state, wanted, changed, mayReview(role))) {
    try {
      assertMayPerform(role, action, state);
      state = nextState(state, action, target);
    } catch (error) {
      throw unitError(error, unit.ref, action);
    }
    steps.push({ action, target, state });
  }
  const last = steps[steps.length - 1];
  return last !== undefined && last.state === segment.state && last.target === segment.target ? [] : steps;
}

/**
 * One or two actions: e.g. a reviewer's file that changes an approved text and keeps
 * it approved is a revision and a new approval, both logged.
 */
function actionsTo(current: SegmentState, wanted: SegmentState, changed: boolean, reviewer: boolean): SegmentAction[] {
  const stamped = current === 'translated' || current === 'approved';
  if (wanted === current) {
    // The text changed and the state in the file did not: the same stamp on the new text.
    if (current === 'approved') return [reviewer ? 'revise' : 'confirm', 'approve'];
    if (current === 'translated') return [reviewer ? 'revise' : 'confirm'];
    return [reviewer ? 'revise' : 'edit'];
  }
  switch (wanted) {
    case 'new':
    case 'draft':
      return ['edit'];
    case 'translated':
      if (current === 'approved' && !changed) return ['reopen'];
      return [reviewer && stamped ? 'revise' : 'confirm'];
    case 'approved':
      if (current === 'translated' && !changed) return ['approve'];
      return [reviewer && stamped ? 'revise' : 'confirm', 'approve'];
    case 'rejected':
      if (stamped && !changed) return ['reject'];
      return [reviewer && stamped ? 'revise' : 'confirm', 'reject'];
  }
}

function unitError(error: unknown, unit: string, action: SegmentAction): unknown {
  if (error instanceof ForbiddenError) return new ForbiddenError('import.unitForbidden', { unit, action, ...error.details });
  if (error instanceof InvalidInputError && error.code === 'segment.emptyTarget') return new InvalidInputError('import.unitEmpty', { unit });
  if (error instanceof InvalidInputError) return new InvalidInputError('import.unitTransition', { unit, action, ...error.details });
  return error;
}

/**
 * Comments are compared paragraph by paragraph (CSV and DOCX cells hold a whole
 * thread), so a file that comes back with the thread it left with adds nothing.
 */
function newCommentsOf(fileComments: readonly string[], existing: readonly string[]): string[] {
  const known = new Set(existing.flatMap(commentParts));
  const added: string[] = [];
  for (const comment of fileComments) {
    const fresh = commentParts(comment).filter((part) => !known.has(part));
    if (fresh.length === 0) continue;
    fresh.forEach((part) => known.add(part));
    added.push(fresh.join('\n\n'));
  }
  return added;
}

function commentParts(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map((part) => part.trim()).filter((part) => part !== '');
}
