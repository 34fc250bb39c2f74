import { Router, type Request, type Response } from 'express';
import type multer from 'multer';
import type { Deps } from '../../usecases/deps.js';
import { getProject, listProjects, openDocument } from '../../usecases/browse.js';
import { createProject } from '../../usecases/create-project.js';
import { exportDocument } from '../../usecases/export-document.js';
import { importArticle } from '../../usecases/import-article.js';
import { revertSegment } from '../../usecases/revert-segment.js';
import { getSegmentHistory } from '../../usecases/segment-history.js';
import { idParam, newProjectInput, parse, pastedArticleInput, preferencesInput, revertInput } from '../inputs/schemas.js';
import { LOCALE_COOKIE } from '../middleware/locale.js';
import { NAME_COOKIE } from '../middleware/author.js';
import { editorStrings, exportLabels, progressParts } from '../presenters/segments.js';
import { sendExport } from './downloads.js';
import { contextOf } from './handle.js';

const id = (req: Request) => parse(idParam, req.params).id;
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

  router.post('/projects/:id/documents', upload.single('file'), async (req, res) => {
    const input = parse(pastedArticleInput, req.body ?? {});
    const pasted = !req.file || req.file.size === 0;
    const document = await importArticle(deps, {
      projectId: id(req),
      content: pasted ? input.text ?? '' : req.file!.buffer,
      fileName: pasted ? undefined : req.file!.originalname,
      format: pasted ? 'paste' : undefined,
      title: input.title,
    });
    res.redirect(303, `/documents/${document.id}`);
  });

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
    const input = parse(revertInput, req.body);
    const { segment } = await revertSegment(deps, { ...input, segmentId: id(req), author: contextOf(res).author });
    res.redirect(303, `/documents/${segment.documentId}#segment-${segment.id}`);
  });

  router.post('/preferences', (req, res) => savePreferences(req, res));

  return router;
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
