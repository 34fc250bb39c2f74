import express, { type Express, type Router } from 'express';
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
import { AUTOSAVE_URL, apiRouter, saveTargetRoute } from './routes/api.js';
import { authRouter, SIGN_IN_PATHS } from './routes/auth.js';
import { pagesRouter } from './routes/pages.js';
import { progressRouter } from './routes/progress.js';
import { reviewRouter } from './routes/review.js';
import { liveRouter } from './routes/live.js';
import { LiveStreams } from './live-streams.js';
import { sequence } from './middleware/sequence.js';
import { securityHeaders } from './middleware/security-headers.js';
import { hotRoute } from './middleware/hot-route.js';

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
  // The steps every request takes, in order, grouped into one Express layer each: Express pays
  // per mounted function on every request, and most requests are the editor's autosaves.
  const csrf = csrfTokens({ secret: config.sessionSecret, secure: config.secureCookies });
  const front = sequence(requestContext(logger), ...(config.logRequests ? [requestLog()] : []), securityHeaders(config.production));
  // Locale, page values and the signed-in user come before the body parsers, so that even a
  // refused body (too large, malformed) gets a proper page in the person's language.
  const signedIn = sequence(
    localeMiddleware(i18n, config.defaultLocale),
    (req, res, next) => {
      res.locals.currentPath = req.originalUrl;
      res.locals.maxUploadKb = Math.round(config.maxUploadBytes / 1024);
      next();
    },
    csrf.issue,
    authenticate(deps),
    jsonBody(config.maxUploadBytes),
    express.urlencoded({ extended: false, limit: config.maxUploadBytes }),
    verifyCsrf,
  );
  const gate = sequence(
    requireSignedIn(deps),
    // Pages and API answers show live data: never let the Back button show a stale editor with old versions.
    (_req, res, next) => {
      res.set('Cache-Control', 'no-store');
      next();
    },
  );
  // The autosave goes through the same steps straight to its handler (see hotRoute).
  app.use(hotRoute({ method: 'PUT', url: AUTOSAVE_URL, steps: [front, signedIn, gate], handler: saveTargetRoute(deps), onError: errorHandler }));
  app.use(front);
  app.use('/static', express.static(`${ROOT}public`, { maxAge: '1h', index: false }));
  // Under its own prefix: other requests do not enter it (a router that matches nothing hands the
  // request on only at the event loop's next turn).
  app.use('/healthz', healthRouter(deps));
  app.use(signedIn);
  // Entered only on its own paths, for the same reason as the health check's.
  const signIn = authRouter(deps, new LoginThrottle({ now: () => Date.now() }), { secureCookies: config.secureCookies, csrf });
  app.use((req, res, next) => (SIGN_IN_PATHS.test(req.path) ? signIn(req, res, next) : next()));
  app.use(gate);
  // Each router answers its own errors: an error would otherwise be handed past every route of
  // every router after it (each one matched against the path) on its way to the handler at the end.
  for (const { prefix, router } of signedInRouters(deps, upload, streams)) app.use(prefix, router.use(errorHandler));
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
