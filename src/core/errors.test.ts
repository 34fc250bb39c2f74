import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from './errors.js';

describe('typed errors', () => {
  it('carry their code, details and name', () => {
    const error = new ConflictError('segment.stale', { sent: 'x' });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('segment.stale');
    expect(error.details).toEqual({ sent: 'x' });
    expect(error.name).toBe('ConflictError');
    expect(error.message).toBe('segment.stale');
  });

  it('capture no stack frames: they are answers, not bugs', () => {
    expect(new NotFoundError('page.notFound').stack).not.toMatch(/\n\s+at /);
  });

  it('leave the stack of other errors as it was', () => {
    const before = Error.stackTraceLimit;
    void new NotFoundError('page.notFound');
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('bug').stack).toMatch(/\n\s+at /);
  });
});
