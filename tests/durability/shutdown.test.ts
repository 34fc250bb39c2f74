import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { systemActor } from '../../src/usecases/access.js';
import { createUser, issueApiToken } from '../../src/usecases/accounts.js';
import { createDeps } from '../../src/usecases/deps.js';
import { ServerProcess } from '../support/server-process.js';
import { seedSampleDocument, steppingClock, TEST_PASSWORD } from '../support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'jembatan-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** A database file with the sample article and an administrator's API token. */
async function seededDatabase() {
  const dbPath = join(dir, `db-${++files}.db`);
  const clock = steppingClock();
  const deps = createDeps(openSqliteStore(dbPath, clock), clock);
  const { segments } = await seedSampleDocument(deps);
  const admin = await createUser(deps, systemActor(), { username: 'admin', password: TEST_PASSWORD, isAdmin: true });
  const token = await issueApiToken(deps, systemActor(), { userId: admin.id, name: 'test' });
  await deps.store.close();
  return { dbPath, token, segmentId: segments.find((segment) => segment.kind !== 'skip')!.id };
}

/** What a restarted server would find: the segment and its revisions, read through the store. */
async function storedSegment(dbPath: string, segmentId: number) {
  const store = openSqliteStore(dbPath, steppingClock());
  const [segment, revisions] = await Promise.all([store.findSegment(segmentId), store.listRevisions(segmentId)]);
  await store.close();
  return { segment, revisions };
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 5000) throw new Error('timed out');
    await sleep(20);
  }
}

describe('the server on SIGTERM', () => {
  it('stops taking connections, finishes the request in flight, keeps its save and exits 0', { tags: ['slow'] }, async () => {
    const { dbPath, token, segmentId } = await seededDatabase();
    const server = await ServerProcess.start(dbPath);
    const body = JSON.stringify({ target: 'Sent half before the signal, half after.', baseVersion: 0 });
    // The body arrives in two parts, so the request is still being read when the signal comes.
    const slow = httpRequest(`${server.url}/api/segments/${segmentId}/target`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Authorization: `Bearer ${token}` },
    });
    const answer = new Promise<{ status: number | undefined; body: string }>((resolve, reject) => {
      slow.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode, body: text }));
      });
      slow.on('error', reject);
    });
    slow.write(body.slice(0, 20));
    await sleep(300);
    server.signal('SIGTERM');
    await until(() => server.output.includes('SIGTERM: finishing'));
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    slow.end(body.slice(20));
    const { status, body: text } = await answer;
    const answered = Date.now();
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ segment: { version: 1, target: 'Sent half before the signal, half after.' } });
    expect(await server.exit()).toEqual({ code: 0, signal: null });
    // The connection, kept alive after its answer, was closed at once rather than after its idle timeout.
    expect(Date.now() - answered).toBeLessThan(3000);
    const stored = await storedSegment(dbPath, segmentId);
    expect(stored.segment).toMatchObject({ version: 1, target: 'Sent half before the signal, half after.' });
    expect(stored.revisions.map((revision) => revision.version)).toEqual([1]);
  });

  it('exits 0 within moments of a save, keep-alive connection and all, and the save is there after a restart', { tags: ['slow'] }, async () => {
    const { dbPath, token, segmentId } = await seededDatabase();
    const server = await ServerProcess.start(dbPath);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const saved = await fetch(`${server.url}/api/segments/${segmentId}/target`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ target: 'Saved just before the signal.', baseVersion: 0 }),
    });
    expect(saved.status).toBe(200);
    const signalled = Date.now();
    server.signal('SIGTERM');
    expect(await server.exit()).toEqual({ code: 0, signal: null });
    // Well inside the 10 s grace period: the idle keep-alive connection did not hold the shutdown up.
    expect(Date.now() - signalled).toBeLessThan(3000);
    const stored = await storedSegment(dbPath, segmentId);
    expect(stored.segment).toMatchObject({ version: 1, target: 'Saved just before the signal.' });
    expect(stored.revisions).toHaveLength(1);
  });

  it('ends an open live-update stream itself (a whole answer, not a dropped connection) and exits 0', { tags: ['slow'] }, async () => {
    const { dbPath, token } = await seededDatabase();
    const server = await ServerProcess.start(dbPath);
    const stream = httpRequest(`${server.url}/api/documents/1/events`, { headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` } });
    const opened = new Promise<IncomingMessage>((resolve, reject) => {
      stream.on('response', resolve);
      stream.on('error', reject);
    });
    stream.end();
    const response = await opened;
    expect(response.statusCode).toBe(200);
    let text = '';
    response.on('data', (chunk: Buffer) => (text += chunk.toString()));
    await until(() => text.includes('retry:'));
    // True only when the server finished the answer; a connection dropped after the grace period leaves it false.
    const whole = new Promise<boolean>((resolve) => response.on('close', () => resolve(response.complete)));
    server.signal('SIGTERM');
    expect(await whole).toBe(true);
    expect(await server.exit()).toEqual({ code: 0, signal: null });
  });
});
