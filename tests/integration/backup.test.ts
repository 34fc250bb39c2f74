import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { checkDatabaseFile, DatabaseFileError, restoreDatabase } from '../../src/store/backup.js';
import { loadMigrations } from '../../src/store/migrate.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { createDeps } from '../../src/usecases/deps.js';
import { inspectDatabase, SaveProcess } from '../durability/save-process.js';
import { ServerProcess } from '../support/server-process.js';
import { seedSampleDocument, steppingClock } from '../support/test-app.js';

// The commands run built (npm test builds first: see the pretest script), on database files in a temporary folder.
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'jembatan-backup-'));
const jembatan = (dbPath: string, ...args: string[]) =>
  run(process.execPath, [join(PROJECT_ROOT, 'dist/src/cli.js'), ...args], { env: { ...process.env, DB_PATH: dbPath }, cwd: dir });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** A fresh database file with the sample article, plus translation-memory bulk so that a copy takes several steps. */
async function seededDatabase(memoryEntries = 0) {
  const dbPath = join(dir, `db-${++files}.db`);
  const clock = steppingClock();
  const deps = createDeps(openSqliteStore(dbPath, clock), clock);
  const { project, document, segments } = await seedSampleDocument(deps);
  const bulk = Array.from({ length: memoryEntries }, (_, i) => ({
    sourceLang: 'id', targetLang: 'en', source: `Kalimat contoh nomor ${i} untuk memori terjemahan.`, target: `Sample sentence number ${i} for the memory.`,
    origin: 'tmx' as const, createdBy: null, createdAt: null, changedBy: null, changedAt: null, props: {},
  }));
  if (bulk.length > 0) await deps.store.addTmEntries(project.id, bulk);
  const segmentIds = segments.filter((segment) => segment.kind !== 'skip').slice(0, 8).map((segment) => segment.id);
  return { dbPath, deps, documentId: document.id, segmentIds };
}

type Acks = Map<number, { version: number; target: string }>;

/** Saves on every segment in turn until stopped, yielding to the event loop between saves as requests would. */
function saveLoop(store: Store, segmentIds: readonly number[], acks: Acks) {
  let running = true;
  const done = (async () => {
    for (let n = 0; running; n++) {
      const segmentId = segmentIds[n % segmentIds.length]!;
      const target = `Save ${n}.`;
      const outcome = await store.saveTarget({
        segmentId, baseVersion: acks.get(segmentId)?.version ?? 0, target, state: n % 3 === 2 ? 'translated' : 'draft', origin: 'typed', author: 'loop',
        review: n % 3 === 2 ? { action: 'confirm' } : undefined, memory: n % 3 === 2 ? 'remember' : 'forget',
      });
      if (outcome.saved) acks.set(segmentId, { version: outcome.segment.version, target });
      await nextTurn();
    }
  })();
  return { stop: async () => { running = false; await done; } };
}

function expectCopyHolds(file: string, documentId: number, acks: Acks) {
  expect(checkDatabaseFile(file)).toEqual({ applied: loadMigrations().length, expected: loadMigrations().length });
  const copy = inspectDatabase(file, documentId);
  expect(copy.problems).toEqual([]);
  for (const [segmentId, ack] of acks) {
    expect(copy.segments.get(segmentId)!.version).toBeGreaterThanOrEqual(ack.version);
    expect(copy.revisions.get(`${segmentId}@${ack.version}`)).toBe(ack.target);
  }
}

describe('backup', () => {
  it("copies the server's own database while it keeps saving: the copy is whole and has every save acknowledged before it began", async () => {
    const { deps, documentId, segmentIds } = await seededDatabase(20_000);
    const acks: Acks = new Map();
    const loop = saveLoop(deps.store, segmentIds, acks);
    while (acks.size < segmentIds.length) await nextTurn();
    // A save is acknowledged once its fsync is done. On a busy machine a copy this size can be
    // finished before any fsync is, so up to five copies are made, each checked: a backup that
    // held the saves up would show none acknowledged meanwhile in all five.
    let savesMeanwhile = 0;
    let copy = '';
    for (let attempt = 1; attempt <= 5 && savesMeanwhile === 0; attempt++) {
      const before: Acks = new Map(acks);
      copy = join(dir, `online-${attempt}.db`);
      await deps.store.backup(copy);
      savesMeanwhile = [...acks].reduce((sum, [segmentId, ack]) => sum + ack.version - before.get(segmentId)!.version, 0);
      expectCopyHolds(copy, documentId, before);
    }
    await loop.stop();
    expect(savesMeanwhile).toBeGreaterThan(0);
    await expect(deps.store.backup(copy)).rejects.toThrow(DatabaseFileError);
    await deps.store.close();
  }, 30_000);

  it('`jembatan backup FILE` copies a database that another process is writing', async () => {
    const { dbPath, deps, documentId, segmentIds } = await seededDatabase();
    await deps.store.close();
    const writer = new SaveProcess(dbPath);
    await writer.ready;
    const acks: Acks = new Map();
    let running = true;
    const writing = Promise.all(segmentIds.map(async (segmentId, i) => {
      for (let n = 0; running; n++) {
        const target = `Writer ${i}, save ${n}.`;
        const ack = await writer.save({ segmentId, baseVersion: acks.get(segmentId)?.version ?? 0, target, confirm: n % 3 === 2 });
        acks.set(segmentId, { version: ack.version, target });
      }
    }));
    while (acks.size < segmentIds.length) await nextTurn();
    const before: Acks = new Map(acks);
    const copy = join(dir, 'cli.db');
    const { stdout } = await jembatan(dbPath, 'backup', copy);
    running = false;
    await writing;
    expect(await writer.stop()).toBe(0);
    expect(stdout).toContain(`to ${copy} (integrity check ok`);
    expectCopyHolds(copy, documentId, before);
  }, 30_000);
});

describe('restore', () => {
  it('refuses while a server has the database open, and replaces it (without the old -wal) once the server stopped', async () => {
    const { dbPath, deps, documentId, segmentIds } = await seededDatabase();
    const copy = join(dir, 'before-saves.db');
    await deps.store.backup(copy);
    await deps.store.close();

    const server = await ServerProcess.start(dbPath);
    await expect(jembatan(dbPath, 'restore', copy)).rejects.toMatchObject({
      code: 1, stderr: expect.stringContaining('is open in another process') as string,
    });
    expect((await server.stop()).code).toBe(0);

    // A writer killed mid-work leaves committed saves in dbPath-wal: they must not be replayed onto the restored file.
    const writer = new SaveProcess(dbPath);
    await writer.ready;
    await writer.save({ segmentId: segmentIds[0]!, baseVersion: 0, target: 'Saved after the backup.', confirm: true });
    await writer.kill();
    expect(existsSync(`${dbPath}-wal`)).toBe(true);

    const { stdout } = await jembatan(dbPath, 'restore', copy);
    expect(stdout).toContain(`Restored ${copy} into ${dbPath}`);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    const restored = inspectDatabase(dbPath, documentId);
    expect(restored.problems).toEqual([]);
    expect(restored.segments.get(segmentIds[0]!)!.version).toBe(0);
  }, 30_000);

  it('refuses while a connection in this very process holds the database', async () => {
    const { dbPath, deps } = await seededDatabase();
    const copy = join(dir, 'same-process.db');
    await deps.store.backup(copy);
    expect(() => restoreDatabase(copy, dbPath)).toThrow(/is open in another process/);
    await deps.store.close();
    expect(restoreDatabase(copy, dbPath)).toEqual({ applied: loadMigrations().length, expected: loadMigrations().length });
  });

  it('refuses a file that is not a database, not a Jembatan database, or from a newer version, and leaves the database alone', async () => {
    const { dbPath, deps } = await seededDatabase();
    await deps.store.close();
    const original = readFileSync(dbPath);
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'SQLite format 3? No: a text file. '.repeat(200));
    const foreign = join(dir, 'foreign.db');
    new Database(foreign).exec('CREATE TABLE notes (body TEXT)').close();
    const newer = join(dir, 'newer.db');
    copyFileSync(dbPath, newer);
    const later = new Database(newer);
    later.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(loadMigrations().length + 1, 'future', '2030-01-01T00:00:00Z');
    later.close();
    for (const [file, message] of [[junk, 'not an SQLite database'], [foreign, 'not a Jembatan database'], [newer, 'newer than this version']] as const) {
      await expect(jembatan(dbPath, 'restore', file)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(message) as string });
    }
    await expect(jembatan(dbPath, 'restore', join(dir, 'missing.db'))).rejects.toMatchObject({ code: 1 });
    expect(readFileSync(dbPath).equals(original)).toBe(true);
  }, 30_000);
});
