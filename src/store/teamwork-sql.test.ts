import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

let stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.map((store) => store.close()));
  stores = [];
});

const segment = (source: string) => ({ paragraph: 0, kind: 'text' as const, label: null, source, glueAfter: ' ', wordCount: 2 });

async function seeded() {
  let tick = Date.UTC(2026, 4, 10);
  const store = openSqliteStore(':memory:', { now: () => new Date((tick += 1000)).toISOString() });
  stores.push(store);
  const project = await store.createProject({ name: 'Desk', sourceLang: 'id', targetLang: 'en' });
  const other = await store.createProject({ name: 'Other desk', sourceLang: 'id', targetLang: 'en' });
  const document = await store.createDocument({ projectId: project.id, title: 'D', sourceFormat: 'txt', originalName: null, segments: [segment('Satu.'), segment('Dua.'), segment('Tiga.')] });
  const elsewhere = await store.createDocument({ projectId: other.id, title: 'E', sourceFormat: 'txt', originalName: null, segments: [segment('Empat.')] });
  const user = (name: string) => store.createUser({ username: name, displayName: name, passwordHash: 'x', isAdmin: false });
  const [ayu, budi] = [await user('ayu'), await user('budi')];
  const segments = await store.listSegments(document.id);
  return { store, project, other, document, elsewhere, ayu, budi, segments };
}

describe('teamwork in the SQLite store', () => {
  it('sets and clears a document’s due day, and refuses a value that is not a day', async () => {
    const { store, document } = await seeded();
    expect((await store.setDocumentDue(document.id, '2026-05-12'))?.dueOn).toBe('2026-05-12');
    expect((await store.findDocument(document.id))?.dueOn).toBe('2026-05-12');
    expect((await store.setDocumentDue(document.id, null))?.dueOn).toBeNull();
    await expect(store.setDocumentDue(document.id, 'tomorrow!!')).rejects.toThrow(/CHECK/);
    expect(await store.setDocumentDue(9999, '2026-05-12')).toBeNull();
  });

  it('stores a comment with its mentions, and lists them per comment', async () => {
    const { store, segments, ayu, budi } = await seeded();
    const first = await store.addMentioningComment({ segmentId: segments[0]!.id, author: 'citra', body: '@ayu @budi look', mentions: [ayu.id, budi.id] });
    await store.addMentioningComment({ segmentId: segments[0]!.id, author: 'ayu', body: 'Done.', mentions: [] });
    expect(first.body).toBe('@ayu @budi look');
    expect([...(await store.listCommentMentions(segments[0]!.id))]).toEqual([[first.id, ['ayu', 'budi']]]);
    expect(await store.listComments(segments[0]!.id)).toHaveLength(2);
  });

  it('keeps thread events append-only and gives each thread its latest event and newest comment', async () => {
    const { store, document, segments } = await seeded();
    const comment = await store.addMentioningComment({ segmentId: segments[1]!.id, author: 'ayu', body: 'Nama?', mentions: [] });
    await store.addMentioningComment({ segmentId: segments[2]!.id, author: 'ayu', body: 'Angka?', mentions: [] });
    const resolved = await store.addThreadEvent({ segmentId: segments[1]!.id, action: 'resolve', lastCommentId: comment.id, actor: 'budi' });
    expect(resolved).toMatchObject({ action: 'resolve', actor: 'budi', lastCommentId: comment.id, createdAt: expect.stringMatching(/^2026-05-10T/) });
    expect(await store.latestThreadEvent(segments[1]!.id)).toEqual(resolved);
    expect(await store.latestThreadEvent(segments[2]!.id)).toBeNull();
    expect(await store.listDocumentThreads(document.id)).toEqual([
      { segmentId: segments[1]!.id, lastCommentId: comment.id, lastEvent: { action: 'resolve', lastCommentId: comment.id } },
      { segmentId: segments[2]!.id, lastCommentId: comment.id + 1, lastEvent: null },
    ]);
  });

  it('lists the mentions of a person in the given projects only, newest first', async () => {
    const { store, project, segments, elsewhere, ayu, budi } = await seeded();
    const [away] = await store.listSegments(elsewhere.id);
    const older = await store.addMentioningComment({ segmentId: segments[0]!.id, author: 'budi', body: '@ayu one', mentions: [ayu.id] });
    await store.addMentioningComment({ segmentId: segments[1]!.id, author: 'ayu', body: '@budi two', mentions: [budi.id] });
    await store.addMentioningComment({ segmentId: away!.id, author: 'budi', body: '@ayu elsewhere', mentions: [ayu.id] });
    const newer = await store.addMentioningComment({ segmentId: segments[2]!.id, author: 'budi', body: '@ayu three', mentions: [ayu.id] });
    const mentions = await store.listMentionsOf(ayu.id, [project.id], 10);
    expect(mentions.map((entry) => entry.comment.id)).toEqual([newer.id, older.id]);
    expect(mentions[0]).toMatchObject({ document: { title: 'D', projectId: project.id }, thread: { segmentId: segments[2]!.id, lastCommentId: newer.id, lastEvent: null } });
    expect(await store.listMentionsOf(ayu.id, [project.id], 1)).toHaveLength(1);
  });

  it('sums editing time per person and per segment, most time first', async () => {
    const { store, document, segments } = await seeded();
    await store.addEditingTime({ segmentId: segments[0]!.id, username: 'ayu', ms: 30_000 });
    await store.addEditingTime({ segmentId: segments[0]!.id, username: 'ayu', ms: 15_000 });
    await store.addEditingTime({ segmentId: segments[0]!.id, username: 'budi', ms: 5_000 });
    await store.addEditingTime({ segmentId: segments[2]!.id, username: 'budi', ms: 60_000 });
    expect(await store.summariseEditingTime(document.id)).toEqual({
      byPerson: [{ username: 'budi', ms: 65_000, segments: 2 }, { username: 'ayu', ms: 45_000, segments: 1 }],
      bySegment: [{ segmentId: segments[2]!.id, ms: 60_000, people: ['budi'] }, { segmentId: segments[0]!.id, ms: 50_000, people: ['ayu', 'budi'] }],
    });
  });

  it('refuses an editing time outside 1 ms to 30 minutes', async () => {
    const { store, segments } = await seeded();
    await expect(store.addEditingTime({ segmentId: segments[0]!.id, username: 'ayu', ms: 0 })).rejects.toThrow(/CHECK/);
    await expect(store.addEditingTime({ segmentId: segments[0]!.id, username: 'ayu', ms: 30 * 60_000 + 1 })).rejects.toThrow(/CHECK/);
  });
});
