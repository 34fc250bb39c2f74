import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Segment, User } from '../../src/core/types.js';
import { systemActor } from '../../src/usecases/access.js';
import { createProject } from '../../src/usecases/create-project.js';
import { getDashboard } from '../../src/usecases/dashboard.js';
import { importArticle } from '../../src/usecases/import-article.js';
import { reviewSegment } from '../../src/usecases/review-segment.js';
import { saveTarget } from '../../src/usecases/save-target.js';
import { standInEnglish } from '../support/stand-in-english.js';
import { createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';

let t: TestApp;
let newsroom: Awaited<ReturnType<typeof seedSampleDocument>>;
let sports: { projectId: number; documentId: number; segments: readonly Segment[] };
const actors: Record<string, Actor> = {};

const actorOf = (user: User): Actor => ({ userId: user.id, username: user.username, isAdmin: user.isAdmin });
const text = (segments: readonly Segment[]) => segments.filter((segment) => segment.kind !== 'skip');

async function confirm(segment: Segment, who: string): Promise<void> {
  const current = (await t.deps.store.findSegment(segment.id))!;
  await saveTarget(t.deps, { segmentId: segment.id, baseVersion: current.version, target: standInEnglish(segment.source), action: 'confirm', origin: 'typed', actor: actors[who]! });
}

async function decide(segment: Segment, decision: 'approve' | 'reject', who: string, comment = 'Check the name.'): Promise<void> {
  const current = (await t.deps.store.findSegment(segment.id))!;
  await reviewSegment(t.deps, {
    segmentId: segment.id, baseVersion: current.version, decision, actor: actors[who]!,
    reason: decision === 'reject' ? { category: 'terminology', severity: 'major', comment } : undefined,
  });
}

beforeEach(async () => {
  t = await createTestApp();
  newsroom = await seedSampleDocument(t.deps, 'Newsroom');
  const project = await createProject(t.deps, systemActor(), { name: 'Sports desk' });
  const document = await importArticle(t.deps, {
    projectId: project.id, content: 'Persib menang 2-0.\n\nPelatih memuji para pemain muda.', fileName: 'bola.txt', actor: systemActor(),
  });
  sports = { projectId: project.id, documentId: document.id, segments: await t.deps.store.listSegments(document.id) };
  for (const [name, projectId, role] of [
    ['ayu', newsroom.project.id, 'translator'], ['eko', newsroom.project.id, 'translator'], ['budi', newsroom.project.id, 'reviewer'],
    ['citra', project.id, 'manager'], ['dewi', 0, null],
  ] as const) {
    actors[name] = actorOf(await t.addUser(name, role ? { projectId, role } : {}));
  }
  const [first, second, third, fourth] = text(newsroom.segments);
  for (const segment of [first!, second!, third!]) await confirm(segment, 'ayu');
  await confirm(fourth!, 'eko');
  await decide(first!, 'approve', 'budi');
  await decide(second!, 'reject', 'budi', 'Write "Foreign Minister", not "Menlu".');
  await decide(fourth!, 'reject', 'budi');
  await confirm(text(sports.segments)[0]!, 'citra');
});

describe('the dashboard', () => {
  it('lists documents to translate for a translator, and nothing to review', async () => {
    const dashboard = await getDashboard(t.deps, actors.ayu!);
    expect(dashboard.projects.map((project) => [project.name, project.role])).toEqual([['Newsroom', 'translator']]);
    expect(dashboard.toTranslate?.map((item) => item.document.id)).toEqual([newsroom.document.id]);
    expect(dashboard.toTranslate?.[0]?.words).toBeGreaterThan(0);
    expect(dashboard.toReview).toBeNull();
  });

  it('lists documents with translated words to review for a reviewer, and nothing to translate', async () => {
    const dashboard = await getDashboard(t.deps, actors.budi!);
    expect(dashboard.toTranslate).toBeNull();
    const third = text(newsroom.segments)[2]!;
    expect(dashboard.toReview).toEqual([expect.objectContaining({ projectName: 'Newsroom', words: third.wordCount })]);
    expect(dashboard.returned).toEqual([]);
  });

  it('gives a manager both lists, for their own project only', async () => {
    const dashboard = await getDashboard(t.deps, actors.citra!);
    expect(dashboard.toTranslate?.map((item) => item.document.id)).toEqual([sports.documentId]);
    expect(dashboard.toReview?.map((item) => item.document.id)).toEqual([sports.documentId]);
  });

  it('sends a rejected segment back to whoever confirmed it last, with the reason', async () => {
    const [, second, , fourth] = text(newsroom.segments);
    const ayu = await getDashboard(t.deps, actors.ayu!);
    expect(ayu.returned.map((item) => [item.segment.id, item.rejection.actor, item.rejection.comment])).toEqual([
      [second!.id, 'budi', 'Write "Foreign Minister", not "Menlu".'],
    ]);
    expect((await getDashboard(t.deps, actors.eko!)).returned.map((item) => item.segment.id)).toEqual([fourth!.id]);

    // Fixed and confirmed again: no longer waiting.
    await confirm(second!, 'ayu');
    expect((await getDashboard(t.deps, actors.ayu!)).returned).toEqual([]);
  });

  it('folds a run of changes into one activity line, newest first', async () => {
    const { activity } = await getDashboard(t.deps, actors.ayu!);
    expect(activity.map((item) => [item.author, item.kind, item.segments])).toEqual([
      ['budi', 'reject', 2], ['budi', 'approve', 1], ['eko', 'confirm', 1], ['ayu', 'confirm', 3],
    ]);
    expect(activity.every((item) => item.document.title === newsroom.document.title)).toBe(true);
  });

  it('shows activity only from the user’s projects', async () => {
    const citra = await getDashboard(t.deps, actors.citra!);
    expect(citra.activity.map((item) => [item.author, item.kind, item.document.id])).toEqual([['citra', 'confirm', sports.documentId]]);
    const page = await t.as('citra').get('/').expect(200);
    expect(page.text).not.toContain('Newsroom');
    expect(page.text).not.toContain(newsroom.document.title);
  });

  it('shows a non-member nothing of any project', async () => {
    const dashboard = await getDashboard(t.deps, actors.dewi!);
    expect(dashboard).toEqual({ projects: [], toTranslate: null, toReview: null, returned: [], mentions: [], activity: [] });
    const page = await t.as('dewi').get('/').expect(200);
    for (const hidden of ['Newsroom', 'Sports desk', newsroom.document.title, 'budi', 'citra']) expect(page.text).not.toContain(hidden);
    expect(page.text).toContain('You are not a member of any project yet.');
    expect(page.text).not.toContain('action="/projects"');
  });

  it('renders what waits and what happened, with links, in both languages', async () => {
    const [, second] = text(newsroom.segments);
    const page = await t.as('ayu').get('/').expect(200);
    expect(page.text).toContain('Waiting for you');
    expect(page.text).toContain(`href="/documents/${newsroom.document.id}#segment-${second!.id}"`);
    expect(page.text).toContain('Write &#34;Foreign Minister&#34;, not &#34;Menlu&#34;.');
    expect(page.text).toMatch(/<strong>ayu<\/strong> confirmed 3 segments —/);
    expect(page.text).toMatch(/<strong>budi<\/strong> rejected 2 segments —/);
    expect(page.text).not.toContain('To review');

    const indonesian = await t.as('ayu').get('/').set('Cookie', 'jembatan_lang=id').expect(200);
    expect(indonesian.text).toContain('Menunggu Anda');
    expect(indonesian.text).toMatch(/<strong>ayu<\/strong> mengonfirmasi 3 segmen —/);
    expect(indonesian.text).toContain('Aktivitas terbaru');
  });

  it('links a reviewer to the review page and keeps the project form for admins', async () => {
    const reviewer = await t.as('budi').get('/').expect(200);
    expect(reviewer.text).toContain(`href="/documents/${newsroom.document.id}/review"`);
    expect(reviewer.text).not.toContain('action="/projects"');
    const admin = await t.api.get('/').expect(200);
    expect(admin.text).toContain('action="/projects"');
    expect(admin.text).toContain('Sports desk');
  });
});
