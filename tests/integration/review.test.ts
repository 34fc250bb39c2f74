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
  await t.addUser('rudi', { projectId: seeded.project.id, role: 'reviewer' });
  segment = seeded.segments.find((s) => s.kind === 'text')!;
  await t.as('ayu').put(`/api/segments/${segment.id}/target`).send({ target: 'Menlu meets Wang Yi', baseVersion: 0, action: 'confirm' }).expect(200);
});

const review = (who: string, body: object) => t.as(who).post(`/api/segments/${segment.id}/review`).send(body);
const REASON = { category: 'accuracy', severity: 'major', comment: 'Menlu is the foreign minister: spell it out.' };

describe('the review workflow', () => {
  it('approves the revision shown, and answers 409 with the new diff if the text changed since', async () => {
    await t.as('ayu').put(`/api/segments/${segment.id}/target`).send({ target: 'Foreign minister meets Wang Yi', baseVersion: 1, action: 'confirm' }).expect(200);
    const stale = await review('rudi', { baseVersion: 1, decision: 'approve' }).expect(409);
    expect(stale.body.error.diff).toContainEqual({ op: 'insert', text: 'Foreign' });
    const approved = await review('rudi', { baseVersion: 2, decision: 'approve' }).expect(200);
    expect(approved.body.segment.state).toBe('approved');
  });

  it('refuses a rejection without a reason, and shows the reason to the translator in the editor', async () => {
    await review('rudi', { baseVersion: 1, decision: 'reject' }).expect(400);
    await review('rudi', { baseVersion: 1, decision: 'reject', reason: REASON }).expect(200);
    const { agent } = await browserAgent(t.app, 'ayu');
    const editor = await agent.get(`/documents/${seeded.document.id}`).expect(200);
    expect(editor.text).toContain('Rejected by rudi:');
    expect(editor.text).toContain('Menlu is the foreign minister: spell it out.');
  });

  it('forbids translators to approve, reject or edit approved segments, also by split, merge or skip', async () => {
    await review('ayu', { baseVersion: 1, decision: 'approve' }).expect(403);
    await review('rudi', { baseVersion: 1, decision: 'approve' }).expect(200);
    await t.as('ayu').put(`/api/segments/${segment.id}/target`).send({ target: 'Changed', baseVersion: 2 }).expect(403);
    await t.as('ayu').post(`/api/segments/${segment.id}/split`).send({ baseVersion: 2, at: 6 }).expect(403);
    await t.as('ayu').post(`/api/segments/${segment.id}/skip`).send({ baseVersion: 2, skipped: true }).expect(403);
    expect((await t.deps.store.findSegment(segment.id))?.state).toBe('approved');
  });

  it("keeps a reviewer's edit confirmed and shows it to the translator as a tracked change", async () => {
    const edited = await t.as('rudi').put(`/api/segments/${segment.id}/target`).send({ target: 'Foreign Minister meets Wang Yi', baseVersion: 1 }).expect(200);
    expect(edited.body.segment.state).toBe('translated');
    const { agent } = await browserAgent(t.app, 'ayu');
    const editor = await agent.get(`/documents/${seeded.document.id}`).expect(200);
    expect(editor.text).toContain('Changed by a reviewer after your confirmation:');
    expect(editor.text).toContain('<del>Menlu</del><ins>Foreign');
  });

  it('lists waiting segments first with their diffs, counts LQA penalties, and approves all shown', async () => {
    await review('rudi', { baseVersion: 1, decision: 'reject', reason: REASON }).expect(200);
    await t.as('ayu').put(`/api/segments/${segment.id}/target`).send({ target: 'Foreign Minister meets Wang Yi', baseVersion: 2, action: 'confirm' }).expect(200);
    const { agent, token } = await browserAgent(t.app, 'rudi');
    const page = await agent.get(`/documents/${seeded.document.id}/review?compare=confirmed`).expect(200);
    expect(page.text).toContain('5 penalty points');
    expect(page.text.indexOf(`id="segment-${segment.id}"`)).toBeLessThan(page.text.indexOf('class="review-item state-new'));
    const items = /name="items" value="([^"]+)"/.exec(page.text)![1]!;
    await agent.post(`/documents/${seeded.document.id}/review/approve-all`).type('form').send({ _csrf: token, items }).expect(303);
    expect((await t.deps.store.findSegment(segment.id))?.state).toBe('approved');
    const events = await t.deps.store.listReviewEvents(segment.id);
    expect(events.map((e) => `${e.action}:${e.fromState}->${e.toState}:${e.actor}`)).toEqual([
      'confirm:new->translated:ayu', 'reject:translated->rejected:rudi', 'confirm:rejected->translated:ayu', 'approve:translated->approved:rudi',
    ]);
  });

  it('counts a single penalty point in the singular', async () => {
    await review('rudi', { baseVersion: 1, decision: 'reject', reason: { ...REASON, severity: 'minor' } }).expect(200);
    const { agent } = await browserAgent(t.app, 'rudi');
    const page = await agent.get(`/documents/${seeded.document.id}/review`).expect(200);
    expect(page.text).toContain('1 penalty point,');
  });

  it('lets exactly one of two reviewers approving the same version win', async () => {
    await t.addUser('sari', { projectId: seeded.project.id, role: 'reviewer' });
    const results = await Promise.all([review('rudi', { baseVersion: 1, decision: 'approve' }), review('sari', { baseVersion: 1, decision: 'approve' })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await t.deps.store.listReviewEvents(segment.id)).filter((e) => e.action === 'approve')).toHaveLength(1);
  });

  it('lets exactly one of a translator saving and a reviewer approving the same version win, losing nothing', async () => {
    const [save, approve] = await Promise.all([
      t.as('ayu').put(`/api/segments/${segment.id}/target`).send({ target: 'Late fix', baseVersion: 1 }),
      review('rudi', { baseVersion: 1, decision: 'approve' }),
    ]);
    expect([save.status, approve.status].sort()).toEqual([200, 409]);
    const history = (await t.deps.store.listRevisions(segment.id)).map((r) => r.target);
    if (save.status === 409) expect(save.body.error.sent).toBe('Late fix');
    else expect(history).toContain('Late fix');
  });

  it('keeps a comment thread per segment where the translator can answer the reviewer', async () => {
    await t.as('rudi').post(`/api/segments/${segment.id}/comments`).send({ body: 'Why "meets"?' }).expect(201);
    await t.as('ayu').post(`/api/segments/${segment.id}/comments`).send({ body: 'The source says "bertemu".' }).expect(201);
    await t.as('ayu').post(`/api/segments/${segment.id}/comments`).send({ body: '   ' }).expect(400);
    const panel = await t.as('ayu').get(`/segments/${segment.id}/history?partial=1`).expect(200);
    expect(panel.text.indexOf('Why &#34;meets&#34;?')).toBeLessThan(panel.text.indexOf('The source says &#34;bertemu&#34;.'));
    const { agent } = await browserAgent(t.app, 'ayu');
    expect((await agent.get(`/documents/${seeded.document.id}`)).text).toContain('2 comments');
  });

  it('lists the segments changed since a time, each against its text at that time', async () => {
    const since = (await t.deps.store.listRevisions(segment.id))[0]!.createdAt;
    await t.as('rudi').put(`/api/segments/${segment.id}/target`).send({ target: 'Foreign Minister meets Wang Yi', baseVersion: 1 }).expect(200);
    const { agent } = await browserAgent(t.app, 'rudi');
    const page = await agent.get(`/documents/${seeded.document.id}/changes?since=${encodeURIComponent(since)}`).expect(200);
    expect(page.text).toContain('1 segment changed since');
    expect(page.text).toMatch(/<h1>Changes since Jan 1, 2026, 12:00:\d\d\sAM UTC<\/h1>/);
    expect(page.text).toContain('<del>Menlu</del><ins>Foreign');
    await agent.get(`/documents/${seeded.document.id}/changes?since=yesterday`).expect(400);
  });

  it('tells the translator how many segments were rejected, from the moment of the rejection', async () => {
    const { agent } = await browserAgent(t.app, 'ayu');
    // Opened before as well: the count is kept with the segment list it came from, and must not outlive it.
    expect((await agent.get(`/documents/${seeded.document.id}`)).text).not.toContain('was rejected by a reviewer');
    await review('rudi', { baseVersion: 1, decision: 'reject', reason: REASON }).expect(200);
    expect((await agent.get(`/documents/${seeded.document.id}`)).text).toContain('1 segment was rejected by a reviewer.');
  });

  it('shows the review page again with the new text when the reviewer approves a text that changed meanwhile', async () => {
    const { agent, token } = await browserAgent(t.app, 'rudi');
    await t.as('ayu').put(`/api/segments/${segment.id}/target`).send({ target: 'Foreign Minister meets Wang Yi', baseVersion: 1, action: 'confirm' }).expect(200);
    const response = await agent.post(`/segments/${segment.id}/review`).type('form').send({ _csrf: token, baseVersion: '1', decision: 'approve' }).expect(303);
    expect(response.headers.location).toContain('done=changed');
    const page = await agent.get(response.headers.location!).expect(200);
    expect(page.text).toContain('This segment changed after the page was shown');
    expect((await t.deps.store.findSegment(segment.id))?.state).toBe('translated');
  });

  it('does not show the review page to translators', async () => {
    const { agent } = await browserAgent(t.app, 'ayu');
    await agent.get(`/documents/${seeded.document.id}/review`).expect(403);
  });
});
