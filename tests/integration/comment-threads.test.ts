import { beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../../src/core/types.js';
import { browserAgent, createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';

let t: TestApp;
let seeded: Awaited<ReturnType<typeof seedSampleDocument>>;
let segment: Segment;

beforeEach(async () => {
  t = await createTestApp();
  seeded = await seedSampleDocument(t.deps);
  await t.addUser('ayu', { projectId: seeded.project.id, role: 'translator' });
  await t.addUser('eko', { projectId: seeded.project.id, role: 'translator' });
  await t.addUser('budi', { projectId: seeded.project.id, role: 'reviewer' });
  await t.addUser('dewi');
  segment = seeded.segments.find((s) => s.kind === 'text')!;
});

const comment = (who: string, body: string, segmentId = segment.id) => t.as(who).post(`/api/segments/${segmentId}/comments`).send({ body }).expect(201);
const thread = (who: string, resolved: boolean) => t.as(who).post(`/api/segments/${segment.id}/thread`).send({ resolved });
const mentionsOn = async (who: string) => {
  const page = await t.as(who).get('/').expect(200);
  const start = page.text.indexOf('id="mentioned"');
  return start === -1 ? '' : page.text.slice(start, page.text.indexOf('</ul>', start));
};

describe('mentions in comments', () => {
  it('mentions the project members named, once each and whatever the case, and nobody else', async () => {
    await comment('budi', '@AYU please check; @ayu, also @dewi and write to eko@kantor.id');
    expect(await mentionsOn('ayu')).toContain('budi mentioned you:');
    expect(await mentionsOn('eko')).toBe('');
    expect(await mentionsOn('dewi')).toBe('');
    const history = await t.as('ayu').get(`/segments/${segment.id}/history`).expect(200);
    expect(history.text).toContain('<mark class="mention" title="Mentions ayu">@AYU</mark> please check; <mark class="mention" title="Mentions ayu">@ayu</mark>, also @dewi and write to eko@kantor.id');
  });

  it('never mentions the writer, and shows a comment’s text escaped around the highlighted names', async () => {
    await comment('budi', '@budi <img src=x onerror=alert(1)> @ayu');
    expect(await mentionsOn('budi')).toBe('');
    expect(await mentionsOn('ayu')).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const history = await t.as('ayu').get(`/segments/${segment.id}/history`).expect(200);
    expect(history.text).toContain('@budi &lt;img src=x onerror=alert(1)&gt; <mark class="mention" title="Mentions ayu">@ayu</mark>');
    expect(history.text).not.toContain('<img src=x');
  });

  it('takes a mention off the dashboard once its thread is resolved, and brings it back with a new comment', async () => {
    await comment('budi', '@ayu is “Menlu” right?');
    await thread('budi', true).expect(200);
    expect(await mentionsOn('ayu')).toBe('');
    await comment('eko', 'Not quite, see the glossary.');
    expect(await mentionsOn('ayu')).toContain('is “Menlu” right?');
  });
});

describe('resolving a comment thread', () => {
  it('lets whoever started the thread resolve and reopen it, recording who and when', async () => {
    await comment('ayu', 'Is this a title?');
    const resolved = await thread('ayu', true).expect(200);
    expect(resolved.body).toMatchObject({ thread: { comments: 1, resolved: true, lastEvent: { action: 'resolve', actor: 'ayu' } }, unresolved: [] });
    const history = await t.as('budi').get(`/segments/${segment.id}/history?partial=1`).expect(200);
    expect(history.text).toContain('data-thread="resolved"');
    expect(history.text).toMatch(/resolved by ayu · <time datetime="2026-/);
    const reopened = await thread('ayu', false).expect(200);
    expect(reopened.body).toMatchObject({ thread: { resolved: false, lastEvent: { action: 'reopen', actor: 'ayu' } }, unresolved: [segment.id] });
  });

  it('lets a reviewer resolve anyone’s thread, and refuses another translator', async () => {
    await comment('ayu', 'Is this a title?');
    const refused = await thread('eko', true).expect(403);
    expect(refused.body.error.code).toBe('comment.resolveForbidden');
    await thread('budi', true).expect(200);
    const eko = await t.as('eko').get(`/segments/${segment.id}/history?partial=1`).expect(200);
    expect(eko.text).not.toContain('data-thread-form');
  });

  it('answers a conflict for a segment without comments, and changes nothing when asked for the state it has', async () => {
    expect((await thread('budi', true).expect(409)).body.error.code).toBe('comment.noThread');
    await comment('ayu', 'Is this a title?');
    await thread('budi', true).expect(200);
    const first = await t.deps.store.latestThreadEvent(segment.id);
    await thread('ayu', true).expect(200);
    expect(first).toMatchObject({ action: 'resolve', actor: 'budi' });
    expect(await t.deps.store.latestThreadEvent(segment.id)).toEqual(first);
  });

  it('counts unresolved threads in the editor header, linked to the filter that shows them', async () => {
    const other = seeded.segments.filter((s) => s.kind === 'text')[1]!;
    await comment('ayu', 'One.');
    await comment('ayu', 'Two.', other.id);
    await thread('budi', true).expect(200);
    const { agent } = await browserAgent(t.app, 'ayu');
    const editor = await agent.get(`/documents/${seeded.document.id}`).expect(200);
    expect(editor.text).toMatch(/<a href="\?unresolved=1" data-unresolved-link>1 unresolved comment thread<\/a>/);
    expect(editor.text).toContain(`data-unresolved="[${other.id}]"`);
    const indonesian = await agent.get(`/documents/${seeded.document.id}`).set('Cookie', 'jembatan_lang=id').expect(200);
    expect(indonesian.text).toContain('1 utas komentar belum selesai');
  });

  it('resolves from the history page’s form too', async () => {
    await comment('ayu', 'Is this a title?');
    const { agent, token } = await browserAgent(t.app, 'budi');
    const done = await agent.post(`/segments/${segment.id}/thread`).type('form').send({ _csrf: token, resolved: '1' }).expect(303);
    expect(done.headers.location).toBe(`/segments/${segment.id}/history#comments`);
    expect((await t.deps.store.latestThreadEvent(segment.id))?.action).toBe('resolve');
  });
});
