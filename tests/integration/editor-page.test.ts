import { describe, expect, it } from 'vitest';
import { systemActor } from '../../src/usecases/access.js';
import { createProject } from '../../src/usecases/create-project.js';
import { importArticle } from '../../src/usecases/import-article.js';
import { createTestApp } from '../support/test-app.js';

describe('the editor page', () => {
  it('puts every row in the grid, whatever the document title holds', async () => {
    const t = await createTestApp();
    const project = await createProject(t.deps, systemActor(), { name: 'Desk' });
    const title = 'Judul \u0000rowsHtml\u0000 <b>tebal</b>';
    const document = await importArticle(t.deps, { projectId: project.id, content: 'Satu kalimat. Dua kalimat.', format: 'paste', title, actor: systemActor() });
    const page = await t.api.get(`/documents/${document.id}`).expect(200);
    const grid = /<ol class="grid"[^>]*>([\s\S]*?)<\/ol>/.exec(page.text)?.[1] ?? '';
    expect(grid.match(/<li class="row /g)).toHaveLength(2);
    expect(page.text).not.toContain('<b>tebal</b>');
    expect(page.text).toContain('Judul \u0000rowsHtml\u0000');
  });

  it('shows a segment saved since the last opening, in every UI language', async () => {
    const t = await createTestApp();
    const project = await createProject(t.deps, systemActor(), { name: 'Desk' });
    const document = await importArticle(t.deps, { projectId: project.id, content: 'Satu kalimat.', format: 'paste', title: 'T', actor: systemActor() });
    const [segment] = await t.deps.store.listSegments(document.id);
    await t.api.get(`/documents/${document.id}`).expect(200);
    await t.api.get(`/documents/${document.id}`).set('Accept-Language', 'id').expect(200);
    await t.api.put(`/api/segments/${segment!.id}/target`).send({ target: 'One sentence.', baseVersion: 0 }).expect(200);
    for (const language of ['en', 'id']) {
      const page = await t.api.get(`/documents/${document.id}`).set('Accept-Language', language).expect(200);
      expect(page.text).toContain('data-version="1"');
      expect(page.text).toContain('>One sentence.</textarea>');
    }
  });
});
