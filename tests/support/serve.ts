import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createTestApp, SAMPLE_ARTICLE, type TestApp } from './test-app.js';
import { ensureDemoProject } from '../../src/usecases/ensure-demo.js';

/** Starts the app with the demo project on a free loopback port. */
export async function serveDemo(): Promise<TestApp & { baseUrl: string; close: () => Promise<void> }> {
  const testApp = await createTestApp();
  await ensureDemoProject(testApp.deps, { text: SAMPLE_ARTICLE, fileName: 'egindo-lavrov-wang-yi.txt' });
  const server: Server = await new Promise((resolve) => {
    const listening = testApp.app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    ...testApp,
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
