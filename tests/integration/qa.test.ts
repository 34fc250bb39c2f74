import { beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/usecases/access.js';
import { importArticle } from '../../src/usecases/import-article.js';
import { createProject } from '../../src/usecases/create-project.js';
import { documentQa } from '../../src/usecases/qa.js';
import { browserAgent, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let projectId: number;

beforeEach(async () => {
  t = await createTestApp();
  projectId = (await createProject(t.deps, systemActor(), { name: 'Desk' })).id;
  await t.addUser('tari', { projectId, role: 'translator' });
  await t.addUser('rina', { projectId, role: 'reviewer' });
});

async function segmentOf(source: string) {
  const document = await importArticle(t.deps, { projectId, content: source, format: 'paste', actor: systemActor() });
  const [segment] = await t.deps.store.listSegments(document.id);
  return { documentId: document.id, segment: segment! };
}

const confirm = (segmentId: number, baseVersion: number, target: string) =>
  t.as('tari').put(`/api/segments/${segmentId}/target`).send({ target, baseVersion, action: 'confirm' });
const approve = (segmentId: number, baseVersion: number) =>
  t.as('rina').post(`/api/segments/${segmentId}/review`).send({ baseVersion, decision: 'approve' });
const codes = (qa: { code: string }[]) => qa.map((finding) => finding.code);

describe('quality checks', () => {
  it('reports a wrong number on save and blocks approval until it is fixed', async () => {
    const { segment } = await segmentOf('Nilai ekspor mencapai Rp 1,5 miliar pada 2024.');
    const wrong = await confirm(segment.id, 0, 'Exports reached IDR 1.5 million in 2024.').expect(200);
    expect(codes(wrong.body.qa)).toContain('numbers.missing');
    expect(wrong.body.qa[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('1,5 miliar') as string });
    const blocked = await approve(segment.id, 1).expect(409);
    expect(blocked.body.error.code).toBe('qa.blocked');
    expect(await t.deps.store.findSegment(segment.id)).toMatchObject({ state: 'translated' });
    const fixed = await confirm(segment.id, 1, 'Exports reached IDR 1.5 billion in 2024.').expect(200);
    expect(codes(fixed.body.qa)).not.toContain('numbers.missing');
    await approve(segment.id, 2).expect(200);
  });

  it('reads Indonesian dates and weekdays against English ones', async () => {
    const { segment } = await segmentOf('Lavrov tiba di Beijing, Selasa (9/4).');
    const wrong = await confirm(segment.id, 0, 'Lavrov arrived in Beijing on Tuesday (September 4).').expect(200);
    expect(codes(wrong.body.qa)).toContain('dates.missing');
    const right = await confirm(segment.id, 1, 'Lavrov arrived in Beijing on Tuesday (April 9).').expect(200);
    expect(codes(right.body.qa).filter((code) => code.startsWith('dates.'))).toEqual([]);
  });

  it('answers a draft without findings and gives them on request, for the text the draft stored', async () => {
    const { segment } = await segmentOf('Nilai ekspor mencapai Rp 1,5 miliar pada 2024.');
    const draft = await t.as('tari').put(`/api/segments/${segment.id}/target`).send({ target: 'Exports reached IDR 1.5 million.', baseVersion: 0 }).expect(200);
    expect(draft.body.segment).toMatchObject({ version: 1, state: 'draft' });
    expect(draft.body).not.toHaveProperty('qa');
    const asked = await t.as('tari').get(`/api/segments/${segment.id}/qa`).expect(200);
    expect(asked.body.version).toBe(1);
    expect(codes(asked.body.qa)).toContain('numbers.missing');
    const confirmed = await confirm(segment.id, 1, 'Exports reached IDR 1.5 billion in 2024.').expect(200);
    expect(codes(confirmed.body.qa)).not.toContain('numbers.missing');
  });

  it('lets a reviewer, not a translator, let a warning pass for that version only', async () => {
    const { segment } = await segmentOf('Menteri itu tiba kemarin.');
    const saved = await confirm(segment.id, 0, 'The minister  arrived yesterday.').expect(200);
    const warning = (saved.body.qa as { code: string; key: string }[]).find((finding) => finding.code === 'spaces.doubled')!;
    expect(warning).toBeDefined();
    await t.as('tari').post(`/api/segments/${segment.id}/qa/acknowledge`).send({ version: 1, key: warning.key }).expect(403);
    const acked = await t.as('rina').post(`/api/segments/${segment.id}/qa/acknowledge`).send({ version: 1, key: warning.key }).expect(200);
    expect((acked.body.qa as { code: string; acknowledged: boolean }[]).find((f) => f.code === 'spaces.doubled')?.acknowledged).toBe(true);
    const again = await confirm(segment.id, 1, 'The  minister  arrived yesterday.').expect(200);
    expect((again.body.qa as { code: string; acknowledged: boolean }[]).find((f) => f.code === 'spaces.doubled')?.acknowledged).toBe(false);
  });

  it('works a document\'s findings out again only once something they depend on has changed', async () => {
    const document = await importArticle(t.deps, { projectId, content: 'Menteri itu tiba kemarin. Menteri itu tiba kemarin. Ekspor naik.', format: 'paste', actor: systemActor() });
    const [a, b, c] = await t.deps.store.listSegments(document.id);
    const findings = async () => (await documentQa(t.deps, systemActor(), document.id)).findings;
    const codesOf = (map: Awaited<ReturnType<typeof findings>>, id: number) => (map.get(id) ?? []).map((finding) => finding.code);
    await confirm(a!.id, 0, 'The minister  arrived yesterday.').expect(200);
    const first = await findings();
    expect(codesOf(first, a!.id)).toEqual(['spaces.doubled']);
    expect(await findings()).toBe(first);
    // Another segment's text: the consistency check compares them.
    await confirm(b!.id, 0, 'The minister came yesterday.').expect(200);
    const second = await findings();
    expect(codesOf(second, a!.id)).toContain('consistency.target');
    expect(await findings()).toBe(second);
    // A term of the project's glossary.
    await confirm(c!.id, 0, 'Shipments rose.').expect(200);
    expect(codesOf(await findings(), c!.id)).toEqual([]);
    await t.deps.store.addGlossaryEntries(projectId, [{ source: 'Ekspor', target: 'Exports', note: null, forbidden: null }], 'rina');
    expect(codesOf(await findings(), c!.id)).toEqual(['glossary.missing']);
    // A reviewer's acknowledgement.
    const key = (await findings()).get(a!.id)!.find((finding) => finding.code === 'spaces.doubled')!.key;
    await t.as('rina').post(`/api/segments/${a!.id}/qa/acknowledge`).send({ version: 1, key }).expect(200);
    expect((await findings()).get(a!.id)!.find((finding) => finding.code === 'spaces.doubled')!.acknowledged).toBe(true);
  });

  it('warns when the same source is translated differently elsewhere in the document', async () => {
    const document = await importArticle(t.deps, { projectId, content: 'Harga naik.\n\nCuaca cerah.\n\nHarga naik.', format: 'paste', actor: systemActor() });
    const [first, , third] = await t.deps.store.listSegments(document.id);
    await confirm(first!.id, 0, 'Prices rose.').expect(200);
    const saved = await confirm(third!.id, 0, 'Prices went up.').expect(200);
    expect(saved.body.qa).toContainEqual(expect.objectContaining({ code: 'consistency.target', message: expect.stringContaining('segment 1') as string, segmentIds: [first!.id] }));
  });

  it('names every other segment with the differing text, so that a client can check each of them again', async () => {
    const document = await importArticle(t.deps, { projectId, content: 'Harga naik.\n\nHarga naik.\n\nCuaca cerah.\n\nHarga naik.', format: 'paste', actor: systemActor() });
    const [first, second, , fourth] = await t.deps.store.listSegments(document.id);
    await confirm(second!.id, 0, 'Prices went up.').expect(200);
    await confirm(fourth!.id, 0, 'Prices  went up.').expect(200);
    const saved = await confirm(first!.id, 0, 'Prices rose.').expect(200);
    const consistency = (saved.body.qa as { code: string; segmentIds?: number[]; key: string }[]).filter((finding) => finding.code === 'consistency.target');
    expect(consistency).toHaveLength(1);
    expect(consistency[0]!.segmentIds).toEqual([second!.id, fourth!.id]);
    // The key (what an acknowledgement is stored by) is made of what the warning is about, not of where the other segment stands.
    expect(consistency[0]!.key).toBe('consistency.target|other=Prices went up.');
    const asked = await t.as('tari').get(`/api/documents/${document.id}/qa`).expect(200);
    const ofSecond = (asked.body.findings as { segmentId: number; findings: { code: string; segmentIds?: number[] }[] }[]).find((entry) => entry.segmentId === second!.id);
    expect(ofSecond?.findings).toContainEqual(expect.objectContaining({ code: 'consistency.target', segmentIds: [first!.id] }));
  });

  it('keeps a consistency warning let pass when a merge above renumbers the segment it names', async () => {
    const document = await importArticle(t.deps, { projectId, content: 'Harga naik. Cuaca cerah. Hujan turun. Harga naik.', format: 'paste', actor: systemActor() });
    const [first, second, third, fourth] = await t.deps.store.listSegments(document.id);
    await confirm(fourth!.id, 0, 'Prices went up.').expect(200);
    const saved = await confirm(first!.id, 0, 'Prices rose.').expect(200);
    const warning = (saved.body.qa as { code: string; key: string; message: string }[]).find((finding) => finding.code === 'consistency.target')!;
    expect(warning.message).toContain('4');
    await t.as('rina').post(`/api/segments/${first!.id}/qa/acknowledge`).send({ version: 1, key: warning.key }).expect(200);
    await t.api.post(`/api/segments/${second!.id}/merge-next`).send({ baseVersion: 0, nextBaseVersion: third!.version }).expect(200);
    const after = (await t.as('rina').get(`/api/segments/${first!.id}/qa`).expect(200)).body.qa as { code: string; acknowledged: boolean; message: string }[];
    const renumbered = after.find((finding) => finding.code === 'consistency.target')!;
    expect(renumbered.message).toContain('3');
    expect(renumbered.acknowledged).toBe(true);
  });

  it('refuses to let an error pass', async () => {
    const { segment } = await segmentOf('Harga naik 5 persen.');
    const saved = await confirm(segment.id, 0, 'Prices rose 6 percent.').expect(200);
    const error = (saved.body.qa as { severity: string; key: string }[]).find((f) => f.severity === 'error')!;
    const response = await t.as('rina').post(`/api/segments/${segment.id}/qa/acknowledge`).send({ version: 1, key: error.key }).expect(400);
    expect(response.body.error.code).toBe('qa.errorsBlock');
  });

  it('flags English misspellings but not names from the source', async () => {
    const { segment } = await segmentOf('Menlu Sergei Lavrov menerima Wang Yi.');
    const saved = await confirm(segment.id, 0, 'Foreign Minister Sergei Lavrov recieved Wang Yi.').expect(200);
    const spelling = (saved.body.qa as { code: string; message: string }[]).filter((f) => f.code.startsWith('spelling.'));
    expect(spelling.map((f) => f.message).join(' ')).toContain('recieved');
    expect(spelling.map((f) => f.message).join(' ')).not.toMatch(/Lavrov|Sergei|Wang/);
  });

  it('reports a forbidden glossary rendering as an error', async () => {
    await t.deps.store.addGlossaryEntries(projectId, [{ source: 'Tiongkok', target: 'China', note: null, forbidden: 'Mainland China' }], 'admin');
    const { segment } = await segmentOf('Lavrov tiba di Tiongkok.');
    const saved = await confirm(segment.id, 0, 'Lavrov arrived in Mainland China.').expect(200);
    expect(saved.body.qa).toContainEqual(expect.objectContaining({ code: 'glossary.forbidden', severity: 'error' }));
  });

  it('lists every finding of a document on its report page and as CSV, and in the editor', async () => {
    const { documentId, segment } = await segmentOf('Harga naik 5 persen.');
    await confirm(segment.id, 0, 'Prices rose 6 percent.').expect(200);
    const { agent } = await browserAgent(t.app);
    const page = await agent.get(`/documents/${documentId}/qa?severity=error`).expect(200);
    expect(page.text).toContain('class="qa-row severity-error');
    const none = await agent.get(`/documents/${documentId}/qa?check=spelling`).expect(200);
    expect(none.text).toContain('id="qa-none"');
    const csv = await agent.get(`/documents/${documentId}/qa.csv`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('Prices rose 6 percent.');
    const editor = await agent.get(`/documents/${documentId}`).expect(200);
    expect(editor.text).toContain('data-qa-code="numbers.missing"');
  });
});
