import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { KeptByStamp } from './kept-by-stamp.js';

function setUp(limit = 2) {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE stamps (id INTEGER PRIMARY KEY, stamp INTEGER NOT NULL)');
  db.prepare('INSERT INTO stamps VALUES (1, 0), (2, 0), (3, 0)').run();
  const stampOf = (id: number) => db.prepare('SELECT stamp FROM stamps WHERE id = ?').pluck().get(id) as number | undefined;
  const bump = (id: number) => db.prepare('UPDATE stamps SET stamp = stamp + 1 WHERE id = ?').run(id);
  let reads = 0;
  const kept = new KeptByStamp<string>(db, limit);
  const get = (id: number) => kept.get(id, stampOf, () => `value ${id} read ${(reads += 1)}`);
  return { db, bump, get };
}

describe('KeptByStamp', () => {
  it('reads again only when the stamp has moved', () => {
    const { get, bump } = setUp();
    expect(get(1)).toBe('value 1 read 1');
    expect(get(1)).toBe('value 1 read 1');
    bump(1);
    expect(get(1)).toBe('value 1 read 2');
  });

  it('keeps nothing read inside another transaction, which may yet roll back', () => {
    const { db, get } = setUp();
    db.transaction(() => expect(get(1)).toBe('value 1 read 1'))();
    expect(get(1)).toBe('value 1 read 2');
  });

  it('lets the least recently used go beyond its limit, and never keeps a key without a stamp', () => {
    const { get } = setUp(2);
    get(1);
    get(2);
    get(1);
    get(3);
    expect(get(1)).toBe('value 1 read 1');
    expect(get(2)).toBe('value 2 read 4');
    expect(get(99)).toBe('value 99 read 5');
    expect(get(99)).toBe('value 99 read 6');
  });
});
