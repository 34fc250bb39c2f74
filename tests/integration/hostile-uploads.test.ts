import fc from 'fast-check';
import type request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBilingualDocx } from '../../src/formats/docx-write.js';
import { sampleDocument } from '../../src/formats/__fixtures__/sample-document.js';
import { createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';
import { xmlSoup } from '../support/hostile-input.js';

/**
 * Random and hostile bodies against every upload route, as a browser form and through the API:
 * each answer must be a 4xx with a message for people, and nothing may be written. Every file
 * generated here is invalid in every format (it holds a byte UTF-8 never has, or is a cut ZIP).
 */
let t: TestApp;
let projectId: number;
let documentId: number;

beforeAll(async () => {
  t = await createTestApp();
  ({ project: { id: projectId }, document: { id: documentId } } = await seedSampleDocument(t.deps));
});

const UPLOAD_ROUTES = [
  '/projects/:project/documents', '/api/projects/:project/documents', '/projects/:project/tm', '/api/projects/:project/tm',
  '/documents/:document/translations', '/api/documents/:document/translations', '/documents/:document/update', '/api/documents/:document/reimport',
  '/projects/:project/glossary/import', '/api/projects/:project/glossary/import',
];

const DOCX = writeBilingualDocx(sampleDocument);
const bytes = fc.uint8Array({ maxLength: 512 });
const invalidContent = fc.oneof(
  bytes.map((random) => Buffer.from([0xff, ...random])),
  fc.tuple(bytes, bytes).map(([before, after]) => Buffer.from([...before, 0xff, ...after])),
  bytes.map((random) => Buffer.from([0x50, 0x4b, 0x03, 0x04, ...random, 0xff])),
  fc.nat({ max: DOCX.length - 23 }).map((length) => Buffer.from(DOCX.subarray(0, length))),
  xmlSoup.map((xml) => Buffer.concat([Buffer.from(xml), Buffer.from([0xff])])),
);
const fileName = fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.docx', 'a.xlf', 'a.xliff', 'a.tmx', 'a.csv', 'a.tbx', 'a', 'a.exe', '.docx',
  '../../etc/passwd', `${'x'.repeat(300)}.docx`, 'Berita ä.DOCX', 'a.txt\u0000.docx', '<script>.csv');

const hostileForm = fc.record({
  files: fc.array(fc.record({ field: fc.constantFrom('file', 'file', 'upload', 'files[]'), name: fileName, content: invalidContent }), { maxLength: 2 }),
  fields: fc.record({
    title: fc.oneof(fc.constantFrom('', '__proto__', '<b>x</b>', '\u0000'), fc.string({ unit: 'binary', maxLength: 30 })),
    format: fc.constantFrom('', 'xliff', 'tmx', 'docx', 'csv', 'bogus', '__proto__'),
    // Pasted text is an article in its own right: only blanks here, so that the form stays empty.
    text: fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\r\n', '\u00a0'), maxLength: 10 }),
    next: fc.constantFrom('//evil.example', 'javascript:alert(1)', '/'),
  }, { requiredKeys: [] }),
});

async function snapshot() {
  return {
    documents: (await t.deps.store.listDocuments(projectId)).map((document) => document.id),
    segments: (await t.deps.store.listSegments(documentId)).map(({ id, source, target, version, state }) => ({ id, source, target, version, state })),
    memory: await t.deps.store.countTmEntries(projectId),
    glossary: (await t.deps.store.listGlossary(projectId)).length,
  };
}

function expectMessageForPeople(route: string, response: request.Response): void {
  expect(response.status, `${route} answered ${response.status}: ${response.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  if (route.startsWith('/api/')) {
    const { code, message } = (response.body as { error: { code: string; message: string } }).error;
    expect(message).toBeTruthy();
    // A translated sentence, not the bare code (a missing translation would show the key).
    expect(message).not.toBe(code);
    expect(message).not.toMatch(/^errors:/);
  } else {
    expect(response.text).toMatch(/role="alert"[^>]*>\s*[^<\s][^<]*</);
  }
}

describe('hostile uploads over HTTP (fuzz)', () => {
  it.each(UPLOAD_ROUTES)('%s refuses every generated file with a 4xx and a message, and writes nothing', async (template) => {
    const route = template.replace(':project', String(projectId)).replace(':document', String(documentId));
    const before = await snapshot();
    await fc.assert(fc.asyncProperty(hostileForm, async ({ files, fields }) => {
      let post = t.api.post(route);
      for (const [name, value] of Object.entries(fields)) post = post.field(name, value);
      for (const file of files) post = post.attach(file.field, file.content, file.name);
      // Without a file, an empty form: the route still has to say what is missing.
      if (files.length === 0 && Object.keys(fields).length === 0) post = post.field('title', '');
      expectMessageForPeople(route, await post);
    }), { numRuns: 12 });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a part header without a colon', 'multipart/form-data; boundary=x', '--x\r\nnot a header\r\n\r\nabc\r\n--x--\r\n'],
    ['a NUL in the file name', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.docx"\r\n\r\nabc\r\n--x--\r\n'],
    ['a form cut short', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="file"; filename="a.docx"\r\n\r\nabc'],
    ['no boundary', 'multipart/form-data', '--x\r\n\r\n'],
  ])('answers a multipart body with %s with "upload.invalid", not a server error', async (_name, contentType, body) => {
    const response = await t.api.post(`/api/projects/${projectId}/documents`).set('Content-Type', contentType).send(body).expect(400);
    expect(response.body.error).toMatchObject({ code: 'upload.invalid', message: 'The upload could not be read.' });
    const page = await t.api.post(`/projects/${projectId}/documents`).set('Content-Type', contentType).set('Accept', 'text/html').send(body).expect(400);
    expect(page.text).toContain('The upload could not be read.');
  });

  it.each([
    ['PUT', '/api/segments/:segment/target'], ['POST', '/api/projects'], ['POST', '/api/projects/:project/glossary'],
    ['POST', '/api/segments/:segment/comments'], ['POST', '/api/documents/:document/replace'], ['POST', '/api/segments/:segment/split'],
  ])('%s %s refuses random JSON with a 4xx and a message, and writes nothing', async (method, template) => {
    const [segment] = await t.deps.store.listSegments(documentId);
    const route = template.replace(':project', String(projectId)).replace(':document', String(documentId)).replace(':segment', String(segment!.id));
    const before = { ...(await snapshot()), projects: (await t.deps.store.listProjects()).length };
    const hostileJson = fc.oneof(
      fc.constantFrom('{', '[]', 'null', '"text"', '{"__proto__":{"admin":true}}', '{"target":{"$gt":""}}', '{"baseVersion":"1"}', '{"name":""}'),
      fc.jsonValue({ maxDepth: 3 }).filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)).map((value) => JSON.stringify(value)),
    );
    await fc.assert(fc.asyncProperty(hostileJson, async (body) => {
      const call = method === 'PUT' ? t.api.put(route) : t.api.post(route);
      expectMessageForPeople(route, await call.set('Content-Type', 'application/json').send(body));
    }), { numRuns: 15 });
    expect({ ...(await snapshot()), projects: (await t.deps.store.listProjects()).length }).toEqual(before);
  });
});
