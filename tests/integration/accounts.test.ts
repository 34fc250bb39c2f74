import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAgent, createTestApp, csrfCookieOf, seedSampleDocument, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

let t: TestApp;

const csrfOf = (html: string) => /name="_csrf" value="([a-f0-9]{64})"/.exec(html)?.[1] ?? '';
const sessionCookie = (res: request.Response) =>
  [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('jembatan_session='))?.split(';')[0];

describe('first start', () => {
  it('sends everyone to the setup page until the first administrator exists, then never again', async () => {
    t = await createTestApp({}, { admin: false });
    await request(t.app).get('/').expect(303).expect('Location', '/setup');
    const agent = request.agent(t.app);
    const form = await agent.get('/setup').expect(200);
    await agent.post('/setup').type('form').send({ _csrf: csrfOf(form.text), username: 'redaktur', password: 'password' }).expect(400);
    await agent.post('/setup').type('form').send({ _csrf: csrfOf(form.text), username: 'redaktur', password: 'kopi-susu-panas' }).expect(303).expect('Location', '/');
    await agent.get('/').expect(200);
    await request(t.app).get('/setup').expect(303).expect('Location', '/login');
    expect((await t.deps.store.findUserByName('redaktur'))?.isAdmin).toBe(true);
  });

  it('creates one administrator when several setup forms are sent at once', async () => {
    t = await createTestApp({}, { admin: false });
    const agent = request.agent(t.app);
    const token = csrfOf((await agent.get('/setup')).text);
    await Promise.all(['satu', 'dua', 'tiga'].map((username) =>
      agent.post('/setup').type('form').send({ _csrf: token, username, password: 'kopi-susu-panas' })));
    expect(await t.deps.store.countUsers()).toBe(1);
  });
});

describe('signing in', () => {
  beforeEach(async () => {
    t = await createTestApp();
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const agent = request.agent(t.app);
    const token = csrfOf((await agent.get('/login')).text);
    const unknown = await agent.post('/login').type('form').send({ _csrf: token, username: 'nobody', password: 'whatever-123' }).expect(400);
    const wrong = await agent.post('/login').type('form').send({ _csrf: token, username: 'admin', password: 'whatever-123' }).expect(400);
    expect(unknown.text).toContain('Unknown username or wrong password.');
    expect(wrong.text).toContain('Unknown username or wrong password.');
  });

  it('issues a new session id at every sign-in, and a signed-out cookie is dead', async () => {
    const agent = request.agent(t.app);
    const token = csrfOf((await agent.get('/login')).text);
    const firstSignIn = await agent.post('/login').type('form').send({ _csrf: token, username: 'admin', password: TEST_PASSWORD }).expect(303);
    const secondSignIn = await agent.post('/login').type('form').send({ _csrf: csrfCookieOf(firstSignIn), username: 'admin', password: TEST_PASSWORD }).expect(303);
    const [first, second] = [sessionCookie(firstSignIn), sessionCookie(secondSignIn)];
    expect(first).toBeDefined();
    expect(second).not.toBe(first);
    await agent.post('/logout').type('form').send({ _csrf: csrfCookieOf(secondSignIn) }).expect(303);
    await request(t.app).get('/').set('Cookie', second!).expect(303).expect('Location', '/login?next=%2F');
  });

  it('slows down repeated failures from one address, even sent all at once', async () => {
    const agent = request.agent(t.app);
    const token = csrfOf((await agent.get('/login')).text);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await agent.post('/login').type('form').send({ _csrf: token, username: 'admin', password: 'wrong-password-1' }).expect(400);
    }
    const blocked = await agent.post('/login').type('form').send({ _csrf: token, username: 'admin', password: TEST_PASSWORD }).expect(400);
    expect(blocked.text).toContain('Too many failed attempts');
    await t.addUser('budi');
    const parallel = await Promise.all(Array.from({ length: 12 }, () =>
      agent.post('/login').type('form').send({ _csrf: token, username: 'budi', password: 'wrong-password-2' })));
    expect(parallel.filter((response) => response.text.includes('Too many failed attempts')).length).toBeGreaterThanOrEqual(7);
  });

  it('revokes API tokens when a user is disabled or their password is reset', async () => {
    await t.addUser('ayu');
    const ayu = (await t.deps.store.findUserByName('ayu'))!;
    await t.as('ayu').get('/api/projects').expect(200);
    await t.api.post(`/admin/users/${ayu.id}/disable`).expect(303);
    await t.api.post(`/admin/users/${ayu.id}/enable`).expect(303);
    await t.as('ayu').get('/api/projects').expect(401);
  });

  it('lets only admins use the user pages, before anything is written', async () => {
    const ayu = await t.addUser('ayu');
    await t.as('ayu').post(`/admin/users/${ayu.id}/token`).expect(403);
    await t.as('ayu').post(`/admin/users/${ayu.id}/password`).send({ password: 'kopi-susu-dingin' }).expect(403);
  });

  it('ends the sessions of a disabled user at once', async () => {
    await t.addUser('ayu');
    const { agent } = await browserAgent(t.app, 'ayu');
    await agent.get('/').expect(200);
    const ayu = await t.deps.store.findUserByName('ayu');
    await t.api.post(`/admin/users/${ayu!.id}/disable`).expect(303);
    await agent.get('/').expect(303);
    await t.as('ayu').get('/api/projects').expect(401);
  });
});

describe('who may see and do what', () => {
  let seeded: Awaited<ReturnType<typeof seedSampleDocument>>;

  beforeEach(async () => {
    t = await createTestApp();
    seeded = await seedSampleDocument(t.deps);
    await t.addUser('penerjemah', { projectId: seeded.project.id, role: 'translator' });
    await t.addUser('orang-lain');
  });

  it('answers 401 to the API without a token and sends pages to the sign-in page', async () => {
    await request(t.app).get('/api/projects').expect(401);
    await request(t.app).get(`/documents/${seeded.document.id}`).expect(303);
  });

  it('shows a user of another project 404, not a peek', async () => {
    const other = t.as('orang-lain');
    expect((await other.get('/api/projects').expect(200)).body.projects).toEqual([]);
    await other.get(`/api/projects/${seeded.project.id}/documents`).expect(404);
    await other.get(`/api/documents/${seeded.document.id}`).expect(404);
    await other.get(`/segments/${seeded.segments[0]!.id}/history`).expect(404);
    await other.put(`/api/segments/${seeded.segments[0]!.id}/target`).send({ target: 'x', baseVersion: 0 }).expect(404);
  });

  it('lets a translator translate but not import, create projects or manage users', async () => {
    const translator = t.as('penerjemah');
    await translator.put(`/api/segments/${seeded.segments[0]!.id}/target`).send({ target: 'Title', baseVersion: 0 }).expect(200);
    await translator.post(`/api/projects/${seeded.project.id}/documents`).send({ text: 'Satu.' }).expect(403);
    await translator.post('/api/projects').send({ name: 'Baru' }).expect(403);
    await translator.get('/admin/users').expect(403);
  });

  it('lets a manager add a member with a role, who then sees the project', async () => {
    await t.addUser('manajer', { projectId: seeded.project.id, role: 'manager' });
    const { agent, token } = await browserAgent(t.app, 'manajer');
    await agent.post(`/projects/${seeded.project.id}/members`).type('form').send({ _csrf: token, username: 'orang-lain', role: 'reviewer' }).expect(303);
    expect((await t.as('orang-lain').get('/api/projects').expect(200)).body.projects).toHaveLength(1);
  });
});
