import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../core/clock.js';
import { loadMigrations, migrate } from './migrate.js';
import { openDatabase } from './open-database.js';
import { openSqliteStore } from './sqlite-store.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'jembatan-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const segment = (source: string) => ({ paragraph: 0, kind: 'text' as const, label: null, source, glueAfter: '', wordCount: 2 });

describe('SQLite store', () => {
  it('opens files in WAL mode with synchronous=FULL and foreign keys on, every time', () => {
    const path = join(tempDir(), 'j.db');
    for (let open = 0; open < 2; open += 1) {
      const db = openDatabase(path);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      db.close();
    }
  });

  it('applies migrations once and records them', () => {
    const db = openDatabase(':memory:');
    expect(migrate(db)).toBe(loadMigrations().length);
    expect(migrate(db)).toBe(0);
    const rows = db.prepare('SELECT version FROM schema_migrations').all();
    expect(rows).toHaveLength(loadMigrations().length);
  });

  it('refuses migration files with a gap in their numbers', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '001-first.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '003-third.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/without gaps/);
  });

  it('takes the other segment\'s grid number out of the consistency keys acknowledged before migration 012, and nothing else', () => {
    const db = openDatabase(':memory:');
    migrate(db, loadMigrations().slice(0, 11));
    db.exec("INSERT INTO projects (id, name, source_lang, target_lang, settings, created_at) VALUES (1, 'p', 'id', 'en', '{}', 'now')");
    db.exec("INSERT INTO documents (id, project_id, title, source_format, original_name, created_at) VALUES (1, 1, 't', 'txt', NULL, 'now')");
    db.exec("INSERT INTO segments (id, document_id, position, paragraph, kind, source, word_count, created_at) VALUES (1, 1, 0, 0, 'text', 's', 1, 'now')");
    const ack = db.prepare("INSERT INTO qa_acknowledgements (segment_id, version, code, actor, created_at) VALUES (1, ?, ?, 'r', 'now')");
    const long = `consistency.target|other=${'x'.repeat(600)}`.slice(0, 500);
    for (const [version, code] of [
      [1, 'consistency.target|other=Prices went up.&segment=12'], [1, 'consistency.source|other=Harga naik.&segment=3'],
      // The same text named by another number on the same version: one acknowledgement is enough.
      [1, 'consistency.target|other=Prices went up.&segment=4'],
      [2, 'consistency.target|other=Costs &segment=7 rose.&segment=7'], [2, long], [2, 'spaces.doubled|'], [2, 'numbers.missing|number=2024&segment=5'],
    ] as const) ack.run(version, code);
    migrate(db);
    const codes = db.prepare('SELECT version, code FROM qa_acknowledgements ORDER BY id').all();
    expect(codes).toEqual([
      { version: 1, code: 'consistency.target|other=Prices went up.' }, { version: 1, code: 'consistency.source|other=Harga naik.' },
      { version: 2, code: 'consistency.target|other=Costs &segment=7 rose.' }, { version: 2, code: long }, { version: 2, code: 'spaces.doubled|' },
      { version: 2, code: 'numbers.missing|number=2024&segment=5' },
    ]);
  });

  it('keeps revisions append-only', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    db.exec("INSERT INTO projects (id, name, source_lang, target_lang, settings, created_at) VALUES (1, 'p', 'id', 'en', '{}', 'now')");
    db.exec("INSERT INTO documents (id, project_id, title, source_format, original_name, created_at) VALUES (1, 1, 't', 'txt', NULL, 'now')");
    db.exec("INSERT INTO segments (id, document_id, position, paragraph, kind, source, word_count, created_at) VALUES (1, 1, 0, 0, 'text', 's', 1, 'now')");
    db.exec("INSERT INTO revisions (segment_id, version, target, state, origin, author, created_at) VALUES (1, 1, 'x', 'draft', 'typed', 'a', 'now')");
    expect(() => db.exec("UPDATE revisions SET target = 'y'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM revisions')).toThrow(/append-only/);
  });

  it('writes a target only from the version it was based on (compare-and-set)', async () => {
    const store = openSqliteStore(':memory:', systemClock);
    const project = await store.createProject({ name: 'P', sourceLang: 'id', targetLang: 'en' });
    const doc = await store.createDocument({ projectId: project.id, title: 'D', sourceFormat: 'txt', originalName: null, segments: [segment('Satu dua.')] });
    const [first] = await store.listSegments(doc.id);
    const write = { segmentId: first!.id, baseVersion: 0, state: 'draft' as const, origin: 'typed' as const, author: 'a' };
    const ok = await store.saveTarget({ ...write, target: 'One two.' });
    const stale = await store.saveTarget({ ...write, target: 'Other.' });
    expect(ok.saved).toBe(true);
    expect(stale).toEqual({ saved: false, current: expect.objectContaining({ target: 'One two.', version: 1 }) });
    expect(await store.listRevisions(first!.id)).toHaveLength(1);
  });

  it('finds a segment with the project of its document in one read, and nothing for an unknown id', async () => {
    const store = openSqliteStore(':memory:', systemClock);
    await store.createProject({ name: 'Other', sourceLang: 'id', targetLang: 'en' });
    const project = await store.createProject({ name: 'P', sourceLang: 'id', targetLang: 'en' });
    const doc = await store.createDocument({ projectId: project.id, title: 'D', sourceFormat: 'txt', originalName: null, segments: [segment('Satu dua.')] });
    const [first] = await store.listSegments(doc.id);
    expect(await store.findSegmentInProject(first!.id)).toEqual({ segment: first, projectId: project.id });
    expect(await store.findSegmentInProject(first!.id + 100)).toBeNull();
  });

  it('creates a document with all its segments or not at all', async () => {
    const store = openSqliteStore(':memory:', systemClock);
    const project = await store.createProject({ name: 'P', sourceLang: 'id', targetLang: 'en' });
    const broken = { ...segment('Dua.'), kind: 'bogus' as 'text' };
    const input = { projectId: project.id, title: 'D', sourceFormat: 'txt', originalName: null, segments: [segment('Satu.'), broken] };
    await expect(store.createDocument(input)).rejects.toThrow(/CHECK constraint/);
    expect(await store.listDocuments(project.id)).toEqual([]);
  });

  it('applies an import whole, or nothing when one segment moved since the plan', async () => {
    const store = openSqliteStore(':memory:', systemClock);
    const project = await store.createProject({ name: 'Desk', sourceLang: 'id', targetLang: 'en' });
    const document = await store.createDocument({ projectId: project.id, title: 'T', sourceFormat: 'txt', originalName: null, segments: [segment('Satu.'), segment('Dua.')] });
    const [first, second] = await store.listSegments(document.id);
    const edit = (segmentId: number, target: string) => ({ segmentId, baseVersion: 0, steps: [{ action: 'edit' as const, target, state: 'draft' as const }], comments: ['Catatan.'], memory: null });
    await store.saveTarget({ segmentId: second!.id, baseVersion: 0, target: 'Meanwhile.', state: 'draft', origin: 'typed', author: 'ayu' });
    expect(await store.applyImport({ segments: [edit(first!.id, 'One.'), edit(second!.id, 'Two.')], author: 'tari' })).toMatchObject({ done: false });
    expect((await store.findSegment(first!.id))?.target).toBe('');
    expect(await store.listDocumentComments(document.id)).toEqual([]);
    expect(await store.applyImport({ segments: [edit(first!.id, 'One.')], author: 'tari' })).toMatchObject({ done: true });
    expect(await store.findSegment(first!.id)).toMatchObject({ target: 'One.', state: 'draft', version: 1, origin: 'import' });
    expect((await store.listDocumentComments(document.id)).map((c) => [c.author, c.body])).toEqual([['tari', 'Catatan.']]);
    await store.close();
  });

  it('keeps one translation-memory entry per pair and project', async () => {
    const store = openSqliteStore(':memory:', systemClock);
    const project = await store.createProject({ name: 'Desk', sourceLang: 'id', targetLang: 'en' });
    const entry = { sourceLang: 'id', targetLang: 'en', source: 'Satu.', target: 'One.', origin: 'tmx' as const, createdBy: null, createdAt: null, changedBy: null, changedAt: null, props: {} };
    expect(await store.addTmEntries(project.id, [entry, entry, { ...entry, target: 'A single one.' }])).toMatchObject({ added: 2, duplicates: 1 });
    expect(await store.countTmEntries(project.id)).toBe(2);
    await store.close();
  });
  it('commits saves that arrive together in one group, each checked against the saves before it', async () => {
    const store = openSqliteStore(join(tempDir(), 'group.db'), systemClock);
    const project = await store.createProject({ name: 'P', sourceLang: 'id', targetLang: 'en' });
    const doc = await store.createDocument({ projectId: project.id, title: 'D', sourceFormat: 'txt', originalName: null, segments: [segment('Satu.'), segment('Dua.')] });
    const [first, second] = await store.listSegments(doc.id);
    const write = { baseVersion: 0, state: 'draft' as const, origin: 'typed' as const, author: 'a' };
    const outcomes = await Promise.allSettled([
      store.saveTarget({ ...write, segmentId: first!.id, target: 'One.' }),
      store.saveTarget({ ...write, segmentId: first!.id, target: 'Also one, from the same version.' }),
      store.saveTarget({ ...write, segmentId: 999_999, target: 'Nowhere.' }),
      store.saveTarget({ ...write, segmentId: second!.id, target: 'Two.' }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const [one, sameBase, , two] = outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : null));
    expect(one).toMatchObject({ saved: true, segment: { target: 'One.', version: 1 } });
    expect(sameBase).toEqual({ saved: false, current: expect.objectContaining({ target: 'One.', version: 1 }) });
    expect(two).toMatchObject({ saved: true, segment: { target: 'Two.', version: 1 } });
    expect((await store.listRevisions(first!.id)).map((revision) => revision.target)).toEqual(['One.']);
    await store.close();
  });

  it('commits saves still waiting when the store closes', async () => {
    const path = join(tempDir(), 'closing.db');
    const store = openSqliteStore(path, systemClock);
    const project = await store.createProject({ name: 'P', sourceLang: 'id', targetLang: 'en' });
    const doc = await store.createDocument({ projectId: project.id, title: 'D', sourceFormat: 'txt', originalName: null, segments: [segment('Satu.')] });
    const [first] = await store.listSegments(doc.id);
    const saved = store.saveTarget({ segmentId: first!.id, baseVersion: 0, target: 'One.', state: 'draft', origin: 'typed', author: 'a' });
    await store.close();
    await expect(saved).resolves.toMatchObject({ saved: true });
    const reopened = openSqliteStore(path, systemClock);
    expect(await reopened.findSegment(first!.id)).toMatchObject({ target: 'One.', version: 1 });
    await reopened.close();
  });

  it('leaves checkpoints to its worker: the database file takes in the WAL while the store is open', async () => {
    const path = join(tempDir(), 'checkpoints.db');
    const store = openSqliteStore(path, systemClock);
    const project = await store.createProject({ name: 'P', sourceLang: 'id', targetLang: 'en' });
    const before = statSync(path).size;
    const text = 'Kalimat panjang yang diulang-ulang untuk mengisi halaman. '.repeat(40);
    await store.createDocument({ projectId: project.id, title: 'D', sourceFormat: 'txt', originalName: null, segments: Array.from({ length: 300 }, () => segment(text)) });
    let after = statSync(path).size;
    for (let wait = 0; wait < 40 && after === before; wait += 1) {
      await sleep(50);
      after = statSync(path).size;
    }
    expect(after).toBeGreaterThan(before);
    await store.close();
  });
  it('gives a document\'s segments again after any change to them, also one made by another connection', async () => {
    const path = join(tempDir(), 'stamps.db');
    const store = openSqliteStore(path, systemClock);
    const project = await store.createProject({ name: 'P', sourceLang: 'id', targetLang: 'en' });
    const doc = await store.createDocument({ projectId: project.id, title: 'D', sourceFormat: 'txt', originalName: null, segments: [segment('Satu.'), segment('Dua.')] });
    const [first] = await store.listSegments(doc.id);
    await store.saveTarget({ segmentId: first!.id, baseVersion: 0, target: 'One.', state: 'draft', origin: 'typed', author: 'a' });
    expect((await store.listSegments(doc.id))[0]).toMatchObject({ target: 'One.', version: 1 });
    const other = openDatabase(path);
    other.prepare("UPDATE segments SET source = 'Satu lagi.' WHERE id = ?").run(first!.id);
    other.close();
    expect((await store.listSegments(doc.id))[0]).toMatchObject({ source: 'Satu lagi.' });
    // While it is current, the same frozen list: what is worked out from it can be kept by its identity.
    const listed = await store.listSegments(doc.id);
    expect(await store.listSegments(doc.id)).toBe(listed);
    expect(Object.isFrozen(listed)).toBe(true);
    expect(() => (listed as unknown[]).pop()).toThrow(TypeError);
    expect(await store.listSegments(doc.id)).toHaveLength(2);
    await store.close();
  });
  it('gives both documents\' segments again when a segment row moves from one to the other, and each stamp moves once per change', async () => {
    const path = join(tempDir(), 'moved-segment.db');
    const store = openSqliteStore(path, systemClock);
    const project = await store.createProject({ name: 'P', sourceLang: 'id', targetLang: 'en' });
    const from = await store.createDocument({ projectId: project.id, title: 'D', sourceFormat: 'txt', originalName: null, segments: [segment('Satu.'), segment('Dua.')] });
    const to = await store.createDocument({ projectId: project.id, title: 'E', sourceFormat: 'txt', originalName: null, segments: [segment('Tiga.')] });
    const [, second] = await store.listSegments(from.id);
    expect(await store.listSegments(to.id)).toHaveLength(1);
    const db = openDatabase(path);
    const stamps = () => db.prepare('SELECT id, segments_stamp FROM documents ORDER BY id').all();
    const before = stamps() as { id: number; segments_stamp: number }[];
    db.prepare('UPDATE segments SET document_id = ?, position = 1 WHERE id = ?').run(to.id, second!.id);
    expect(stamps()).toEqual(before.map((row) => ({ ...row, segments_stamp: row.segments_stamp + 1 })));
    db.prepare("UPDATE segments SET target = 'Three.' WHERE document_id = ? AND position = 0").run(to.id);
    expect((stamps() as typeof before).map((row) => row.segments_stamp)).toEqual([before[0]!.segments_stamp + 1, before[1]!.segments_stamp + 2]);
    db.close();
    expect((await store.listSegments(from.id)).map((row) => row.source)).toEqual(['Satu.']);
    expect((await store.listSegments(to.id)).map((row) => [row.source, row.target])).toEqual([['Tiga.', 'Three.'], ['Dua.', '']]);
    await store.close();
  });

  it('gives a document\'s comment counts, review events, threads and QA acknowledgements again after any change to them, also from another connection', async () => {
    const path = join(tempDir(), 'activity-stamps.db');
    const store = openSqliteStore(path, systemClock);
    const project = await store.createProject({ name: 'P', sourceLang: 'id', targetLang: 'en' });
    const doc = await store.createDocument({ projectId: project.id, title: 'D', sourceFormat: 'txt', originalName: null, segments: [segment('Satu.'), segment('Dua.')] });
    const other = await store.createDocument({ projectId: project.id, title: 'E', sourceFormat: 'txt', originalName: null, segments: [segment('Tiga.')] });
    const [first] = await store.listSegments(doc.id);
    const reads = async () => ({
      comments: await store.countComments(doc.id),
      reviews: (await store.listDocumentReviewEvents(doc.id)).map((event) => event.action),
      threads: (await store.listDocumentThreads(doc.id)).filter((facts) => facts.lastEvent !== null).length,
      acknowledged: [...((await store.qaAcknowledgements(doc.id)).get(first!.id) ?? [])],
    });
    expect(await reads()).toEqual({ comments: {}, reviews: [], threads: 0, acknowledged: [] });
    const comment = await store.addComment({ segmentId: first!.id, author: 'a', body: 'Cek angka.' });
    expect((await reads()).comments).toEqual({ [first!.id]: 1 });
    // Activity in another document leaves this one's reads as they were (the same frozen values).
    const [elsewhere] = await store.listSegments(other.id);
    const before = await store.countComments(doc.id);
    await store.addComment({ segmentId: elsewhere!.id, author: 'a', body: 'Lain.' });
    expect(await store.countComments(doc.id)).toBe(before);
    expect(Object.isFrozen(before)).toBe(true);
    const db = openDatabase(path);
    const at = '2026-11-26T00:00:00.000Z';
    db.prepare("INSERT INTO review_events (segment_id, actor, action, from_state, to_state, created_at) VALUES (?, 'r', 'reject', 'translated', 'rejected', ?)").run(first!.id, at);
    expect((await reads()).reviews).toEqual(['reject']);
    db.prepare("INSERT INTO thread_events (segment_id, action, last_comment_id, actor, created_at) VALUES (?, 'resolve', ?, 'r', ?)").run(first!.id, comment.id, at);
    expect((await reads()).threads).toBe(1);
    db.prepare("INSERT INTO qa_acknowledgements (segment_id, version, code, actor, created_at) VALUES (?, 0, 'numbers', 'r', ?)").run(first!.id, at);
    expect((await reads()).acknowledged).toEqual(['numbers']);
    db.prepare('DELETE FROM qa_acknowledgements').run();
    expect((await reads()).acknowledged).toEqual([]);
    const [, second] = await store.listSegments(doc.id);
    const added = db.prepare("INSERT INTO comments (segment_id, author, body, created_at) VALUES (?, 'b', 'Satu lagi.', ?)").run(first!.id, at).lastInsertRowid;
    expect((await reads()).comments).toEqual({ [first!.id]: 2 });
    db.prepare('UPDATE comments SET segment_id = ? WHERE id = ?').run(second!.id, added);
    expect((await reads()).comments).toEqual({ [first!.id]: 1, [second!.id]: 1 });
    db.prepare('DELETE FROM comments WHERE id = ?').run(added);
    expect((await reads()).comments).toEqual({ [first!.id]: 1 });
    db.close();
    // A new version of the segment makes its acknowledgement old: the segments stamp moves too.
    await store.acknowledgeQa({ segmentId: first!.id, version: 0, code: 'numbers', actor: 'r' });
    expect((await reads()).acknowledged).toEqual(['numbers']);
    await store.saveTarget({ segmentId: first!.id, baseVersion: 0, target: 'One.', state: 'draft', origin: 'typed', author: 'a' });
    expect((await reads()).acknowledged).toEqual([]);
    await store.close();
  });

  it('gives the same frozen glossary while the terms stay, and a new one after any change to them, also from another connection', async () => {
    const path = join(tempDir(), 'glossary-stamps.db');
    const store = openSqliteStore(path, systemClock);
    const project = await store.createProject({ name: 'P', sourceLang: 'id', targetLang: 'en' });
    const term = { source: 'Presiden', target: 'President', note: null, forbidden: null };
    await store.addGlossaryEntries(project.id, [term], 'a');
    const first = await store.listGlossary(project.id);
    expect(await store.listGlossary(project.id)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    await store.addGlossaryEntries(project.id, [{ ...term, source: 'Menteri', target: 'Minister' }], 'a');
    const second = await store.listGlossary(project.id);
    expect(second.map((entry) => entry.source)).toEqual(['Menteri', 'Presiden']);
    const other = openDatabase(path);
    other.prepare("UPDATE glossary_terms SET target = 'Head of State' WHERE source = 'Presiden'").run();
    other.close();
    expect((await store.listGlossary(project.id)).map((entry) => entry.target)).toEqual(['Minister', 'Head of State']);
    const again = openDatabase(path);
    again.prepare("DELETE FROM glossary_terms WHERE source = 'Menteri'").run();
    again.close();
    expect((await store.listGlossary(project.id)).map((entry) => entry.source)).toEqual(['Presiden']);
    // A term moved to another project: both glossaries are read again.
    const elsewhere = await store.createProject({ name: 'Q', sourceLang: 'id', targetLang: 'en' });
    expect(await store.listGlossary(elsewhere.id)).toEqual([]);
    const mover = openDatabase(path);
    mover.prepare('UPDATE glossary_terms SET project_id = ?').run(elsewhere.id);
    mover.close();
    expect(await store.listGlossary(project.id)).toEqual([]);
    expect((await store.listGlossary(elsewhere.id)).map((entry) => entry.source)).toEqual(['Presiden']);
    await store.close();
  });
  it('records editing time with the save in its group, and drops a time out of bounds without failing the save', async () => {
    const store = openSqliteStore(':memory:', systemClock);
    const project = await store.createProject({ name: 'P', sourceLang: 'id', targetLang: 'en' });
    const doc = await store.createDocument({ projectId: project.id, title: 'D', sourceFormat: 'txt', originalName: null, segments: [segment('Satu.'), segment('Dua.')] });
    const [first, second] = await store.listSegments(doc.id);
    const write = { baseVersion: 0, state: 'draft' as const, origin: 'typed' as const, author: 'ayu' };
    const [kept, dropped] = await Promise.all([
      store.saveTarget({ ...write, segmentId: first!.id, target: 'One.', editingMs: 42_000 }),
      store.saveTarget({ ...write, segmentId: second!.id, target: 'Two.', editingMs: 99 * 60_000 }),
    ]);
    expect([kept.saved, dropped.saved]).toEqual([true, true]);
    expect(await store.summariseEditingTime(doc.id)).toMatchObject({ byPerson: [{ username: 'ayu', ms: 42_000, segments: 1 }] });
    await store.close();
  });
});
