import { Writable } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { errorHandler } from './errors.js';
import { requestContext } from './request-log.js';

/** A request and a response as far as the request context and the error handler look at them, with a log kept in memory. */
function answered(target: string, headersSent: boolean) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>); done(); } });
  const req = { method: 'PUT', originalUrl: target, path: target, get: () => undefined, accepts: () => 'json' } as unknown as Request;
  const sent: { status?: number; body?: unknown } = {};
  const res = {
    headersSent, locals: {}, set: () => res, on: () => res,
    status: (status: number) => { sent.status = status; return res; },
    json: (body: unknown) => { sent.body = body; return res; },
  } as unknown as Response;
  requestContext(createLogger('info', sink))(req, res, (() => undefined) as NextFunction);
  return { req, res, lines, sent };
}

describe('errorHandler', () => {
  it('logs an unexpected error once, though a router and then the app hand it on after the answer has started', async () => {
    const { req, res, lines } = answered('/api/documents/1/export', true);
    const passedOn: unknown[] = [];
    const failure = new Error('disk gone mid-answer');
    errorHandler(failure, req, res, (error?: unknown) => passedOn.push(error));
    errorHandler(failure, req, res, (error?: unknown) => passedOn.push(error));
    await new Promise((resolve) => setImmediate(resolve));
    expect(passedOn).toEqual([failure, failure]);
    expect(lines.filter((line) => line.event === 'error')).toHaveLength(1);
  });

  it('answers JSON for the API also when the request names its host (absolute form)', () => {
    const { req, res, sent } = answered('http://jembatan.example/api/segments/1/target', false);
    (req as unknown as { accepts: () => string }).accepts = () => 'html';
    (res.locals as { t: unknown }).t = (key: string) => key;
    errorHandler(new Error('boom'), req, res, (() => undefined) as NextFunction);
    expect(sent.status).toBe(500);
    expect(sent.body).toMatchObject({ error: { code: 'internal' } });
  });
});
