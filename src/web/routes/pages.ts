import { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type multer from 'multer';
import type { User } from '../../core/types.js';
import type { Deps } from '../../usecases/deps.js';
import { getProject, openDocument } from '../../usecases/browse.js';
import { getDashboard } from '../../usecases/dashboard.js';
import { createProject } from '../../usecases/create-project.js';
import { exportDocument } from '../../usecases/export-document.js';
import { addComment, setThreadResolved } from '../../usecases/comments.js';
import { importOntoDocument } from '../../usecases/import-file.js';
import { importTmx, type TmxImport } from '../../usecases/import-tmx.js';
import { reimportArticle } from '../../usecases/reimport-article.js';
import { setLqaThreshold, setMemorySettings, updateSegmentationExceptions } from '../../usecases/project-settings.js';
import { revertSegment } from '../../usecases/revert-segment.js';
import { getSegmentHistory } from '../../usecases/segment-history.js';
import { openEditor } from '../../usecases/open-editor.js';
import { getKeymap } from '../../usecases/keymap.js';
import { articleFromRequest, fileFromRequest } from '../inputs/article-upload.js';
import { FORMAT_GROUPS } from '../presenters/formats.js';
import { importIntoProjectFromRequest } from './imports.js';
import {
  commentInput, exceptionsInput, lqaInput, memorySettingsInput, newProjectInput, parse, pastedArticleInput, revertFormInput, threadFormInput,
} from '../inputs/schemas.js';
import { verifyCsrf } from '../middleware/csrf.js';
import { describeError } from '../middleware/errors.js';
import { exportLabels, progressParts } from '../presenters/segments.js';
import { sendExport } from './downloads.js';
import { contextOf, idOf as id } from './handle.js';
import { EditorPages } from './editor-page.js';

/** Server-rendered screens. Each handler: parse, one use case, render or redirect. */
export function pagesRouter(deps: Deps, upload: multer.Multer): Router {
  const router = Router();
  const editorPages = new EditorPages();

  router.get('/', async (_req, res) => {
    res.render('projects/home', { ...(await getDashboard(deps, contextOf(res).actor)), progressParts });
  });

  router.post('/projects', async (req, res) => {
    const project = await createProject(deps, contextOf(res).actor, parse(newProjectInput, req.body));
    res.redirect(303, `/projects/${project.id}`);
  });

  router.get('/projects/:id', async (req, res) => {
    const saved = Number(req.query.exceptions);
    res.render('projects/project', {
      ...(await getProject(deps, contextOf(res).actor, id(req))), progressParts, savedExceptions: Number.isInteger(saved) ? saved : null,
      tmReport: tmReportOf(req.query.tm),
    });
  });

  router.post('/projects/:id/segmentation', async (req, res) => {
    const { exceptions } = parse(exceptionsInput, req.body);
    const project = await updateSegmentationExceptions(deps, { projectId: id(req), text: exceptions, actor: contextOf(res).actor });
    res.redirect(303, `/projects/${project.id}?exceptions=${project.settings.doNotBreakAfter.length}#segmentation`);
  });

  router.post('/projects/:id/memory-settings', async (req, res) => {
    await setMemorySettings(deps, { ...parse(memorySettingsInput, req.body), projectId: id(req), actor: contextOf(res).actor });
    res.redirect(303, `/projects/${id(req)}#tm`);
  });

  router.post('/projects/:id/lqa', async (req, res) => {
    const { threshold } = parse(lqaInput, req.body);
    await setLqaThreshold(deps, { projectId: id(req), threshold, actor: contextOf(res).actor });
    res.redirect(303, `/projects/${id(req)}#lqa`);
  });

  router.post('/projects/:id/documents', upload.single('file'), verifyCsrf, async (req, res) => {
    const result = await importIntoProjectFromRequest(deps, id(req), req, contextOf(res).actor, 'anything');
    if (result.kind === 'tm') return res.redirect(303, tmReportUrl(result));
    res.redirect(303, `/documents/${result.document.id}`);
  });

  router.post('/projects/:id/tm', upload.single('file'), verifyCsrf, async (req, res) => {
    res.redirect(303, tmReportUrl(await importTmx(deps, { projectId: id(req), ...fileFromRequest(req), actor: contextOf(res).actor })));
  });
  router.use('/projects/:id/tm', uploadFailed('projects/project', async (req, res) => ({ ...(await getProject(deps, contextOf(res).actor, id(req))), progressParts }), 'tmError'));
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
    const { t, locale, actor } = contextOf(res);
    const opened = await openEditor(deps, actor, id(req));
    // The person's own keys: for the editor's script and for the shortcut list and overlay.
    const { keymap } = await getKeymap(deps, actor);
    await editorPages.send(res, { t, locale, user: res.locals.user as User, opened, keymap });
  });

  router.get('/documents/:id/files', async (req, res) => {
    res.render('documents/files', { ...(await openDocument(deps, contextOf(res).actor, id(req))), formatGroups: FORMAT_GROUPS });
  });

  router.post('/documents/:id/translations', upload.single('file'), verifyCsrf, async (req, res) => {
    const { actor, stateNames } = contextOf(res);
    res.render('documents/translations-imported', await importOntoDocument(deps, { documentId: id(req), ...fileFromRequest(req), stateNames, actor }));
  });
  router.use('/documents/:id/translations', uploadFailed('documents/files', async (req, res) => ({
    ...(await openDocument(deps, contextOf(res).actor, id(req))), formatGroups: FORMAT_GROUPS,
  })));

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

  router.post('/segments/:id/thread', async (req, res) => {
    const { resolved } = parse(threadFormInput, req.body);
    await setThreadResolved(deps, { segmentId: id(req), resolved, actor: contextOf(res).actor });
    res.redirect(303, `/segments/${id(req)}/history#comments`);
  });

  router.post('/segments/:id/revert', async (req, res) => {
    const input = parse(revertFormInput, req.body);
    const { segment } = await revertSegment(deps, { ...input, segmentId: id(req), actor: contextOf(res).actor });
    res.redirect(303, `/documents/${segment.documentId}#segment-${segment.id}`);
  });

  return router;
}

/** Back to the project's memory section, with what the import did. */
function tmReportUrl(result: TmxImport): string {
  const { project, units, added, duplicates, skipped } = result;
  return `/projects/${project.id}?tm=${[units, added, duplicates, skipped].join('.')}#tm`;
}

/**
 * A refused upload shows its form again with the reason and what the person
 * typed, instead of a dead-end error page.
 */
function uploadFailed(view: string, load: (req: Request, res: Response) => Promise<object>, errorName = 'importError'): ErrorRequestHandler {
  return async (raw: unknown, req, res, next) => {
    const error = describeError(raw, res);
    // A 403 goes to the error page: the form it came from is not shown to someone without the right.
    if (!error.known || error.status === 404 || error.status === 403) return next(raw);
    try {
      const typed = pastedArticleInput.safeParse(req.body ?? {});
      res.status(error.status).render(view, {
        ...(await load(req, res)),
        [errorName]: error.message,
        typed: typed.success ? typed.data : {},
      });
    } catch (renderError) {
      next(renderError);
    }
  };
}


/** The counts a TMX import redirected with (`units.added.duplicates.skipped`), or null. */
function tmReportOf(value: unknown): { units: number; added: number; duplicates: number; skipped: number } | null {
  const parts = typeof value === 'string' ? value.split('.').map(Number) : [];
  if (parts.length !== 4 || !parts.every((part) => Number.isSafeInteger(part) && part >= 0)) return null;
  const [units, added, duplicates, skipped] = parts as [number, number, number, number];
  return { units, added, duplicates, skipped };
}
