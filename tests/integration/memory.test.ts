import { beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../../src/core/types.js';
import { systemActor } from '../../src/usecases/access.js';
import { createProject } from '../../src/usecases/create-project.js';
import { importArticle } from '../../src/usecases/import-article.js';
import { reviewSegment } from '../../src/usecases/review-segment.js';
import { saveTarget } from '../../src/usecases/save-target.js';
import { browserAgent, createTestApp, SAMPLE_ARTICLE, seedSampleDocument, type TestApp } from '../support/test-app.js';

let t: TestApp;
let projectId: number;
let first: Segment[];

const actor = systemActor('tari');
const english = (segment: Segment) => `EN: ${segment.source}`;
const matchesOf = async (segmentId: number) =>
  (await t.api.get(`/api/segments/${segmentId}/matches`).expect(200)).body.matches as { score: number; target: string; source: string; sourceDiff: { op: string; text: string }[] }[];

beforeEach(async () => {
  t = await createTestApp();
  const seeded = await seedSampleDocument(t.deps);
  projectId = seeded.project.id;
  first = seeded.segments.filter((segment) => segment.kind !== 'skip');
});

async function translateAll(segments: readonly Segment[]) {
  for (const segment of segments) {
    await saveTarget(t.deps, { segmentId: segment.id, baseVersion: segment.version, target: english(segment), action: 'confirm', origin: 'typed', actor });
  }
}

describe('translation memory', () => {
  it('offers a 100 % (or in-context 101 %) match for every sentence translated in an earlier document', async () => {
    await translateAll(first);
    const again = await importArticle(t.deps, { projectId, content: SAMPLE_ARTICLE, fileName: 'again.txt', actor: systemActor() });
    const second = (await t.deps.store.listSegments(again.id)).filter((segment) => segment.kind !== 'skip');
    expect(second).toHaveLength(first.length);
    for (const segment of second) {
      const [best] = await matchesOf(segment.id);
      expect(best?.score, segment.source).toBeGreaterThanOrEqual(100);
      expect(best?.target).toBe(english(segment));
    }
    // Same neighbours as in the first document: in context.
    expect((await matchesOf(second[3]!.id))[0]?.score).toBe(101);
  });

  it('offers a fuzzy match with what differs in the source', async () => {
    const segment = first.find((s) => s.source.split(' ').length > 8)!;
    await translateAll([segment]);
    const changed = segment.source.replace(/\S+\s*$/, 'kemarin.');
    const document = await importArticle(t.deps, { projectId, content: changed, format: 'paste', actor: systemActor() });
    const [target] = await t.deps.store.listSegments(document.id);
    const [match] = await matchesOf(target!.id);
    expect(match!.score).toBeGreaterThanOrEqual(70);
    expect(match!.score).toBeLessThan(100);
    expect(match!.sourceDiff.some((part) => part.op === 'insert' && part.text.includes('kemarin'))).toBe(true);
  });

  it('never offers a segment its own translation, and forgets a rejected one', async () => {
    const [segment] = first;
    await translateAll([segment!]);
    expect(await matchesOf(segment!.id)).toEqual([]);
    const again = await importArticle(t.deps, { projectId, content: segment!.source, format: 'paste', actor: systemActor() });
    const [copy] = await t.deps.store.listSegments(again.id);
    expect((await matchesOf(copy!.id))[0]?.target).toBe(english(segment!));
    await reviewSegment(t.deps, { segmentId: segment!.id, baseVersion: 1, decision: 'reject', reason: { category: 'accuracy', severity: 'major', comment: 'Salah.' }, actor: systemActor('rina') });
    expect(await matchesOf(copy!.id)).toEqual([]);
  });

  it('keeps the memory entry up to date when a confirmed text is edited and confirmed again', async () => {
    const [segment] = first;
    await translateAll([segment!]);
    await saveTarget(t.deps, { segmentId: segment!.id, baseVersion: 1, target: 'Better English.', action: 'confirm', origin: 'typed', actor });
    expect(await t.deps.store.countTmEntries(projectId)).toBe(1);
    const again = await importArticle(t.deps, { projectId, content: segment!.source, format: 'paste', actor: systemActor() });
    const [copy] = await t.deps.store.listSegments(again.id);
    expect((await matchesOf(copy!.id)).map((m) => m.target)).toEqual(['Better English.']);
  });

  it('records a target inserted from the memory with its origin and score', async () => {
    const segment = first[2]!;
    const response = await t.api.put(`/api/segments/${segment.id}/target`).send({ target: 'From memory.', baseVersion: 0, origin: 'tm', originScore: 87 }).expect(200);
    expect(response.body.segment).toMatchObject({ origin: 'tm', originScore: 87 });
  });

  it('fills untranslated repetitions as drafts when asked', async () => {
    const repeated = first.filter((s) => first.filter((o) => o.source === s.source).length > 1);
    expect(repeated.length).toBeGreaterThan(1);
    await translateAll([repeated[0]!]);
    expect((await t.api.get(`/api/segments/${repeated[0]!.id}/repetitions`).expect(200)).body.count).toBe(repeated.length - 1);
    const response = await t.api.post(`/api/segments/${repeated[0]!.id}/propagate`).send({}).expect(200);
    expect(response.body.segments).toHaveLength(repeated.length - 1);
    for (const other of repeated.slice(1)) {
      expect(await t.deps.store.findSegment(other.id)).toMatchObject({ target: english(repeated[0]!), state: 'draft', origin: 'tm', originScore: 100 });
    }
  });

  it('uses imported TMX units for matches', async () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/>
<body><tu><tuv xml:lang="id"><seg>${first[1]!.source}</seg></tuv><tuv xml:lang="en"><seg>From a TMX.</seg></tuv></tu></body></tmx>`;
    await t.api.post(`/api/projects/${projectId}/tm`).set('X-Jembatan-Client', 'test').attach('file', Buffer.from(tmx), 'm.tmx').expect(200);
    expect((await matchesOf(first[1]!.id))[0]).toMatchObject({ score: 100, target: 'From a TMX.' });
  });

  it('reports leverage by band, counting later occurrences as repetitions', async () => {
    await translateAll(first);
    const again = await importArticle(t.deps, { projectId, content: SAMPLE_ARTICLE, fileName: 'again.txt', actor: systemActor() });
    const report = (await t.api.get(`/api/documents/${again.id}/leverage`).expect(200)).body as { rows: { band: string; segments: number }[]; total: { segments: number } };
    const bands = Object.fromEntries(report.rows.map((row) => [row.band, row.segments]));
    const unique = new Set(first.map((s) => s.source)).size;
    expect(bands['101']! + bands['100']!).toBe(unique);
    expect(bands.repetition).toBe(first.length - unique);
    expect(report.total.segments).toBe(first.length);
  });

  it('is hidden from people outside the project', async () => {
    await t.addUser('outsider');
    await t.as('outsider').get(`/api/segments/${first[0]!.id}/matches`).expect(404);
    await t.as('outsider').get(`/api/projects/${projectId}/tm?q=a`).expect(404);
  });
});

describe('the memory page', () => {
  it('finds entries, and lets a manager correct and delete them', async () => {
    await translateAll(first.slice(0, 3));
    const { agent, token } = await browserAgent(t.app);
    const page = await agent.get(`/projects/${projectId}/memory?q=${encodeURIComponent(first[1]!.source.split(' ')[0]!)}`).expect(200);
    expect(page.text).toContain('<mark>');
    const [entry] = await t.deps.store.searchTm(projectId, first[1]!.source, 1);
    await agent.post(`/memory/${entry!.id}`).type('form').send({ _csrf: token, target: 'Corrected <b>.' }).expect(303);
    expect((await t.deps.store.findTmEntries([entry!.id]))[0]?.target).toBe('Corrected <b>.');
    const edited = await agent.get(`/projects/${projectId}/memory`).expect(200);
    expect(edited.text).toContain('Corrected &lt;b&gt;.');
    await agent.post(`/memory/${entry!.id}/delete`).type('form').send({ _csrf: token }).expect(303);
    expect(await t.deps.store.findTmEntries([entry!.id])).toEqual([]);
    const tmx = await agent.get(`/projects/${projectId}/memory/export`).expect(200);
    expect(tmx.headers['content-disposition']).toMatch(/\.memory\.id-en\.tmx/);
    expect(tmx.text.match(/<tu /g)).toHaveLength(2);
  });

  it('does not let a translator change the memory', async () => {
    await translateAll(first.slice(0, 1));
    await t.addUser('tari', { projectId, role: 'translator' });
    const [entry] = await t.deps.store.listTmEntries(projectId);
    await t.as('tari').post(`/memory/${entry!.id}`).send({ target: 'Mine.' }).expect(403);
    await t.as('tari').get(`/projects/${projectId}/memory`).expect(200);
  });
});

describe('a large TMX read in pieces', () => {
  const tmxOf = (count: number, extra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/>
<body>
${Array.from({ length: count }, (_, i) => `<tu creationid="ayu" creationdate="20260102T030405Z"><tuv xml:lang="id"><seg>Kalimat nomor ${i} di sini.</seg></tuv><tuv xml:lang="en"><seg>Sentence number ${i} here.</seg></tuv></tu>`).join('\n')}
${extra}</body>
</tmx>
`;
  function chunksOf(text: string, size = 997): AsyncIterable<string> {
    const chunks: string[] = [];
    for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size));
    return {
      [Symbol.asyncIterator]: () => {
        let next = 0;
        return { next: () => Promise.resolve(next < chunks.length ? { done: false, value: chunks[next++]! } : { done: true, value: undefined }) };
      },
    };
  }

  it('stores every unit once, reporting progress', async () => {
    const { importTmxStream } = await import('../../src/usecases/import-tmx.js');
    const text = tmxOf(12_000);
    const progress: string[] = [];
    const result = await importTmxStream(t.deps, { projectId, actor: systemActor(), open: () => chunksOf(text, 65_536), onProgress: (p) => progress.push(p.pass) });
    expect(result).toMatchObject({ units: 12_000, added: 12_000, duplicates: 0, skipped: 0 });
    expect(progress).toContain('check');
    expect(progress).toContain('store');
    expect(await t.deps.store.countTmEntries(projectId)).toBe(12_000);
    const [entry] = await t.deps.store.searchTm(projectId, 'Kalimat nomor 11999 di', 1);
    expect(entry).toMatchObject({ target: 'Sentence number 11999 here.', createdBy: 'ayu', createdAt: '2026-01-02T03:04:05.000Z' });
  });

  it('stores nothing when the end of the file is broken', async () => {
    const { importTmxStream } = await import('../../src/usecases/import-tmx.js');
    const text = tmxOf(3_000, '<tu><tuv xml:lang="id"><seg>Rusak</seg></tuv>');
    await expect(importTmxStream(t.deps, { projectId, actor: systemActor(), open: () => chunksOf(text) })).rejects.toMatchObject({ code: 'xml.malformed' });
    expect(await t.deps.store.countTmEntries(projectId)).toBe(0);
  });
});

describe('the shared (global) memory', () => {
  it('offers another project’s translations only when both share their memories', async () => {
    await translateAll(first.slice(0, 1));
    const other = await createProject(t.deps, systemActor(), { name: 'Other desk' });
    const copy = await importArticle(t.deps, { projectId: other.id, content: first[0]!.source, format: 'paste', actor: systemActor() });
    const [segment] = await t.deps.store.listSegments(copy.id);
    expect(await matchesOf(segment!.id)).toEqual([]);
    const { agent, token } = await browserAgent(t.app);
    await agent.post(`/projects/${other.id}/memory-settings`).type('form').send({ _csrf: token, tmThreshold: '75', shareTm: 'on' }).expect(303);
    expect(await matchesOf(segment!.id)).toEqual([]);
    await agent.post(`/projects/${projectId}/memory-settings`).type('form').send({ _csrf: token, tmThreshold: '70', shareTm: 'on' }).expect(303);
    expect((await matchesOf(segment!.id))[0]).toMatchObject({ score: 100, target: english(first[0]!) });
    const refused = await agent.post(`/projects/${projectId}/memory-settings`).type('form').send({ _csrf: token, tmThreshold: '40' });
    expect(refused.status).toBe(400);
  });
});
