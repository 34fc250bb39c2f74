import { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type multer from 'multer';
import type { Deps } from '../../usecases/deps.js';
import { getProject, listProjects, openDocument } from '../../usecases/browse.js';
import { createProject } from '../../usecases/create-project.js';
import { exportDocument } from '../../usecases/export-document.js';
import { importArticle } from '../../usecases/import-article.js';
import { reimportArticle } from '../../usecases/reimport-article.js';
import { updateSegmentationExceptions } from '../../usecases/update-segmentation-exceptions.js';
import { revertSegment } from '../../usecases/revert-segment.js';
import { getSegmentHistory } from '../../usecases/segment-history.js';
import { articleFromRequest } from '../inputs/article-upload.js';
import { exceptionsInput, newProjectInput, parse, pastedArticleInput, preferencesInput, revertFormInput } from '../inputs/schemas.js';
import { verifyCsrf } from '../middleware/csrf.js';
import { describeError } from '../middleware/errors.js';
import { LOCALE_COOKIE } from '../middleware/locale.js';
import { NAME_COOKIE } from '../middleware/author.js';
import { editorStrings, exportLabels, progressParts } from '../presenters/segments.js';
import { sendExport } from './downloads.js';
import { contextOf, idOf as id } from './handle.js';

const YEAR_MS = 365 * 24 * 3600 * 1000;

/** Server-rendered screens. Each handler: parse, one use case, render or redirect. */
export function pagesRouter(deps: Deps, upload: multer.Multer): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    res.render('projects/home', { projects: await listProjects(deps), progressParts });
  });

  router.post('/projects', async (req, res) => {
    const project = await createProject(deps, parse(newProjectInput, req.body));
    res.redirect(303, `/projects/${project.id}`);
  });

  router.get('/projects/:id', async (req, res) => {
    res.render('projects/project', { ...(await getProject(deps, id(req))), progressParts });
  });

  router.post('/projects/:id/segmentation', async (req, res) => {
    const { exceptions } = parse(exceptionsInput, req.body);
    const project = await updateSegmentationExceptions(deps, { projectId: id(req), text: exceptions });
    res.redirect(303, `/projects/${project.id}#segmentation`);
  });

  router.post('/projects/:id/documents', upload.single('file'), verifyCsrf, async (req, res) => {
    const document = await importArticle(deps, { projectId: id(req), ...articleFromRequest(req) });
    res.redirect(303, `/documents/${document.id}`);
  });
  router.use('/projects/:id/documents', uploadFailed('projects/project', async (req) => ({ ...(await getProject(deps, id(req))), progressParts })));

  router.get('/documents/:id/update', async (req, res) => {
    res.render('documents/update', await openDocument(deps, id(req)));
  });

  router.post('/documents/:id/update', upload.single('file'), verifyCsrf, async (req, res) => {
    const report = await reimportArticle(deps, { documentId: id(req), ...articleFromRequest(req), author: contextOf(res).author });
    res.render('documents/updated', { ...report, project: await getProject(deps, report.document.projectId).then((p) => p.project) });
  });
  router.use('/documents/:id/update', uploadFailed('documents/update', (req) => openDocument(deps, id(req))));

  router.get('/documents/:id', async (req, res) => {
    const opened = await openDocument(deps, id(req));
    res.render('editor/editor', { ...opened, progressParts, clientStrings: editorStrings(contextOf(res).t) });
  });

  router.get('/documents/:id/export/:format', async (req, res) => {
    const { t, locale } = contextOf(res);
    const format = String(req.params.format);
    sendExport(res, await exportDocument(deps, { documentId: id(req), format, labels: exportLabels(t, locale) }));
  });

  router.get('/segments/:id/history', async (req, res) => {
    const history = await getSegmentHistory(deps, id(req));
    res.render(req.query.partial === '1' ? 'history/_panel' : 'history/history', history);
  });

  router.post('/segments/:id/revert', async (req, res) => {
    const input = parse(revertFormInput, req.body);
    const { segment } = await revertSegment(deps, { ...input, segmentId: id(req), author: contextOf(res).author });
    res.redirect(303, `/documents/${segment.documentId}#segment-${segment.id}`);
  });

  router.post('/preferences', (req, res) => savePreferences(req, res));

  return router;
}

/**
 * A refused upload shows its form again with the reason and what the person
 * typed, instead of a dead-end error page.
 */
function uploadFailed(view: string, load: (req: Request) => Promise<object>): ErrorRequestHandler {
  return async (raw: unknown, req, res, next) => {
    const error = describeError(raw, res);
    if (!error.known || error.status === 404) return next(raw);
    try {
      const typed = pastedArticleInput.safeParse(req.body ?? {});
      res.status(error.status).render(view, {
        ...(await load(req)),
        importError: error.message,
        typed: typed.success ? typed.data : {},
      });
    } catch (renderError) {
      next(renderError);
    }
  };
}

function savePreferences(req: Request, res: Response): void {
  const input = parse(preferencesInput, req.body);
  const cookie = { maxAge: YEAR_MS, sameSite: 'lax' as const, httpOnly: true, path: '/' };
  if (input.lang) res.cookie(LOCALE_COOKIE, input.lang, cookie);
  if (input.name !== undefined) res.cookie(NAME_COOKIE, input.name, cookie);
  // Only local paths: never redirect to another site.
  const back = input.back && /^\/(?!\/)[^\s\\]*$/.test(input.back) ? input.back : '/';
  res.redirect(303, back);
}
