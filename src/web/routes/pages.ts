import { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type multer from 'multer';
import type { Deps } from '../../usecases/deps.js';
import { getProject, listProjects, openDocument } from '../../usecases/browse.js';
import { createProject } from '../../usecases/create-project.js';
import { exportDocument } from '../../usecases/export-document.js';
import { addComment } from '../../usecases/comments.js';
import { importArticle } from '../../usecases/import-article.js';
import { reimportArticle } from '../../usecases/reimport-article.js';
import { setLqaThreshold, updateSegmentationExceptions } from '../../usecases/project-settings.js';
import { revertSegment } from '../../usecases/revert-segment.js';
import { getSegmentHistory } from '../../usecases/segment-history.js';
import { articleFromRequest } from '../inputs/article-upload.js';
import { commentInput, exceptionsInput, lqaInput, newProjectInput, parse, pastedArticleInput, revertFormInput } from '../inputs/schemas.js';
import { verifyCsrf } from '../middleware/csrf.js';
import { describeError } from '../middleware/errors.js';
import { editorStrings, exportLabels, progressParts } from '../presenters/segments.js';
import { sendExport } from './downloads.js';
import { contextOf, idOf as id } from './handle.js';

/** Server-rendered screens. Each handler: parse, one use case, render or redirect. */
export function pagesRouter(deps: Deps, upload: multer.Multer): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    res.render('projects/home', { projects: await listProjects(deps, contextOf(res).actor), progressParts });
  });

  router.post('/projects', async (req, res) => {
    const project = await createProject(deps, contextOf(res).actor, parse(newProjectInput, req.body));
    res.redirect(303, `/projects/${project.id}`);
  });

  router.get('/projects/:id', async (req, res) => {
    const saved = Number(req.query.exceptions);
    res.render('projects/project', {
      ...(await getProject(deps, contextOf(res).actor, id(req))), progressParts, savedExceptions: Number.isInteger(saved) ? saved : null,
    });
  });

  router.post('/projects/:id/segmentation', async (req, res) => {
    const { exceptions } = parse(exceptionsInput, req.body);
    const project = await updateSegmentationExceptions(deps, { projectId: id(req), text: exceptions, actor: contextOf(res).actor });
    res.redirect(303, `/projects/${project.id}?exceptions=${project.settings.doNotBreakAfter.length}#segmentation`);
  });

  router.post('/projects/:id/lqa', async (req, res) => {
    const { threshold } = parse(lqaInput, req.body);
    await setLqaThreshold(deps, { projectId: id(req), threshold, actor: contextOf(res).actor });
    res.redirect(303, `/projects/${id(req)}#lqa`);
  });

  router.post('/projects/:id/documents', upload.single('file'), verifyCsrf, async (req, res) => {
    const document = await importArticle(deps, { projectId: id(req), ...articleFromRequest(req), actor: contextOf(res).actor });
    res.redirect(303, `/documents/${document.id}`);
  });
  router.use('/projects/:id/documents', uploadFailed('projects/project', async (req, res) => ({ ...(await getProject(deps, contextOf(res).actor, id(req))), progressParts })));

  router.get('/documents/:id/update', async (req, res) => {
    res.render('documents/update', await openDocument(deps, contextOf(res).actor, id(req)));
  });

  router.post('/documents/:id/update', upload.single('file'), verifyCsrf, async (req, res) => {
    const report = await reimportArticle(deps, { documentId: id(req), ...articleFromRequest(req), actor: contextOf(res).actor });
    res.render('documents/updated', report);
  });
  router.use('/documents/:id/update', uploadFailed('documents/update', (req, res) => openDocument(deps, contextOf(res).actor, id(req))));

  router.get('/documents/:id', async (req, res) => {
    const opened = await openDocument(deps, contextOf(res).actor, id(req));
    res.render('editor/editor', { ...opened, progressParts, clientStrings: editorStrings(contextOf(res).t) });
  });

  router.get('/documents/:id/export/:format', async (req, res) => {
    const { t, locale } = contextOf(res);
    const format = String(req.params.format);
    sendExport(res, await exportDocument(deps, { documentId: id(req), format, labels: exportLabels(t, locale), actor: contextOf(res).actor }));
  });

  router.get('/segments/:id/history', async (req, res) => {
    const history = await getSegmentHistory(deps, contextOf(res).actor, id(req));
    res.render(req.query.partial === '1' ? 'history/_panel' : 'history/history', history);
  });

  router.post('/segments/:id/comments', async (req, res) => {
    const { body } = parse(commentInput, req.body);
    const comment = await addComment(deps, { segmentId: id(req), body, actor: contextOf(res).actor });
    res.redirect(303, `/segments/${comment.segmentId}/history#comments`);
  });

  router.post('/segments/:id/revert', async (req, res) => {
    const input = parse(revertFormInput, req.body);
    const { segment } = await revertSegment(deps, { ...input, segmentId: id(req), actor: contextOf(res).actor });
    res.redirect(303, `/documents/${segment.documentId}#segment-${segment.id}`);
  });

  return router;
}

/**
 * A refused upload shows its form again with the reason and what the person
 * typed, instead of a dead-end error page.
 */
function uploadFailed(view: string, load: (req: Request, res: Response) => Promise<object>): ErrorRequestHandler {
  return async (raw: unknown, req, res, next) => {
    const error = describeError(raw, res);
    if (!error.known || error.status === 404) return next(raw);
    try {
      const typed = pastedArticleInput.safeParse(req.body ?? {});
      res.status(error.status).render(view, {
        ...(await load(req, res)),
        importError: error.message,
        typed: typed.success ? typed.data : {},
      });
    } catch (renderError) {
      next(renderError);
    }
  };
}

