import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../core/errors.js';
import { SEGMENT_STATES, type SegmentState } from '../core/types.js';
import { assertMayPerform, isProjectRole, mayManageProject, mayPerform, mayReview, type ActingRole } from './permissions.js';
import { SEGMENT_ACTIONS, type SegmentAction } from './transitions.js';

const ALL = SEGMENT_STATES.flatMap((state) => SEGMENT_ACTIONS.map((action) => [action, state] as const));

describe('mayPerform', () => {
  it.each<[SegmentAction, SegmentState, boolean]>([
    ['edit', 'new', true],
    ['edit', 'draft', true],
    ['edit', 'translated', true],
    ['edit', 'rejected', true],
    ['edit', 'approved', false],
    ['confirm', 'draft', true],
    ['confirm', 'rejected', true],
    ['confirm', 'approved', false],
    ['approve', 'translated', false],
    ['reject', 'translated', false],
    ['reject', 'approved', false],
    ['reopen', 'approved', false],
  ])('lets a translator %s a %s segment: %s', (action, state, allowed) => {
    expect(mayPerform('translator', action, state)).toBe(allowed);
  });

  it.each<ActingRole>(['reviewer', 'manager', 'admin'])('lets a %s take every action in every state', (role) => {
    for (const [action, state] of ALL) expect(mayPerform(role, action, state)).toBe(true);
  });
});

describe('assertMayPerform', () => {
  it('throws segment.forbidden naming the action and state', () => {
    expect(() => assertMayPerform('translator', 'approve', 'translated')).toThrow(ForbiddenError);
    expect(() => assertMayPerform('translator', 'edit', 'approved')).toThrow(
      expect.objectContaining({ code: 'segment.forbidden', details: { action: 'edit', state: 'approved' } }) as Error,
    );
  });

  it('returns quietly when the role may act', () => {
    expect(() => assertMayPerform('reviewer', 'edit', 'approved')).not.toThrow();
  });
});

describe('project and review rights', () => {
  it.each<[ActingRole, boolean, boolean]>([
    ['translator', false, false],
    ['reviewer', false, true],
    ['manager', true, true],
    ['admin', true, true],
  ])('gives a %s manage=%s and review=%s', (role, manage, review) => {
    expect(mayManageProject(role)).toBe(manage);
    expect(mayReview(role)).toBe(review);
  });

  it.each<[unknown, boolean]>([
    ['reviewer', true],
    ['manager', true],
    ['admin', false],
    ['Reviewer', false],
    [undefined, false],
  ])('recognises %s as a project role: %s', (value, expected) => {
    expect(isProjectRole(value)).toBe(expected);
  });
});
