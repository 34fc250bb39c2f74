import { beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/usecases/access.js';
import { importArticle } from '../../src/usecases/import-article.js';
import { createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';

// Today is 2026-05-10 (UTC) for every request of these tests.
const clock = { now: () => '2026-05-10T09:00:00.000Z' };

let t: TestApp;
let seeded: Awaited<ReturnType<typeof seedSampleDocument>>;
let second: number;

beforeEach(async () => {
  t = await createTestApp({}, { clock });
  seeded = await seedSampleDocument(t.deps);
  second = (await importArticle(t.deps, { projectId: seeded.project.id, content: 'Persib menang 2-0.', fileName: 'bola.txt', actor: systemActor() })).id;
  await t.addUser('citra', { projectId: seeded.project.id, role: 'manager' });
  await t.addUser('ayu', { projectId: seeded.project.id, role: 'translator' });
});

const due = (who: string, documentId: number, dueOn: string | null) => t.as(who).put(`/api/documents/${documentId}/due`).send({ dueOn });

describe('due dates', () => {
  it('lets a manager set and clear a document’s due day through the API', async () => {
    const set = await due('citra', seeded.document.id, '2026-05-12').expect(200);
    expect(set.body.document).toMatchObject({ id: seeded.document.id, dueOn: '2026-05-12' });
    const listed = await t.as('ayu').get(`/api/projects/${seeded.project.id}/documents`).expect(200);
    expect(listed.body.documents.find((doc: { id: number }) => doc.id === seeded.document.id).due).toEqual({ on: '2026-05-12', status: 'soon', days: 2 });
    await due('citra', seeded.document.id, null).expect(200);
    expect((await t.deps.store.findDocument(seeded.document.id))?.dueOn).toBeNull();
  });

  it('refuses a translator, and a day that does not exist', async () => {
    await due('ayu', seeded.document.id, '2026-05-12').expect(403);
    const invalid = await due('citra', seeded.document.id, '2026-02-30').expect(400);
    expect(invalid.body.error.code).toBe('document.dueDay');
    await due('citra', seeded.document.id, 'next week').expect(400);
    expect((await t.deps.store.findDocument(seeded.document.id))?.dueOn).toBeNull();
  });

  it('is set from the project page’s form, cleared by its Clear button, and goes back to the document’s card', async () => {
    const set = await t.as('citra').post(`/documents/${seeded.document.id}/due`).type('form').send({ dueOn: '2026-05-09' }).expect(303);
    expect(set.headers.location).toBe(`/projects/${seeded.project.id}#document-${seeded.document.id}`);
    const page = await t.as('citra').get(`/projects/${seeded.project.id}`).expect(200);
    expect(page.text).toContain('Overdue by 1 day (due May 9, 2026)');
    expect(page.text).toMatch(/<input type="date" id="due-\d+" name="dueOn" value="2026-05-09">/);
    await t.as('citra').post(`/documents/${seeded.document.id}/due`).type('form').send({ dueOn: '2026-05-09', clear: '1' }).expect(303);
    expect((await t.deps.store.findDocument(seeded.document.id))?.dueOn).toBeNull();
  });

  it('shows no due-date form to a translator, only the date', async () => {
    await due('citra', seeded.document.id, '2026-05-10').expect(200);
    const page = await t.as('ayu').get(`/projects/${seeded.project.id}`).expect(200);
    expect(page.text).toContain('Due today (May 10, 2026)');
    expect(page.text).not.toContain('name="dueOn"');
  });

  it('lists what waits on the dashboard earliest due first, saying in words how each stands, in the UI language', async () => {
    await due('citra', seeded.document.id, '2026-06-01').expect(200);
    await due('citra', second, '2026-05-07').expect(200);
    const dashboard = await t.as('ayu').get('/').expect(200);
    const waiting = dashboard.text.slice(dashboard.text.indexOf('id="to-translate"'), dashboard.text.indexOf('id="activity"'));
    const [overdue, later] = [waiting.indexOf('Overdue by 3 days (due May 7, 2026)'), waiting.indexOf('Due Jun 1, 2026')];
    expect(overdue).toBeGreaterThan(-1);
    expect(later).toBeGreaterThan(overdue);
    expect(waiting).toContain('data-due="overdue"');
    const indonesian = await t.as('ayu').get('/').set('Cookie', 'jembatan_lang=id').expect(200);
    expect(indonesian.text).toContain('Terlambat 3 hari (tenggat 7 Mei 2026)');
    expect(indonesian.text).toContain('Tenggat 1 Jun 2026');
  });

  it('shows the due day on the document’s statistics page', async () => {
    await due('citra', seeded.document.id, '2026-05-11').expect(200);
    const stats = await t.as('ayu').get(`/documents/${seeded.document.id}/stats`).expect(200);
    expect(stats.text).toContain('Due tomorrow (May 11, 2026)');
  });
});
