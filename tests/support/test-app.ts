import { readFileSync } from 'node:fs';
import type { Express } from 'express';
import request from 'supertest';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/core/clock.js';
import { createI18n } from '../../src/i18n/index.js';
import { DEMO_ARTICLE_PATH } from '../../src/paths.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { createProject } from '../../src/usecases/create-project.js';
import type { Deps } from '../../src/usecases/deps.js';
import { importArticle } from '../../src/usecases/import-article.js';
import { createApp } from '../../src/web/create-app.js';

export const SAMPLE_ARTICLE = readFileSync(DEMO_ARTICLE_PATH, 'utf8');

/** A clock that advances one second per reading, so revisions get distinct, predictable times. */
export function steppingClock(start = Date.UTC(2026, 0, 1)): Clock {
  let now = start;
  return { now: () => new Date((now += 1000)).toISOString() };
}

export interface TestApp {
  app: Express;
  deps: Deps;
}

/** A fresh app on a fresh migrated in-memory store. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({ DB_PATH: ':memory:', ...env });
  const clock = steppingClock();
  const deps: Deps = { store: openSqliteStore(config.dbPath, clock), clock };
  const app = createApp({ deps, config, i18n: await createI18n(), log: () => {} });
  return { app, deps };
}

/** Builder: a project with the sample article imported; returns ids and the document's segments. */
export async function seedSampleDocument(deps: Deps, name = 'Newsroom') {
  const project = await createProject(deps, { name });
  const document = await importArticle(deps, { projectId: project.id, content: SAMPLE_ARTICLE, fileName: 'lavrov.txt' });
  const segments = await deps.store.listSegments(document.id);
  return { project, document, segments };
}

/** An agent that keeps cookies and knows the page's CSRF token, like a browser tab. */
export async function browserAgent(app: Express) {
  const agent = request.agent(app);
  const page = await agent.get('/');
  const token = /name="_csrf" value="([a-f0-9]{64})"/.exec(page.text)?.[1];
  if (!token) throw new Error('no CSRF token on the home page');
  return { agent, token };
}
