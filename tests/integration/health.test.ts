import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createI18n } from '../../src/i18n/index.js';
import { loadMigrations } from '../../src/store/migrate.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { createDeps } from '../../src/usecases/deps.js';
import { createApp } from '../../src/web/create-app.js';
import { createTestApp, steppingClock } from '../support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'jembatan-health-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const expected = loadMigrations().length;

describe('GET /healthz', () => {
  it('answers without an account or a session, even before the first administrator exists, and sets no cookie', async () => {
    const { app } = await createTestApp({}, { admin: false });
    const response = await request(app).get('/healthz').expect(200).expect('Cache-Control', 'no-store');
    expect(response.body).toEqual({ status: 'ok', database: 'ok', saves: 'ok', migrations: { applied: expected, expected } });
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('answers 503 for good once a save could not be made durable (its fsync failed)', async () => {
    const t = await createTestApp();
    const store = Object.create(t.deps.store) as typeof t.deps.store;
    store.health = async () => ({ ...(await t.deps.store.health()), savesDurable: false });
    const app = createApp({ deps: { ...t.deps, store }, config: loadConfig({ DB_PATH: ':memory:' }), i18n: await createI18n() });
    const response = await request(app).get('/healthz').expect(503);
    expect(response.body).toMatchObject({ status: 'unavailable', database: 'ok', saves: 'not durable' });
  });

  it('answers 503 once the database is closed', async () => {
    const { app, deps } = await createTestApp();
    await deps.store.close();
    const response = await request(app).get('/healthz').expect(503);
    expect(response.body).toMatchObject({ status: 'unavailable', database: 'unreachable' });
  });

  it('answers 503 when the database carries a migration this code does not know (a newer version ran on it)', async () => {
    const dbPath = join(dir, 'newer.db');
    const clock = steppingClock();
    const deps = createDeps(openSqliteStore(dbPath, clock), clock);
    const app = createApp({ deps, config: loadConfig({ DB_PATH: dbPath }), i18n: await createI18n() });
    const newer = new Database(dbPath);
    newer.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(expected + 1, 'from-a-newer-version', clock.now());
    newer.close();
    const response = await request(app).get('/healthz').expect(503);
    expect(response.body).toEqual({ status: 'unavailable', database: 'ok', saves: 'ok', migrations: { applied: expected + 1, expected } });
    await deps.store.close();
  });
});

describe('GET /healthz/live', () => {
  it('answers while the process runs, without an account, a cookie or the database (closed here)', async () => {
    const { app, deps } = await createTestApp({}, { admin: false });
    await deps.store.close();
    const response = await request(app).get('/healthz/live').expect(200).expect('Cache-Control', 'no-store');
    expect(response.body).toEqual({ status: 'ok' });
    expect(response.headers['set-cookie']).toBeUndefined();
    await request(app).get('/healthz').expect(503);
  });
});
