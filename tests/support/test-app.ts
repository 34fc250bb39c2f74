import { readFileSync } from 'node:fs';
import type { Express } from 'express';
import request from 'supertest';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/core/clock.js';
import { createI18n } from '../../src/i18n/index.js';
import { DEMO_ARTICLE_PATH } from '../../src/paths.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { ProjectRole, User } from '../../src/core/types.js';
import { systemActor } from '../../src/usecases/access.js';
import { createUser, issueApiToken } from '../../src/usecases/accounts.js';
import { createProject } from '../../src/usecases/create-project.js';
import { createDeps, type Deps } from '../../src/usecases/deps.js';
import { englishSpeller } from '../../src/spelling.js';
import { importArticle } from '../../src/usecases/import-article.js';
import { createApp } from '../../src/web/create-app.js';
import type { Logger } from '../../src/logger.js';

export const SAMPLE_ARTICLE = readFileSync(DEMO_ARTICLE_PATH, 'utf8');

/** A clock that advances one second per reading, so revisions get distinct, predictable times. */
export function steppingClock(start = Date.UTC(2026, 0, 1)): Clock {
  let now = start;
  return { now: () => new Date((now += 1000)).toISOString() };
}

export interface TestApp {
  app: Express;
  deps: Deps;
  /** Requests as the administrator `admin`, authenticated with an API token. */
  api: ReturnType<typeof request.agent>;
  /** Requests as any user: `as('ayu')` (created by `addUser`). */
  as: (username: string) => ReturnType<typeof request.agent>;
  addUser: (username: string, options?: { admin?: boolean; projectId?: number; role?: ProjectRole }) => Promise<User>;
}

export const TEST_PASSWORD = 'kopi-tubruk-42';

/** A fresh app on a fresh migrated in-memory store, with an administrator `admin`; silent unless given a logger. */
export async function createTestApp(env: Record<string, string> = {}, options: { admin?: boolean; logger?: Logger; clock?: Clock } = {}): Promise<TestApp> {
  const config = loadConfig({ DB_PATH: ':memory:', ...env });
  const clock = options.clock ?? steppingClock();
  const deps: Deps = createDeps(openSqliteStore(config.dbPath, clock), clock, { speller: englishSpeller });
  const app = createApp({ deps, config, i18n: await createI18n(), ...(options.logger ? { logger: options.logger } : {}) });
  const tokens = new Map<string, string>();
  const as = (username: string) => request.agent(app).set('Authorization', `Bearer ${tokens.get(username) ?? 'unknown'}`);
  const addUser: TestApp['addUser'] = async (username, options = {}) => {
    const user = await createUser(deps, systemActor(), { username, password: TEST_PASSWORD, isAdmin: options.admin ?? false });
    tokens.set(username, await issueApiToken(deps, systemActor(), { userId: user.id, name: 'test' }));
    if (options.projectId && options.role) await deps.store.setMembership({ projectId: options.projectId, userId: user.id, role: options.role });
    return user;
  };
  if (options.admin !== false) await addUser('admin', { admin: true });
  return { app, deps, api: as('admin'), as, addUser };
}

/** Builder: a project with the sample article imported; returns ids and the document's segments. */
export async function seedSampleDocument(deps: Deps, name = 'Newsroom') {
  const actor = systemActor();
  const project = await createProject(deps, actor, { name });
  const document = await importArticle(deps, { projectId: project.id, content: SAMPLE_ARTICLE, fileName: 'lavrov.txt', actor });
  const segments = await deps.store.listSegments(document.id);
  return { project, document, segments };
}

/** An agent that keeps cookies, signed in through the form, and knows the page's CSRF token, like a browser tab. */
export async function browserAgent(app: Express, username = 'admin', password = TEST_PASSWORD) {
  const agent = request.agent(app);
  const login = await agent.get('/login');
  const token = /name="_csrf" value="([a-f0-9]{64})"/.exec(login.text)?.[1];
  if (!token) throw new Error('no CSRF token on the sign-in page');
  const signedIn = await agent.post('/login').type('form').send({ _csrf: token, username, password, next: '/' }).expect(303);
  // Signing in gives a new CSRF token, bound to the new session (the page after the redirect would carry it).
  return { agent, token: csrfCookieOf(signedIn) ?? token };
}

/** The CSRF token a response sets in its cookie, if it sets one. */
export function csrfCookieOf(response: request.Response): string | undefined {
  const cookies = [response.headers['set-cookie'] ?? []].flat();
  return cookies.map((cookie) => /^jembatan_csrf=([a-f0-9]{64});/.exec(cookie)?.[1]).find(Boolean);
}
