import multer from 'multer';
import { describe, expect, it } from 'vitest';
import type { ProjectRole } from '../../src/core/types.js';
import { systemActor } from '../../src/usecases/access.js';
import { saveTarget } from '../../src/usecases/save-target.js';
import { signedInRouters } from '../../src/web/create-app.js';
import { createTestApp, SAMPLE_ARTICLE, seedSampleDocument } from '../support/test-app.js';

type Need = 'any' | 'read' | 'translate' | 'review' | 'manage' | 'admin';
type Persona = ProjectRole | 'admin' | 'outsider';

/**
 * What each route needs, with a body that passes validation (so that a refusal
 * cannot hide behind a 400). A route missing here fails the first test.
 */
const ROUTES: Record<string, { need: Need; body?: Record<string, unknown>; query?: string }> = {
  'GET /': { need: 'any' },
  'GET /api/projects': { need: 'any' },
  'POST /projects': { need: 'admin', body: { name: 'Desk Baru' } },
  'POST /api/projects': { need: 'admin', body: { name: 'Desk Lain' } },
  'GET /projects/:id': { need: 'read' },
  'GET /api/projects/:id/documents': { need: 'read' },
  'POST /projects/:id/segmentation': { need: 'manage', body: { exceptions: 'Kompol.' } },
  'POST /projects/:id/lqa': { need: 'manage', body: { threshold: '12' } },
  'POST /projects/:id/memory-settings': { need: 'manage', body: { tmThreshold: '80', shareTm: 'on' } },
  'POST /projects/:id/members': { need: 'manage', body: { username: 'victim', role: 'translator' } },
  'POST /projects/:id/documents': { need: 'manage', body: { text: 'Satu kalimat baru.' } },
  'POST /api/projects/:id/documents': { need: 'manage', body: { text: 'Satu kalimat baru.' } },
  'GET /documents/:id': { need: 'read' },
  'GET /api/documents/:id': { need: 'read' },
  'GET /documents/:id/export/:format': { need: 'read' },
  'GET /api/documents/:id/export': { need: 'read', query: '?format=xliff21' },
  'POST /api/documents/:id/replace': { need: 'translate', body: { find: 'Lavrov', replace: 'Lavrov', preview: true } },
  'GET /documents/:id/changes': { need: 'read' },
  'GET /documents/:id/review': { need: 'review' },
  'POST /documents/:id/review/approve-all': { need: 'review', body: { items: '' } },
  'GET /documents/:id/update': { need: 'read' },
  'GET /documents/:id/files': { need: 'read' },
  'GET /documents/:id/stats': { need: 'read' },
  'POST /documents/:id/due': { need: 'manage', body: { dueOn: '2026-02-01' } },
  'PUT /api/documents/:id/due': { need: 'manage', body: { dueOn: '2026-02-01' } },
  'POST /documents/:id/translations': { need: 'translate' },
  'POST /api/documents/:id/translations': { need: 'translate' },
  'POST /projects/:id/tm': { need: 'manage' },
  'GET /api/segments/:id/matches': { need: 'read' },
  'GET /api/segments/:id/repetitions': { need: 'read' },
  'POST /api/segments/:id/propagate': { need: 'translate' },
  'GET /api/projects/:id/tm': { need: 'read', query: '?q=Lavrov' },
  'GET /api/documents/:id/leverage': { need: 'read' },
  'GET /api/documents/:id/events': { need: 'read' },
  'POST /api/documents/:id/presence': { need: 'read', body: { segmentId: null, typing: false } },
  'GET /projects/:id/memory': { need: 'read' },
  'GET /projects/:id/memory/export': { need: 'read' },
  'POST /memory/:id': { need: 'manage', body: { target: 'Edited.' } },
  'POST /memory/:id/delete': { need: 'manage' },
  'GET /projects/:id/glossary': { need: 'read' },
  'POST /projects/:id/glossary': { need: 'manage', body: { source: 'Wamenlu', target: 'Deputy Foreign Minister' } },
  'POST /projects/:id/glossary/import': { need: 'manage' },
  'GET /projects/:id/glossary/export/csv': { need: 'read' },
  'GET /projects/:id/glossary/export/tbx': { need: 'read' },
  'POST /glossary/:id': { need: 'manage', body: { source: 'Menlu', target: 'Foreign Minister', note: 'Edited.' } },
  'POST /glossary/:id/delete': { need: 'manage' },
  'GET /api/projects/:id/glossary': { need: 'read' },
  'POST /api/projects/:id/glossary': { need: 'manage', body: { source: 'Jubir', target: 'spokesperson' } },
  'POST /api/projects/:id/glossary/import': { need: 'manage' },
  'PUT /api/glossary/:id': { need: 'manage', body: { source: 'RRT', target: 'PRC', note: 'Edited.' } },
  'DELETE /api/glossary/:id': { need: 'manage' },
  'GET /documents/:id/leverage': { need: 'read' },
  'GET /api/segments/:id/qa': { need: 'read' },
  'POST /api/segments/:id/qa/acknowledge': { need: 'review', body: { version: 1, key: 'spaces.doubled|' } },
  'GET /api/documents/:id/qa': { need: 'read' },
  'POST /segments/:id/qa/acknowledge': { need: 'review', body: { version: '1', key: 'spaces.doubled|' } },
  'GET /documents/:id/qa': { need: 'read' },
  'GET /documents/:id/qa.csv': { need: 'read' },
  'POST /api/projects/:id/tm': { need: 'manage' },
  'POST /documents/:id/update': { need: 'manage', body: { text: SAMPLE_ARTICLE } },
  'POST /api/documents/:id/reimport': { need: 'manage', body: { text: SAMPLE_ARTICLE } },
  'PUT /api/segments/:id/target': { need: 'translate', body: { target: 'Text', baseVersion: 1 } },
  'POST /api/segments/:id/confirm': { need: 'translate', body: { target: 'Text', baseVersion: 1 } },
  'GET /segments/:id/history': { need: 'read' },
  'GET /api/segments/:id/history': { need: 'read' },
  'POST /segments/:id/revert': { need: 'translate', body: { revisionId: 'REVISION', baseVersion: '1' } },
  'POST /api/segments/:id/revert': { need: 'translate', body: { revisionId: 'REVISION', baseVersion: 1 } },
  'POST /api/segments/:id/merge-next': { need: 'translate', body: { baseVersion: 0, nextBaseVersion: 0 } },
  'POST /api/segments/:id/split': { need: 'translate', body: { baseVersion: 0, at: 5 } },
  'POST /api/segments/:id/skip': { need: 'translate', body: { baseVersion: 0, skipped: true } },
  // Before the comment routes: on a thread someone else started, resolving needs a reviewer (its own starter may too).
  'POST /segments/:id/thread': { need: 'review', body: { resolved: '1' } },
  'POST /api/segments/:id/thread': { need: 'review', body: { resolved: true } },
  'POST /segments/:id/comments': { need: 'translate', body: { body: 'Catatan.' } },
  'POST /api/segments/:id/comments': { need: 'translate', body: { body: 'Catatan.' } },
  'POST /segments/:id/review': { need: 'review', body: { baseVersion: '0', decision: 'approve' } },
  'POST /api/segments/:id/review': { need: 'review', body: { baseVersion: 0, decision: 'approve' } },
  'GET /admin/users': { need: 'admin' },
  'POST /admin/users': { need: 'admin', body: { username: 'baru', password: 'kopi-susu-panas' } },
  'POST /admin/users/:id/disable': { need: 'admin' },
  'POST /admin/users/:id/enable': { need: 'admin' },
  'POST /admin/users/:id/password': { need: 'admin', body: { password: 'kopi-susu-dingin' } },
  'POST /admin/users/:id/token': { need: 'admin' },
  'POST /admin/users/:id/revoke-tokens': { need: 'admin' },
  'GET /account/keyboard': { need: 'any' },
  'POST /account/keyboard': { need: 'any', body: { split: 'Alt+Shift+S' } },
  'POST /account/keyboard/reset': { need: 'any' },
};

const GRANTS: Record<Persona, readonly Need[]> = {
  outsider: ['any'],
  translator: ['any', 'read', 'translate'],
  reviewer: ['any', 'read', 'translate', 'review'],
  manager: ['any', 'read', 'translate', 'review', 'manage'],
  admin: ['any', 'read', 'translate', 'review', 'manage', 'admin'],
};

async function routesOfApp() {
  const t = await createTestApp();
  return signedInRouters(t.deps, multer()).flatMap(({ prefix, router }) => router.stack.flatMap((layer) => {
    const route = layer.route as { path: string; methods: Record<string, boolean> } | undefined;
    return route ? Object.keys(route.methods).map((method) => `${method.toUpperCase()} ${prefix === '/' ? '' : prefix}${route.path}`) : [];
  }));
}

describe('role × route matrix', () => {
  it('knows what every route of the routers needs', async () => {
    expect((await routesOfApp()).filter((key) => !(key in ROUTES))).toEqual([]);
  });

  it.each<Persona>(['outsider', 'translator', 'reviewer', 'manager', 'admin'])('gives a %s exactly what the role allows', async (persona) => {
    const t = await createTestApp();
    const seeded = await seedSampleDocument(t.deps);
    const victim = await t.addUser('victim');
    if (persona === 'admin') await t.addUser('actor', { admin: true });
    else if (persona === 'outsider') await t.addUser('actor');
    else await t.addUser('actor', { projectId: seeded.project.id, role: persona });
    const segment = seeded.segments[1]!;
    const { revision } = await saveTarget(t.deps, { segmentId: segment.id, baseVersion: 0, target: 'First', action: 'edit', origin: 'typed', actor: systemActor() });
    const { ids: [entry] } = await t.deps.store.addTmEntries(seeded.project.id, [{
      sourceLang: 'id', targetLang: 'en', source: 'Satu.', target: 'One.', origin: 'tmx', createdBy: null, createdAt: null, changedBy: null, changedAt: null, props: {},
    }]);
    // Two terms: the page's routes edit and delete one, the API's the other.
    await t.deps.store.addGlossaryEntries(seeded.project.id, [
      { source: 'Menlu', target: 'Foreign Minister', note: null, forbidden: null }, { source: 'RRT', target: 'PRC', note: null, forbidden: null },
    ], 'system');
    const [pageTerm, apiTerm] = await t.deps.store.listGlossary(seeded.project.id);
    const outcomes: string[] = [];
    for (const [key, { need, body, query }] of Object.entries(ROUTES)) {
      const [method, path] = key.split(' ') as [string, string];
      const id = /segments\/:id/.test(path) ? segment.id : /documents\/:id/.test(path) ? seeded.document.id : /memory\/:id/.test(path) && !path.startsWith('/projects') ? entry!.id
        : /^\/glossary\/:id/.test(path) ? pageTerm!.id : /^\/api\/glossary\/:id/.test(path) ? apiTerm!.id
        : /users\/:id/.test(path) ? victim.id : seeded.project.id;
      const url = path.replace(':id', String(id)).replace(':format', 'xliff21') + (query ?? '');
      const filled = body && Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v === 'REVISION' ? (k === 'revisionId' && typeof body.baseVersion === 'string' ? String(revision!.id) : revision!.id) : v]));
      const agent = t.as('actor');
      const request = (agent as unknown as Record<string, (u: string) => { send: (b: object) => Promise<{ status: number }> }>)[method.toLowerCase()]!(url);
      const { status } = await request.send(filled ?? {});
      const allowed = GRANTS[persona].includes(need);
      const ok = allowed ? ![401, 403, 404].includes(status) : [403, 404].includes(status);
      if (!ok) outcomes.push(`${key}: ${status} (${allowed ? 'should be allowed' : 'should be refused'})`);
    }
    expect(outcomes).toEqual([]);
  });
});
