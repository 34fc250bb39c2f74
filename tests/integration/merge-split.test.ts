import { systemActor } from '../../src/usecases/access.js';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../../src/core/types.js';
import { createProject } from '../../src/usecases/create-project.js';
import { importArticle } from '../../src/usecases/import-article.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let documentId: number;

const ARTICLE = 'Harga Beras Naik\nDr. Budi tiba di Jakarta. Ia disambut meriah. Acara selesai pukul 14.30 WIB.\nBaca Juga : Harga Cabai\nPenutup paragraf.';

beforeEach(async () => {
  t = await createTestApp();
  const project = await createProject(t.deps, systemActor(), { name: 'Desk' });
  documentId = (await importArticle(t.deps, { projectId: project.id, content: ARTICLE, fileName: 'a.txt', actor: systemActor() })).id;
});

const segments = async () => (await t.api.get(`/api/documents/${documentId}`).expect(200)).body.segments as Segment[];
const bySource = async (start: string) => (await segments()).find((s) => s.source.startsWith(start))!;
const save = (s: Segment, target: string) =>
  t.api.put(`/api/segments/${s.id}/target`).send({ target, baseVersion: s.version, action: 'confirm' }).expect(200);
const merge = (s: Segment, next: Segment) =>
  t.api.post(`/api/segments/${s.id}/merge-next`).send({ baseVersion: s.version, nextBaseVersion: next.version });
const split = (s: Segment, at: number) =>
  t.api.post(`/api/segments/${s.id}/split`).send({ baseVersion: s.version, at });
const positions = (list: Segment[]) => list.map((s) => s.position);

describe('merging segments', () => {
  it('joins a segment with the next, keeping both targets, dense positions and the merge in history', async () => {
    await save(await bySource('Dr. Budi'), 'Dr. Budi arrived in Jakarta.');
    await save(await bySource('Ia disambut'), 'He was warmly welcomed.');
    const [first, second] = [await bySource('Dr. Budi'), await bySource('Ia disambut')];
    const response = await merge(first, second).expect(200);
    expect(response.body.segment).toMatchObject({
      id: first.id, source: 'Dr. Budi tiba di Jakarta. Ia disambut meriah.',
      target: 'Dr. Budi arrived in Jakarta. He was warmly welcomed.', state: 'draft',
    });
    const after = await segments();
    expect(after.find((s) => s.id === second.id)).toBeUndefined();
    expect(positions(after)).toEqual(after.map((_, index) => index));
    const history = await t.api.get(`/segments/${first.id}/history?partial=1`).expect(200);
    expect(history.text).toContain('Merged with the next segment');
  });

  it('hands typed text back with a 409 when someone saves into a segment that was merged away', async () => {
    const [first, second] = [await bySource('Dr. Budi'), await bySource('Ia disambut')];
    await merge(first, second).expect(200);
    const late = await t.api.put(`/api/segments/${second.id}/target`).send({ target: 'He was welcomed.', baseVersion: 0 }).expect(409);
    expect(late.body.error).toMatchObject({ code: 'segment.removed', sent: 'He was welcomed.' });
    expect(late.body.error.message).toContain('He was welcomed.');
  });

  it('answers 409 when either segment changed since the page was shown, and changes nothing', async () => {
    const [first, second] = [await bySource('Dr. Budi'), await bySource('Ia disambut')];
    await save(second, 'Changed meanwhile.');
    expect((await merge(first, second).expect(409)).body.error.code).toBe('segment.structureStale');
    expect((await segments()).length).toBe(6);
  });

  it('refuses to merge the last segment of a paragraph with the next paragraph', async () => {
    const last = await bySource('Acara selesai');
    const next = await bySource('Baca Juga');
    expect((await merge(last, next).expect(400)).body.error.code).toBe('segment.mergeAcrossParagraphs');
  });
});

describe('splitting a segment', () => {
  it('cuts the source at the offset, keeps the target in the first part and inserts an empty second part', async () => {
    await t.api.post(`/api/segments/${(await bySource('Dr. Budi')).id}/merge-next`)
      .send({ baseVersion: 0, nextBaseVersion: 0 }).expect(200);
    const merged = await bySource('Dr. Budi');
    await save(merged, 'Dr. Budi arrived. He was welcomed.');
    const current = await bySource('Dr. Budi');
    const response = await split(current, 'Dr. Budi tiba di Jakarta.'.length).expect(200);
    expect(response.body.segments.map((s: Segment) => [s.source, s.target, s.state])).toEqual([
      ['Dr. Budi tiba di Jakarta.', 'Dr. Budi arrived. He was welcomed.', 'draft'],
      ['Ia disambut meriah.', '', 'new'],
    ]);
    const after = await segments();
    expect(positions(after)).toEqual(after.map((_, index) => index));
    expect(after.map((s) => s.source)).toEqual([
      'Harga Beras Naik', 'Dr. Budi tiba di Jakarta.', 'Ia disambut meriah.', 'Acara selesai pukul 14.30 WIB.', 'Baca Juga : Harga Cabai', 'Penutup paragraf.',
    ]);
  });

  it.each([0, 'Acara selesai pukul 14.30 WIB.'.length])('refuses to split at the edge (offset %s)', async (at) => {
    const segment = await bySource('Acara selesai');
    await split(segment, at).expect(400);
    expect((await segments()).length).toBe(6);
  });

  it('gives the article back unchanged after a split and a merge (nothing lost)', async () => {
    const segment = await bySource('Acara selesai');
    await split(segment, 'Acara selesai'.length).expect(200);
    const exported = await t.api.get(`/api/documents/${documentId}/export?format=txt`).expect(200);
    expect(exported.text).toContain('Dr. Budi tiba di Jakarta. Ia disambut meriah. Acara selesai pukul 14.30 WIB.');
  });
});

describe('overriding the boilerplate call', () => {
  it('lets a translator translate a skipped line after all, recorded in its history', async () => {
    const skipped = await bySource('Baca Juga');
    expect(skipped.kind).toBe('skip');
    await t.api.put(`/api/segments/${skipped.id}/target`).send({ target: 'Read also', baseVersion: 0 }).expect(400);
    const response = await t.api.post(`/api/segments/${skipped.id}/skip`).send({ baseVersion: 0, skipped: false }).expect(200);
    expect(response.body.segment).toMatchObject({ kind: 'text', version: 1 });
    await t.api.put(`/api/segments/${skipped.id}/target`).send({ target: 'Read also: Chilli prices', baseVersion: 1 }).expect(200);
    const history = await t.api.get(`/segments/${skipped.id}/history?partial=1`).expect(200);
    expect(history.text).toContain('Marked for translation');
  });

  it('answers 409 when the segment changed meanwhile', async () => {
    const skipped = await bySource('Baca Juga');
    await t.api.post(`/api/segments/${skipped.id}/skip`).send({ baseVersion: 0, skipped: false }).expect(200);
    await t.api.post(`/api/segments/${skipped.id}/skip`).send({ baseVersion: 0, skipped: true }).expect(409);
  });
});
