import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../core/clock.js';
import type { SegmentState } from '../core/types.js';
import { openSqliteStore } from './sqlite-store.js';
import type { ExportReads, ReviewWrite, Store } from './store.js';

const stores: Store[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** A clock a minute further on each time it is read. */
function tickingClock(): Clock {
  let minute = 0;
  return { now: () => new Date(Date.UTC(2026, 10, 1, 9, minute++)).toISOString() };
}

const everything: ExportReads = { finishedOnly: false, authors: true, comments: true, rejections: true, revised: true };
const nothing: ExportReads = { finishedOnly: false, authors: false, comments: false, rejections: false, revised: false };

async function aDocument(sources: readonly string[]) {
  const store = openSqliteStore(':memory:', tickingClock());
  stores.push(store);
  const project = await store.createProject({ name: 'Desk', sourceLang: 'id', targetLang: 'en' });
  const document = await store.createDocument({
    projectId: project.id, title: 'T', sourceFormat: 'txt', originalName: null,
    segments: sources.map((source) => ({ paragraph: 0, kind: 'text' as const, label: null, source, glueAfter: ' ', wordCount: 1 })),
  });
  const ids = (await store.listSegments(document.id)).map((segment) => segment.id);
  /** Saves a target from the segment's current version, as the editor does. */
  const save = async (segmentId: number, target: string, state: SegmentState, author: string, review?: ReviewWrite) => {
    const current = await store.findSegment(segmentId);
    const outcome = await store.saveTarget({ segmentId, baseVersion: current!.version, target, state, origin: 'typed', author, review });
    expect(outcome.saved).toBe(true);
  };
  return { store, documentId: document.id, ids, save };
}

describe('listExportSegments', () => {
  it('gives each live segment in order with the authors of its first and latest revision by version', async () => {
    const { store, documentId, ids: [a, b], save } = await aDocument(['Satu.', 'Dua.']);
    await save(a!, 'One', 'draft', 'ayu');
    await save(a!, 'One.', 'draft', 'budi');
    await save(a!, 'One!', 'translated', 'citra', { action: 'confirm' });
    // A change of kind moves the version on without a revision.
    await store.setSegmentKind({ segmentId: a!, baseVersion: 3, kind: 'heading', author: 'dewi' });
    const segments = await store.listExportSegments(documentId, everything);
    expect(segments.map(({ id, target, version, kind }) => ({ id, target, version, kind }))).toEqual([
      { id: a, target: 'One!', version: 4, kind: 'heading' },
      { id: b, target: '', version: 0, kind: 'text' },
    ]);
    const [first] = await store.listRevisions(a!);
    expect(segments[0]).toMatchObject({ createdBy: 'ayu', createdAt: first!.createdAt, updatedBy: 'citra' });
    expect(segments[1]).toMatchObject({ createdBy: null, createdAt: null, updatedBy: null });
  });

  it('leaves out what was not asked for', async () => {
    const { store, documentId, ids: [a], save } = await aDocument(['Satu.']);
    await save(a!, 'One.', 'translated', 'ayu', { action: 'confirm' });
    await save(a!, 'One!', 'rejected', 'rina', { action: 'reject', comment: 'No.' });
    await store.addComment({ segmentId: a!, author: 'rina', body: 'Why?' });
    const [segment] = await store.listExportSegments(documentId, nothing);
    expect(segment).toMatchObject({ target: 'One!', comments: [], rejection: null, revised: null });
    expect(segment).not.toHaveProperty('createdBy');
    const [withComments] = await store.listExportSegments(documentId, { ...nothing, comments: true });
    expect(withComments?.comments).toEqual([{ author: 'rina', body: 'Why?', createdAt: expect.any(String) }]);
  });

  it.each([[false, false], [false, true], [true, false], [true, true]])('gives only the translated and approved segments, in order, when asked for the finished ones (authors %s, rejections %s)', async (authors, rejections) => {
    const { store, documentId, ids: [a, b, c, d, e], save } = await aDocument(['Satu.', 'Dua.', 'Tiga.', 'Empat.', 'Lima.']);
    await save(a!, 'One.', 'translated', 'ayu', { action: 'confirm' });
    await save(b!, 'Two', 'draft', 'ayu');
    await save(c!, 'Three.', 'translated', 'ayu', { action: 'confirm' });
    await save(c!, 'Three!', 'rejected', 'rina', { action: 'reject', comment: 'No.' });
    await save(d!, 'Four.', 'translated', 'ayu', { action: 'confirm' });
    await save(d!, 'Four.', 'approved', 'rina', { action: 'approve' });
    const segments = await store.listExportSegments(documentId, { ...everything, authors, rejections, finishedOnly: true });
    expect(segments.map(({ id, state }) => ({ id, state }))).toEqual([{ id: a, state: 'translated' }, { id: d, state: 'approved' }]);
    if (authors) expect(segments[0]).toMatchObject({ createdBy: 'ayu', updatedBy: 'ayu' });
    else expect(segments[0]).not.toHaveProperty('createdBy');
    expect((await store.listExportSegments(documentId, everything)).map(({ id }) => id)).toEqual([a, b, c, d, e]);
  });

  it('gives each segment its comments oldest first', async () => {
    const { store, documentId, ids: [a, b] } = await aDocument(['Satu.', 'Dua.']);
    for (const [segmentId, body] of [[b, 'b1'], [a, 'a1'], [b, 'b2'], [a, 'a2']] as const) await store.addComment({ segmentId: segmentId!, author: 'rina', body });
    const segments = await store.listExportSegments(documentId, everything);
    expect(segments.map((segment) => segment.comments.map((comment) => comment.body))).toEqual([['a1', 'a2'], ['b1', 'b2']]);
  });

  it('gives the latest rejection of a rejected segment, and none once an approval came after it or the segment moved on', async () => {
    const { store, documentId, ids: [a, b, c], save } = await aDocument(['Satu.', 'Dua.', 'Tiga.']);
    for (const id of [a!, b!, c!]) await save(id, 'Text.', 'translated', 'ayu', { action: 'confirm' });
    await save(a!, 'Text.', 'rejected', 'rina', { action: 'reject', category: 'style' });
    await save(a!, 'Text.', 'rejected', 'dewi', { action: 'reject', category: 'accuracy', severity: 'major', comment: 'Wrong.' });
    await save(b!, 'Text.', 'rejected', 'rina', { action: 'reject' });
    await save(b!, 'Text.', 'approved', 'rina', { action: 'approve' });
    await save(c!, 'Text.', 'rejected', 'rina', { action: 'reject' });
    await save(c!, 'Text!', 'translated', 'ayu', { action: 'confirm' });
    const segments = await store.listExportSegments(documentId, everything);
    expect(segments.map((segment) => segment.rejection)).toEqual([
      { author: 'dewi', category: 'accuracy', severity: 'major', comment: 'Wrong.', createdAt: expect.any(String) }, null, null,
    ]);
  });

  it('gives the confirmed text of translated or approved segments whose target changed since, with who changed it last', async () => {
    const { store, documentId, ids: [a, b, c], save } = await aDocument(['Satu.', 'Dua.', 'Tiga.']);
    await save(a!, 'One.', 'translated', 'ayu', { action: 'confirm' });
    await save(a!, 'One!', 'approved', 'rina', { action: 'approve' });
    await save(b!, 'Two.', 'translated', 'ayu', { action: 'confirm' });
    await save(b!, 'Two.', 'approved', 'rina', { action: 'approve' });
    await save(c!, 'Three.', 'translated', 'ayu', { action: 'confirm' });
    await save(c!, 'Three!', 'draft', 'budi');
    const segments = await store.listExportSegments(documentId, everything);
    const latest = (await store.listRevisions(a!)).at(-1);
    expect(segments.map((segment) => segment.revised)).toEqual([
      { confirmed: 'One.', confirmedBy: 'ayu', revisedBy: 'rina', revisedAt: latest?.createdAt }, null, null,
    ]);
  });

  it('leaves out segments merged away, with their comments', async () => {
    const { store, documentId, ids: [a, b] } = await aDocument(['Satu.', 'Dua.']);
    await store.addComment({ segmentId: b!, author: 'rina', body: 'Gone with it.' });
    const merged = { source: 'Satu. Dua.', target: '', state: 'new' as const, kind: 'text' as const, label: null, glueAfter: '', wordCount: 2 };
    const outcome = await store.mergeSegments({ first: { id: a!, version: 0 }, second: { id: b!, version: 0 }, merged, author: 'ayu' });
    expect(outcome.done).toBe(true);
    const segments = await store.listExportSegments(documentId, everything);
    expect(segments.map((segment) => [segment.id, segment.source, segment.comments])).toEqual([[a, 'Satu. Dua.', []]]);
  });
});
