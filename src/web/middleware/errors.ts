import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { AppError, InvalidInputError, NotFoundError, TooLargeError } from '../../core/errors.js';
import type { Translate } from '../../i18n/index.js';
import { loggedPath, logOf, userOf } from './request-log.js';

const STATUS: Record<AppError['kind'], number> = {
  'not-found': 404, 'invalid-input': 400, 'conflict': 409, 'forbidden': 403, 'too-large': 413, 'unauthenticated': 401, 'too-many': 429,
};

export const notFound: RequestHandler = (_req, _res, next) => next(new NotFoundError('page.notFound'));

export interface DescribedError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
  /** False for errors we did not expect (bugs, I/O): those are logged and shown generically. */
  readonly known: boolean;
}

/** Status, stable code and localized message of any error, in the request's UI language. */
export function describeError(raw: unknown, res: Response): DescribedError {
  const error = toAppError(raw);
  const code = error?.code ?? 'internal';
  const details = error?.details ?? {};
  const t = res.locals.t as Translate | undefined;
  const message = t ? t(`errors:${code}`, { max: res.locals.maxUploadKb, ...details }) : code;
  // For the request's log line (a 403 is logged as a permission denial with this code).
  res.locals.errorCode = code;
  return { status: error ? STATUS[error.kind] : 500, code, message, details, known: error !== null };
}

/**
 * The one place where errors become responses: JSON for the API, a page for people. Only the
 * code and its translated message go out, never an exception's own message or stack; those go
 * to the log (403s too: see requestContext).
 */
export const errorHandler: ErrorRequestHandler = (raw: unknown, req, res, next) => {
  // Each router answers its own errors, and the app's handler comes after them: an error whose
  // answer had already started is passed on from the first, and must not be logged twice.
  const slots = res.locals as Record<symbol, unknown>;
  if (slots[HANDLED] === true) return next(raw);
  slots[HANDLED] = true;
  const { status, code, message, details, known } = describeError(raw, res);
  // The whole path: inside a mounted router, `req.path` has lost the router's prefix.
  const path = pathOf(req.originalUrl);
  const context = { method: req.method, path: loggedPath(path), user: userOf(res) };
  if (!known) logOf(res).error({ event: 'error', ...context, err: raw }, 'unexpected error');
  // Part of the answer is already out: Express ends the connection.
  if (res.headersSent) return next(raw);
  // Before the locale middleware (health check, static files) there is no `t` for the page: answer JSON.
  if (path.startsWith('/api/') || req.accepts(['html', 'json']) === 'json' || typeof res.locals.t !== 'function') {
    res.status(status).json({ error: { code, message, ...details } });
    return;
  }
  res.status(status).render('error', { status, message }, (renderError: Error | null, html: string) => {
    if (!renderError) return void res.send(html);
    logOf(res).error({ event: 'error', ...context, err: renderError }, 'the error page failed');
    res.type('text/plain').send(message);
  });
};

const HANDLED = Symbol('error handled');

/** The path of a request target, also in absolute form (`http://host/api/…`, which proxies may send). */
function pathOf(target: string): string {
  try {
    return new URL(target, 'http://origin.invalid').pathname;
  } catch {
    return target.split('?')[0] ?? '';
  }
}

/** Errors from body parsers and multer carry their own shapes; give them our codes. */
function toAppError(raw: unknown): AppError | null {
  if (raw instanceof AppError) return raw;
  const shaped = raw as { type?: string; code?: string; status?: number };
  if (shaped.type === 'entity.too.large' || shaped.code === 'LIMIT_FILE_SIZE' || shaped.code === 'LIMIT_FIELD_VALUE') {
    return new TooLargeError('upload.tooLarge');
  }
  if (shaped.type === 'entity.parse.failed') return new InvalidInputError('request.malformed');
  if (typeof shaped.code === 'string' && shaped.code.startsWith('LIMIT_')) return new InvalidInputError('upload.invalid');
  // Other client errors from Express itself, e.g. a malformed %-escape in the URL.
  if (typeof shaped.status === 'number' && shaped.status >= 400 && shaped.status < 500) return new InvalidInputError('request.malformed');
  return null;
}
