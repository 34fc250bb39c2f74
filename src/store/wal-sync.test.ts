import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open-database.js';
import { openWalSync, writeWithoutSync } from './wal-sync.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'jembatan-wal-'));
  dirs.push(dir);
  return join(dir, 'j.db');
};

describe('openWalSync', () => {
  it('syncs the WAL that SQLite writes, through its own descriptor', async () => {
    const path = tempPath();
    const db = openDatabase(path);
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE t (x TEXT)');
    db.prepare('INSERT INTO t VALUES (?)').run('kata');
    const wal = openWalSync(path);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    await expect(wal.sync()).resolves.toBeUndefined();
    wal.close();
    db.close();
  });

  it('makes an empty WAL when SQLite has not written one yet, which SQLite then uses', async () => {
    const path = tempPath();
    openDatabase(path).close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const wal = openWalSync(path);
    expect(statSync(`${path}-wal`).size).toBe(0);
    const db = openDatabase(path);
    db.exec('CREATE TABLE t (x TEXT)');
    await wal.sync();
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    db.close();
    wal.close();
  });

  it('fails, rather than pretending, once its descriptor is closed', async () => {
    const path = tempPath();
    const wal = openWalSync(path);
    wal.close();
    await expect(wal.sync()).rejects.toMatchObject({ code: 'EBADF' });
  });
});

describe('writeWithoutSync', () => {
  it('writes with synchronous=NORMAL, from the first time on, and leaves the connection at FULL, also after a failed write', () => {
    const db = openDatabase(join(dirname(tempPath()), 'levels.db'));
    db.exec('CREATE TABLE t (x TEXT)');
    const level = () => db.pragma('synchronous', { simple: true });
    const seen: unknown[] = [];
    writeWithoutSync(db, () => db.transaction(() => {
      seen.push(level());
      db.prepare('INSERT INTO t VALUES (?)').run('a');
    })());
    expect(level()).toBe(2);
    expect(() => writeWithoutSync(db, () => {
      seen.push(level());
      throw new Error('refused');
    })).toThrow('refused');
    expect(seen).toEqual([1, 1]);
    expect(level()).toBe(2);
    db.close();
  });

  it('inside a transaction, joins it at its level instead of failing', () => {
    const db = openDatabase(join(dirname(tempPath()), 'nested.db'));
    db.exec('CREATE TABLE t (x TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => {
      writeWithoutSync(db, () => insert.run('inside'));
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
    })();
    expect(db.prepare('SELECT x FROM t').pluck().all()).toEqual(['inside']);
    db.close();
  });
});
