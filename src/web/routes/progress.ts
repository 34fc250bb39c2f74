import { Router } from 'express';
import type { Deps } from '../../usecases/deps.js';
import { documentStats } from '../../usecases/document-stats.js';
import { setDueDate } from '../../usecases/due-dates.js';
import { dueDateFormInput, dueDateInput, localPath, parse } from '../inputs/schemas.js';
import { durationFormatter } from '../presenters/durations.js';
import { FORMAT_GROUPS } from '../presenters/formats.js';
import { progressParts } from '../presenters/segments.js';
import { contextOf, idOf as id } from './handle.js';

/** A document's progress: its statistics page, and the due day managers set. */
export function progressRouter(deps: Deps): Router {
  const router = Router();

  router.get('/documents/:id/stats', async (req, res) => {
    const { actor, locale } = contextOf(res);
    res.render('documents/stats', {
      ...(await documentStats(deps, actor, id(req))), formatGroups: FORMAT_GROUPS, formatDuration: durationFormatter(locale), progressParts,
    });
  });

  router.post('/documents/:id/due', async (req, res) => {
    const { dueOn, back } = parse(dueDateFormInput, req.body);
    const document = await setDueDate(deps, { documentId: id(req), dueOn, actor: contextOf(res).actor });
    res.redirect(303, localPath(back, `/projects/${document.projectId}#document-${document.id}`));
  });

  router.put('/api/documents/:id/due', async (req, res) => {
    const { dueOn } = parse(dueDateInput, req.body);
    res.json({ document: await setDueDate(deps, { documentId: id(req), dueOn, actor: contextOf(res).actor }) });
  });

  return router;
}
