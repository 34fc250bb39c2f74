import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

let stores: Store[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(stores.map((store) => store.close()));
  stores = [];
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();

/** A store whose clock the test moves, and a session opened at the start. */
async function withSession(path = ':memory:') {
  const start = Date.UTC(2026, 10, 2, 8);
  let now = start;
  const store = openSqliteStore(path, { now: () => iso(now) });
  stores.push(store);
  const user = await store.createUser({ username: 'ayu', displayName: 'Ayu', passwordHash: 'x', isAdmin: false });
  await store.createSession({ idHash: 'session-hash', userId: user.id });
  // The use case's cutoffs: idle 8 hours, at most a week, last-seen moved when older than a minute.
  const resume = () => store.resumeSession({
    idHash: 'session-hash', idleCutoff: iso(now - 8 * HOUR), absoluteCutoff: iso(now - 7 * 24 * HOUR), touchCutoff: iso(now - MINUTE),
  });
  return { store, user, resume, at: (ms: number) => { now = start + ms; } };
}

describe('resuming a session', () => {
  it('keeps a session alive while it is used, and ends it after eight idle hours', async () => {
    const { resume, at } = await withSession();
    at(7 * HOUR);
    expect((await resume())?.username).toBe('ayu');
    at(14 * HOUR);
    expect((await resume())?.username).toBe('ayu');
    at(22 * HOUR + MINUTE);
    expect(await resume()).toBeNull();
    // Ended for good: coming back within the hour does not revive it.
    at(22 * HOUR + 2 * MINUTE);
    expect(await resume()).toBeNull();
  });

  it('moves the last-seen time only when it is more than a minute old', async () => {
    const { resume, at } = await withSession();
    at(7 * HOUR);
    await resume(); // last seen: 7 h
    at(7 * HOUR + 30_000);
    await resume(); // within the minute: not written, last seen stays 7 h
    // Eight hours after the 7 h touch the session is idle, although a request came 30 s after it.
    at(15 * HOUR + 10_000);
    expect(await resume()).toBeNull();
  });

  it('counts a request more than a minute after the last one as activity', async () => {
    const { resume, at } = await withSession();
    at(7 * HOUR);
    await resume();
    at(7 * HOUR + 2 * MINUTE);
    await resume(); // last seen: 7 h 2 min
    at(15 * HOUR + MINUTE);
    expect((await resume())?.username).toBe('ayu');
  });

  it('ends every session after a week, however busy', async () => {
    const { resume, at } = await withSession();
    for (let hour = 6; hour < 7 * 24; hour += 6) {
      at(hour * HOUR);
      expect(await resume()).not.toBeNull();
    }
    at(7 * 24 * HOUR + MINUTE);
    expect(await resume()).toBeNull();
  });

  it('writes the touch to the database file, where another connection reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jembatan-sessions-'));
    dirs.push(dir);
    const path = join(dir, 'sessions.db');
    const { resume, at } = await withSession(path);
    at(2 * HOUR);
    expect((await resume())?.username).toBe('ayu');
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare('SELECT last_seen_at FROM sessions').pluck().get()).toBe(iso(Date.UTC(2026, 10, 2, 10)));
    reader.close();
  });
});
