import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/usecases/access.js';
import { issueApiToken } from '../../src/usecases/accounts.js';
import { createProject } from '../../src/usecases/create-project.js';
import { importArticle } from '../../src/usecases/import-article.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let segmentId: number;
let server: Server | undefined;

beforeEach(async () => {
  t = await createTestApp({ MAX_UPLOAD_KB: '1' });
  const project = await createProject(t.deps, systemActor(), { name: 'Desk' });
  const document = await importArticle(t.deps, { projectId: project.id, content: 'Harga naik.', format: 'paste', actor: systemActor() });
  segmentId = (await t.deps.store.listSegments(document.id))[0]!.id;
});

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

const save = () => t.api.put(`/api/segments/${segmentId}/target`);
const unchanged = async () => expect(await t.deps.store.findSegment(segmentId)).toMatchObject({ version: 0, target: '' });

describe('JSON request bodies', () => {
  it('reads a JSON body, with or without a UTF-8 charset, and for a +json type', async () => {
    await save().set('Content-Type', 'application/json; charset=UTF-8').send(JSON.stringify({ target: 'Prices rose.', baseVersion: 0 })).expect(200);
    await save().set('Content-Type', 'application/vnd.jembatan+json').send(JSON.stringify({ target: 'Prices went up.', baseVersion: 1 })).expect(200);
    expect(await t.deps.store.findSegment(segmentId)).toMatchObject({ version: 2, target: 'Prices went up.' });
  });

  it.each([
    ['not JSON', 'application/json', '{"target": "Prices', 'request.malformed'],
    ['a bare string, not an object', 'application/json', '"Prices rose."', 'request.malformed'],
    ['another charset', 'application/json; charset=latin1', '{"target":"x","baseVersion":0}', 'request.encoding'],
  ])('refuses %s with a clear error and saves nothing', async (_case, type, body, code) => {
    const response = await save().set('Content-Type', type).send(body).expect(400);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).not.toBe(code);
    await unchanged();
  });

  it('refuses a compressed body', async () => {
    const response = await save().set('Content-Type', 'application/json').set('Content-Encoding', 'gzip')
      .send(gzipSync(JSON.stringify({ target: 'Prices rose.', baseVersion: 0 }))).expect(400);
    expect(response.body.error.code).toBe('request.encoding');
    await unchanged();
  });

  it('refuses a body over the limit with 413, whether its length was announced or not', async () => {
    const big = JSON.stringify({ target: 'x'.repeat(2000), baseVersion: 0 });
    const announced = await save().set('Content-Type', 'application/json').send(big).expect(413);
    expect(announced.body.error.code).toBe('upload.tooLarge');
    const chunked = await raw({ 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, [big.slice(0, 900), big.slice(900)]);
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).error.code).toBe('upload.tooLarge');
    await unchanged();
  });

  it('saves nothing when the client goes away before the end of its body, and goes on serving', async () => {
    const body = JSON.stringify({ target: 'Prices rose.', baseVersion: 0 });
    await raw({ 'Content-Type': 'application/json', 'Content-Length': String(body.length + 10) }, [body], { endEarly: true });
    await unchanged();
    await save().send({ target: 'Prices rose.', baseVersion: 0 }).expect(200);
  });

  it('answers hostile bodies with a 400 and a message, changing nothing (fuzz)', async () => {
    const bytes = fc.uint8Array({ maxLength: 300 });
    const hostile = fc.oneof(
      bytes.map((random) => Buffer.from([0xff, ...random])),
      fc.json().filter((text) => !/^\s*[[{]/.test(text)).map((text) => Buffer.from(text)),
      fc.tuple(fc.json(), fc.nat()).map(([text, cut]) => Buffer.from(`{"target":${text}`.slice(0, 10 + (cut % 40)))),
      fc.string({ unit: 'grapheme', maxLength: 200 }).map((text) => Buffer.from(`[${text}`)),
    );
    await fc.assert(fc.asyncProperty(hostile, async (body) => {
      const response = await save().set('Content-Type', 'application/json').send(body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toEqual(expect.any(String));
    }), { numRuns: 120 });
    await unchanged();
  });

  it('leaves form posts to the form parser', async () => {
    // A form post to the API is not JSON: the save sees no fields and says which are missing.
    const response = await save().type('form').send({ target: 'Prices rose.', baseVersion: '0' }).expect(400);
    expect(response.body.error.code).toBe('request.invalid');
    await unchanged();
  });
});

/** A request written by hand on a real socket: chunked bodies, and bodies cut short. */
async function raw(headers: Record<string, string>, chunks: string[], options: { endEarly?: boolean } = {}): Promise<{ status: number; body: string }> {
  server ??= await new Promise<Server>((resolve) => { const s = t.app.listen(0, '127.0.0.1', () => resolve(s)); });
  const { port } = server.address() as AddressInfo;
  const admin = await t.deps.store.findUserByName('admin');
  const token = `Bearer ${await issueApiToken(t.deps, systemActor(), { userId: admin!.id, name: 'raw' })}`;
  return new Promise((resolve) => {
    const request = httpRequest({ host: '127.0.0.1', port, method: 'PUT', path: `/api/segments/${segmentId}/target`, headers: { ...headers, Authorization: token } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', () => resolve({ status: 0, body: '' }));
    for (const chunk of chunks) request.write(chunk);
    if (options.endEarly) setTimeout(() => request.destroy(), 50);
    else request.end();
  });
}
