import { Buffer } from 'node:buffer';
import zlib from 'node:zlib';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { systemActor } from '../../src/usecases/access.js';
import { createProject } from '../../src/usecases/create-project.js';
import { issueApiToken } from '../../src/usecases/accounts.js';
import { importArticle } from '../../src/usecases/import-article.js';
import { addComment } from '../../src/usecases/comments.js';
import { saveKeymap } from '../../src/usecases/keymap.js';
import { setMemorySettings } from '../../src/usecases/project-settings.js';
import { actorOf } from '../../src/usecases/sessions.js';
import { createTestApp } from '../support/test-app.js';

describe('the editor page', () => {
  it('puts every row in the grid, whatever the document title holds', async () => {
    const t = await createTestApp();
    const project = await createProject(t.deps, systemActor(), { name: 'Desk' });
    const title = 'Judul \u0000rowsHtml\u0000 <b>tebal</b>';
    const document = await importArticle(t.deps, { projectId: project.id, content: 'Satu kalimat. Dua kalimat.', format: 'paste', title, actor: systemActor() });
    const page = await t.api.get(`/documents/${document.id}`).expect(200);
    const grid = /<ol class="grid"[^>]*>([\s\S]*?)<\/ol>/.exec(page.text)?.[1] ?? '';
    expect(grid.match(/<li class="row /g)).toHaveLength(2);
    expect(page.text).not.toContain('<b>tebal</b>');
    expect(page.text).toContain('Judul \u0000rowsHtml\u0000');
  });

  it('shows a segment saved since the last opening, in every UI language and with or without gzip', async () => {
    const t = await createTestApp();
    const project = await createProject(t.deps, systemActor(), { name: 'Desk' });
    const document = await importArticle(t.deps, { projectId: project.id, content: 'Satu kalimat.', format: 'paste', title: 'T', actor: systemActor() });
    const [segment] = await t.deps.store.listSegments(document.id);
    for (const encoding of ['gzip', 'identity']) {
      await t.api.get(`/documents/${document.id}`).set('Accept-Encoding', encoding).expect(200);
      await t.api.get(`/documents/${document.id}`).set('Accept-Language', 'id').set('Accept-Encoding', encoding).expect(200);
    }
    await t.api.put(`/api/segments/${segment!.id}/target`).send({ target: 'One sentence.', baseVersion: 0 }).expect(200);
    for (const language of ['en', 'id']) {
      for (const encoding of ['gzip', 'identity']) {
        const page = await t.api.get(`/documents/${document.id}`).set('Accept-Language', language).set('Accept-Encoding', encoding).expect(200);
        expect(page.headers['content-encoding']).toBe(encoding === 'gzip' ? 'gzip' : undefined);
        expect(page.text).toContain('data-version="1"');
        expect(page.text).toContain('>One sentence.</textarea>');
      }
    }
  });

  it('sends the page gzipped to a browser that accepts it: the same HTML, a fraction of the bytes, the CSRF token outside any compression', async () => {
    const t = await createTestApp();
    const project = await createProject(t.deps, systemActor(), { name: 'Desk' });
    const content = Array.from({ length: 120 }, (_, i) => `Kalimat nomor ${i + 1} tentang kerja sama strategis.`).join(' ');
    const document = await importArticle(t.deps, { projectId: project.id, content, format: 'paste', title: 'T', actor: systemActor() });
    // Raw bytes from a real socket (supertest would inflate them).
    const reader = await t.addUser('reader', { admin: true });
    const token = await issueApiToken(t.deps, systemActor(), { userId: reader.id, name: 'raw' });
    const server = t.app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const get = (acceptEncoding: string) => new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http.get({ port, host: '127.0.0.1', path: `/documents/${document.id}`, headers: { authorization: `Bearer ${token}`, 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) })).on('error', reject);
      }).on('error', reject);
    });
    const plain = await get('identity');
    const zipped = await get('gzip, deflate, br, zstd');
    server.close();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    for (const page of [plain, zipped]) expect(page.headers.vary).toMatch(/Accept-Encoding/);
    const zippedBytes = zipped.body;
    expect(Number(zipped.headers['content-length'])).toBe(zippedBytes.length);
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    expect(zippedBytes.length).toBeLessThan(plain.body.length / 2);
    const html = zlib.gunzipSync(zippedBytes).toString();
    // Each answer without a CSRF cookie brings a fresh token: the rest is the same page.
    const csrfOf = (page: string) => /data-csrf="([^"]+)"/.exec(page)?.[1] ?? 'none';
    const csrf = csrfOf(html);
    expect(html.replaceAll(csrf, 'TOKEN')).toBe(plain.body.toString().replaceAll(csrfOf(plain.body.toString()), 'TOKEN'));
    expect(html.match(/<li class="row /g)).toHaveLength(120);
    // The token goes in stored blocks, never compressed: its bytes are in the stream as they are (three times: the editor and two forms).
    expect(zippedBytes.includes(Buffer.from(csrf))).toBe(true);
    expect(html.split(csrf)).toHaveLength(4);
  });

  it('is rendered again for whatever it shows changing, and only its holes differ while nothing does', async () => {
    const t = await createTestApp();
    const project = await createProject(t.deps, systemActor(), { name: 'Desk' });
    const document = await importArticle(t.deps, { projectId: project.id, content: 'Satu kalimat. Dua kalimat.', format: 'paste', title: 'T', actor: systemActor() });
    const [first] = await t.deps.store.listSegments(document.id);
    const open = async (language = 'en') => (await t.api.get(`/documents/${document.id}?from=<b>"x"`).set('Accept-Language', language).expect(200)).text;
    const before = await open();
    // Nothing changed: the same page, holes and all (this agent keeps its CSRF cookie, so its token).
    expect(await open()).toBe(before);
    expect(before).toContain(`name="back" value="/documents/${document.id}?from=%3Cb%3E%22x%22"`);
    expect(before).not.toMatch(/jbthole/);
    expect(await open('id')).toContain('<html lang="id">');
    await t.api.put(`/api/segments/${first!.id}/target`).send({ target: 'One sentence.', baseVersion: 0, action: 'confirm' }).expect(200);
    const confirmed = await open();
    expect(confirmed).toMatch(/data-words="translated">2</);
    expect(confirmed).toMatch(/data-live-since="(\d+)"/);
    expect(/data-live-since="(\d+)"/.exec(confirmed)?.[1]).not.toBe(/data-live-since="(\d+)"/.exec(before)?.[1]);
    const admin = actorOf((await t.deps.store.findUserByName('admin'))!);
    await addComment(t.deps, { segmentId: first!.id, body: 'Cek lagi.', actor: admin });
    expect(await open()).toMatch(/<p class="thread-count" id="thread-count" data-strings/);
    await setMemorySettings(t.deps, { projectId: project.id, tmThreshold: 80, autoPropagate: true, shareTm: false, actor: admin });
    expect(await open()).toContain('data-auto-propagate="true"');
    expect(await open()).not.toContain('data-term-target="sentence"');
    await t.deps.store.addGlossaryEntries(project.id, [{ source: 'kalimat', target: 'sentence', note: null, forbidden: null }], 'admin');
    expect((await open()).match(/<mark class="term" data-term-target="sentence"/g)).toHaveLength(2);
    await t.deps.store.addGlossaryEntries(project.id, [{ source: 'Dua', target: 'Two', note: null, forbidden: null }], 'admin');
    expect(await open()).toContain('<mark class="term" data-term-target="Two"');
    await saveKeymap(t.deps, admin, { confirmAndNext: 'Alt+Enter' });
    expect(await open()).toMatch(/<kbd>Alt<\/kbd>\+<kbd>Enter<\/kbd><\/dt><dd>Confirm/);
  });
});
