import { beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../../src/core/types.js';
import { readZip, writeZip } from '../../src/formats/index.js';
import { systemActor } from '../../src/usecases/access.js';
import { reviewSegment } from '../../src/usecases/review-segment.js';
import { saveTarget } from '../../src/usecases/save-target.js';
import { addComment } from '../../src/usecases/comments.js';
import { browserAgent, createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';

let t: TestApp;
let documentId: number;
let projectId: number;
let text: Segment[];

beforeEach(async () => {
  t = await createTestApp();
  const seeded = await seedSampleDocument(t.deps);
  documentId = seeded.document.id;
  projectId = seeded.project.id;
  text = seeded.segments.filter((segment) => segment.kind !== 'skip');
  await t.addUser('tari', { projectId, role: 'translator' });
  await t.addUser('rina', { projectId, role: 'reviewer' });
  // Some history: two confirmed sentences, one approved, a comment.
  const translator = systemActor('tari');
  for (const [index, segment] of text.slice(0, 2).entries()) {
    await saveTarget(t.deps, { segmentId: segment.id, baseVersion: 0, target: ['English one.', 'English two.'][index]!, action: 'confirm', origin: 'typed', actor: translator });
  }
  await reviewSegment(t.deps, { segmentId: text[0]!.id, baseVersion: 1, decision: 'approve', actor: systemActor('rina') });
  await addComment(t.deps, { segmentId: text[1]!.id, body: 'Cek nama menteri.', actor: systemActor('rina') });
});

async function exported(format: string): Promise<Buffer> {
  const response = await t.api.get(`/api/documents/${documentId}/export?format=${format}`).buffer(true)
    .parse((res, done) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => done(null, Buffer.concat(chunks))); })
    .expect(200);
  return response.body as Buffer;
}

function importBack(user: string, file: Buffer, name: string) {
  return t.as(user).post(`/api/documents/${documentId}/translations`).set('X-Jembatan-Client', 'test').attach('file', file, name);
}

async function snapshot() {
  const segments = await t.deps.store.listSegments(documentId);
  const revisions = await t.deps.store.listDocumentRevisions(documentId);
  const comments = await t.deps.store.listDocumentComments(documentId);
  return { segments, revisions: revisions.length, comments: comments.length };
}

describe('bringing a bilingual file back onto its document', () => {
  it.each([
    ['xliff12', 'doc.xlf'], ['xliff21', 'doc.xlf'], ['docx', 'doc.docx'], ['csv', 'doc.csv'],
  ])('a %s export that comes back unchanged changes nothing', async (format, name) => {
    const before = await snapshot();
    const response = await importBack('tari', await exported(format), name).expect(200);
    expect(response.body.summary).toMatchObject({ targets: 0, states: 0, comments: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('turns an edited XLIFF 1.2 target into a new revision signed by the importing translator', async () => {
    const xliff = (await exported('xliff12')).toString('utf8').replace('English two.', 'English two, revised offline.');
    const response = await importBack('tari', Buffer.from(xliff), 'doc.xlf').expect(200);
    expect(response.body.summary).toMatchObject({ targets: 1, comments: 0 });
    const segment = await t.deps.store.findSegment(text[1]!.id);
    expect(segment).toMatchObject({ target: 'English two, revised offline.', state: 'translated', origin: 'import' });
    const [last] = (await t.deps.store.listRevisions(text[1]!.id)).reverse();
    expect(last).toMatchObject({ author: 'tari', origin: 'import' });
  });

  it('applies a reviewer’s XLIFF 2.1 approvals and comments through the review log', async () => {
    const xliff = (await exported('xliff21')).toString('utf8')
      .replace(/(<segment id="s\d+" state=")translated(" subState=")jembatan:translated/, '$1reviewed$2jembatan:approved');
    const withComment = xliff.replace(new RegExp(`(<note id="c-s${text[1]!.id}-1"[^>]*>[^<]*</note>)`), `$1<note id="c-s${text[1]!.id}-2" category="jembatan:comment">Sudah benar.</note>`);
    expect(withComment).not.toBe(xliff);
    const response = await importBack('rina', Buffer.from(withComment), 'doc.xlf').expect(200);
    expect(response.body.summary).toMatchObject({ states: 1, comments: 1 });
    expect(await t.deps.store.findSegment(text[1]!.id)).toMatchObject({ state: 'approved' });
    const events = await t.deps.store.listReviewEvents(text[1]!.id);
    expect(events.at(-1)).toMatchObject({ action: 'approve', actor: 'rina' });
    expect((await t.deps.store.listComments(text[1]!.id)).map((c) => c.body)).toEqual(['Cek nama menteri.', 'Sudah benar.']);
  });

  it('reads a DOCX table edited offline: new target and a new comment', async () => {
    const files = readZip(await exported('docx'), { maxArchiveBytes: 20 << 20 });
    const xml = Buffer.from(files.get('word/document.xml')!).toString('utf8').replace('English two.', 'English two from Word.');
    files.set('word/document.xml', Buffer.from(xml));
    const docx = writeZip([...files].map(([name, data]) => ({ name, data })));
    const response = await importBack('tari', Buffer.from(docx), 'doc.docx').expect(200);
    expect(response.body.summary).toMatchObject({ targets: 1 });
    expect(await t.deps.store.findSegment(text[1]!.id)).toMatchObject({ target: 'English two from Word.' });
  });

  it('reads CSV targets by segment id', async () => {
    const csv = (await exported('csv')).toString('utf8').replace('English two.', 'English two from a spreadsheet.');
    await importBack('tari', Buffer.from(csv), 'doc.csv').expect(200);
    expect(await t.deps.store.findSegment(text[1]!.id)).toMatchObject({ target: 'English two from a spreadsheet.' });
  });

  it('reads CSV targets by source when the file has no id column', async () => {
    const unique = text.slice(2).find((segment) => text.filter((other) => other.source === segment.source).length === 1)!;
    const csv = `source,target\r\n"${unique.source.replace(/"/g, '""')}",A sentence.\r\n`;
    await importBack('tari', Buffer.from(csv), 'doc.csv').expect(200);
    expect(await t.deps.store.findSegment(unique.id)).toMatchObject({ target: 'A sentence.', state: 'draft' });
  });

  it('gives repeated sources to CSV rows in order', async () => {
    const repeated = text.filter((segment) => segment.source === text[1]!.source);
    expect(repeated.length).toBeGreaterThan(1);
    const rows = repeated.map((segment, index) => `"${segment.source}",Caption ${index + 1}.`).join('\r\n');
    await importBack('tari', Buffer.from(`source,target\r\n${rows}\r\n`), 'doc.csv').expect(200);
    for (const [index, segment] of repeated.entries()) expect((await t.deps.store.findSegment(segment.id))?.target).toBe(`Caption ${index + 1}.`);
  });
});

describe('an old file meets newer work', () => {
  it.each([['xliff12', 'doc.xlf'], ['xliff21', 'doc.xlf'], ['docx', 'doc.docx'], ['csv', 'doc.csv']])(
    'a %s exported before a teammate’s change does not undo it when it comes back untouched', async (format, name) => {
      const file = await exported(format);
      const segment = (await t.deps.store.findSegment(text[1]!.id))!;
      await saveTarget(t.deps, { segmentId: segment.id, baseVersion: segment.version, target: 'Newer English.', action: 'confirm', origin: 'typed', actor: systemActor('budi') });
      const response = await importBack('tari', file, name).expect(200);
      expect(response.body.summary).toMatchObject({ targets: 0, states: 0 });
      expect(await t.deps.store.findSegment(segment.id)).toMatchObject({ target: 'Newer English.' });
    });

  it('refuses an old XLIFF that changed a segment a teammate changed too, naming it', async () => {
    const xliff = (await exported('xliff12')).toString('utf8').replace('English two.', 'Offline English.');
    const segment = (await t.deps.store.findSegment(text[1]!.id))!;
    await saveTarget(t.deps, { segmentId: segment.id, baseVersion: segment.version, target: 'Newer English.', action: 'confirm', origin: 'typed', actor: systemActor('budi') });
    const response = await importBack('tari', Buffer.from(xliff), 'doc.xlf').expect(409);
    expect(response.body.error).toMatchObject({ code: 'import.unitChanged', unit: `s${segment.id}` });
    expect(await t.deps.store.findSegment(segment.id)).toMatchObject({ target: 'Newer English.' });
  });
});

describe('a bilingual file that cannot be applied changes nothing', () => {
  const cases: [string, () => Promise<[string, Buffer, string]>, number, string][] = [
    ['a DOCTYPE with an entity (XXE)', async () => ['tari', Buffer.from((await exported('xliff12')).toString('utf8').replace('<xliff', '<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<xliff')), 'doc.xlf'], 400, 'xml.doctype'],
    ['the wrong language pair', async () => ['tari', Buffer.from((await exported('xliff12')).toString('utf8').replace('source-language="id"', 'source-language="de"')), 'doc.xlf'], 400, 'import.languagePair'],
    ['a unit for a segment the document does not have', async () => ['tari', Buffer.from((await exported('xliff12')).toString('utf8').replace(`id="s${text[3]!.id}"`, 'id="s999999"')), 'doc.xlf'], 400, 'import.unknownUnit'],
    ['a truncated file', async () => { const x = await exported('xliff21'); return ['tari', x.subarray(0, x.length / 2), 'doc.xlf']; }, 400, 'xml.malformed'],
    ['a PNG renamed .docx', () => Promise.resolve<[string, Buffer, string]>(['tari', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'doc.docx']), 400, 'docx.notZip'],
    ['a translator’s file that approves', async () => ['tari', Buffer.from((await exported('xliff21')).toString('utf8').replace(/state="translated" subState="jembatan:translated"/, 'state="reviewed" subState="jembatan:approved"')), 'doc.xlf'], 403, 'import.unitForbidden'],
  ];

  it.each(cases)('%s', async (_name, build, status, code) => {
    const before = await snapshot();
    const [user, file, name] = await build();
    // A good edit first in the file: all or nothing means it is not applied either.
    const withEdit = name.endsWith('.xlf') ? Buffer.from(file.toString('utf8').replace('English two.', 'Edited.')) : file;
    const response = await importBack(user, withEdit, name).expect(status);
    expect(response.body.error.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it('names the unit in the message', async () => {
    const xliff = (await exported('xliff12')).toString('utf8').replace(`id="s${text[3]!.id}"`, 'id="s999999"');
    const response = await importBack('tari', Buffer.from(xliff), 'doc.xlf').expect(400);
    expect(response.body.error.message).toContain('s999999');
  });
});

describe('the export and import page', () => {
  it('offers every format and brings a file back with a summary', async () => {
    const { agent, token } = await browserAgent(t.app);
    const page = await agent.get(`/documents/${documentId}/files`).expect(200);
    for (const format of ['xliff21', 'xliff12', 'tmx', 'csv', 'docx', 'docx-tracked', 'html', 'txt', 'md', 'target-html', 'target-docx']) {
      expect(page.text).toContain(`/documents/${documentId}/export/${format}"`);
    }
    const xliff = (await exported('xliff12')).toString('utf8').replace('English two.', 'From the page.');
    const done = await agent.post(`/documents/${documentId}/translations`).field('_csrf', token)
      .attach('file', Buffer.from(xliff), 'doc.xlf').expect(200);
    expect(done.text).toContain('data-summary="targets">1<');
  });

  it('shows a refused file on the same page with the reason', async () => {
    const { agent, token } = await browserAgent(t.app);
    const response = await agent.post(`/documents/${documentId}/translations`).field('_csrf', token)
      .attach('file', Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'), 'evil.xlf').expect(400);
    expect(response.text).toContain('id="import-error"');
    expect(response.text).toContain('id="bring-back"');
  });

  it('downloads each format with its media type', async () => {
    for (const [format, type] of [['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], ['md', 'text/markdown'], ['target-html', 'text/html']] as const) {
      const response = await t.api.get(`/api/documents/${documentId}/export?format=${format}`).expect(200);
      expect(response.headers['content-type']).toContain(type);
    }
    expect((await exported('docx')).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });
});

describe('importing files into a project', () => {
  it('creates a document from an XLIFF file with its targets and states', async () => {
    const xliff = await exported('xliff21');
    const response = await t.api.post(`/api/projects/${projectId}/documents`).set('X-Jembatan-Client', 'test').attach('file', xliff, 'other.xlf').expect(201);
    const copy = await t.deps.store.listSegments(response.body.document.id as number);
    const original = await t.deps.store.listSegments(documentId);
    expect(copy.map((s) => [s.source, s.target, s.state, s.kind, s.paragraph === original[copy.indexOf(s)]!.paragraph]))
      .toEqual(original.map((s) => [s.source, s.target, s.state, s.kind, true]));
    expect((await t.deps.store.listDocumentComments(response.body.document.id as number)).map((c) => c.body)).toEqual(['Cek nama menteri.']);
  });

  it('reads a TMX into the project memory, once', async () => {
    // The document's confirmed sentences are in the memory already; a TMX with one new pair adds that one.
    const tmx = (await exported('tmx')).toString('utf8').replace('English two.', 'English two from elsewhere.');
    const before = await t.deps.store.countTmEntries(projectId);
    const first = await t.api.post(`/api/projects/${projectId}/tm`).set('X-Jembatan-Client', 'test').attach('file', Buffer.from(tmx), 'memory.tmx').expect(200);
    expect(first.body.tm).toEqual({ units: 2, added: 1, duplicates: 1, skipped: 0 });
    const again = await t.api.post(`/api/projects/${projectId}/tm`).set('X-Jembatan-Client', 'test').attach('file', Buffer.from(tmx), 'memory.tmx').expect(200);
    expect(again.body.tm).toMatchObject({ added: 0, duplicates: 2 });
    expect(await t.deps.store.countTmEntries(projectId)).toBe(before + 1);
  });

  it('refuses a TMX with a DOCTYPE other than the TMX one, storing nothing', async () => {
    const tmx = (await exported('tmx')).toString('utf8').replace('English two.', 'New.').replace(/<!DOCTYPE[^>]*>/, '<!DOCTYPE tmx [<!ENTITY lol "lol">]>');
    const before = await t.deps.store.countTmEntries(projectId);
    await t.api.post(`/api/projects/${projectId}/tm`).set('X-Jembatan-Client', 'test').attach('file', Buffer.from(tmx), 'memory.tmx').expect(400);
    expect(await t.deps.store.countTmEntries(projectId)).toBe(before);
  });

  it('refuses a TMX sent as a document, storing nothing', async () => {
    const before = await t.deps.store.countTmEntries(projectId);
    const tmx = (await exported('tmx')).toString('utf8').replace('English two.', 'New.');
    const response = await t.api.post(`/api/projects/${projectId}/documents`).set('X-Jembatan-Client', 'test').attach('file', Buffer.from(tmx), 'memory.tmx').expect(400);
    expect(response.body.error.code).toBe('import.tmxToMemory');
    expect(await t.deps.store.countTmEntries(projectId)).toBe(before);
  });

  it('reports a TMX import on the project page', async () => {
    const { agent, token } = await browserAgent(t.app);
    const response = await agent.post(`/projects/${projectId}/tm`).field('_csrf', token).attach('file', await exported('tmx'), 'memory.tmx').expect(303);
    const page = await agent.get(response.headers.location!).expect(200);
    expect(page.text).toContain('id="tm-report"');
    expect(page.text).toMatch(/\d+ entries/);
  });
});
