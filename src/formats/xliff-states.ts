/**
 * Our segment states in XLIFF 2.x (DESIGN.md §7). XLIFF 2 has fewer states than we
 * do, so every segment also carries `subState="jembatan:<state>"` to round-trip exactly.
 */
import { SEGMENT_STATES, type SegmentState } from '../core/types.js';

export type Xliff2State = 'initial' | 'translated' | 'reviewed' | 'final';

const XLIFF2_STATES: Readonly<Record<SegmentState, Xliff2State>> = {
  new: 'initial',
  draft: 'initial',
  translated: 'translated',
  rejected: 'initial',
  // 'final' is reserved for a later sign-off step.
  approved: 'reviewed',
};

export const XLIFF2_SUBSTATE_PREFIX = 'jembatan:';

export function xliff2StateOf(state: SegmentState): Xliff2State {
  return XLIFF2_STATES[state];
}

export function xliff2SubStateOf(state: SegmentState): string {
  return XLIFF2_SUBSTATE_PREFIX + state;
}

/** Reads a segment back: our subState wins; otherwise the closest of our states. */
export function segmentStateFromXliff2(state: string | null, subState: string | null): SegmentState {
  const ours = subState?.startsWith(XLIFF2_SUBSTATE_PREFIX) ? subState.slice(XLIFF2_SUBSTATE_PREFIX.length) : null;
  const known = SEGMENT_STATES.find((candidate) => candidate === ours);
  if (known !== undefined) return known;
  switch (state) {
    case 'translated':
      return 'translated';
    case 'reviewed':
    case 'final':
      return 'approved';
    default:
      return 'new';
  }
}

/** XLIFF 1.2 `state` values we write (DESIGN.md §7). */
export type Xliff12State = 'new' | 'translated' | 'needs-review-translation' | 'signed-off';

const XLIFF12_STATES: Readonly<Record<SegmentState, Xliff12State>> = {
  new: 'new',
  draft: 'new',
  translated: 'translated',
  rejected: 'needs-review-translation',
  approved: 'signed-off',
};

export function xliff12StateOf(state: SegmentState): Xliff12State {
  return XLIFF12_STATES[state];
}

/** translate-toolkit counts an XLIFF 1.2 unit as translated only with approved="yes". */
export function xliff12IsApproved(state: SegmentState): boolean {
  return state === 'approved';
}

/**
 * Reads an XLIFF 1.2 unit's state back (`state` of its target, `approved` of the trans-unit):
 * the inverse of `xliff12StateOf` for our files, where `ours` (our `s123` unit id) turns
 * needs-review-translation back into 'rejected'; another tool's needs-review-* is a 'draft'.
 * 'new' and 'draft' are both written as "new": the reader tells them apart by the target.
 * null when the unit says nothing we understand.
 */
export function segmentStateFromXliff12(state: string | null, approved: boolean, ours: boolean): SegmentState | null {
  switch (state) {
    case 'signed-off':
    case 'final':
      return 'approved';
    // translate-toolkit writes approved="yes" for any finished unit: with state="translated" it is not a sign-off.
    case 'translated':
      return 'translated';
    case 'new':
    case 'needs-translation':
      return 'new';
    case 'needs-review-translation':
      return ours ? 'rejected' : 'draft';
    case 'needs-review-adaptation':
    case 'needs-review-l10n':
    case 'needs-adaptation':
    case 'needs-l10n':
      return 'draft';
    default:
      // Without a state, approved="yes" is translate-toolkit's "finished", not a reviewer's sign-off
      // (our own files always say signed-off on approved units).
      return approved ? 'translated' : null;
  }
}
