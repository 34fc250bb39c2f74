import { Router, type Request } from 'express';
import { InvalidInputError } from '../../core/errors.js';
import type { Deps } from '../../usecases/deps.js';
import { followDocument, reportPresence } from '../../usecases/live-feed.js';
import { presenceInput } from '../inputs/live.js';
import { parse } from '../inputs/schemas.js';
import type { LiveStreams } from '../live-streams.js';
import { resumePoint } from '../sse.js';
import { contextOf, idOf as id } from './handle.js';

/**
 * Working together (issue 7): a document's changes as Server-Sent Events, and presence reports.
 * `Accept: text/event-stream` (EventSource) gets the stream; anything else gets one JSON page of
 * the changes after `since`, for scripts that poll.
 */
export function liveRouter(deps: Deps, streams: LiveStreams): Router {
  const router = Router();

  router.get('/documents/:id/events', async (req, res) => {
    const { actor } = contextOf(res);
    const follower = await followDocument(deps, actor, id(req));
    const cursor = await follower.startAt(resumeOf(req));
    if (wantsStream(req)) {
      streams.start(actor.userId, res, follower, cursor);
      return;
    }
    const [page, people] = await Promise.all([follower.changesAfter(cursor), follower.presence()]);
    res.json({ ...page, people });
  });

  router.post('/documents/:id/presence', async (req, res) => {
    await reportPresence(deps, contextOf(res).actor, { ...parse(presenceInput, req.body), documentId: id(req) });
    res.status(204).end();
  });

  return router;
}

function resumeOf(req: Request): number | undefined {
  const point = resumePoint(req.get('last-event-id'), req.query.since);
  if (point === null) throw new InvalidInputError('request.invalid', { fields: ['since'] });
  return point;
}

const wantsStream = (req: Request): boolean => req.accepts(['application/json', 'text/event-stream']) === 'text/event-stream';
