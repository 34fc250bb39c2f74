import express, { type Express, type Router } from 'express';
import helmet from 'helmet';
import type { i18n } from 'i18next';
import type multer from 'multer';
import type { Config } from '../config.js';
import { PROJECT_ROOT as ROOT } from '../paths.js';
import type { Deps } from '../usecases/deps.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { authenticate, requireSignedIn } from './middleware/authenticate.js';
import { csrfTokens, verifyCsrf } from './middleware/csrf.js';
import { errorHandler, notFound } from './middleware/errors.js';
import { jsonBody } from './middleware/json-body.js';
import { localeMiddleware } from './middleware/locale.js';
import { requestContext, requestLog } from './middleware/request-log.js';
import { uploadParser } from './middleware/upload.js';
import { silentLogger, type Logger } from '../logger.js';
import { memoryRouter } from './routes/memory.js';
import { glossaryRouter } from './routes/glossary.js';
import { healthRouter } from './routes/health.js';
import { qaRouter } from './routes/qa.js';
import { highlight } from './presenters/highlight.js';
import { adminRouter } from './routes/admin.js';
import { accountRouter } from './routes/account.js';
import { apiRouter } from './routes/api.js';
import { authRouter } from './routes/auth.js';
import { pagesRouter } from './routes/pages.js';
import { progressRouter } from './routes/progress.js';
import { reviewRouter } from './routes/review.js';
import { liveRouter } from './routes/live.js';
import { LiveStreams } from './live-streams.js';

export interface AppOptions {
  readonly deps: Deps;
  readonly config: Pick<Config, 'production' | 'maxUploadBytes' | 'defaultLocale' | 'logRequests' | 'sessionSecret' | 'secureCookies' | 'trustProxy'>;
  readonly i18n: i18n;
  /** The JSON log (main.ts writes it to stdout); without one, nothing is logged. */
  readonly logger?: Logger;
  /** The open event streams (main.ts ends them on shutdown); a fresh registry when not given. */
  readonly streams?: LiveStreams;
}

/** Builds the Express app from its dependencies; no I/O of its own beyond serving files. */
export function createApp({ deps, config, i18n, logger = silentLogger, streams = new LiveStreams() }: AppOptions): Express {
  const app = express();
  const upload = uploadParser({ fileSize: config.maxUploadBytes, fieldSize: config.maxUploadBytes, files: 1, fields: 10 });
  app.set('views', `${ROOT}views`);
  app.set('view engine', 'ejs');
  // Templates (and the partials they include, once per row) are compiled once, not on every render.
  app.set('view cache', true);
  app.locals.highlight = highlight;
  app.set('query parser', 'simple');
  app.disable('x-powered-by');
  // Pages and API answers are `no-store`: hashing each body for an ETag would be work for nothing.
  // (Static files keep theirs: express.static sets its own.)
  app.set('etag', false);
  // From the config, not from Express's own read of NODE_ENV: in production its last-resort handler shows no stack.
  app.set('env', config.production ? 'production' : 'development');
  if (config.trustProxy) app.set('trust proxy', 1);
  app.use(requestContext(logger));
  if (config.logRequests) app.use(requestLog());
  app.use(securityHeaders(config.production));
  app.use('/static', express.static(`${ROOT}public`, { maxAge: '1h', index: false }));
  app.use(healthRouter(deps));
  // Locale, page values and the signed-in user come before the body parsers, so that even a
  // refused body (too large, malformed) gets a proper page in the person's language.
  app.use(localeMiddleware(i18n, config.defaultLocale));
  app.use((req, res, next) => {
    res.locals.currentPath = req.originalUrl;
    res.locals.maxUploadKb = Math.round(config.maxUploadBytes / 1024);
    next();
  });
  const csrf = csrfTokens({ secret: config.sessionSecret, secure: config.secureCookies });
  app.use(csrf.issue, authenticate(deps));
  app.use(jsonBody(config.maxUploadBytes));
  app.use(express.urlencoded({ extended: false, limit: config.maxUploadBytes }));
  app.use(verifyCsrf);
  app.use(authRouter(deps, new LoginThrottle({ now: () => Date.now() }), { secureCookies: config.secureCookies, csrf }));
  app.use(requireSignedIn(deps));
  // Pages and API answers show live data: never let the Back button show a stale editor with old versions.
  app.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  for (const { prefix, router } of signedInRouters(deps, upload, streams)) app.use(prefix, router);
  app.use(notFound);
  app.use(errorHandler);
  return app;
}

/** Everything behind sign-in, in mount order; the route × role tests walk this same table. */
export function signedInRouters(deps: Deps, upload: multer.Multer, streams = new LiveStreams()): { prefix: string; router: Router }[] {
  // The JSON API first: the editor's autosaves are most of the requests, and each one walks the routes mounted before its own.
  return [
    { prefix: '/api', router: apiRouter(deps, upload) },
    { prefix: '/api', router: liveRouter(deps, streams) },
    { prefix: '/', router: reviewRouter(deps) },
    { prefix: '/', router: pagesRouter(deps, upload) },
    { prefix: '/', router: progressRouter(deps) },
    { prefix: '/', router: adminRouter(deps) },
    { prefix: '/', router: memoryRouter(deps) },
    { prefix: '/', router: glossaryRouter(deps, upload) },
    { prefix: '/', router: qaRouter(deps) },
    { prefix: '/', router: accountRouter(deps) },
  ];
}

/**
 * Helmet with a strict policy on every answer (pages, errors, static files): scripts and styles
 * from our origin only (no inline script), no plugins, no <base>, never framed. HSTS only in
 * production: a development server on plain HTTP must not pin the browser to HTTPS.
 */
function securityHeaders(production: boolean) {
  return helmet({
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
  });
}
