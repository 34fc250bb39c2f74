import { Router } from 'express';
import type { Deps } from '../../usecases/deps.js';

/**
 * `GET /healthz` for load balancers and monitors: open (no account, no session, no cookies), JSON,
 * 503 when the database does not answer or its migrations are not the ones this code expects.
 */
export function healthRouter(deps: Deps): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const { database, applied, expected } = await deps.store.health();
    const ok = database && applied === expected;
    res.status(ok ? 200 : 503).set('Cache-Control', 'no-store').json({
      status: ok ? 'ok' : 'unavailable', database: database ? 'ok' : 'unreachable', migrations: { applied, expected },
    });
  });
  return router;
}
