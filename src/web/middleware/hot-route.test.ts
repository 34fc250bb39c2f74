import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../core/errors.js';
import { hotRoute } from './hot-route.js';

interface Seen {
  log: string[];
  errors: unknown[];
  passedOn: unknown[][];
  params?: unknown;
}

/** Runs a request through a hot route whose handler does `handle`; says what happened. */
function through(method: string, url: string, handle: RequestHandler, steps: RequestHandler[] = []): Seen {
  const seen: Seen = { log: [], errors: [], passedOn: [] };
  const onError: ErrorRequestHandler = (error, _req, _res) => {
    seen.errors.push(error);
  };
  const route = hotRoute({ method: 'PUT', url: /^\/things\/(?<id>\d+)$/, steps, handler: handle, onError });
  const req = { method, url, params: {} } as unknown as Request;
  route(req, {} as Response, ((...args: unknown[]) => seen.passedOn.push(args)) as NextFunction);
  seen.params = req.params;
  return seen;
}

describe('hotRoute', () => {
  it('answers a matching request with the steps, then the handler, and never hands it back to the app', () => {
    const log: string[] = [];
    const steps: RequestHandler[] = [(_req, _res, next) => { log.push('step'); next(); }];
    const seen = through('PUT', '/things/42', (req) => { log.push(`handler ${String((req.params as { id: string }).id)}`); }, steps);
    expect(log).toEqual(['step', 'handler 42']);
    expect(seen.params).toEqual({ id: '42' });
    expect(seen.passedOn).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('hands any other request on to the app untouched', () => {
    const log: string[] = [];
    const handler: RequestHandler = () => { log.push('handler'); };
    for (const [method, url] of [['GET', '/things/42'], ['PUT', '/things/42/'], ['PUT', '/things/42?x=1'], ['PUT', '/things/abc']]) {
      const seen = through(method!, url!, handler);
      expect(seen.passedOn).toEqual([[]]);
    }
    expect(log).toEqual([]);
  });

  it('sends an error from a step to the error handler, without running the handler', () => {
    const log: string[] = [];
    const refusal = new Error('refused');
    const seen = through('PUT', '/things/1', () => { log.push('handler'); }, [(_req, _res, next) => next(refusal)]);
    expect(seen.errors).toEqual([refusal]);
    expect(log).toEqual([]);
    expect(seen.passedOn).toEqual([]);
  });

  it('ends in a 404 when the handler answers nothing, or leaves with next("router"), as the app would', () => {
    for (const leave of [undefined, 'router']) {
      const seen = through('PUT', '/things/1', (_req, _res, next) => next(leave));
      expect(seen.errors).toHaveLength(1);
      expect(seen.errors[0]).toBeInstanceOf(NotFoundError);
      expect(seen.passedOn).toEqual([]);
    }
  });
});
