import http from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { headersOf, helmetOptions, securityHeaders } from './security-headers.js';

/** The headers a middleware leaves on a real (unsent) response. */
function headersOnResponse(middleware: RequestHandler): Record<string, unknown> {
  const req = new http.IncomingMessage(null as never);
  const res = new http.ServerResponse(req);
  res.setHeader('X-Powered-By', 'Express');
  middleware(req as Request, res as unknown as Response, (() => undefined) as NextFunction);
  return res.getHeaders();
}

describe('securityHeaders', () => {
  it.each([true, false])('sets exactly what running Helmet with the app\'s policy sets on an answer (production: %s)', (production) => {
    const ours = headersOnResponse(securityHeaders(production));
    expect(ours).toEqual(headersOnResponse(helmet(helmetOptions(production))));
    expect(ours['content-security-policy']).toContain("object-src 'none'");
    expect(ours['x-powered-by']).toBeUndefined();
    expect(ours['strict-transport-security'] !== undefined).toBe(production);
  });

  it('reads what Helmet sets and removes', () => {
    const { set, removed } = headersOf(helmet(helmetOptions(false)));
    expect(Object.fromEntries(set.map(([name, value]) => [name.toLowerCase(), value]))).toEqual(headersOnResponse(helmet(helmetOptions(false))));
    expect(removed).toEqual(['x-powered-by']);
  });
});

describe('headersOf', () => {
  it('keeps what the middleware set, in its order, and what it removed', () => {
    const middleware: RequestHandler = (_req, res, next) => {
      res.setHeader('A', '1');
      res.setHeader('B', '2');
      res.removeHeader('A');
      res.setHeader('C', '3');
      next();
    };
    expect(headersOf(middleware)).toEqual({ set: [['B', '2'], ['C', '3']], removed: ['a'] });
  });

  it('refuses a middleware that reads the request: its headers could differ from one request to the next', () => {
    expect(() => headersOf((req, res, next) => {
      res.setHeader('X-Path', req.path);
      next();
    })).toThrow(/reads the request/);
  });

  it('refuses a middleware that does not go on at once, or fails', () => {
    expect(() => headersOf(() => undefined)).toThrow(/did not go on/);
    expect(() => headersOf((_req, _res, next) => next(new Error('broken')))).toThrow(/broken/);
  });
});
