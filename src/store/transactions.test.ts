import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inImmediateTransaction, inTransaction } from './transactions.js';

const opened: Database.Database[] = [];
const dirs: string[] = [];

function memory(): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE notes (text TEXT NOT NULL)');
  opened.push(db);
  return db;
}

const texts = (db: Database.Database) => db.prepare('SELECT text FROM notes ORDER BY rowid').pluck().all();

/** Two connections to one WAL database file; the second never waits for a lock. */
function twoConnections(): [Database.Database, Database.Database] {
  const dir = mkdtempSync(join(tmpdir(), 'jembatan-tx-'));
  dirs.push(dir);
  const path = join(dir, 'db.sqlite');
  const first = new Database(path);
  first.pragma('journal_mode = WAL');
  first.exec('CREATE TABLE notes (text TEXT NOT NULL)');
  const second = new Database(path, { timeout: 0 });
  opened.push(first, second);
  return [first, second];
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('inTransaction', () => {
  it('commits what the work wrote and returns its value', () => {
    const db = memory();
    const value = inTransaction(db, () => {
      db.prepare("INSERT INTO notes VALUES ('a'), ('b')").run();
      expect(db.inTransaction).toBe(true);
      return 42;
    });
    expect(value).toBe(42);
    expect(db.inTransaction).toBe(false);
    expect(texts(db)).toEqual(['a', 'b']);
  });

  it('rolls everything back and rethrows when the work throws', () => {
    const db = memory();
    expect(() => inTransaction(db, () => {
      db.prepare("INSERT INTO notes VALUES ('lost')").run();
      throw new Error('boom');
    })).toThrow('boom');
    expect(db.inTransaction).toBe(false);
    expect(texts(db)).toEqual([]);
  });

  it('inside another transaction, undoes only its own part when it throws', () => {
    const db = memory();
    inTransaction(db, () => {
      db.prepare("INSERT INTO notes VALUES ('kept')").run();
      expect(() => inTransaction(db, () => {
        db.prepare("INSERT INTO notes VALUES ('undone')").run();
        throw new Error('inner');
      })).toThrow('inner');
      inTransaction(db, () => db.prepare("INSERT INTO notes VALUES ('also kept')").run());
    });
    expect(texts(db)).toEqual(['kept', 'also kept']);
  });

  it('makes one transaction function per connection, not one per call', () => {
    const db = memory();
    const made = vi.spyOn(db, 'transaction');
    for (let n = 0; n < 5; n += 1) inTransaction(db, () => db.prepare('INSERT INTO notes VALUES (?)').run(String(n)));
    inImmediateTransaction(db, () => undefined);
    expect(made).toHaveBeenCalledTimes(1);
    expect(texts(db)).toEqual(['0', '1', '2', '3', '4']);
    const other = memory();
    const madeOther = vi.spyOn(other, 'transaction');
    inTransaction(other, () => undefined);
    expect(madeOther).toHaveBeenCalledTimes(1);
  });
});

describe('inImmediateTransaction', () => {
  it('holds the write lock from its start: another connection cannot write before it ends', () => {
    const [first, second] = twoConnections();
    inImmediateTransaction(first, () => {
      // Nothing written yet by `first`, and still the other connection is refused.
      expect(() => second.prepare("INSERT INTO notes VALUES ('second')").run()).toThrow(/locked|busy/i);
      first.prepare("INSERT INTO notes VALUES ('first')").run();
    });
    second.prepare("INSERT INTO notes VALUES ('second')").run();
    expect(texts(first)).toEqual(['first', 'second']);
  });

  it('with a plain transaction the other connection could write meanwhile (what IMMEDIATE prevents)', () => {
    const [first, second] = twoConnections();
    inTransaction(first, () => {
      second.prepare("INSERT INTO notes VALUES ('second')").run();
    });
    expect(texts(first)).toEqual(['second']);
  });
});
