import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { ForbiddenError } from '../../core/errors.js';
import { readCookie } from './cookies.js';

export const CSRF_COOKIE = 'jembatan_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOKEN = /^[a-f0-9]{64}$/;
/** The only routes that take multipart bodies; they check the token again once the body is parsed. */
const UPLOAD_ROUTES = [
  /^\/(api\/)?projects\/\d+\/(documents|tm)$/, /^\/documents\/\d+\/update$/, /^\/api\/documents\/\d+\/reimport$/, /^\/(api\/)?documents\/\d+\/translations$/,
  /^\/(api\/)?projects\/\d+\/glossary\/import$/,
];

/**
 * Gives every visitor a random token in a cookie and to the views. The cookie
 * is readable by our script (double-submit: a foreign page cannot read it) and
 * SameSite=Lax, so arriving from a link elsewhere keeps the token open tabs hold.
 */
export function issueCsrfToken(secure: boolean): RequestHandler {
  return (req, res, next) => {
    let token = readCookie(req, CSRF_COOKIE);
    if (!token || !TOKEN.test(token)) {
      token = randomBytes(32).toString('hex');
      res.cookie(CSRF_COOKIE, token, { sameSite: 'lax', path: '/', secure });
    }
    res.locals.csrfToken = token;
    next();
  };
}

/**
 * Double-submit check on every state change: forms send `_csrf`, the client
 * script sends `X-CSRF-Token`. Scripts without the cookie must send what a
 * cross-site form cannot: `Content-Type: application/json` or an
 * `X-Jembatan-Client` header (both need a CORS preflight, which we never grant),
 * or authenticate with a bearer token.
 * A foreign Origin is refused outright. Multipart bodies are checked by
 * `verifyCsrf` again after the upload parser has read their fields.
 */
export const verifyCsrf: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  if (isForeignOrigin(req)) return next(new ForbiddenError('csrf.origin'));
  if (req.is('multipart/form-data') && req.body === undefined) {
    return UPLOAD_ROUTES.some((route) => route.test(req.path)) ? next() : next(new ForbiddenError('csrf.invalid'));
  }
  // A valid bearer token is never sent by browsers on their own, so a cross-site page cannot use it.
  if (res.locals.viaToken === true) return next();
  const cookie = readCookie(req, CSRF_COOKIE);
  const sent = req.get('x-csrf-token') ?? (req.body as { _csrf?: unknown } | undefined)?._csrf;
  if (cookie === undefined && (req.is('application/json') || req.get('x-jembatan-client'))) return next();
  if (typeof sent === 'string' && cookie !== undefined && sameToken(sent, cookie)) return next();
  next(new ForbiddenError('csrf.invalid'));
};

/** Compares hosts only, so the check holds behind a TLS proxy; `Origin: null` (privacy modes) is left to the token. */
function isForeignOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
