import { request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/core/clock.js';
import type { Actor, Segment } from '../../src/core/types.js';
import { createI18n } from '../../src/i18n/index.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { systemActor } from '../../src/usecases/access.js';
import { createUser, issueApiToken } from '../../src/usecases/accounts.js';
import { addComment } from '../../src/usecases/comments.js';
import { createDeps, type Deps } from '../../src/usecases/deps.js';
import { PRESENCE_TTL_MS, TYPING_MS } from '../../src/usecases/live-feed.js';
import { reviewSegment } from '../../src/usecases/review-segment.js';
import { saveTarget } from '../../src/usecases/save-target.js';
import { splitSegment } from '../../src/usecases/split-segment.js';
import { createApp } from '../../src/web/create-app.js';
import { LiveStreams } from '../../src/web/live-streams.js';
import { browserAgent, seedSampleDocument, TEST_PASSWORD } from '../support/test-app.js';

/** A clock the test moves by hand (presence expires with time). */
function manualClock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  const clock: Clock & { advance(ms: number): void } = { now: () => new Date(now).toISOString(), advance: (ms) => (now += ms) };
  return clock;
}

interface Env {
  app: Express; deps: Deps; clock: ReturnType<typeof manualClock>; streams: LiveStreams; server: Server; base: string;
  documentId: number; segments: Segment[]; tokens: Record<string, string>; actors: Record<string, Actor>;
}
let env: Env;

beforeEach(async () => {
  const config = loadConfig({ DB_PATH: ':memory:' });
  const clock = manualClock();
  const deps = createDeps(openSqliteStore(config.dbPath, clock), clock);
  const streams = new LiveStreams({ pollMs: 20, maxPerUser: 3 });
  const app = createApp({ deps, config, i18n: await createI18n(), streams });
  const { project, document, segments } = await seedSampleDocument(deps);
  const tokens: Record<string, string> = {};
  const actors: Record<string, Actor> = {};
  for (const [username, role] of [['ayu', 'translator'], ['budi', 'reviewer'], ['tamu', null]] as const) {
    const user = await createUser(deps, systemActor(), { username, displayName: `${username[0]!.toUpperCase()}${username.slice(1)} Putri`, password: TEST_PASSWORD, isAdmin: false });
    if (role) await deps.store.setMembership({ projectId: project.id, userId: user.id, role });
    tokens[username] = await issueApiToken(deps, systemActor(), { userId: user.id, name: 'test' });
    actors[username] = { userId: user.id, username, isAdmin: false };
  }
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  env = {
    app, deps, clock, streams, server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    documentId: document.id, segments: segments.filter((segment) => segment.kind !== 'skip'), tokens, actors,
  };
});

afterEach(async () => {
  env.streams.close();
  env.server.closeAllConnections();
  await new Promise((resolve) => env.server.close(resolve));
});

const as = (username: string) => ({ Authorization: `Bearer ${env.tokens[username]}` });
const eventsPath = (query = '') => `/api/documents/${env.documentId}/events${query}`;
const poll = (username: string, since: number) => request(env.server).get(eventsPath(`?since=${since}`)).set(as(username));

async function save(username: string, segment: Segment, target: string, action: 'edit' | 'confirm' = 'edit'): Promise<Segment> {
  const current = (await env.deps.store.findSegment(segment.id))!;
  return (await saveTarget(env.deps, { segmentId: segment.id, baseVersion: current.version, target, action, origin: 'typed', actor: env.actors[username]! })).segment;
}

interface SseEvent { id: string | undefined; event: string; data: unknown }

/** An EventSource stand-in: a raw request that collects the messages as they come. */
function openStream(username: string, path: string, headers: Record<string, string> = {}) {
  const events: SseEvent[] = [];
  let raw = '';
  let ended = false;
  const req = httpRequest(`${env.base}${path}`, { headers: { Accept: 'text/event-stream', ...as(username), ...headers } });
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    req.on('response', (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        raw += chunk;
        const messages = raw.split('\n\n');
        raw = messages.pop() ?? '';
        for (const message of messages) {
          const fields = message.split('\n').filter((line) => !line.startsWith(':') && !line.startsWith('retry:'));
          if (fields.length === 0) continue;
          const value = (name: string) => fields.find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
          events.push({ id: value('id'), event: value('event') ?? 'message', data: JSON.parse(value('data') ?? 'null') });
        }
      });
      res.on('end', () => (ended = true));
      resolve(res);
    });
    req.on('error', reject);
  });
  req.end();
  return {
    events, response,
    changes: () => events.filter((event) => event.event !== 'presence'),
    ended: () => ended,
    close: () => req.destroy(),
  };
}

describe('the live feed of a document', () => {
  it('records saves, decisions, comments and structure changes from the append-only tables, with who did them', async () => {
    const since = (await poll('ayu', 0).expect(200)).body.lastEventId as number;
    const [first, second] = env.segments as [Segment, Segment];
    await save('ayu', first, 'China and Russia', 'confirm');
    const current = (await env.deps.store.findSegment(first.id))!;
    await reviewSegment(env.deps, { segmentId: first.id, baseVersion: current.version, decision: 'approve', actor: env.actors.budi! });
    await addComment(env.deps, { segmentId: second.id, body: 'Cek nama.', actor: env.actors.budi! });
    await splitSegment(env.deps, { segmentId: second.id, baseVersion: 0, at: second.source.indexOf(' ', 10), actor: env.actors.ayu! });
    const { body } = await poll('ayu', since).expect(200);
    expect(body.events.map((e: { type: string; action?: string; actor: string }) => [e.type, e.action ?? null, e.actor])).toEqual([
      ['segment', 'approve', 'budi'], ['comment', null, 'budi'], ['structure', 'split', 'ayu'], ['structure', 'add', 'ayu'],
    ]);
    expect(body.events[0]).toMatchObject({ actorName: 'Budi Putri', segment: { id: first.id, state: 'approved', target: 'China and Russia', version: 2 } });
    expect(body.events.at(-1).id).toBe(body.lastEventId);
  });

  it('hides the document from a non-member (404) and from anonymous callers (401), as a stream too', async () => {
    expect((await poll('tamu', 0)).status).toBe(404);
    expect((await request(env.server).get(eventsPath()).set('Accept', 'text/event-stream')).status).toBe(401);
    const stream = openStream('tamu', eventsPath());
    const response = await stream.response;
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/json');
    stream.close();
  });

  it('refuses a since that is not a feed id', async () => {
    const response = await request(env.server).get(eventsPath('?since=abc')).set(as('ayu')).expect(400);
    expect(response.body.error.code).toBe('request.invalid');
  });

  it('streams a teammate\'s confirm as it happens, with the id to resume from and headers that keep it unbuffered', async () => {
    const stream = openStream('budi', eventsPath());
    const response = await stream.response;
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({ 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' });
    await expect.poll(() => stream.events.some((event) => event.event === 'presence')).toBe(true);
    const first = env.segments[0]!;
    await save('ayu', first, 'China and Russia', 'confirm');
    await expect.poll(() => stream.changes().length).toBe(1);
    const [event] = stream.changes();
    const latest = await env.deps.store.latestFeedId(env.documentId);
    expect(event).toEqual({
      id: String(latest), event: 'segment',
      data: expect.objectContaining({ action: 'confirm', actor: 'ayu', segment: expect.objectContaining({ id: first.id, state: 'translated', version: 1 }) }),
    });
    stream.close();
  });

  it('catches up after a break with exactly the events missed since Last-Event-ID, then goes on live', async () => {
    const [a, b, c, d] = env.segments as [Segment, Segment, Segment, Segment];
    await save('ayu', a, 'Seen before the break.');
    const seen = await env.deps.store.latestFeedId(env.documentId);
    await save('ayu', b, 'Missed one.');
    await save('budi', c, 'Missed two.', 'confirm');
    // The page's since is older still: the browser's Last-Event-ID wins.
    const stream = openStream('ayu', eventsPath('?since=0'), { 'Last-Event-ID': String(seen) });
    await expect.poll(() => stream.changes().length).toBe(2);
    await save('budi', d, 'Live again.');
    await expect.poll(() => stream.changes().length).toBe(3);
    expect(stream.changes().map((event) => (event.data as { segment: { id: number } }).segment.id)).toEqual([b.id, c.id, d.id]);
    stream.close();
  });

  it('starts a first connect at the page\'s since, and at the newest entry without one', async () => {
    const [a, b] = env.segments as [Segment, Segment];
    const rendered = await env.deps.store.latestFeedId(env.documentId);
    await save('ayu', a, 'Between render and connect.');
    const withSince = openStream('budi', eventsPath(`?since=${rendered}`));
    const without = openStream('budi', eventsPath());
    await expect.poll(() => withSince.changes().length).toBe(1);
    await expect.poll(() => without.events.length).toBeGreaterThan(0); // its first presence: it is reading
    await save('ayu', b, 'After both connected.');
    await expect.poll(() => without.changes().length).toBe(1);
    expect((without.changes()[0]!.data as { segment: { id: number } }).segment.id).toBe(b.id);
    withSince.close();
    without.close();
  });

  it('refuses more open streams per person than the limit, and frees a place when one closes', async () => {
    const open = [1, 2, 3].map(() => openStream('ayu', eventsPath()));
    for (const stream of open) expect((await stream.response).statusCode).toBe(200);
    const refused = await request(env.server).get(eventsPath()).set(as('ayu')).set('Accept', 'text/event-stream');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('live.tooManyStreams');
    expect((await request(env.server).get(eventsPath()).set(as('ayu'))).status).toBe(200); // a JSON poll holds no stream
    open[0]!.close();
    await expect.poll(() => env.streams.size).toBe(2);
    const again = openStream('ayu', eventsPath());
    expect((await again.response).statusCode).toBe(200);
    for (const stream of [...open, again]) stream.close();
  });

  it('ends every open stream cleanly when the server stops (graceful shutdown does not wait for readers)', async () => {
    const stream = openStream('ayu', eventsPath());
    expect((await stream.response).statusCode).toBe(200);
    env.streams.close();
    await expect.poll(() => stream.ended()).toBe(true);
    expect(env.streams.size).toBe(0);
  });
});

describe('presence', () => {
  const report = (username: string, body: object) => request(env.server).post(`/api/documents/${env.documentId}/presence`).set(as(username)).send(body);

  it('shows where teammates are and who is typing, never oneself, and forgets them after the presence window', async () => {
    const [a, b] = env.segments as [Segment, Segment];
    await report('ayu', { segmentId: a.id, typing: true }).expect(204);
    await report('budi', { segmentId: b.id }).expect(204);
    expect((await poll('budi', 0)).body.people).toEqual([{ username: 'ayu', name: 'Ayu Putri', segmentId: a.id, typing: true }]);
    expect((await poll('ayu', 0)).body.people).toEqual([{ username: 'budi', name: 'Budi Putri', segmentId: b.id, typing: false }]);
    env.clock.advance(TYPING_MS + 1);
    expect((await poll('budi', 0)).body.people).toEqual([expect.objectContaining({ username: 'ayu', typing: false })]);
    env.clock.advance(PRESENCE_TTL_MS);
    expect((await poll('budi', 0)).body.people).toEqual([]);
  });

  it('forgets someone at once when they leave the page', async () => {
    await report('ayu', { segmentId: env.segments[0]!.id, typing: true }).expect(204);
    await report('ayu', { leaving: true }).expect(204);
    expect((await poll('budi', 0)).body.people).toEqual([]);
  });

  it('sends a presence change down the stream', async () => {
    const stream = openStream('budi', eventsPath());
    await expect.poll(() => stream.events.filter((event) => event.event === 'presence').length).toBe(1);
    expect(stream.events[0]!.data).toEqual({ people: [] });
    await report('ayu', { segmentId: env.segments[2]!.id, typing: true }).expect(204);
    await expect.poll(() => stream.events.filter((event) => event.event === 'presence').length).toBe(2);
    expect(stream.events.at(-1)!.data).toEqual({ people: [{ username: 'ayu', name: 'Ayu Putri', segmentId: env.segments[2]!.id, typing: true }] });
    stream.close();
  });

  it('refuses a segment of another document, and a non-member', async () => {
    const other = await seedSampleDocument(env.deps, 'Other desk');
    const response = await report('ayu', { segmentId: other.segments[1]!.id }).expect(400);
    expect(response.body.error.code).toBe('presence.segment');
    await report('tamu', { segmentId: null }).expect(404);
  });

  it('needs the CSRF token from a signed-in browser', async () => {
    const { agent } = await browserAgent(env.app, 'ayu');
    expect((await agent.post(`/api/documents/${env.documentId}/presence`).send({ segmentId: null })).status).toBe(403);
  });
});

describe('the editor page', () => {
  it('tells the live module where the page stands in the feed and who is reading', async () => {
    await save('ayu', env.segments[0]!, 'Before the page was rendered.');
    const { agent } = await browserAgent(env.app, 'budi');
    const page = await agent.get(`/documents/${env.documentId}`).expect(200);
    const attribute = /data-live="([^"]*)"/.exec(page.text)?.[1] ?? '';
    const live = JSON.parse(attribute.replace(/&#34;/g, '"').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    expect(live).toMatchObject({ me: 'budi' });
    expect(/data-live-since="(\d+)"/.exec(page.text)?.[1]).toBe(String(await env.deps.store.latestFeedId(env.documentId)));
    expect(live.strings.softLock).toContain('{{name}}');
  });
});
