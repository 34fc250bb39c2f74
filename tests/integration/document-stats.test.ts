import { beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../../src/core/types.js';
import { createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';

let t: TestApp;
let seeded: Awaited<ReturnType<typeof seedSampleDocument>>;
let text: Segment[];

beforeEach(async () => {
  t = await createTestApp();
  seeded = await seedSampleDocument(t.deps);
  await t.addUser('ayu', { projectId: seeded.project.id, role: 'translator' });
  await t.addUser('eko', { projectId: seeded.project.id, role: 'translator' });
  await t.addUser('budi', { projectId: seeded.project.id, role: 'reviewer' });
  text = seeded.segments.filter((s) => s.kind === 'text');
});

const save = (who: string, segment: Segment, body: Record<string, unknown>) => t.as(who).put(`/api/segments/${segment.id}/target`).send({ target: 'Text.', baseVersion: 0, ...body });
const statsOf = async (who = 'ayu') => (await t.as(who).get(`/documents/${seeded.document.id}/stats`).expect(200)).text;

describe('editing time', () => {
  it('is recorded with a save and with a confirm, per person and segment', async () => {
    await save('ayu', text[0]!, { elapsedMs: 90_000 }).expect(200);
    await t.as('ayu').post(`/api/segments/${text[0]!.id}/confirm`).send({ baseVersion: 1, elapsedMs: 30_000 }).expect(200);
    await save('eko', text[1]!, { elapsedMs: 45_000 }).expect(200);
    expect(await t.deps.store.summariseEditingTime(seeded.document.id)).toEqual({
      byPerson: [{ username: 'ayu', ms: 120_000, segments: 1 }, { username: 'eko', ms: 45_000, segments: 1 }],
      bySegment: [{ segmentId: text[0]!.id, ms: 120_000, people: ['ayu'] }, { segmentId: text[1]!.id, ms: 45_000, people: ['eko'] }],
    });
  });

  it('refuses a time below zero or above thirty minutes, and a time that is not a whole number', async () => {
    for (const elapsedMs of [-1, 30 * 60_000 + 1, 1.5, '1000']) await save('ayu', text[0]!, { elapsedMs }).expect(400);
    expect((await t.deps.store.findSegment(text[0]!.id))?.version).toBe(0);
  });

  it('records nothing for a save that conflicts, or that carries no time', async () => {
    await save('ayu', text[0]!, {}).expect(200);
    await save('eko', text[0]!, { baseVersion: 0, elapsedMs: 20_000 }).expect(409);
    expect(await t.deps.store.summariseEditingTime(seeded.document.id)).toEqual({ byPerson: [], bySegment: [] });
  });
});

describe('the statistics page', () => {
  it('shows the time in all, per person and the slowest segments, in the UI language', async () => {
    await save('ayu', text[2]!, { elapsedMs: 3600_000 / 2 }).expect(200);
    await save('ayu', text[2]!, { baseVersion: 1, target: 'Text, longer.', elapsedMs: 20 * 60_000 }).expect(200);
    await save('eko', text[0]!, { elapsedMs: 65_000 }).expect(200);
    const page = await statsOf();
    expect(page).toContain('<dd id="stats-time">51 min 5 sec</dd>');
    expect(page).toContain('51 min 5 sec in all, on 2 segments (25 min 33 sec per segment).');
    const people = page.slice(page.indexOf('id="stats-people"'), page.indexOf('</table>', page.indexOf('id="stats-people"')));
    expect(people).toMatch(/<code>ayu<\/code><\/th><td>50 min<\/td><td>1<\/td>[\s\S]*<code>eko<\/code><\/th><td>1 min 5 sec<\/td>/);
    const slowest = page.slice(page.indexOf('id="stats-slowest"'));
    expect(slowest.indexOf(`#segment-${text[2]!.id}`)).toBeLessThan(slowest.indexOf(`#segment-${text[0]!.id}`));
    expect(slowest).toContain(`>${text[2]!.position + 1}</a>`);
    const indonesian = (await t.as('ayu').get(`/documents/${seeded.document.id}/stats`).set('Cookie', 'jembatan_lang=id').expect(200)).text;
    expect(indonesian).toContain('<dd id="stats-time">51 mnt, 5 dtk</dd>');
  });

  it('shows words and segments, TM leverage, QA findings, the LQA summary, comment threads and every export', async () => {
    await save('ayu', text[0]!, { target: 'Rp 1,5 miliar', action: 'confirm' }).expect(200);
    await t.as('budi').post(`/api/segments/${text[0]!.id}/review`).send({
      baseVersion: 1, decision: 'reject', reason: { category: 'accuracy', severity: 'major', comment: 'Numbers.' },
    }).expect(200);
    await t.as('budi').post(`/api/segments/${text[1]!.id}/comments`).send({ body: '@ayu?' }).expect(201);
    const page = await statsOf();
    const words = seeded.segments.filter((s) => s.kind !== 'skip').reduce((sum, s) => sum + s.wordCount, 0);
    expect(page).toContain(`<dd id="stats-words">${words.toLocaleString('en')}</dd>`);
    expect(page).toContain(`<dd id="stats-segments">${text.length + seeded.segments.filter((s) => s.kind === 'heading').length}</dd>`);
    // Nothing in the memory comes from elsewhere: every sentence is in the no-match band (or a repetition).
    expect(Number(/data-band="none"><th scope="row">[^<]+<\/th><td>(\d+)<\/td>/.exec(page)?.[1])).toBeGreaterThan(0);
    expect(page).toMatch(/id="stats-qa"[\s\S]*\d+ errors?<\/strong>/);
    expect(page).toMatch(/id="stats-lqa"[\s\S]*Accuracy<\/th><td>0<\/td><td>1<\/td><td>0<\/td>/);
    expect(page).toContain('1 comment thread, 1 unresolved.');
    for (const format of ['xliff21', 'xliff12', 'tmx', 'csv', 'docx', 'docx-tracked', 'html', 'txt', 'md', 'target-html', 'target-docx']) {
      expect(page).toContain(`/documents/${seeded.document.id}/export/${format}"`);
    }
  });

  it('is linked from the editor header and the project page', async () => {
    const editor = (await t.as('ayu').get(`/documents/${seeded.document.id}`).expect(200)).text;
    expect(editor).toContain(`href="/documents/${seeded.document.id}/stats" id="stats-link"`);
    const project = (await t.as('ayu').get(`/projects/${seeded.project.id}`).expect(200)).text;
    expect(project).toContain(`href="/documents/${seeded.document.id}/stats"`);
  });

  it('is not found for someone outside the project', async () => {
    await t.addUser('dewi');
    await t.as('dewi').get(`/documents/${seeded.document.id}/stats`).expect(404);
  });
});
