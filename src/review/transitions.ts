import { InvalidInputError } from '../core/errors.js';
import type { SegmentState } from '../core/types.js';

/** What a person does to a segment. Review actions (approve, reject) arrive with the review workflow. */
export type SegmentAction = 'edit' | 'confirm';

/**
 * The one transition table (DESIGN.md §4). `edit` is any saved change of the
 * target (autosave); `confirm` is the translator's Ctrl+Enter.
 */
const TRANSITIONS: Readonly<Record<SegmentAction, Partial<Record<SegmentState, SegmentState>>>> = {
  edit: { new: 'draft', draft: 'draft', translated: 'draft', rejected: 'rejected', approved: 'draft' },
  confirm: { new: 'translated', draft: 'translated', translated: 'translated', rejected: 'translated', approved: 'translated' },
};

/**
 * The state a segment moves to. An empty target is always `new` after an
 * edit, and cannot be confirmed.
 */
export function nextState(current: SegmentState, action: SegmentAction, target: string): SegmentState {
  const empty = target.trim() === '';
  if (empty && action === 'confirm') throw new InvalidInputError('segment.emptyTarget');
  if (empty) return 'new';
  const next = TRANSITIONS[action][current];
  if (!next) throw new InvalidInputError('segment.transition', { from: current, action });
  return next;
}
