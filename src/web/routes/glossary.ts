import { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type multer from 'multer';
import type { Deps } from '../../usecases/deps.js';
import {
  addGlossaryTerm, deleteGlossaryTerm, editGlossaryTerm, exportGlossary, importGlossary, listGlossary, projectOfTerm, type GlossaryImport,
} from '../../usecases/glossary.js';
import { fileFromRequest } from '../inputs/article-upload.js';
import { glossaryPageQuery, glossaryTermInput } from '../inputs/glossary.js';
import { parse } from '../inputs/schemas.js';
import { verifyCsrf } from '../middleware/csrf.js';
import { describeError } from '../middleware/errors.js';
import { sendExport } from './downloads.js';
import { contextOf, idOf as id } from './handle.js';

/** The glossary page (terms, add, edit, delete, CSV/TBX in and out) and its JSON API. */
export function glossaryRouter(deps: Deps, upload: multer.Multer): Router {
  const router = Router();
  const actorOf = (res: Response) => contextOf(res).actor;
  const importFile = (req: Request, res: Response) => importGlossary(deps, { projectId: id(req), ...fileFromRequest(req), actor: actorOf(res) });

  router.get('/projects/:id/glossary', async (req, res) => {
    res.render('glossary/glossary', { ...(await listGlossary(deps, actorOf(res), id(req))), ...parse(glossaryPageQuery, req.query) });
  });

  router.post('/projects/:id/glossary', async (req, res) => {
    const term = await addGlossaryTerm(deps, actorOf(res), { projectId: id(req), term: parse(glossaryTermInput, req.body) });
    res.redirect(303, `/projects/${term.projectId}/glossary?done=added#term-${term.id}`);
  });

  router.post('/projects/:id/glossary/import', upload.single('file'), verifyCsrf, async (req, res) => {
    res.redirect(303, importReportUrl(await importFile(req, res)));
  });

  router.get('/projects/:id/glossary/export/csv', async (req, res) => {
    sendExport(res, await exportGlossary(deps, actorOf(res), { projectId: id(req), format: 'csv' }));
  });

  router.get('/projects/:id/glossary/export/tbx', async (req, res) => {
    sendExport(res, await exportGlossary(deps, actorOf(res), { projectId: id(req), format: 'tbx' }));
  });

  router.post('/glossary/:id', async (req, res) => {
    const term = await editGlossaryTerm(deps, actorOf(res), { termId: id(req), term: parse(glossaryTermInput, req.body) });
    res.redirect(303, `/projects/${term.projectId}/glossary?done=saved#term-${term.id}`);
  });

  router.post('/glossary/:id/delete', async (req, res) => {
    const term = await deleteGlossaryTerm(deps, actorOf(res), id(req));
    res.redirect(303, `/projects/${term.projectId}/glossary?done=deleted`);
  });

  router.use('/projects/:id/glossary', formFailed(deps, 'project'));
  router.use('/glossary/:id', formFailed(deps, 'term'));

  router.get('/api/projects/:id/glossary', async (req, res) => {
    res.json({ terms: (await listGlossary(deps, actorOf(res), id(req))).terms });
  });

  router.post('/api/projects/:id/glossary', async (req, res) => {
    res.status(201).json({ term: await addGlossaryTerm(deps, actorOf(res), { projectId: id(req), term: parse(glossaryTermInput, req.body) }) });
  });

  router.post('/api/projects/:id/glossary/import', upload.single('file'), verifyCsrf, async (req, res) => {
    const { terms, added, duplicates, skipped } = await importFile(req, res);
    res.json({ glossary: { terms, added, duplicates, skipped } });
  });

  router.put('/api/glossary/:id', async (req, res) => {
    res.json({ term: await editGlossaryTerm(deps, actorOf(res), { termId: id(req), term: parse(glossaryTermInput, req.body) }) });
  });

  router.delete('/api/glossary/:id', async (req, res) => {
    await deleteGlossaryTerm(deps, actorOf(res), id(req));
    res.status(204).end();
  });

  return router;
}

/** Back to the glossary with what the import did. */
function importReportUrl({ project, terms, added, duplicates, skipped }: GlossaryImport): string {
  return `/projects/${project.id}/glossary?imported=${[terms, added, duplicates, skipped].join('.')}#import`;
}

/**
 * A refused add, edit or import shows the glossary again with the reason beside its form
 * (`form`: 'add', 'import' or the term's id) and the term as typed. Unknown errors and 404s go on.
 */
function formFailed(deps: Deps, idIs: 'project' | 'term'): ErrorRequestHandler {
  return async (raw: unknown, req, res, next) => {
    const error = describeError(raw, res);
    // A 403 goes to the error page: the form it came from is not shown to someone without the right.
    if (req.method !== 'POST' || !error.known || error.status === 404 || error.status === 403) return next(raw);
    try {
      const { actor } = contextOf(res);
      const typed = glossaryTermInput.safeParse(req.body ?? {});
      const projectId = idIs === 'project' ? id(req) : await projectOfTerm(deps, actor, id(req));
      res.status(error.status).render('glossary/glossary', {
        ...(await listGlossary(deps, actor, projectId)),
        formError: { message: error.message, form: idIs === 'term' ? id(req) : req.path.endsWith('/import') ? 'import' : 'add' },
        typed: typed.success ? typed.data : {},
      });
    } catch (renderError) {
      next(renderError);
    }
  };
}
