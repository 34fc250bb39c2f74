import { Router } from 'express';
import type { Deps } from '../../usecases/deps.js';
import { deleteMemoryEntry, editMemoryEntry, exportMemory, leverageReport, searchMemory } from '../../usecases/memory.js';
import { memoryEntryInput, memorySearchQuery, parse } from '../inputs/schemas.js';
import { contextOf, idOf as id } from './handle.js';

/** The translation-memory page (search, edit, delete, TMX in and out) and the leverage report. */
export function memoryRouter(deps: Deps): Router {
  const router = Router();

  router.get('/projects/:id/memory', async (req, res) => {
    const { actor } = contextOf(res);
    const { q } = parse(memorySearchQuery, req.query);
    res.render('memory/memory', { ...(await searchMemory(deps, actor, { projectId: id(req), query: q, limit: 100 })), query: q });
  });

  router.get('/projects/:id/memory/export', async (req, res) => {
    const file = await exportMemory(deps, contextOf(res).actor, id(req));
    res.attachment(file.fileName);
    res.type('application/x-tmx+xml');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(file.body);
  });

  router.post('/memory/:id', async (req, res) => {
    const entry = await editMemoryEntry(deps, contextOf(res).actor, { entryId: id(req), target: parse(memoryEntryInput, req.body).target });
    res.redirect(303, `/projects/${entry.projectId}/memory?q=${encodeURIComponent(parse(memorySearchQuery, req.query).q)}#entry-${entry.id}`);
  });

  router.post('/memory/:id/delete', async (req, res) => {
    const entry = await deleteMemoryEntry(deps, contextOf(res).actor, id(req));
    res.redirect(303, `/projects/${entry.projectId}/memory?q=${encodeURIComponent(parse(memorySearchQuery, req.query).q)}`);
  });

  router.get('/documents/:id/leverage', async (req, res) => {
    res.render('memory/leverage', await leverageReport(deps, contextOf(res).actor, id(req)));
  });

  return router;
}
