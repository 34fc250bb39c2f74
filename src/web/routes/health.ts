import { Router } from 'express';
import type { Deps } from '../../usecases/deps.js';

/**
 * `GET /healthz` for load balancers and monitors: open (no account, no session, no cookies), JSON,
 * 503 when the database does not answer, when a save's fsync has failed (saves are then refused
 * until a restart), or when its migrations are not the ones this code expects.
 * `GET /healthz/live` says only that the process answers (a liveness probe): it does not touch the
 * database, so a moment of database trouble makes the server unready, not restarted.
 */
/** Mounted at `/healthz`. */
export function healthRouter(deps: Deps): Router {
  const router = Router();
  router.get('/live', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/', async (_req, res) => {
    const { database, savesDurable, applied, expected } = await deps.store.health();
    const ok = database && savesDurable && applied === expected;
    res.status(ok ? 200 : 503).set('Cache-Control', 'no-store').json({
      status: ok ? 'ok' : 'unavailable', database: database ? 'ok' : 'unreachable', saves: savesDurable ? 'ok' : 'not durable',
      migrations: { applied, expected },
    });
  });
  return router;
}
