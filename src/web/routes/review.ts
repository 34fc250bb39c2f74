import { Router } from 'express';
import { ConflictError } from '../../core/errors.js';
import type { Deps } from '../../usecases/deps.js';
import { changesSince } from '../../usecases/changes-since.js';
import { openReview } from '../../usecases/open-review.js';
import { approveMany, reviewSegment } from '../../usecases/review-segment.js';
import { approveManyInput, parse, reviewFormInput, reviewInput, reviewQuery } from '../inputs/schemas.js';
import { progressParts, presentSegment } from '../presenters/segments.js';
import { contextOf, idOf as id } from './handle.js';
import { documentQa } from '../../usecases/qa.js';
import { presentFindings } from '../presenters/qa.js';

/** The review screen and the reviewer's decisions (approve, reject with a reason, reopen). */
export function reviewRouter(deps: Deps): Router {
  const router = Router();

  router.get('/documents/:id/review', async (req, res) => {
    const { compare } = parse(reviewQuery, req.query);
    const { t, actor } = contextOf(res);
    const [view, qa] = await Promise.all([openReview(deps, actor, id(req), compare), documentQa(deps, actor, id(req))]);
    const done = typeof req.query.done === 'string' && /^(approve|reject|reopen|changed|qaBlocked|approved-\d+-skipped-\d+)$/.test(req.query.done) ? req.query.done : null;
    const qaFindings = new Map([...qa.findings].map(([segmentId, list]) => [segmentId, presentFindings(t, list)]));
    res.render('review/review', { ...view, qaFindings, progressParts, notice: done });
  });

  router.get('/documents/:id/changes', async (req, res) => {
    const since = typeof req.query.since === 'string' && req.query.since !== '' ? req.query.since : new Date(Date.now() - 86_400_000).toISOString();
    res.render('review/changes', await changesSince(deps, contextOf(res).actor, id(req), since));
  });

  router.post('/segments/:id/review', async (req, res) => {
    const input = parse(reviewFormInput, req.body);
    const reason = input.decision === 'reject' ? { category: input.category, severity: input.severity, comment: input.comment } : undefined;
    const back = (documentId: number, done: string) =>
      res.redirect(303, `/documents/${documentId}/review?compare=${input.compare ?? 'approved'}&done=${done}#segment-${id(req)}`);
    try {
      const { segment } = await reviewSegment(deps, { ...input, segmentId: id(req), reason, actor: contextOf(res).actor });
      back(segment.documentId, input.decision);
    } catch (error) {
      // The text changed since the page was shown: show the page again, with the new text and its diff, to decide anew.
      if (!(error instanceof ConflictError)) throw error;
      back((await deps.store.findSegment(id(req)))!.documentId, error.code === 'qa.blocked' ? 'qaBlocked' : 'changed');
    }
  });

  router.post('/documents/:id/review/approve-all', async (req, res) => {
    const input = parse(approveManyInput, req.body);
    const result = await approveMany(deps, { documentId: id(req), items: input.items, actor: contextOf(res).actor });
    res.redirect(303, `/documents/${id(req)}/review?compare=${input.compare ?? 'approved'}&done=approved-${result.approved}-skipped-${result.skipped.length}`);
  });

  router.post('/api/segments/:id/review', async (req, res) => {
    const input = parse(reviewInput, req.body);
    const { segment, revision } = await reviewSegment(deps, { ...input, segmentId: id(req), actor: contextOf(res).actor });
    res.json({ segment: presentSegment(segment), revision });
  });

  return router;
}
