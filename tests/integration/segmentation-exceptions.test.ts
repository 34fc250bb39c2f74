import { systemActor } from '../../src/usecases/access.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { createProject } from '../../src/usecases/create-project.js';
import { browserAgent, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let projectId: number;

beforeEach(async () => {
  t = await createTestApp();
  projectId = (await createProject(t.deps, systemActor(), { name: 'Desk Kota' })).id;
});

const ARTICLE = 'Laporan Polisi\nPenyidik Zqk. Budi tiba di Polres. Ia memeriksa saksi.';

async function importSources(): Promise<string[]> {
  const response = await t.api.post(`/api/projects/${projectId}/documents`).send({ text: ARTICLE }).expect(201);
  return (await t.deps.store.listSegments(response.body.document.id)).map((segment) => segment.source);
}

describe('project segmentation exceptions', () => {
  it('stop breaks after the listed abbreviations in articles imported afterwards', async () => {
    expect(await importSources()).toContain('Penyidik Zqk.');
    const { agent, token } = await browserAgent(t.app);
    await agent.post(`/projects/${projectId}/segmentation`).type('form').send({ _csrf: token, exceptions: 'Zqk.\n\n<b>bad</b>, Zqk.' })
      .expect(303).expect('Location', `/projects/${projectId}?exceptions=1#segmentation`);
    expect((await t.deps.store.findProject(projectId))?.settings.doNotBreakAfter).toEqual(['Zqk.']);
    expect(await importSources()).toContain('Penyidik Zqk. Budi tiba di Polres.');
    const page = await agent.get(`/projects/${projectId}`).expect(200);
    expect(page.text).toMatch(/<textarea id="segmentation-exceptions"[^>]*>Zqk\.<\/textarea>/);
  });
});
