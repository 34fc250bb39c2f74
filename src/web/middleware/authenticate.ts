import type { RequestHandler } from 'express';
import { UnauthenticatedError } from '../../core/errors.js';
import type { User } from '../../core/types.js';
import type { Deps } from '../../usecases/deps.js';
import { actorOf, resumeSession, userForToken } from '../../usecases/sessions.js';
import { readCookie } from './cookies.js';
import { loggedPath, logOf } from './request-log.js';

export const SESSION_COOKIE = 'jembatan_session';

/** Finds who is asking: a session cookie (browser) or an `Authorization: Bearer` token (scripts). */
export function authenticate(deps: Deps): RequestHandler {
  return async (req, res, next) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    const session = readCookie(req, SESSION_COOKIE);
    // With an Authorization header, only the token counts: a malformed one never falls back to the cookie.
    let user: User | null = null;
    if (req.get('authorization') !== undefined) {
      user = bearer ? await userForToken(deps, bearer) : null;
      // Never the token itself: only that one was refused, and how.
      if (!user) logOf(res).warn({ event: 'auth.tokenRefused', reason: bearer ? 'unknown' : 'malformed', method: req.method, path: loggedPath(req.path) }, 'API token refused');
    } else if (session) user = await resumeSession(deps, session);
    res.locals.viaToken = user !== null && bearer !== undefined;
    res.locals.user = user;
    res.locals.actor = user ? actorOf(user) : null;
    next();
  };
}

/** Pages and API routes behind this need a signed-in user: pages redirect to the sign-in page, the API answers 401. */
export function requireSignedIn(deps: Deps): RequestHandler {
  const toSignIn: RequestHandler = async (req, res) => {
    const firstRun = (await deps.store.countUsers()) === 0;
    res.redirect(303, firstRun ? '/setup' : `/login?next=${encodeURIComponent(req.originalUrl)}`);
  };
  // Not itself async: a signed-in request (nearly all of them) goes on without a promise made and awaited.
  return (req, res, next) => {
    if (res.locals.actor) return next();
    if (req.path.startsWith('/api/')) return next(new UnauthenticatedError('auth.required'));
    return toSignIn(req, res, next);
  };
}
