import { Router, type RequestHandler } from 'express';
import type multer from 'multer';
import type { Deps } from '../../usecases/deps.js';
import { getProject, listProjects, openDocument } from '../../usecases/browse.js';
import { addComment, setThreadResolved } from '../../usecases/comments.js';
import { confirmSegment } from '../../usecases/confirm-segment.js';
import { createProject } from '../../usecases/create-project.js';
import { exportDocument } from '../../usecases/export-document.js';
import { importOntoDocument } from '../../usecases/import-file.js';
import { importTmx } from '../../usecases/import-tmx.js';
import { acknowledgeFinding, documentQa, qaOfSegment, segmentQa } from '../../usecases/qa.js';
import { presentFindings } from '../presenters/qa.js';
import { countRepetitions, findMatches, leverageReport, propagateRepetitions, searchMemory } from '../../usecases/memory.js';
import { InvalidInputError } from '../../core/errors.js';
import { reimportArticle } from '../../usecases/reimport-article.js';
import { replaceInTargets } from '../../usecases/replace-in-targets.js';
import { revertSegment } from '../../usecases/revert-segment.js';
import { mergeWithNext } from '../../usecases/merge-segments.js';
import { saveTarget } from '../../usecases/save-target.js';
import { setSegmentSkipped } from '../../usecases/set-segment-skipped.js';
import { splitSegment } from '../../usecases/split-segment.js';
import { getSegmentHistory } from '../../usecases/segment-history.js';
import {
  acknowledgeInput, commentInput, confirmInput, exportQuery, memorySearchQuery, mergeInput, newProjectInput, parse, revertInput, saveTargetInput, skipInput, splitInput,
  threadInput,
} from '../inputs/schemas.js';
import { articleFromRequest, fileFromRequest } from '../inputs/article-upload.js';
import { replaceInput } from '../inputs/replace.js';
import { importIntoProjectFromRequest } from './imports.js';
import { verifyCsrf } from '../middleware/csrf.js';
import { exportLabels, presentSegment } from '../presenters/segments.js';
import { sendExport } from './downloads.js';
import { contextOf, idOf as id } from './handle.js';

/** `PUT /api/segments/:id/target` as the editor sends it, answered ahead of the app's layers. */
export const AUTOSAVE_URL = /^\/api\/segments\/(?<id>[1-9][0-9]{0,14})\/target$/;

/** A target saved (autosave, confirm or review), answered with the segment and its new revision. */
export function saveTargetRoute(deps: Deps): RequestHandler {
  return async (req, res) => {
    const input = parse(saveTargetInput, req.body);
    const { segment, revision } = await saveTarget(deps, { ...input, segmentId: id(req), actor: contextOf(res).actor });
    // A draft (an autosave while the person types) is answered without findings: the editor asks for
    // them once the text settles (`GET /segments/:id/qa`), not at every pause. A confirmation carries them.
    if (input.action === 'edit') return void res.json({ segment: presentSegment(segment), revision });
    res.json({ segment: presentSegment(segment), revision, qa: presentFindings(contextOf(res).t, await segmentQa(deps, segment)) });
  };
}

/** The JSON API for scripts and the editor's client script: same use cases as the pages. */
export function apiRouter(deps: Deps, upload: multer.Multer): Router {
  const router = Router();

  // First: the editor's autosaves are most of the API's requests (the app answers them ahead of
  // its layers, with this same handler: AUTOSAVE_URL).
  router.put('/segments/:id/target', saveTargetRoute(deps));

  router.get('/projects', async (_req, res) => {
    res.json({ projects: await listProjects(deps, contextOf(res).actor) });
  });

  router.post('/projects', async (req, res) => {
    res.status(201).json({ project: await createProject(deps, contextOf(res).actor, parse(newProjectInput, req.body)) });
  });

  router.get('/projects/:id/documents', async (req, res) => {
    res.json(await getProject(deps, contextOf(res).actor, id(req)));
  });

  router.post('/projects/:id/documents', upload.single('file'), verifyCsrf, async (req, res) => {
    const result = await importIntoProjectFromRequest(deps, id(req), req, contextOf(res).actor, 'documents');
    if (result.kind === 'tm') throw new InvalidInputError('import.tmxToMemory');
    res.status(201).json({ document: result.document, summary: result.summary });
  });

  router.post('/projects/:id/tm', upload.single('file'), verifyCsrf, async (req, res) => {
    const { units, added, duplicates, skipped } = await importTmx(deps, { projectId: id(req), ...fileFromRequest(req), actor: contextOf(res).actor });
    res.json({ tm: { units, added, duplicates, skipped } });
  });

  router.post('/documents/:id/translations', upload.single('file'), verifyCsrf, async (req, res) => {
    const { actor, stateNames } = contextOf(res);
    const report = await importOntoDocument(deps, { documentId: id(req), ...fileFromRequest(req), stateNames, actor });
    res.json({ document: report.document, format: report.format, summary: report.summary });
  });

  router.post('/documents/:id/reimport', upload.single('file'), verifyCsrf, async (req, res) => {
    const report = await reimportArticle(deps, { documentId: id(req), ...articleFromRequest(req), actor: contextOf(res).actor });
    res.json({ document: report.document, summary: report.summary, changed: report.changed, removed: report.removed });
  });

  router.get('/documents/:id', async (req, res) => {
    const { project, document, segments, words, feedId } = await openDocument(deps, contextOf(res).actor, id(req));
    res.json({ project, document, words, feedId, segments: segments.map(presentSegment) });
  });

  router.get('/documents/:id/export', async (req, res) => {
    const { format } = parse(exportQuery, req.query);
    const { t, locale } = contextOf(res);
    sendExport(res, await exportDocument(deps, { documentId: id(req), format, labels: exportLabels(t, locale), actor: contextOf(res).actor }));
  });

  router.post('/documents/:id/replace', async (req, res) => {
    const outcome = await replaceInTargets(deps, { ...parse(replaceInput, req.body), documentId: id(req), actor: contextOf(res).actor });
    res.json(outcome.preview ? { replacements: outcome.replacements }
      : { replaced: outcome.replaced.map(({ number, segment }) => ({ number, segment: presentSegment(segment) })), skipped: outcome.skipped });
  });

  router.post('/segments/:id/confirm', async (req, res) => {
    const input = parse(confirmInput, req.body);
    const { segment, revision } = await confirmSegment(deps, { ...input, segmentId: id(req), actor: contextOf(res).actor });
    res.json({ segment: presentSegment(segment), revision, qa: presentFindings(contextOf(res).t, await segmentQa(deps, segment)) });
  });

  router.get('/segments/:id/matches', async (req, res) => {
    res.json({ matches: await findMatches(deps, contextOf(res).actor, id(req)) });
  });

  router.get('/segments/:id/qa', async (req, res) => {
    const { version, findings } = await qaOfSegment(deps, contextOf(res).actor, id(req));
    res.json({ version, qa: presentFindings(contextOf(res).t, findings) });
  });

  router.post('/segments/:id/qa/acknowledge', async (req, res) => {
    const input = parse(acknowledgeInput, req.body);
    res.json({ qa: presentFindings(contextOf(res).t, await acknowledgeFinding(deps, contextOf(res).actor, { ...input, segmentId: id(req) })) });
  });

  router.get('/documents/:id/qa', async (req, res) => {
    const { t, actor } = contextOf(res);
    const report = await documentQa(deps, actor, id(req));
    res.json({ findings: [...report.findings].map(([segmentId, findings]) => ({ segmentId, findings: presentFindings(t, findings) })) });
  });

  router.get('/segments/:id/repetitions', async (req, res) => {
    res.json({ count: await countRepetitions(deps, contextOf(res).actor, id(req)) });
  });

  router.post('/segments/:id/propagate', async (req, res) => {
    const segments = await propagateRepetitions(deps, contextOf(res).actor, id(req));
    res.json({ segments: segments.map(presentSegment) });
  });

  router.get('/projects/:id/tm', async (req, res) => {
    const { q } = parse(memorySearchQuery, req.query);
    const { entries, total } = await searchMemory(deps, contextOf(res).actor, { projectId: id(req), query: q });
    res.json({ total, entries });
  });

  router.get('/documents/:id/leverage', async (req, res) => {
    res.json((await leverageReport(deps, contextOf(res).actor, id(req))).report);
  });

  router.get('/segments/:id/history', async (req, res) => {
    const { segment, entries } = await getSegmentHistory(deps, contextOf(res).actor, id(req));
    res.json({ segment: presentSegment(segment), revisions: entries });
  });

  router.post('/segments/:id/revert', async (req, res) => {
    const input = parse(revertInput, req.body);
    const { segment, revision } = await revertSegment(deps, { ...input, segmentId: id(req), actor: contextOf(res).actor });
    res.json({ segment: presentSegment(segment), revision });
  });

  router.post('/segments/:id/merge-next', async (req, res) => {
    const input = parse(mergeInput, req.body);
    const segment = await mergeWithNext(deps, { ...input, segmentId: id(req), actor: contextOf(res).actor });
    res.json({ segment: presentSegment(segment) });
  });

  router.post('/segments/:id/split', async (req, res) => {
    const input = parse(splitInput, req.body);
    const segments = await splitSegment(deps, { ...input, segmentId: id(req), actor: contextOf(res).actor });
    res.json({ segments: segments.map(presentSegment) });
  });

  router.post('/segments/:id/comments', async (req, res) => {
    const { body } = parse(commentInput, req.body);
    res.status(201).json({ comment: await addComment(deps, { segmentId: id(req), body, actor: contextOf(res).actor }) });
  });

  router.post('/segments/:id/thread', async (req, res) => {
    const { resolved } = parse(threadInput, req.body);
    res.json(await setThreadResolved(deps, { segmentId: id(req), resolved, actor: contextOf(res).actor }));
  });

  router.post('/segments/:id/skip', async (req, res) => {
    const input = parse(skipInput, req.body);
    const segment = await setSegmentSkipped(deps, { ...input, segmentId: id(req), actor: contextOf(res).actor });
    res.json({ segment: presentSegment(segment) });
  });

  return router;
}
