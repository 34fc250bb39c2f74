import { describe, expect, it } from 'vitest';
import type { SegmentState } from '../core/types.js';
import { segmentStateFromXliff2, xliff2StateOf, xliff2SubStateOf } from './xliff-states.js';

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
