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

  it('treats a falsy value passed to next or thrown as no error, as Express does', async () => {
    const log: string[] = [];
    expect(await run(sequence((_req, _res, next) => next(false as unknown as Error), step(log, 'b')))).toEqual({ passed: [] });
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    expect(await run(sequence(() => { throw undefined; }, step(log, 'c')))).toEqual({ passed: [] });
    expect(log).toEqual(['b', 'c']);
  });

  it('fails on a promise rejected with a falsy value, as Express does', async () => {
    const log: string[] = [];
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const [passed] = (await run(sequence(() => Promise.reject(0), step(log, 'never')))).passed;
    expect(passed).toBeInstanceOf(Error);
    expect(log).toEqual([]);
  });

  it('goes on to the following function on next("route"), as Express does between mounted functions', async () => {
    const log: string[] = [];
    expect(await run(sequence((_req, _res, next) => next('route'), step(log, 'checked')))).toEqual({ passed: [] });
    expect(log).toEqual(['checked']);
  });

  it('leaves on next("router"), skipping the rest', async () => {
    const log: string[] = [];
    expect((await run(sequence((_req, _res, next) => next('router'), step(log, 'never')))).passed).toEqual(['router']);
    expect(log).toEqual([]);
  });

  it('refuses an error handler as a step', () => {
    const errorHandler = ((_error: unknown, _req: Request, _res: Response, next: NextFunction) => next()) as unknown as RequestHandler;
    expect(() => sequence(errorHandler)).toThrow(/error handler/);
  });
});
