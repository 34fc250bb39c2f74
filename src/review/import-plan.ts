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
import { ConflictError, ForbiddenError, InvalidInputError } from '../core/errors.js';
import type { Segment, SegmentState } from '../core/types.js';
import { assertMayPerform, mayReview, type ActingRole } from './permissions.js';
import { memoryActionFor, nextState, type SegmentAction } from './transitions.js';

/** What the planner needs of one unit of the file (see `BilingualUnit` in formats/). */
export interface ImportUnit {
  readonly segmentId: number | null;
  readonly ref: string;
  /** The segment's version when the file was exported, when the file says. */
  readonly version?: number | null | undefined;
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
  /** What the segment's final state means for its translation-memory entry. */
  readonly memory: 'remember' | 'forget' | null;
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
  // Units without ids take the segments with their source in document order (boilerplate is never a target).
  const bySource = new Map<string, { readonly segments: Segment[]; next: number }>();
  for (const segment of segments) {
    if (segment.kind === 'skip') continue;
    const key = sameSourceKey(segment.source);
    const entry = bySource.get(key);
    if (entry) entry.segments.push(segment);
    else bySource.set(key, { segments: [segment], next: 0 });
  }
  const used = new Set<number>();
  return units.map((unit) => {
    let segment: Segment | undefined;
    if (unit.segmentId !== null) segment = byId.get(unit.segmentId);
    else {
      const entry = bySource.get(sameSourceKey(unit.source));
      while (entry && entry.next < entry.segments.length && used.has(entry.segments[entry.next]!.id)) entry.next += 1;
      segment = entry?.segments[entry.next];
    }
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
  /**
   * What a segment was at an earlier version (its revision), for files that say which version
   * they were exported from; undefined when unknown.
   */
  readonly exported?: ((segmentId: number, version: number) => { readonly target: string; readonly state: SegmentState } | undefined) | undefined;
  /** The file keeps a segment's whole thread in one cell (CSV): compare comments paragraph by paragraph. */
  readonly threadsInOneCell?: boolean | undefined;
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
    checkLengths(unit);
    const newComments = newCommentsOf(unit.comments, input.comments.get(segment.id) ?? [], input.threadsInOneCell === true);
    const steps = movedSinceExport(segment, unit, input.exported) ? [] : stepsFor(segment, unit, input.role);
    const last = steps[steps.length - 1];
    if (last !== undefined && last.target !== segment.target) targets += 1;
    if (last !== undefined && last.state !== segment.state) states += 1;
    comments += newComments.length;
    if (steps.length === 0 && newComments.length === 0) {
      unchanged += 1;
      return;
    }
    plans.push({ segmentId: segment.id, baseVersion: segment.version, steps, comments: newComments, memory: last === undefined ? null : memoryActionFor(last.state) });
  });
  return { segments: plans, summary: { units: input.units.length, targets, states, comments, unchanged, skipped } };
}

/** As in the editor: a target of at most 10,000 characters, comments of at most 2,000. */
export const MAX_IMPORTED_TARGET = 10_000;
export const MAX_IMPORTED_COMMENT = 2_000;

function checkLengths(unit: ImportUnit): void {
  if (unit.target !== null && unit.target.length > MAX_IMPORTED_TARGET) throw new InvalidInputError('import.unitTooLong', { unit: unit.ref, max: MAX_IMPORTED_TARGET });
  if (unit.comments.some((comment) => comment.length > MAX_IMPORTED_COMMENT)) {
    throw new InvalidInputError('import.commentTooLong', { unit: unit.ref, max: MAX_IMPORTED_COMMENT });
  }
}

/**
 * A file exported at an older version of the segment: when the unit still says what the
 * segment said then, the person did not touch it and newer work stays; when it says
 * something else, two people changed the same segment and the file is refused.
 */
function movedSinceExport(segment: Segment, unit: ImportUnit, exported: Parameters<typeof planImport>[0]['exported']): boolean {
  if (unit.version === null || unit.version === undefined || unit.version === segment.version || exported === undefined) return false;
  const then = unit.version > segment.version ? undefined : exported(segment.id, unit.version);
  const untouched = then !== undefined
    && (unit.target === null || unit.target.replace(/\r\n?/g, '\n') === then.target)
    && (unit.state === null || unit.state === then.state);
  if (untouched) return true;
  throw new ConflictError('import.unitChanged', { unit: unit.ref });
}

/** The editor actions that take the segment from where it is to the file's text and state. */
function stepsFor(segment: Segment, unit: ImportUnit, role: ActingRole): ImportStep[] {
  const target = unit.target === null ? segment.target : unit.target.replace(/\r\n?/g, '\n');
  const changed = target !== segment.target;
  const wanted = unit.state ?? (changed ? segment.state : null);
  if (wanted === null || (wanted === segment.state && !changed)) return [];
  const steps: ImportStep[] = [];
  let state = segment.state;
  let actions: SegmentAction[];
  try {
    actions = actionsTo(segment.state, wanted, changed, mayReview(role));
  } catch (error) {
    throw error instanceof InvalidInputError ? new InvalidInputError(error.code, { unit: unit.ref }) : error;
  }
  for (const action of actions) {
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
      // A rejection needs a category, a severity and a reason: it is given on the review page, not by a file.
      throw new InvalidInputError('import.rejectInFile');
  }
}

function unitError(error: unknown, unit: string, action: SegmentAction): unknown {
  if (error instanceof ForbiddenError) return new ForbiddenError('import.unitForbidden', { unit, action, ...error.details });
  if (error instanceof InvalidInputError && error.code === 'segment.emptyTarget') return new InvalidInputError('import.unitEmpty', { unit });
  if (error instanceof InvalidInputError) return new InvalidInputError('import.unitTransition', { unit, action, ...error.details });
  return error;
}

/**
 * Comments already in the thread (each as often as it is there) are not added again. A CSV
 * cell holds a whole thread split at blank lines, so there the thread is compared paragraph
 * by paragraph.
 */
function newCommentsOf(fileComments: readonly string[], existing: readonly string[], threadsInOneCell: boolean): string[] {
  const known = new Map<string, number>();
  for (const comment of threadsInOneCell ? existing.flatMap(commentParts) : existing.map(normalizeComment)) {
    known.set(comment, (known.get(comment) ?? 0) + 1);
  }
  const added: string[] = [];
  for (const comment of fileComments) {
    const key = normalizeComment(comment);
    if (key === '') continue;
    const left = known.get(key) ?? 0;
    if (left > 0) known.set(key, left - 1);
    else added.push(comment.trim());
  }
  return added;
}

function normalizeComment(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

function commentParts(text: string): string[] {
  return normalizeComment(text).split(/\n[ \t]*\n/).map((part) => part.trim()).filter((part) => part !== '');
}
