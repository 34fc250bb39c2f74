import { beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../../src/core/types.js';
import { browserAgent, createTestApp, seedSampleDocument, SAMPLE_ARTICLE, type TestApp } from '../support/test-app.js';

let t: TestApp;
let documentId: number;

beforeEach(async () => {
  t = await createTestApp();
  documentId = (await seedSampleDocument(t.deps)).document.id;
});

const segments = async () => (await t.api.get(`/api/documents/${documentId}`).expect(200)).body.segments as Segment[];
const find = (list: Segment[], start: string) => list.find((s) => s.source.startsWith(start))!;
const confirm = (s: Segment, target: string) =>
  t.api.put(`/api/segments/${s.id}/target`).send({ target, baseVersion: s.version, action: 'confirm' }).expect(200);
const reimport = (text: string) => t.api.post(`/api/documents/${documentId}/reimport`).send({ text });

// The newer version: one sentence edited, one added after it, one paragraph removed.
const NEWER = SAMPLE_ARTICLE
  .replace('Lavrov tiba di Tiongkok untuk kunjungan resmi dua hari pada hari Senin,', 'Lavrov tiba di Beijing untuk kunjungan resmi dua hari pada hari Senin,')
  .replace('Wang juga mengatakan kedua pihak telah membahas konflik di Ukraina dan Gaza.', 'Wang juga mengatakan kedua pihak telah membahas konflik di Ukraina dan Gaza. Pembicaraan berlangsung tiga jam.')
  .replace('Negara-negara Barat secara teratur mendesak Tiongkok untuk menggunakan pengaruhnya terhadap Rusia guna mewujudkan perdamaian di Ukraina.\n', '');

describe('re-importing a newer version of an article', () => {
  it('keeps unchanged translations, marks edited sources, adds new ones empty and removes the gone ones', async () => {
    const before = await segments();
    await confirm(find(before, 'Rusia dan Tiongkok dalam'), 'Russia and China have stepped up cooperation.');
    await confirm(find(before, 'Lavrov tiba di Tiongkok'), 'Lavrov arrived in China on Monday.');
    await confirm(find(before, 'Negara-negara Barat'), 'Western countries regularly urge China.');
    const response = await reimport(NEWER).expect(200);
    expect(response.body.summary).toEqual({ kept: before.length - 2, changed: 1, added: 1, removed: 1 });

    const after = await segments();
    expect(find(after, 'Rusia dan Tiongkok dalam')).toMatchObject({ target: 'Russia and China have stepped up cooperation.', state: 'translated', sourceBefore: null });
    const edited = find(after, 'Lavrov tiba di Beijing');
    expect(edited).toMatchObject({ id: find(before, 'Lavrov tiba di Tiongkok').id, target: 'Lavrov arrived in China on Monday.', state: 'translated' });
    expect(edited.sourceBefore).toMatch(/^Lavrov tiba di Tiongkok/);
    expect(find(after, 'Pembicaraan berlangsung')).toMatchObject({ target: '', state: 'new' });
    expect(after.find((s) => s.source.startsWith('Negara-negara Barat'))).toBeUndefined();
    expect(after.map((s) => s.position)).toEqual(after.map((_, index) => index));
    // Gone from the grid, not from history: its revisions are still shown, read-only.
    const history = await t.api.get(`/segments/${find(before, 'Negara-negara Barat').id}/history`).expect(200);
    expect(history.text).toContain('no longer in the document');
    expect(history.text).toContain('Western countries regularly urge China.');
    expect(history.text).not.toContain('Restore version');
  });

  it('clears "source changed" once the translator confirms the segment again', async () => {
    await reimport(NEWER).expect(200);
    const edited = find(await segments(), 'Lavrov tiba di Beijing');
    await confirm(edited, 'Lavrov arrived in Beijing on Monday.');
    expect(find(await segments(), 'Lavrov tiba di Beijing').sourceBefore).toBeNull();
  });

  it('changes nothing when the same version is imported again', async () => {
    const before = await segments();
    expect((await reimport(SAMPLE_ARTICLE).expect(200)).body.summary).toEqual({ kept: before.length, changed: 0, added: 0, removed: 0 });
    expect(await segments()).toEqual(before);
  });

  it('shows a summary page with the changed sources as a diff in the browser flow', async () => {
    const { agent, token } = await browserAgent(t.app);
    await agent.get(`/documents/${documentId}/update`).expect(200);
    const page = await agent.post(`/documents/${documentId}/update`).field('_csrf', token).field('text', NEWER).expect(200);
    expect(page.text).toContain('Document updated');
    expect(page.text).toMatch(/data-summary="changed">1</);
    expect(page.text).toContain('<del>Tiongkok</del><ins>Beijing</ins>');
    const editor = await agent.get(`/documents/${documentId}`).expect(200);
    expect(editor.text).toContain('Source changed:');
  });

  it("keeps the translator's splits and 'translate anyway' when the same article comes again", async () => {
    const before = await segments();
    const first = find(before, 'Rusia dan Tiongkok dalam');
    await t.api.post(`/api/segments/${first.id}/split`).send({ baseVersion: 0, at: first.source.indexOf('dan kemitraan') }).expect(200);
    const skipped = find(before, 'Baca Juga');
    await t.api.post(`/api/segments/${skipped.id}/skip`).send({ baseVersion: 0, skipped: false }).expect(200);
    const restructured = await segments();
    expect((await reimport(SAMPLE_ARTICLE).expect(200)).body.summary).toEqual({ kept: restructured.length, changed: 0, added: 0, removed: 0 });
    const after = await segments();
    expect(after.map((s) => [s.source, s.kind])).toEqual(restructured.map((s) => [s.source, s.kind]));
  });

  it('refuses an empty newer version and leaves the document as it was', async () => {
    const before = await segments();
    expect((await reimport('  ').expect(400)).body.error.code).toBe('import.empty');
    expect(await segments()).toEqual(before);
  });
});
