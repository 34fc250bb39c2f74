import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { memoryLog } from '../support/log-sink.js';
import { browserAgent, createTestApp, csrfCookieOf, seedSampleDocument, TEST_PASSWORD } from '../support/test-app.js';

const SECRET = 'f00d'.repeat(10);
const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: SECRET };
/** supertest speaks plain HTTP, and its cookie jar (rightly) keeps Secure cookies to HTTPS. */
const PRODUCTION_OVER_HTTP = { ...PRODUCTION, SECURE_COOKIES: '0' };
const INTERNAL = 'SQLITE_CORRUPT in /srv/jembatan/data/jembatan.db';
const csrfOf = (html: string) => /name="_csrf" value="([a-f0-9]{64})"/.exec(html)?.[1] ?? '';
const STACK_LINE = /\n\s+at [^\n]+:\d+:\d+/;

describe('starting in production', () => {
  it.each([
    ['without SESSION_SECRET', {}, 'SESSION_SECRET: required when NODE_ENV=production'],
    ['with a short SESSION_SECRET', { SESSION_SECRET: 'too-short' }, 'SESSION_SECRET: must be at least 32 characters'],
  ])('stops %s with a message naming the variable, and no stack', (_name, env, message) => {
    // The built server, as `npm start` runs it (`npm test` builds first).
    const started = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/src/main.js')], {
      env: { PATH: process.env.PATH, ...env, NODE_ENV: 'production', DB_PATH: ':memory:', PORT: '0' }, encoding: 'utf8', timeout: 20_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain(message);
    expect(started.stderr).not.toMatch(STACK_LINE);
  });
});

describe.each([
  { mode: 'production', env: PRODUCTION },
  { mode: 'development', env: {} },
])('unexpected errors in $mode', ({ env }) => {
  it('show a generic page with neither the message nor a stack, and log both with the request id', async () => {
    const log = memoryLog();
    const t = await createTestApp(env, { logger: log.logger });
    vi.spyOn(t.deps.store, 'listProjects').mockRejectedValue(new Error(INTERNAL));
    const page = await t.api.get('/').set('Accept', 'text/html').expect(500);
    expect(page.text).toContain('Something went wrong on the server');
    expect(page.text).not.toContain('SQLITE_CORRUPT');
    expect(page.text).not.toMatch(STACK_LINE);
    const logged = log.entries.find((entry) => entry.event === 'error');
    expect(logged).toMatchObject({ level: 'error', reqId: page.headers['x-request-id'], method: 'GET', path: '/', user: 'admin', err: { message: INTERNAL } });
    expect((logged?.err as { stack?: string }).stack).toMatch(STACK_LINE);
  });

  it('answer the API with a code and a translated message only', async () => {
    const t = await createTestApp(env);
    vi.spyOn(t.deps.store, 'listProjects').mockRejectedValue(new Error(INTERNAL));
    const response = await t.api.get('/api/projects').expect(500);
    expect(response.body).toEqual({ error: { code: 'internal', message: expect.stringContaining('Something went wrong') as unknown } });
  });

  it('answer JSON, not a broken page, where no page can be drawn (the health check)', async () => {
    const t = await createTestApp(env);
    vi.spyOn(t.deps.store, 'health').mockRejectedValue(new Error(INTERNAL));
    const response = await request(t.app).get('/healthz').expect(500);
    expect(response.body).toEqual({ error: { code: 'internal', message: 'internal' } });
    expect(response.text).not.toContain('SQLITE_CORRUPT');
  });
});

describe('request ids', () => {
  it('keeps a well-formed id from the proxy and makes a new one for anything else', async () => {
    const t = await createTestApp();
    const kept = await request(t.app).get('/login').set('X-Request-Id', 'edge-7f3a9c21.42').expect(200);
    expect(kept.headers['x-request-id']).toBe('edge-7f3a9c21.42');
    for (const hostile of ['short', 'two words here', '"quoted"-id-1234', 'x'.repeat(65), '{"level":"fatal"}']) {
      const replaced = await request(t.app).get('/login').set('X-Request-Id', hostile).expect(200);
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});

describe('the JSON log', () => {
  it('writes one line per request with method, path without query, status, time, request id and user', async () => {
    const log = memoryLog();
    const t = await createTestApp({ LOG_REQUESTS: '1' }, { logger: log.logger });
    const response = await t.api.get('/api/projects?q=rahasia').expect(200);
    const line = log.entries.find((entry) => entry.event === 'request');
    expect(line).toMatchObject({ level: 'info', method: 'GET', path: '/api/projects', status: 200, user: 'admin', reqId: response.headers['x-request-id'] });
    expect(typeof line?.ms).toBe('number');
    expect(typeof line?.time).toBe('string');
    expect(log.text()).not.toContain('rahasia');
  });

  it('writes no request lines unless LOG_REQUESTS is on', async () => {
    const log = memoryLog();
    const t = await createTestApp({}, { logger: log.logger });
    await t.api.get('/api/projects').expect(200);
    expect(log.entries.filter((entry) => entry.event === 'request')).toEqual([]);
  });

  it('records sign-in, refusal and sign-out by username, never with a password, session id or token', async () => {
    const log = memoryLog();
    const t = await createTestApp(PRODUCTION_OVER_HTTP, { logger: log.logger });
    const stranger = request.agent(t.app);
    const token = csrfOf((await stranger.get('/login')).text);
    await stranger.post('/login').type('form').send({ _csrf: token, username: 'admin', password: 'tebakan-salah-99' }).expect(400);
    const { agent, token: signedInToken } = await browserAgent(t.app);
    await agent.post('/logout').type('form').send({ _csrf: signedInToken }).expect(303);
    await request(t.app).get('/api/projects').set('Authorization', 'Bearer not-a-real-token-0123456789abcdef').expect(401);

    const events = log.entries.filter((entry) => String(entry.event).startsWith('auth.'));
    expect(events).toMatchObject([
      { event: 'auth.signInFailed', level: 'warn', user: 'admin', reason: 'signIn.failed' },
      { event: 'auth.signIn', level: 'info', user: 'admin' },
      { event: 'auth.signOut', level: 'info', user: 'admin' },
      { event: 'auth.tokenRefused', level: 'warn', reason: 'unknown', path: '/api/projects' },
    ]);
    for (const secret of ['tebakan-salah-99', TEST_PASSWORD, 'not-a-real-token', signedInToken, token, SECRET]) expect(log.text()).not.toContain(secret);
  });

  it('records a refused action with who tried what, and shows the reason on a page even where the form is hidden', async () => {
    const log = memoryLog();
    const t = await createTestApp({}, { logger: log.logger });
    const { project } = await seedSampleDocument(t.deps);
    await t.addUser('ayu', { projectId: project.id, role: 'translator' });
    await t.as('ayu').post('/api/projects').send({ name: 'Baru' }).expect(403);
    const page = await t.as('ayu').post(`/projects/${project.id}/documents`).set('Accept', 'text/html').attach('file', Buffer.from('Presiden tiba.'), 'berita.txt').expect(403);
    expect(page.text).toMatch(/role="alert"[^>]*>\s*[^<\s]/);
    const glossary = await t.as('ayu').post(`/projects/${project.id}/glossary`).set('Accept', 'text/html').type('form').send({ source: 'Menlu', target: 'FM' }).expect(403);
    expect(glossary.text).toMatch(/role="alert"[^>]*>\s*[^<\s]/);
    expect(log.entries.filter((entry) => entry.event === 'auth.denied')).toMatchObject([
      { level: 'warn', user: 'ayu', method: 'POST', path: '/api/projects', code: expect.stringMatching(/./) as unknown },
      { level: 'warn', user: 'ayu', method: 'POST', path: `/projects/${project.id}/documents`, code: expect.stringMatching(/./) as unknown },
      { level: 'warn', user: 'ayu', method: 'POST', path: `/projects/${project.id}/glossary`, code: expect.stringMatching(/./) as unknown },
    ]);
  });
});

describe('CSRF tokens signed with the session secret', () => {
  it('refuse a token planted in the cookie jar, however well-formed', async () => {
    const t = await createTestApp(PRODUCTION_OVER_HTTP);
    const planted = '0123456789abcdef'.repeat(4);
    await request(t.app).post('/preferences').set('Cookie', `jembatan_csrf=${planted}`).type('form').send({ _csrf: planted, lang: 'id', back: '/' }).expect(403);
    const agent = request.agent(t.app);
    const issued = csrfOf((await agent.get('/login')).text);
    await agent.post('/preferences').type('form').send({ _csrf: issued, lang: 'id', back: '/' }).expect(303);
  });

  it('are bound to the session: signing in gives a new one and the old one stops working', async () => {
    const t = await createTestApp(PRODUCTION_OVER_HTTP);
    const agent = request.agent(t.app);
    const before = csrfOf((await agent.get('/login')).text);
    const signedIn = await agent.post('/login').type('form').send({ _csrf: before, username: 'admin', password: TEST_PASSWORD }).expect(303);
    const after = csrfCookieOf(signedIn);
    expect(after).toMatch(/^[a-f0-9]{64}$/);
    expect(after).not.toBe(before);
    const session = [signedIn.headers['set-cookie'] ?? []].flat().find((cookie) => cookie.startsWith('jembatan_session='))!.split(';')[0];
    const post = (token: string) => request(t.app).post('/preferences').set('Cookie', `${session}; jembatan_csrf=${token}`).type('form').send({ _csrf: token, lang: 'id', back: '/' });
    await post(before).expect(403);
    await post(after!).expect(303);
  });

  it('are issued where a page or a cookie-signed write needs one, and never to bearer-token API calls', async () => {
    const t = await createTestApp(PRODUCTION_OVER_HTTP);
    const apiCall = await t.api.get('/api/projects').expect(200);
    expect(csrfCookieOf(apiCall)).toBeUndefined();
    const page = await request(t.app).get('/login').expect(200);
    expect(csrfCookieOf(page)).toBe(csrfOf(page.text));
    // A page shown again with a valid cookie keeps its token: open tabs go on working.
    const again = await request(t.app).get('/login').set('Cookie', `jembatan_csrf=${csrfCookieOf(page)!}`).expect(200);
    expect(csrfCookieOf(again)).toBeUndefined();
    expect(csrfOf(again.text)).toBe(csrfCookieOf(page));
  });

  it('hold across app nodes that share SESSION_SECRET, and not across nodes that do not', async () => {
    const [first, sameSecret, otherSecret] = await Promise.all([
      createTestApp(PRODUCTION), createTestApp(PRODUCTION), createTestApp({ ...PRODUCTION, SESSION_SECRET: 'beef'.repeat(10) }),
    ]);
    const token = csrfOf((await request(first.app).get('/login')).text);
    const post = (app: typeof first.app) => request(app).post('/preferences').set('Cookie', `jembatan_csrf=${token}`).type('form').send({ _csrf: token, lang: 'id', back: '/' });
    await post(sameSecret.app).expect(303);
    await post(otherSecret.app).expect(403);
  });
});
