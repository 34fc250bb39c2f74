import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Helmet's options for a strict policy on every answer (pages, errors, static files): scripts and
 * styles from our origin only (no inline script), no plugins, no <base>, never framed. HSTS only
 * in production: a development server on plain HTTP must not pin the browser to HTTPS.
 */
export function helmetOptions(production: boolean): Parameters<typeof helmet>[0] {
  return {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"], 'script-src': ["'self'"], 'script-src-attr': ["'none'"], 'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'], 'font-src': ["'self'"], 'connect-src': ["'self'"], 'form-action': ["'self'"],
        'object-src': ["'none'"], 'base-uri': ["'none'"], 'frame-ancestors': ["'none'"],
        // Plain HTTP on a LAN address must still load our own CSS and JS.
        'upgrade-insecure-requests': null,
      },
    },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false,
    // Browsers then send a real Origin (not "null") on our own form posts.
    referrerPolicy: { policy: 'same-origin' },
  };
}

/**
 * Helmet with `helmetOptions`. With this policy every header is the same on every answer, so
 * Helmet runs once, at start, and each request gets the headers it set and loses the ones it
 * removed: one function instead of Helmet's dozen nested ones.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const headers = headersOf(helmet(helmetOptions(production)));
  return (_req, res, next) => {
    for (const name of headers.removed) res.removeHeader(name);
    for (const [name, value] of headers.set) res.setHeader(name, value);
    next();
  };
}

export interface FixedHeaders {
  /** Set on every answer, in the middleware's order. */
  readonly set: ReadonlyArray<readonly [string, string]>;
  /** Removed from every answer (Helmet removes `X-Powered-By`), unless set again. */
  readonly removed: readonly string[];
}

/**
 * The headers a middleware sets and removes when it does not look at the request. It must go on
 * at once (call `next`) and only set or remove headers: anything else is refused here, at start,
 * rather than lost on every request.
 */
export function headersOf(middleware: RequestHandler): FixedHeaders {
  const set = new Map<string, string>();
  const removed = new Set<string>();
  let called = false;
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      if (typeof value !== 'string') throw new Error(`headersOf: ${name} is not a single text value`);
      removed.delete(name.toLowerCase());
      set.set(name, value);
    },
    removeHeader: (name: string) => {
      for (const key of set.keys()) if (key.toLowerCase() === name.toLowerCase()) set.delete(key);
      removed.add(name.toLowerCase());
    },
  };
  const request = new Proxy({}, { get: (_target, key) => { throw new Error(`headersOf: the middleware reads the request (${String(key)})`); } });
  middleware(request as Request, response as unknown as Response, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error('headersOf: the middleware passed on an error');
    called = true;
  });
  if (!called) throw new Error('headersOf: the middleware did not go on at once');
  return { set: [...set], removed: [...removed] };
}
