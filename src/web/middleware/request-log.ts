import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { User } from '../../core/types.js';
import { silentLogger, type Logger } from '../../logger.js';

/** An incoming `X-Request-Id` (from a proxy) is kept only in this shape: no spaces, quotes or line breaks to forge log lines with. */
const INCOMING_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,63}$/;
const MAX_LOGGED_PATH = 512;

/** What `logOf` needs, kept on res.locals under symbols (views never see them). */
const BASE_LOGGER = Symbol('base logger');
const REQUEST_LOGGER = Symbol('request logger');
type LoggerSlots = Record<symbol, Logger | undefined>;

/**
 * Gives every request an id (the proxy's, if sane; else a new UUID), echoed as `X-Request-Id`, and
 * a logger that carries it. Every 403 answer is logged as a permission denial, whichever handler
 * drew it (the error handler, or a form shown again with its reason), with the error's code.
 */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const id = incoming !== undefined && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    const { method } = req;
    const path = loggedPath(req.path);
    res.set('X-Request-Id', id);
    res.locals.requestId = id;
    // The request's own logger is made on first use (most requests log nothing, and a child
    // logger is not free). Not through a getter: an accessor made per request is kept by V8 until
    // the next full collection, and with it everything its closure can reach (the whole request).
    (res.locals as LoggerSlots)[BASE_LOGGER] = logger;
    res.on('finish', () => {
      if (res.statusCode !== 403) return;
      logOf(res).warn({ event: 'auth.denied', code: res.locals.errorCode as string | undefined, method, path, user: userOf(res) }, 'permission denied');
    });
    next();
  };
}

/** The request's logger (with its id), for routes and middleware. */
export function logOf(res: Response): Logger {
  const slots = res.locals as LoggerSlots;
  const base = slots[BASE_LOGGER];
  if (base === undefined) return silentLogger;
  return (slots[REQUEST_LOGGER] ??= base.child({ reqId: res.locals.requestId as string }));
}

/** The signed-in user's name for a log line, if any. */
export function userOf(res: Response): string | undefined {
  return (res.locals.user as User | null | undefined)?.username;
}

/** The path of a request as logged: no query string (it may carry search words), bounded in length. */
export function loggedPath(path: string): string {
  return path.length > MAX_LOGGED_PATH ? `${path.slice(0, MAX_LOGGED_PATH)}…` : path;
}

/** One line per request: method, path (no query string, no bodies, no cookies: nothing secret), status, time, user. */
export function requestLog(): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const { method } = req;
    const path = loggedPath(req.path);
    res.on('finish', () => {
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      logOf(res).info({ event: 'request', method, path, status: res.statusCode, ms, user: userOf(res) }, `${method} ${path} ${res.statusCode}`);
    });
    next();
  };
}
