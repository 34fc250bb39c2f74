import { describe, expect, it } from 'vitest';
import { isThreadResolved, isThreadUnresolved, mayResolveThread } from './threads.js';

describe('isThreadResolved', () => {
  it('is resolved when the latest resolve covers the newest comment', () => {
    expect(isThreadResolved(7, { action: 'resolve', lastCommentId: 7 })).toBe(true);
  });

  it('is open again once a comment comes after the resolve', () => {
    expect(isThreadResolved(9, { action: 'resolve', lastCommentId: 7 })).toBe(false);
    expect(isThreadUnresolved(9, { action: 'resolve', lastCommentId: 7 })).toBe(true);
  });

  it('is open after a reopen, and when nobody marked it', () => {
    expect(isThreadUnresolved(7, { action: 'reopen', lastCommentId: 7 })).toBe(true);
    expect(isThreadUnresolved(7, null)).toBe(true);
  });

  it('is neither resolved nor unresolved without comments', () => {
    expect(isThreadResolved(null, null)).toBe(false);
    expect(isThreadUnresolved(null, null)).toBe(false);
  });
});

describe('mayResolveThread', () => {
  it.each([
    ['translator', 'ayu', 'ayu', true],
    ['translator', 'ayu', 'budi', false],
    ['translator', 'ayu', null, false],
    ['reviewer', 'budi', 'ayu', true],
    ['manager', 'citra', 'ayu', true],
    ['admin', 'root', null, true],
  ] as const)('lets a %s named %s resolve a thread started by %s: %s', (role, username, firstAuthor, expected) => {
    expect(mayResolveThread(role, username, firstAuthor)).toBe(expected);
  });
});
