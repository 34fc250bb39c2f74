import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import { SEGMENT_STATES, type SegmentState } from '../core/types.js';
import { canTransition, nextState, SEGMENT_ACTIONS, type SegmentAction } from './transitions.js';

const TEXT = 'China will support Russia.';

/** Every state × action; `null` is a refused transition. */
const TABLE: [SegmentState, SegmentAction, SegmentState | null][] = [
  ['new', 'edit', 'draft'],
  ['draft', 'edit', 'draft'],
  ['translated', 'edit', 'draft'],
  ['rejected', 'edit', 'rejected'],
  ['approved', 'edit', 'draft'],
  ['new', 'confirm', 'translated'],
  ['draft', 'confirm', 'translated'],
  ['translated', 'confirm', 'translated'],
  ['rejected', 'confirm', 'translated'],
  ['approved', 'confirm', 'translated'],
  ['new', 'approve', null],
  ['draft', 'approve', null],
  ['translated', 'approve', 'approved'],
  ['rejected', 'approve', null],
  ['approved', 'approve', null],
  ['new', 'reject', null],
  ['draft', 'reject', null],
  ['translated', 'reject', 'rejected'],
  ['rejected', 'reject', null],
  ['approved', 'reject', 'rejected'],
  ['new', 'reopen', null],
  ['draft', 'reopen', null],
  ['translated', 'reopen', null],
  ['rejected', 'reopen', null],
  ['approved', 'reopen', 'translated'],
  ['new', 'revise', 'draft'],
  ['draft', 'revise', 'draft'],
  ['translated', 'revise', 'translated'],
  ['rejected', 'revise', 'rejected'],
  ['approved', 'revise', 'translated'],
];

describe('nextState', () => {
  it('has a row for every state and action', () => {
    expect(TABLE).toHaveLength(SEGMENT_STATES.length * SEGMENT_ACTIONS.length);
  });

  it.each(TABLE.filter(([, , to]) => to !== null))('moves %s on %s to %s', (from, action, to) => {
    expect(nextState(from, action, TEXT)).toBe(to);
  });

  it.each(TABLE.filter(([, , to]) => to === null))('refuses to %2$s a %1$s segment', (from, action) => {
    expect(() => nextState(from, action, TEXT)).toThrow(
      expect.objectContaining({ code: 'segment.transition', details: { from, action } }) as Error,
    );
  });

  it('returns a segment to new when its target is cleared', () => {
    expect(nextState('draft', 'edit', '   ')).toBe('new');
  });

  it.each<[SegmentState, SegmentAction]>([
    ['draft', 'confirm'],
    ['translated', 'approve'],
  ])('refuses to %2$s a %1$s segment with an empty target', (from, action) => {
    expect(() => nextState(from, action, '')).toThrow(InvalidInputError);
    expect(() => nextState(from, action, '')).toThrow('segment.emptyTarget');
  });
});

describe('canTransition', () => {
  it.each(TABLE)('answers for %s on %s (to %s)', (from, action, to) => {
    expect(canTransition(from, action)).toBe(to !== null);
  });
});
