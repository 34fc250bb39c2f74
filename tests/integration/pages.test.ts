import { systemActor } from '../../src/usecases/access.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveTarget } from '../../src/usecases/save-target.js';
import { browserAgent, createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';

let t: TestApp;
let seeded: Awaited<ReturnType<typeof seedSampleDocument>>;

beforeEach(async () => {
  t = await createTestApp();
  seeded = await seedSampleDocument(t.deps);
});

describe('pages', () => {
  it('shows the projects with a progress bar of words per state', async () => {
    const home = await t.api.get('/').expect(200);
    expect(home.text).toContain('Newsroom');
    expect(home.text).toContain('class="progress"');
    expect(home.text).toMatch(/New <strong data-words="new">\d+<\/strong>/);
  });

  it('renders the editor with one row per segment, skipped rows greyed and labelled', async () => {
    const page = await t.api.get(`/documents/${seeded.document.id}`).expect(200);
    expect(page.text.match(/<li class="row /g)).toHaveLength(seeded.segments.length);
    expect(page.text).toMatch(/class="row kind-skip[^"]*"[^>]*>\s*<span class="num">\d+<\/span>\s*<div class="source"[^>]*><span class="label-tag">Related-article link<\/span>/);
    expect(page.text).toContain('<script type="module" src="/static/js/editor.js"></script>');
  });

  it('speaks Indonesian after the language switch and remembers it', async () => {
    const { agent, token } = await browserAgent(t.app);
    await agent.post('/preferences').type('form').send({ _csrf: token, lang: 'id', back: `/documents/${seeded.document.id}` })
      .expect(303).expect('Location', `/documents/${seeded.document.id}`);
    const page = await agent.get(`/documents/${seeded.document.id}`).expect(200);
    expect(page.text).toContain('<html lang="id">');
    expect(page.text).toContain('Pintasan papan ketik');
    expect(page.text).toContain('Tautan artikel terkait');
  });

  it('never redirects to another site after saving preferences', async () => {
    const { agent, token } = await browserAgent(t.app);
    await agent.post('/preferences').type('form').send({ _csrf: token, lang: 'en', back: '//evil.example/x' }).expect('Location', '/');
  });

  it('signs revisions with the signed-in user', async () => {
    await t.addUser('ayu', { projectId: seeded.project.id, role: 'translator' });
    const { agent, token } = await browserAgent(t.app, 'ayu');
    const segment = seeded.segments[0]!;
    await agent.put(`/api/segments/${segment.id}/target`).set('X-CSRF-Token', token).send({ target: 'Title', baseVersion: 0 }).expect(200);
    const [revision] = await t.deps.store.listRevisions(segment.id);
    expect(revision?.author).toBe('ayu');
  });

  it('refuses a browser write whose CSRF token does not match the cookie', async () => {
    const { agent } = await browserAgent(t.app);
    await agent.put(`/api/segments/${seeded.segments[0]!.id}/target`).set('X-CSRF-Token', 'f'.repeat(64))
      .send({ target: 'x', baseVersion: 0 }).expect(403);
  });

  it('escapes translated text everywhere it is shown, including history diffs', async () => {
    const segment = seeded.segments[0]!;
    await saveTarget(t.deps, { segmentId: segment.id, baseVersion: 0, target: '<script>alert(1)</script> & "quotes"', action: 'edit', origin: 'typed', actor: { ...systemActor(), username: '<b>x</b>' } });
    for (const path of [`/documents/${seeded.document.id}`, `/segments/${segment.id}/history`, `/segments/${segment.id}/history?partial=1`]) {
      const page = await t.api.get(path).expect(200);
      expect(page.text).not.toContain('<script>alert(1)');
      expect(page.text).not.toContain('<b>x</b>');
      expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('sends a Content-Security-Policy that forbids inline scripts', async () => {
    const page = await t.api.get('/').expect(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('shows a friendly 404 page for unknown documents', async () => {
    const page = await t.api.get('/documents/424242').set('Accept', 'text/html').expect(404);
    expect(page.text).toContain('There is no such document.');
  });

  it('downloads a printable side-by-side HTML export with a server-chosen name', async () => {
    const response = await t.api.get(`/documents/${seeded.document.id}/export/html`).expect(200);
    expect(response.headers['content-disposition']).toMatch(/\.id-en\.html"?$/);
    expect(response.text).toContain('<table');
    expect(response.text).not.toContain('<script');
  });
});
