import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { sequence } from './sequence.js';

const req = {} as Request;
const res = {} as Response;

/** Runs a handler and resolves with what it passed to `next`, once it has. */
function run(handler: RequestHandler): Promise<{ passed: unknown[] }> {
  return new Promise((resolve) => {
    handler(req, res, ((...passed: unknown[]) => resolve({ passed })) as NextFunction);
  });
}

const step = (log: string[], name: string): RequestHandler => (_req, _res, next) => {
  log.push(name);
  next();
};

describe('sequence', () => {
  it('runs its handlers in order, then goes on with no error', async () => {
    const log: string[] = [];
    expect(await run(sequence(step(log, 'a'), step(log, 'b'), step(log, 'c')))).toEqual({ passed: [] });
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('goes on at once when it has no handlers', async () => {
    expect(await run(sequence())).toEqual({ passed: [] });
  });

  it('skips the rest on an error passed to next', async () => {
    const log: string[] = [];
    const failure = new Error('refused');
    const outcome = await run(sequence(step(log, 'a'), (_req, _res, next) => next(failure), step(log, 'c')));
    expect(outcome.passed).toEqual([failure]);
    expect(log).toEqual(['a']);
  });

  it('passes on what a handler throws, and what its promise rejects with', async () => {
    const thrown = new Error('thrown');
    expect((await run(sequence(() => { throw thrown; }))).passed).toEqual([thrown]);
    const rejected = new Error('rejected');
    expect((await run(sequence(() => Promise.reject(rejected)))).passed).toEqual([rejected]);
  });

  it('gives a rejection without a reason an error of its own', async () => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const [passed] = (await run(sequence(() => Promise.reject(undefined)))).passed;
    expect(passed).toBeInstanceOf(Error);
  });

  it('waits for a handler that goes on later, as an async one does', async () => {
    const log: string[] = [];
    const later: RequestHandler = async (_req, _res, next) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push('later');
      next();
    };
    expect(await run(sequence(later, step(log, 'after')))).toEqual({ passed: [] });
    expect(log).toEqual(['later', 'after']);
  });

  it('treats a falsy value passed to next as no error, as Express does', async () => {
    const log: string[] = [];
    expect(await run(sequence((_req, _res, next) => next(false as unknown as Error), step(log, 'b')))).toEqual({ passed: [] });
    expect(log).toEqual(['b']);
  });

  it('hands next("route") on to Express unchanged', async () => {
    expect((await run(sequence((_req, _res, next) => next('route')))).passed).toEqual(['route']);
  });
});
