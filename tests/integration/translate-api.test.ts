import { beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../../src/core/types.js';
import { createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';

let t: TestApp;
let documentId: number;
let first: Segment;

beforeEach(async () => {
  t = await createTestApp();
  const seeded = await seedSampleDocument(t.deps);
  documentId = seeded.document.id;
  first = seeded.segments.find((segment) => segment.kind !== 'skip')!;
});

const save = (id: number, body: object) =>
  t.api.put(`/api/segments/${id}/target`).send(body);

describe('JSON API', () => {
  it('lists projects and their documents with word counts', async () => {
    const projects = await t.api.get('/api/projects').expect(200);
    expect(projects.body.projects).toHaveLength(1);
    expect(projects.body.projects[0].words.total).toBeGreaterThan(500);
    const documents = await t.api.get(`/api/projects/${projects.body.projects[0].id}/documents`).expect(200);
    expect(documents.body.documents[0].title).toBe('China-Rusia Perkuat Kerja Sama Strategis Seiring Kunjungan Lavrov');
  });

  it("returns a document's segments with id, position, kind, source, target, state and version", async () => {
    const response = await t.api.get(`/api/documents/${documentId}`).expect(200);
    const segment = response.body.segments[1];
    expect(Object.keys(segment)).toEqual(expect.arrayContaining(['id', 'position', 'kind', 'source', 'target', 'state', 'version']));
    expect(response.body.segments.filter((s: Segment) => s.source.startsWith('Baca Juga')).every((s: Segment) => s.kind === 'skip')).toBe(true);
  });

  it('saves a target as a draft and bumps the version', async () => {
    const response = await save(first.id, { target: 'Chinese top diplomat', baseVersion: 0 }).expect(200);
    expect(response.body.segment).toMatchObject({ target: 'Chinese top diplomat', state: 'draft', version: 1 });
    expect(response.body.revision).toMatchObject({ author: 'admin', origin: 'typed', version: 1 });
  });

  it('confirms a segment, making it translated', async () => {
    await save(first.id, { target: 'Draft text', baseVersion: 0 }).expect(200);
    const response = await t.api.post(`/api/segments/${first.id}/confirm`).send({ baseVersion: 1 }).expect(200);
    expect(response.body.segment).toMatchObject({ state: 'translated', version: 2, target: 'Draft text' });
  });

  it('refuses to confirm an empty target', async () => {
    const response = await t.api.post(`/api/segments/${first.id}/confirm`).send({ baseVersion: 0 }).expect(400);
    expect(response.body.error.code).toBe('segment.emptyTarget');
  });

  it('refuses to translate a skipped segment', async () => {
    const { body } = await t.api.get(`/api/documents/${documentId}`);
    const skipped = body.segments.find((s: Segment) => s.kind === 'skip');
    const response = await save(skipped.id, { target: 'Read also', baseVersion: 0 }).expect(400);
    expect(response.body.error.code).toBe('segment.skipped');
  });

  it('never lets a stale save overwrite: one client gets 200, the other 409 with the current text and a diff', async () => {
    const [a, b] = await Promise.all([
      save(first.id, { target: 'China will strengthen cooperation', baseVersion: 0 }),
      save(first.id, { target: 'China will deepen cooperation', baseVersion: 0 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    expect(loser.body.error.code).toBe('segment.stale');
    expect(loser.body.error.segment).toMatchObject({ target: winner.body.segment.target, version: 1 });
    const texts = ['China will strengthen cooperation', 'China will deepen cooperation'];
    expect(loser.body.error.sent).toBe(texts.find((text) => text !== winner.body.segment.target));
    expect(loser.body.error.diff.some((part: { op: string }) => part.op !== 'equal')).toBe(true);
    const history = await t.api.get(`/api/segments/${first.id}/history`).expect(200);
    expect(history.body.revisions).toHaveLength(1);
    expect(history.body.revisions[0].revision.target).toBe(winner.body.segment.target);
  });

  it('keeps both texts when the losing client chooses "keep mine" and saves on the new version', async () => {
    await save(first.id, { target: 'Theirs', baseVersion: 0 }).expect(200);
    const conflict = await save(first.id, { target: 'Mine', baseVersion: 0 }).expect(409);
    await save(first.id, { target: 'Mine', baseVersion: conflict.body.error.segment.version }).expect(200);
    const history = await t.api.get(`/api/segments/${first.id}/history`).expect(200);
    expect(history.body.revisions.map((entry: { revision: { target: string } }) => entry.revision.target)).toEqual(['Mine', 'Theirs']);
  });

  it('shows each revision with a word diff against the one before and reverts as a new revision', async () => {
    await save(first.id, { target: 'China will strengthen ties', baseVersion: 0 }).expect(200);
    await save(first.id, { target: 'China will deepen ties', baseVersion: 1 }).expect(200);
    const history = await t.api.get(`/api/segments/${first.id}/history`).expect(200);
    const latest = history.body.revisions[0];
    expect(latest.diff).toContainEqual({ op: 'delete', text: 'strengthen' });
    expect(latest.diff).toContainEqual({ op: 'insert', text: 'deepen' });
    const oldest = history.body.revisions[1].revision;
    const reverted = await t.api.post(`/api/segments/${first.id}/revert`).send({ revisionId: oldest.id, baseVersion: 2 }).expect(200);
    expect(reverted.body.segment).toMatchObject({ target: 'China will strengthen ties', version: 3 });
    expect(reverted.body.revision.origin).toBe('revert');
  });

  it('refuses a revert of a revision that belongs to another segment', async () => {
    const saved = await save(first.id, { target: 'One', baseVersion: 0 }).expect(200);
    const { body } = await t.api.get(`/api/documents/${documentId}`);
    const other = body.segments.find((s: Segment) => s.kind === 'text' && s.id !== first.id);
    await t.api.post(`/api/segments/${other.id}/revert`).send({ revisionId: saved.body.revision.id, baseVersion: 0 }).expect(404);
  });

  it('answers 404 with a code for unknown documents and segments', async () => {
    expect((await t.api.get('/api/documents/9999').expect(404)).body.error.code).toBe('document.notFound');
    await save(9999, { target: 'x', baseVersion: 0 }).expect(404);
  });

  it('answers 400 naming the fields when the input is wrong', async () => {
    const response = await save(first.id, { target: 42 }).expect(400);
    expect(response.body.error.fields).toEqual(expect.arrayContaining(['target', 'baseVersion']));
  });

  it('refuses a JSON write from a foreign origin', async () => {
    await save(first.id, { target: 'x', baseVersion: 0 }).set('Origin', 'https://evil.example').expect(403);
  });
});

describe('export over the API', () => {
  it('downloads XLIFF 2.1 with a server-chosen file name', async () => {
    await save(first.id, { target: 'China and Russia strengthen strategic cooperation', baseVersion: 0 }).expect(200);
    const response = await t.api.get(`/api/documents/${documentId}/export?format=xliff21`).expect(200);
    expect(response.headers['content-type']).toBe('application/xliff+xml; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="?china-rusia-[a-z0-9-]+\.id-en\.xlf"?$/);
    expect(response.text).toContain('<target>China and Russia strengthen strategic cooperation</target>');
  });

  it('glues the English targets back into paragraphs, leaving boilerplate out', async () => {
    await save(first.id, { target: 'China and Russia strengthen cooperation', baseVersion: 0 }).expect(200);
    const response = await t.api.get(`/api/documents/${documentId}/export?format=txt`).expect(200);
    expect(response.text.startsWith('China and Russia strengthen cooperation\n\n')).toBe(true);
    expect(response.text).not.toContain('Baca Juga');
    expect(response.text).not.toContain('Scroll to Top');
  });

  it.each([
    ['xliff12', 'application/x-xliff+xml', /\.id-en\.xliff12\.xlf"?$/, 'approved="yes"'],
    ['tmx', 'application/x-tmx+xml; charset=utf-8', /\.id-en\.tmx"?$/, '<tuv xml:lang="id">'],
    ['csv', 'text/csv', /\.id-en\.csv"?$/, 'source,target,state,comment'],
  ])('downloads %s with its media type, a server-chosen name and the approved translation', async (format, type, name, marker) => {
    await save(first.id, { target: 'China and Russia strengthen cooperation', baseVersion: 0, action: 'confirm' }).expect(200);
    await t.api.post(`/api/segments/${first.id}/review`).send({ baseVersion: 1, decision: 'approve' }).expect(200);
    const response = await t.api.get(`/api/documents/${documentId}/export?format=${format}`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    }).expect(200);
    expect(response.headers['content-type']).toContain(type);
    expect(response.headers['content-disposition']).toMatch(name);
    expect(response.body as string).toContain(marker);
    expect(response.body as string).toContain('China and Russia strengthen cooperation');
  });

  it('refuses an unknown format', async () => {
    const response = await t.api.get(`/api/documents/${documentId}/export?format=pdf`).expect(400);
    expect(response.body.error.code).toBe('export.format');
  });
});
