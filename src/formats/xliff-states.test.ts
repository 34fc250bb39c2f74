import { describe, expect, it } from 'vitest';
import type { SegmentState } from '../core/types.js';
import {
  segmentStateFromXliff12,
  segmentStateFromXliff2,
  xliff12IsApproved,
  xliff12StateOf,
  xliff2StateOf,
  xliff2SubStateOf,
} from './xliff-states.js';

describe('XLIFF 2 state mapping (DESIGN.md §7)', () => {
  it.each<[SegmentState, string, string]>([
    ['new', 'initial', 'jembatan:new'],
    ['draft', 'initial', 'jembatan:draft'],
    ['translated', 'translated', 'jembatan:translated'],
    ['rejected', 'initial', 'jembatan:rejected'],
    ['approved', 'reviewed', 'jembatan:approved'],
  ])('writes %s as state="%s" subState="%s" and reads it back', (ours, state, subState) => {
    expect(xliff2StateOf(ours)).toBe(state);
    expect(xliff2SubStateOf(ours)).toBe(subState);
    expect(segmentStateFromXliff2(state, subState)).toBe(ours);
  });

  it.each<[string | null, string | null, SegmentState]>([
    ['initial', null, 'new'],
    [null, null, 'new'],
    ['translated', null, 'translated'],
    ['reviewed', null, 'approved'],
    ['final', null, 'approved'],
    ['translated', 'otherTool:checked', 'translated'],
    ['initial', 'jembatan:bogus', 'new'],
  ])('reads state=%s subState=%s from another tool as %s', (state, subState, ours) => {
    expect(segmentStateFromXliff2(state, subState)).toBe(ours);
  });
});

describe('XLIFF 1.2 state read back (segmentStateFromXliff12)', () => {
  it.each<[SegmentState, SegmentState]>([
    ['new', 'new'],
    // draft is written as "new" too; the reader makes it a draft when there is a target.
    ['draft', 'new'],
    ['translated', 'translated'],
    ['rejected', 'rejected'],
    ['approved', 'approved'],
  ])('reads our %s back as %s', (ours, read) => {
    expect(segmentStateFromXliff12(xliff12StateOf(ours), xliff12IsApproved(ours), true)).toBe(read);
  });

  it.each<[string | null, boolean, SegmentState | null]>([
    ['needs-review-translation', false, 'draft'],
    ['needs-review-adaptation', false, 'draft'],
    ['needs-l10n', false, 'draft'],
    ['needs-translation', false, 'new'],
    ['final', false, 'approved'],
    ['signed-off', false, 'approved'],
    ['translated', true, 'translated'],
    [null, true, 'translated'],
    [null, false, null],
    ['x-other', false, null],
  ])('reads state=%s approved=%s from another tool as %s', (state, approved, ours) => {
    expect(segmentStateFromXliff12(state, approved, false)).toBe(ours);
  });
});
