import multer from 'multer';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRouters } from '../../src/web/create-app.js';
import { browserAgent, createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';

/** Every route behind sign-in, read from the routers themselves, with real ids filled in. */
interface Route { method: string; path: string }

let t: TestApp;
let routes: Route[];
let ids: { project: number; document: number; segment: number; user: number; entry: number; term: number };

beforeAll(async () => {
  t = await createTestApp();
  const seeded = await seedSampleDocument(t.deps);
  await t.addUser('outsider');
  // User routes point at someone else: people may manage their own password and tokens.
  const admin = (await t.deps.store.findUserByName('admin'))!;
  const { ids: [entry] } = await t.deps.store.addTmEntries(seeded.project.id, [{
    sourceLang: 'id', targetLang: 'en', source: 'Satu.', target: 'One.', origin: 'tmx', createdBy: null, createdAt: null, changedBy: null, changedAt: null, props: {},
  }]);
  await t.deps.store.addGlossaryEntries(seeded.project.id, [{ source: 'Menlu', target: 'Foreign Minister', note: null, forbidden: null }], 'system');
  const [term] = await t.deps.store.listGlossary(seeded.project.id);
  ids = { project: seeded.project.id, document: seeded.document.id, segment: seeded.segments[1]!.id, user: admin.id, entry: entry!.id, term: term!.id };
  routes = signedInRouters(t.deps, multer()).flatMap(({ prefix, router }) => router.stack.flatMap((layer) => {
    const route = layer.route as { path: string; methods: Record<string, boolean> } | undefined;
    if (!route) return [];
    return Object.keys(route.methods).map((method) => ({ method, path: `${prefix === '/' ? '' : prefix}${route.path}` }));
  }));
});

/** Fills `:id` with an id of the right kind, judged by the path. */
function concrete({ path }: Route): string {
  const kind = /segments\/:id/.test(path) ? ids.segment : /documents\/:id/.test(path) ? ids.document
    : /users\/:id/.test(path) ? ids.user : /^\/memory\/:id/.test(path) ? ids.entry
    : /^(\/api)?\/glossary\/:id/.test(path) ? ids.term : ids.project;
  return path.replace(':id', String(kind)).replace(':format', 'xliff21');
}

const call = (agent: request.Agent | ReturnType<typeof request>, route: Route) =>
  (agent as unknown as Record<string, (url: string) => request.Test>)[route.method]!(concrete(route));

describe('every route behind sign-in', () => {
  it('has been found in the routers (the matrix is not empty)', () => {
    expect(routes.length).toBeGreaterThan(30);
  });

  it('refuses anonymous requests: 401 for the API, the sign-in page for pages, 403 for writes without a token', async () => {
    for (const route of routes) {
      const response = await call(request(t.app), route);
      const expected = route.method !== 'get' ? [401, 403] : route.path.startsWith('/api/') ? [401] : [303];
      expect({ route, status: response.status }).toEqual({ route, status: expect.toSatisfy((s: number) => expected.includes(s)) });
    }
  });

  it('never lets a member of no project (not an admin) succeed on project data or user management', async () => {
    // Open to everyone signed in: the dashboard, the list of one's projects and one's own keyboard settings.
    const everyone = new Set(['/', '/api/projects', '/account/keyboard', '/account/keyboard/reset']);
    for (const route of routes.filter((r) => !everyone.has(r.path))) {
      const response = await call(t.as('outsider'), route).send({});
      expect({ route, status: response.status }).toEqual({ route, status: expect.toSatisfy((s: number) => [400, 403, 404].includes(s)) });
    }
  });

  it('refuses every state-changing request from a signed-in browser without the CSRF token', async () => {
    const { agent } = await browserAgent(t.app, 'admin');
    for (const route of routes.filter((r) => r.method !== 'get')) {
      for (const send of [(r: request.Test) => r.send({}), (r: request.Test) => r.type('form').send({ x: '1' }), (r: request.Test) => r.field('x', '1')]) {
        const response = await send(call(agent, route));
        expect({ route, status: response.status }).toEqual({ route, status: 403 });
      }
    }
  });

  it('writes nothing on any GET route', async () => {
    const fingerprint = async () => JSON.stringify([
      await t.deps.store.listSegments(ids.document), await t.deps.store.listRevisions(ids.segment),
      await t.deps.store.listProjects(), await t.deps.store.listUsers(), await t.deps.store.listMemberships(ids.project),
    ]);
    const before = await fingerprint();
    for (const route of routes.filter((r) => r.method === 'get')) await call(t.api, route);
    expect(await fingerprint()).toBe(before);
  });
});
