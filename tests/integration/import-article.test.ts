import { systemActor } from '../../src/usecases/access.js';
import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAgent, createTestApp, SAMPLE_ARTICLE, type TestApp } from '../support/test-app.js';
import { createProject } from '../../src/usecases/create-project.js';

let t: TestApp;
let projectId: number;

beforeEach(async () => {
  t = await createTestApp({ MAX_UPLOAD_KB: '64' });
  projectId = (await createProject(t.deps, systemActor(), { name: 'Desk' })).id;
});

const documentCount = async () => (await t.deps.store.listDocuments(projectId)).length;

describe('importing an article in the browser', () => {
  it('segments pasted text into a new document and opens it in the editor', async () => {
    const { agent, token } = await browserAgent(t.app);
    const response = await agent.post(`/projects/${projectId}/documents`).field('_csrf', token)
      .field('text', SAMPLE_ARTICLE).field('title', '').expect(303);
    expect(response.headers.location).toMatch(/^\/documents\/\d+$/);
    const editor = await agent.get(response.headers.location!).expect(200);
    expect(editor.text).toContain('China-Rusia Perkuat Kerja Sama Strategis');
    expect(editor.text.match(/class="row kind-skip/g)).toHaveLength(6);
  });

  it('imports an uploaded .md file, taking its first heading as the title', async () => {
    const { agent, token } = await browserAgent(t.app);
    const markdown = '# Harga Beras Naik\n\nHarga beras naik menjadi Rp 15.000 per kg. Pedagang mengeluh.\n';
    await agent.post(`/projects/${projectId}/documents`).field('_csrf', token)
      .attach('file', Buffer.from(markdown), { filename: 'beras.md', contentType: 'text/markdown' }).expect(303);
    const [document] = await t.deps.store.listDocuments(projectId);
    expect(document?.title).toBe('Harga Beras Naik');
    const segments = await t.deps.store.listSegments(document!.id);
    expect(segments.map((s) => s.source)).toEqual(['Harga Beras Naik', 'Harga beras naik menjadi Rp 15.000 per kg.', 'Pedagang mengeluh.']);
  });

  it.each([
    ['empty text', { text: '   \n\n ' }, 'import.empty', 'The article is empty'],
    ['binary data', { file: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), name: 'photo.txt' }, 'import.binary', 'not text'],
    ['Latin-1 bytes', { file: Buffer.from('Kafe di Jakarta menjual caf\xe9 murah.', 'latin1'), name: 'kafe.txt' }, 'import.encoding', 'not UTF-8'],
    ['a truncated .docx file', { file: Buffer.from('PK\u0003\u0004'), name: 'artikel.docx' }, 'docx.notZip', 'not a Word document'],
    ['a .pdf file', { file: Buffer.from('%PDF-1.7'), name: 'artikel.pdf' }, 'import.fileType', 'not a format Jembatan imports'],
  ])('refuses %s with a clear message and stores nothing', async (_case, input, code, message) => {
    const { agent, token } = await browserAgent(t.app);
    let post = agent.post(`/projects/${projectId}/documents`).field('_csrf', token);
    post = 'file' in input ? post.attach('file', input.file, input.name) : post.field('text', input.text);
    const response = await post.expect(400);
    expect(response.text).toContain(message);
    const api = await t.api.post(`/api/projects/${projectId}/documents`).set('X-Jembatan-Client', 'test').attach('file', 'file' in input ? input.file : Buffer.from(input.text), 'file' in input ? input.name : 'empty.txt');
    expect(api.body.error.code).toBe(code);
    expect(await documentCount()).toBe(0);
  });

  it('answers 413 with the limit when an upload is too large, storing nothing', async () => {
    const { agent, token } = await browserAgent(t.app);
    const big = Buffer.from('Kalimat panjang. '.repeat(5000));
    const response = await agent.post(`/projects/${projectId}/documents`).field('_csrf', token).attach('file', big, 'big.txt').expect(413);
    expect(response.text).toContain('limit of 64 KB');
    const json = await t.api.post(`/api/projects/${projectId}/documents`).send({ text: big.toString() }).expect(413);
    expect(json.body.error.message).toContain('limit of 64 KB');
    const form = await agent.post('/preferences').type('form').send({ _csrf: token, back: big.toString() }).expect(413);
    expect(form.text).toContain('limit of 64 KB');
    await agent.post(`/projects/${projectId}/documents`).field('_csrf', token).field('text', big.toString()).expect(413);
    expect(await documentCount()).toBe(0);
  });

  it('refuses a form post without the CSRF token', async () => {
    const { agent } = await browserAgent(t.app);
    const response = await agent.post(`/projects/${projectId}/documents`).field('text', 'Satu kalimat.').expect(403);
    expect(response.text).toContain('Reload the page');
    expect(await documentCount()).toBe(0);
  });

  it('refuses an upload from someone who is not signed in', async () => {
    await request(t.app).post(`/api/projects/${projectId}/documents`).set('X-Jembatan-Client', 'x').attach('file', Buffer.from('Satu kalimat.'), 'a.txt').expect(401);
    expect(await documentCount()).toBe(0);
  });

  it('imports pasted text through the JSON API', async () => {
    const response = await t.api.post(`/api/projects/${projectId}/documents`)
      .send({ text: 'Presiden tiba di Jakarta. Ia disambut meriah.', title: 'Kunjungan' }).expect(201);
    expect(response.body.document.title).toBe('Kunjungan');
    expect((await t.deps.store.listSegments(response.body.document.id)).length).toBe(2);
  });
});
