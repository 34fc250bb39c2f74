import { beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../../src/core/types.js';
import { createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';

let t: TestApp;
let seeded: Awaited<ReturnType<typeof seedSampleDocument>>;
/** Translated, draft, approved, boilerplate (translated before it was skipped), no match. */
let translated: Segment, draft: Segment, approved: Segment, skipped: Segment, other: Segment;

const numberOf = (segment: Segment) => seeded.segments.findIndex((s) => s.id === segment.id) + 1;
const current = async (segment: Segment) => (await t.deps.store.findSegment(segment.id))!;
const replace = (who: string, body: object) => t.as(who).post(`/api/documents/${seeded.document.id}/replace`).send(body);
const LAVROV = { find: 'Lavrov', replace: 'Mr Lavrov' };

async function save(who: string, segment: Segment, target: string, action: 'edit' | 'confirm' = 'edit'): Promise<void> {
  const { version } = await current(segment);
  await t.as(who).put(`/api/segments/${segment.id}/target`).send({ target, baseVersion: version, action }).expect(200);
}

beforeEach(async () => {
  t = await createTestApp();
  seeded = await seedSampleDocument(t.deps);
  await t.addUser('ayu', { projectId: seeded.project.id, role: 'translator' });
  await t.addUser('rudi', { projectId: seeded.project.id, role: 'reviewer' });
  await t.addUser('stranger');
  const texts = seeded.segments.filter((s) => s.kind === 'text');
  // The first sentence is short and clean enough for QA to let it be approved.
  [approved, translated, draft, skipped, other] = [texts[0]!, texts[3]!, texts[4]!, texts[5]!, texts[6]!];
  await save('ayu', translated, 'Lavrov met Wang Yi in Beijing.', 'confirm');
  await save('ayu', draft, 'Lavrov arrives in China.');
  await save('ayu', approved, 'Russian Foreign Minister Sergei Lavrov meets counterpart Wang Yi', 'confirm');
  await t.as('rudi').post(`/api/segments/${approved.id}/review`).send({ baseVersion: 1, decision: 'approve' }).expect(200);
  await save('ayu', skipped, "Lavrov's visit");
  await t.as('ayu').post(`/api/segments/${skipped.id}/skip`).send({ baseVersion: 1, skipped: true }).expect(200);
  await save('ayu', other, 'Wang Yi welcomed him.');
});

describe('search and replace in a document', () => {
  it('previews each target that would change with its number, both texts and a word diff, and changes nothing', async () => {
    const { body } = await replace('ayu', { ...LAVROV, preview: true }).expect(200);
    expect(body.replacements.map((r: { segmentId: number }) => r.segmentId)).toEqual([translated.id, draft.id]);
    expect(body.replacements[0]).toMatchObject({
      number: numberOf(translated), version: 1, count: 1, before: 'Lavrov met Wang Yi in Beijing.', after: 'Mr Lavrov met Wang Yi in Beijing.',
    });
    expect(body.replacements[0].diff).toContainEqual({ op: 'insert', text: 'Mr ' });
    expect((await current(translated)).target).toBe('Lavrov met Wang Yi in Beijing.');
  });

  it('applies each replacement as a save signed by the actor, with a revision each', async () => {
    const { body: preview } = await replace('ayu', { ...LAVROV, preview: true }).expect(200);
    const versions = Object.fromEntries(preview.replacements.map((r: { segmentId: number; version: number }) => [r.segmentId, r.version]));
    const { body } = await replace('ayu', { ...LAVROV, preview: false, versions }).expect(200);
    expect(body.skipped).toEqual([]);
    expect(body.replaced.map((r: { number: number }) => r.number)).toEqual([numberOf(translated), numberOf(draft)]);
    // A translator's edit takes the confirmation away, as in the editor.
    expect(body.replaced[0].segment).toMatchObject({ target: 'Mr Lavrov met Wang Yi in Beijing.', state: 'draft', version: 2 });
    const history = await t.as('ayu').get(`/api/segments/${translated.id}/history`).expect(200);
    expect(history.body.revisions).toHaveLength(2);
    expect(history.body.revisions.map((entry: { revision: { author: string; target: string } }) => entry.revision))
      .toContainEqual(expect.objectContaining({ author: 'ayu', origin: 'typed', version: 2, target: 'Mr Lavrov met Wang Yi in Beijing.' }));
    expect((await current(draft)).target).toBe('Mr Lavrov arrives in China.');
  });

  it("leaves approved segments alone for translators, and to reviewers unless they ask", async () => {
    const asTranslator = await replace('ayu', { ...LAVROV, includeApproved: true, preview: true }).expect(200);
    expect(asTranslator.body.replacements.map((r: { segmentId: number }) => r.segmentId)).not.toContain(approved.id);
    const unasked = await replace('rudi', { ...LAVROV, preview: true }).expect(200);
    expect(unasked.body.replacements.map((r: { segmentId: number }) => r.segmentId)).not.toContain(approved.id);

    const asked = await replace('rudi', { ...LAVROV, includeApproved: true, preview: true }).expect(200);
    const mine = asked.body.replacements.find((r: { segmentId: number }) => r.segmentId === approved.id);
    expect(mine).toMatchObject({ after: 'Russian Foreign Minister Sergei Mr Lavrov meets counterpart Wang Yi' });
    await replace('rudi', { ...LAVROV, includeApproved: true, preview: false, versions: { [approved.id]: mine.version } }).expect(200);
    // A reviewer's change keeps the translation confirmed, but it is no longer the approved text.
    expect(await current(approved)).toMatchObject({ target: 'Russian Foreign Minister Sergei Mr Lavrov meets counterpart Wang Yi', state: 'translated' });
    expect((await current(translated)).target).toBe('Lavrov met Wang Yi in Beijing.');
  });

  it('never touches boilerplate, even for a manager who includes approved segments', async () => {
    const { body } = await t.api.post(`/api/documents/${seeded.document.id}/replace`).send({ ...LAVROV, includeApproved: true, preview: true }).expect(200);
    expect(body.replacements.map((r: { segmentId: number }) => r.segmentId)).not.toContain(skipped.id);
    const versions = Object.fromEntries(body.replacements.map((r: { segmentId: number; version: number }) => [r.segmentId, r.version]));
    await t.api.post(`/api/documents/${seeded.document.id}/replace`).send({ ...LAVROV, includeApproved: true, preview: false, versions: { ...versions, [skipped.id]: 2 } }).expect(200);
    expect(await current(skipped)).toMatchObject({ kind: 'skip', target: "Lavrov's visit" });
  });

  it('skips and reports a segment saved after the preview, and replaces the others', async () => {
    const { body: preview } = await replace('ayu', { ...LAVROV, preview: true }).expect(200);
    const versions = Object.fromEntries(preview.replacements.map((r: { segmentId: number; version: number }) => [r.segmentId, r.version]));
    await save('rudi', draft, 'Lavrov arrives in China today.');
    const { body } = await replace('ayu', { ...LAVROV, preview: false, versions }).expect(200);
    expect(body.replaced.map((r: { segment: { id: number } }) => r.segment.id)).toEqual([translated.id]);
    expect(body.skipped).toEqual([{ segmentId: draft.id, number: numberOf(draft), reason: 'changed' }]);
    expect((await current(draft)).target).toBe('Lavrov arrives in China today.');
  });

  it('only changes segments the preview showed', async () => {
    const { body } = await replace('ayu', { ...LAVROV, preview: false, versions: { [draft.id]: 1 } }).expect(200);
    expect(body.replaced.map((r: { segment: { id: number } }) => r.segment.id)).toEqual([draft.id]);
    expect((await current(translated)).target).toBe('Lavrov met Wang Yi in Beijing.');
  });

  it('answers 404 to someone outside the project', async () => {
    const response = await replace('stranger', { ...LAVROV, preview: true }).expect(404);
    expect(response.body.error.code).toBe('document.notFound');
    await replace('stranger', { ...LAVROV, preview: false, versions: { [draft.id]: 1 } }).expect(404);
    expect((await current(draft)).target).toBe('Lavrov arrives in China.');
  });

  it.each([
    ['an invalid regular expression', { find: '(Lavrov', regex: true }, 'replace.badRegex', 'not a valid regular expression'],
    ['an empty find', { find: '' }, 'replace.emptyFind', 'Type the text to find'],
    ['a find longer than 200 characters', { find: 'a'.repeat(201) }, 'replace.findTooLong', '200'],
  ])('refuses %s with 400 and a message', async (_name, query, code, message) => {
    const response = await replace('ayu', { replace: 'x', ...query, preview: true }).expect(400);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toContain(message);
  });

  it('stops a regular expression that backtracks forever, with 400', async () => {
    await save('ayu', other, `${'a'.repeat(40)}!`);
    const started = Date.now();
    const response = await replace('ayu', { find: '(a+)+$', replace: 'x', regex: true, preview: true }).expect(400);
    expect(response.body.error.code).toBe('replace.tooSlow');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses to apply without the versions the preview showed', async () => {
    const response = await replace('ayu', { ...LAVROV, preview: false }).expect(400);
    expect(response.body.error.code).toBe('request.invalid');
  });
});
