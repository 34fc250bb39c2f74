import { Router, type Request, type Response } from 'express';
import type { LoginThrottle } from '../../auth/login-throttle.js';
import { ForbiddenError } from '../../core/errors.js';
import { setupFirstAdmin } from '../../usecases/accounts.js';
import type { Deps } from '../../usecases/deps.js';
import { signIn, signOut } from '../../usecases/sessions.js';
import { localPath, parse, preferencesInput, setupInput, signInInput } from '../inputs/schemas.js';
import { SESSION_COOKIE } from '../middleware/authenticate.js';
import { readCookie } from '../middleware/cookies.js';
import type { CsrfTokens } from '../middleware/csrf.js';
import { describeError } from '../middleware/errors.js';
import { logOf, userOf } from '../middleware/request-log.js';
import { LOCALE_COOKIE } from '../middleware/locale.js';

/**
 * The paths this router answers, as Express matches them (any case, one trailing slash or none):
 * the app enters it only for these.
 */
export const SIGN_IN_PATHS = /^\/(?:setup|login|logout|preferences)\/?$/i;

const sessionCookie = { httpOnly: true, sameSite: 'lax' as const, path: '/' };

export interface SessionCookies {
  readonly secureCookies: boolean;
  readonly csrf: CsrfTokens;
}

/**
 * Setup of the first admin, sign-in and sign-out: the only pages open without an account.
 * Each is logged with the username, never the password or the session id.
 */
export function authRouter(deps: Deps, throttle: LoginThrottle, { secureCookies, csrf }: SessionCookies): Router {
  const router = Router();
  const startSession = (res: Response, sessionId: string) => {
    res.cookie(SESSION_COOKIE, sessionId, { ...sessionCookie, secure: secureCookies });
    csrf.rotate(res, sessionId);
  };
  const demoAccounts = async () => (await deps.store.listUsers()).filter((user) => user.demoPassword && !user.disabledAt);

  router.get('/setup', async (_req, res) => {
    if ((await deps.store.countUsers()) > 0) return res.redirect(303, '/login');
    res.render('auth/setup', { failure: null, typed: {} });
  });

  router.post('/setup', async (req, res) => {
    const input = parse(setupInput, req.body);
    try {
      await setupFirstAdmin(deps, input);
    } catch (error) {
      if (error instanceof ForbiddenError) return res.redirect(303, '/login');
      return res.status(400).render('auth/setup', { failure: describeError(error, res).message, typed: input });
    }
    const { user, sessionId } = await signIn(deps, throttle, { ...input, ip: ipOf(req) });
    logOf(res).info({ event: 'auth.setup', user: user.username, ip: ipOf(req) }, 'first administrator created and signed in');
    startSession(res, sessionId);
    res.redirect(303, '/');
  });

  router.get('/login', async (req, res) => {
    if ((await deps.store.countUsers()) === 0) return res.redirect(303, '/setup');
    res.render('auth/login', { failure: null, next: localPath(typeof req.query.next === 'string' ? req.query.next : '/'), demo: await demoAccounts(), typed: {} });
  });

  router.post('/login', async (req, res) => {
    const input = parse(signInInput, req.body);
    try {
      const { user, sessionId } = await signIn(deps, throttle, { ...input, ip: ipOf(req) });
      logOf(res).info({ event: 'auth.signIn', user: user.username, ip: ipOf(req) }, 'signed in');
      const previous = readCookie(req, SESSION_COOKIE);
      if (previous) await signOut(deps, previous);
      startSession(res, sessionId);
      res.redirect(303, localPath(input.next));
    } catch (error) {
      const { status, code, message } = describeError(error, res);
      if (code === 'internal') logOf(res).error({ event: 'error', method: req.method, path: req.path, err: error }, 'unexpected error');
      else logOf(res).warn({ event: 'auth.signInFailed', user: input.username, reason: code, ip: ipOf(req) }, 'sign-in refused');
      res.status(status).render('auth/login', { failure: message, next: localPath(input.next), demo: await demoAccounts(), typed: input });
    }
  });

  router.post('/logout', async (req, res) => {
    const session = readCookie(req, SESSION_COOKIE);
    if (session) await signOut(deps, session);
    logOf(res).info({ event: 'auth.signOut', user: userOf(res) }, 'signed out');
    res.clearCookie(SESSION_COOKIE, sessionCookie);
    res.redirect(303, '/login');
  });

  // The language switch works signed in or not.
  router.post('/preferences', (req, res) => {
    const input = parse(preferencesInput, req.body);
    if (input.lang) res.cookie(LOCALE_COOKIE, input.lang, { maxAge: YEAR_MS, sameSite: 'lax', httpOnly: true, path: '/' });
    res.redirect(303, localPath(input.back));
  });

  return router;
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

function ipOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
