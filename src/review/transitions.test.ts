import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import type { SegmentState } from '../core/types.js';
import { nextState } from './transitions.js';

describe('nextState', () => {
  it.each<[SegmentState, 'edit' | 'confirm', SegmentState]>([
    ['new', 'edit', 'draft'],
    ['draft', 'edit', 'draft'],
    ['translated', 'edit', 'draft'],
    ['rejected', 'edit', 'rejected'],
    ['new', 'confirm', 'translated'],
    ['draft', 'confirm', 'translated'],
    ['rejected', 'confirm', 'translated'],
  ])('moves %s on %s to %s', (from, action, to) => {
    expect(nextState(from, action, 'China will support Russia.')).toBe(to);
  });

  it('returns a segment to new when its target is cleared', () => {
    expect(nextState('draft', 'edit', '   ')).toBe('new');
  });

  it('refuses to confirm an empty target', () => {
    expect(() => nextState('draft', 'confirm', '')).toThrow(InvalidInputError);
  });
});
