import type { Browser, Page } from 'playwright-core';
import type { Clock } from '../../src/core/clock.js';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './launch-browser.js';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createTestApp, SAMPLE_ARTICLE, type TestApp } from './test-app.js';
import { DEMO_ACCOUNTS, ensureDemoProject } from '../../src/usecases/ensure-demo.js';
import { serverFor } from '../../src/web/http-server.js';

/** Starts the app with the demo project on a free loopback port. */
export async function serveDemo(options: { clock?: Clock } = {}): Promise<TestApp & { baseUrl: string; close: () => Promise<void> }> {
  // The demo creates its own accounts (admin, translator, reviewer) with the documented passwords.
  const testApp = await createTestApp({}, { admin: false, ...options });
  await ensureDemoProject(testApp.deps, { text: SAMPLE_ARTICLE, fileName: 'egindo-lavrov-wang-yi.txt' });
  const server: Server = await new Promise((resolve) => {
    // The server main.ts makes (requests built with the app's prototypes), so the journeys go through it.
    const listening = serverFor(testApp.app).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    ...testApp,
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Signs a page in through the sign-in form with a demo account. */
export async function signIn(page: Page, baseUrl: string, username: 'admin' | 'translator' | 'reviewer' = 'translator'): Promise<void> {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.username === username)!;
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** For a browser test file: the demo server and a browser, started before its tests and stopped after. */
export function withDemoServer(options: { clock?: Clock } = {}): { server: Awaited<ReturnType<typeof serveDemo>>; browser: Browser } {
  const env = {} as { server: Awaited<ReturnType<typeof serveDemo>>; browser: Browser };
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([serveDemo(options), launchBrowser()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
