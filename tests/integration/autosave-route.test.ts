import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { AUTOSAVE_URL } from '../../src/web/routes/api.js';
import { browserAgent, createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';

/**
 * The editor's autosave is answered ahead of the app's layers (hotRoute); the same route spelt
 * another way goes through the API router. Both must answer exactly alike.
 */
describe('the autosave route', () => {
  let t: TestApp;
  let ids: number[];
  beforeEach(async () => {
    t = await createTestApp();
    const { segments } = await seedSampleDocument(t.deps);
    ids = segments.filter((segment) => segment.kind === 'text').map((segment) => segment.id);
  });

  /** What two saves of different segments with the same text must share: all but ids, times and the segment's own source. */
  const comparable = (response: request.Response) => {
    const { segment, revision } = response.body as { segment: Record<string, unknown>; revision: Record<string, unknown> };
    const pick = (from: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((key) => [key, from[key]]));
    return {
      status: response.status,
      segment: pick(segment, ['kind', 'target', 'state', 'version', 'origin', 'originScore']),
      revision: pick(revision, ['target', 'state', 'version', 'origin', 'author']),
    };
  };

  it('takes the URL the editor sends the short way, ahead of the app\'s layers, and other spellings through the router', () => {
    const layers = (t.app as unknown as { router: { stack: { name: string }[] } }).router.stack;
    expect(layers[0]?.name).toBe('hotRouteLayer');
    expect(AUTOSAVE_URL.exec(`/api/segments/${ids[0]}/target`)?.groups).toEqual({ id: String(ids[0]) });
    for (const other of [`/api/segments/${ids[0]}/target/`, `/api/segments/${ids[0]}/target?x=1`, `/API/segments/${ids[0]}/target`, '/api/segments/0/target']) {
      expect(AUTOSAVE_URL.test(other)).toBe(false);
    }
  });

  it('saves through the short way and the router alike, with the same headers', async () => {
    const short = await t.api.put(`/api/segments/${ids[0]}/target`).send({ target: 'The minister met.', baseVersion: 0 });
    const routed = await t.api.put(`/api/segments/${ids[1]}/target/`).send({ target: 'The minister met.', baseVersion: 0 });
    const queried = await t.api.put(`/api/segments/${ids[2]}/target?from=script`).send({ target: 'The minister met.', baseVersion: 0 });
    expect(short.status).toBe(200);
    expect(comparable(routed)).toEqual(comparable(short));
    expect(comparable(queried)).toEqual(comparable(short));
    for (const response of [short, routed]) {
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(Object.keys(short.headers).sort()).toEqual(Object.keys(routed.headers).sort());
  });

  it('refuses a stale save the same way both ways', async () => {
    await t.api.put(`/api/segments/${ids[0]}/target`).send({ target: 'First.', baseVersion: 0 }).expect(200);
    const short = await t.api.put(`/api/segments/${ids[0]}/target`).send({ target: 'Second.', baseVersion: 0 });
    const routed = await t.api.put(`/api/segments/${ids[0]}/target/`).send({ target: 'Second.', baseVersion: 0 });
    expect(short.status).toBe(409);
    expect(short.body).toEqual(routed.body);
    expect((short.body as { error: { code: string } }).error.code).toBe('segment.stale');
  });

  it('answers bad input, a missing segment and a stranger with the API error shape', async () => {
    const invalid = await t.api.put(`/api/segments/${ids[0]}/target`).send({ target: 42, baseVersion: 0 });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ error: { code: 'request.invalid' } });
    const malformed = await t.api.put(`/api/segments/${ids[0]}/target`).set('Content-Type', 'application/json').send('{"target":');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { code: 'request.malformed' } });
    expect((await t.api.put('/api/segments/999999/target').send({ target: 'x', baseVersion: 0 })).status).toBe(404);
    const stranger = await request(t.app).put(`/api/segments/${ids[0]}/target`).send({ target: 'x', baseVersion: 0 });
    expect(stranger.status).toBe(401);
    expect(stranger.body).toMatchObject({ error: { code: 'auth.required' } });
    await t.addUser('outsider');
    expect((await t.as('outsider').put(`/api/segments/${ids[0]}/target`).send({ target: 'x', baseVersion: 0 })).status).toBe(404);
    // Nothing refused was written.
    expect((await t.deps.store.findSegment(ids[0]!))?.version).toBe(0);
  });

  it('checks a browser autosave for its CSRF token and its origin', async () => {
    const { agent, token } = await browserAgent(t.app);
    const url = `/api/segments/${ids[0]}/target`;
    const missing = await agent.put(url).set('X-Jembatan-Client', 'editor').send({ target: 'x', baseVersion: 0 });
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ error: { code: 'csrf.invalid' } });
    const foreign = await agent.put(url).set('X-CSRF-Token', token).set('Origin', 'https://elsewhere.example').send({ target: 'x', baseVersion: 0 });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ error: { code: 'csrf.origin' } });
    const saved = await agent.put(url).set('X-CSRF-Token', token).send({ target: 'From the editor.', baseVersion: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ segment: { target: 'From the editor.', version: 1 } });
  });

  it('refuses a body over the upload limit before reading it', async () => {
    const small = await createTestApp({ MAX_UPLOAD_KB: '2' });
    const { segments } = await seedSampleDocument(small.deps);
    const response = await small.api.put(`/api/segments/${segments[0]!.id}/target`).send({ target: 'x'.repeat(5000), baseVersion: 0 });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ error: { code: 'upload.tooLarge' } });
  });
});
