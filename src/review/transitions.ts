import { InvalidInputError } from '../core/errors.js';
import type { SegmentState } from '../core/types.js';

/**
 * What a person does to a segment. `edit` and `confirm` are the translator's
 * (autosave, Ctrl+Enter); `approve`, `reject` and `reopen` are the reviewer's.
 */
export type SegmentAction = 'edit' | 'confirm' | 'revise' | 'approve' | 'reject' | 'reopen';
export const SEGMENT_ACTIONS: readonly SegmentAction[] = ['edit', 'confirm', 'revise', 'approve', 'reject', 'reopen'];

/**
 * Actions that pass judgement on a translation; only reviewers and managers take them.
 * `revise` is a reviewer's edit: it changes the text without taking the confirmation away.
 */
export const REVIEW_ACTIONS: readonly SegmentAction[] = ['revise', 'approve', 'reject', 'reopen'];

/**
 * The one transition table (DESIGN.md §4). A missing entry is a refused
 * transition. Approval binds to a translation the translator confirmed, so only
 * `translated` can be approved; a rejected one must be confirmed again first.
 */
const TRANSITIONS: Readonly<Record<SegmentAction, Partial<Record<SegmentState, SegmentState>>>> = {
  edit: { new: 'draft', draft: 'draft', translated: 'draft', rejected: 'rejected', approved: 'draft' },
  confirm: { new: 'translated', draft: 'translated', translated: 'translated', rejected: 'translated', approved: 'translated' },
  revise: { new: 'draft', draft: 'draft', translated: 'translated', rejected: 'rejected', approved: 'translated' },
  approve: { translated: 'approved' },
  reject: { translated: 'rejected', approved: 'rejected' },
  reopen: { approved: 'translated' },
};

/** Actions that put a stamp on the target text: an empty target can take none of them. */
const NEEDS_TEXT: ReadonlySet<SegmentAction> = new Set(['confirm', 'approve', 'revise']);

/**
 * The state a segment moves to. An edit that empties the target returns the
 * segment to `new`; an empty target cannot be confirmed or approved.
 */
export function nextState(current: SegmentState, action: SegmentAction, target: string): SegmentState {
  const empty = target.trim() === '';
  if (empty && NEEDS_TEXT.has(action)) throw new InvalidInputError('segment.emptyTarget');
  if (empty && action === 'edit') return 'new';
  const next = TRANSITIONS[action][current];
  if (!next) throw new InvalidInputError('segment.transition', { from: current, action });
  return next;
}

/** Whether `action` is possible from `state` at all (for hiding buttons; the server still calls `nextState`). */
export function canTransition(state: SegmentState, action: SegmentAction): boolean {
  return TRANSITIONS[action][state] !== undefined;
}

/**
 * The translation memory holds what translators stand behind: a confirmed or approved
 * text is remembered, a rejected one is taken out, drafts leave the last remembered text.
 */
export function memoryActionFor(state: SegmentState): 'remember' | 'forget' | null {
  if (state === 'translated' || state === 'approved') return 'remember';
  return state === 'rejected' ? 'forget' : null;
}
