import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ForbiddenError } from '../../core/errors.js';
import { readCookie } from './cookies.js';

export const CSRF_COOKIE = 'jembatan_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Gives every visitor a random token in a SameSite cookie and to the views. */
export const issueCsrfToken: RequestHandler = (req, res, next) => {
  let token = readCookie(req, CSRF_COOKIE);
  if (!token || !/^[a-f0-9]{64}$/.test(token)) {
    token = randomBytes(32).toString('hex');
    res.cookie(CSRF_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/' });
  }
  res.locals.csrfToken = token;
  next();
};

/**
 * Double-submit check on every state change: forms send `_csrf`, the client
 * script sends `X-CSRF-Token`. Scripts without the cookie must send what a
 * cross-site form cannot: `Content-Type: application/json` or an
 * `X-Jembatan-Client` header (both need a CORS preflight, which we never grant).
 * A foreign Origin is refused outright.
 */
export const verifyCsrf: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const origin = req.headers.origin;
  if (origin && origin !== `${req.protocol}://${req.headers.host ?? ''}`) return next(new ForbiddenError('csrf.origin'));
  const cookie = readCookie(req, CSRF_COOKIE);
  const sent = req.get('x-csrf-token') ?? (typeof req.query._csrf === 'string' ? req.query._csrf : undefined)
    ?? (req.body as { _csrf?: unknown } | undefined)?._csrf;
  if (cookie === undefined && (req.is('application/json') || req.get('x-jembatan-client'))) return next();
  if (typeof sent === 'string' && cookie !== undefined && sameToken(sent, cookie)) return next();
  next(new ForbiddenError('csrf.invalid'));
};

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
