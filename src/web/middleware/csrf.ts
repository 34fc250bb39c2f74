import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { isCsrfTokenFor, newCsrfToken } from '../../auth/csrf-tokens.js';
import { ForbiddenError } from '../../core/errors.js';
import { SESSION_COOKIE } from './authenticate.js';
import { readCookie } from './cookies.js';

export const CSRF_COOKIE = 'jembatan_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The only routes that take multipart bodies; they check the token again once the body is parsed. */
const UPLOAD_ROUTES = [
  /^\/(api\/)?projects\/\d+\/(documents|tm)$/, /^\/documents\/\d+\/update$/, /^\/api\/documents\/\d+\/reimport$/, /^\/(api\/)?documents\/\d+\/translations$/,
  /^\/(api\/)?projects\/\d+\/glossary\/import$/,
];

/** The request a `csrfToken` getter settles for, on res.locals (symbols: views never see them). */
const REQUEST = Symbol('csrf request');
const RESPONSE = Symbol('csrf response');
interface RequestSlots {
  [REQUEST]?: Request;
  [RESPONSE]?: Response;
}

export interface CsrfTokens {
  /**
   * Makes `res.locals.csrfToken` the visitor's token, settled when first read: the cookie's, when it is
   * valid for their session, or a new one sent in a new cookie.
   */
  readonly issue: RequestHandler;
  /** After sign-in: a token for the new session, in the same response that sets its cookie. */
  readonly rotate: (res: Response, sessionId: string) => void;
}

/**
 * Gives every visitor a token (signed with the session secret, bound to the session cookie)
 * in a cookie and to the views. The cookie is readable by our script (double-submit: a foreign
 * page cannot read it) and SameSite=Lax, so arriving from a link elsewhere keeps the token
 * open tabs hold. A token left from before sign-in, from another session or from another
 * secret is replaced, so a planted cookie never passes `verifyCsrf`.
 */
export function csrfTokens({ secret, secure }: { secret: string; secure: boolean }): CsrfTokens {
  const keep = (res: Response, token: string) => {
    Object.defineProperty(res.locals, 'csrfToken', { configurable: true, enumerable: true, writable: true, value: token });
    return token;
  };
  const give = (res: Response, binding: string) => {
    const token = newCsrfToken(secret, binding);
    // Asked for only before the answer starts (a view, `verifyCsrf`); never a cookie after the headers.
    if (!res.headersSent) res.cookie(CSRF_COOKIE, token, { sameSite: 'lax', path: '/', secure });
    return keep(res, token);
  };
  const settle = (req: Request, res: Response): string => {
    const token = readCookie(req, CSRF_COOKIE);
    const binding = readCookie(req, SESSION_COOKIE) ?? '';
    return token !== undefined && isCsrfTokenFor(token, secret, binding) ? keep(res, token) : give(res, binding);
  };
  // One getter for every request, finding its request on res.locals: a getter made per request (a
  // closure over it) would be kept by V8 until the next full collection, and the request with it.
  function csrfToken(this: RequestSlots): string {
    return settle(this[REQUEST]!, this[RESPONSE]!);
  }
  return {
    // Settled on first use: a page's forms or a cookie-authenticated write ask for it; API calls
    // with a bearer token and answers without forms never do, and pay nothing for it.
    issue: (req, res, next) => {
      const slots = res.locals as RequestSlots;
      slots[REQUEST] = req;
      slots[RESPONSE] = res;
      Object.defineProperty(res.locals, 'csrfToken', { configurable: true, enumerable: true, get: csrfToken });
      next();
    },
    rotate: (res, sessionId) => {
      give(res, sessionId);
    },
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
  if (req.body === undefined && isMultipart(req)) {
    return UPLOAD_ROUTES.some((route) => route.test(req.path)) ? next() : next(new ForbiddenError('csrf.invalid'));
  }
  // A valid bearer token is never sent by browsers on their own, so a cross-site page cannot use it.
  if (res.locals.viaToken === true) return next();
  const cookie = readCookie(req, CSRF_COOKIE);
  const sent = req.get('x-csrf-token') ?? (req.body as { _csrf?: unknown } | undefined)?._csrf;
  if (cookie === undefined && (req.is('application/json') || req.get('x-jembatan-client'))) return next();
  // `issue` kept the cookie's token only if it is valid for this session; otherwise this is a fresh one nobody has seen.
  const valid = res.locals.csrfToken as string | undefined;
  if (typeof sent === 'string' && cookie !== undefined && valid !== undefined && sameToken(sent, cookie) && sameToken(sent, valid)) return next();
  next(new ForbiddenError('csrf.invalid'));
};

/** `req.is('multipart/form-data')`, asked only of bodies that name multipart at all (the check is not free). */
function isMultipart(req: Request): boolean {
  return /multipart/i.test(req.headers['content-type'] ?? '') && Boolean(req.is('multipart/form-data'));
}

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
