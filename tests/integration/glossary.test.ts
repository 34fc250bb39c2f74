import { beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/usecases/access.js';
import { createProject } from '../../src/usecases/create-project.js';
import { DEMO_GLOSSARY } from '../../src/usecases/ensure-demo.js';
import { addGlossaryTerms } from '../../src/usecases/glossary.js';
import { browserAgent, createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';

let t: TestApp;
let projectId: number;
let documentId: number;

beforeEach(async () => {
  t = await createTestApp();
  const seeded = await seedSampleDocument(t.deps);
  projectId = seeded.project.id;
  documentId = seeded.document.id;
  await t.addUser('mira', { projectId, role: 'manager' });
  await t.addUser('tari', { projectId, role: 'translator' });
  await t.addUser('outsider');
});

const seedDemoTerms = () => addGlossaryTerms(t.deps, systemActor(), { projectId, terms: DEMO_GLOSSARY });
const sourcesOf = async (id: number) => (await t.deps.store.listGlossary(id)).map((term) => term.source);
const upload = (path: string, content: string, fileName: string, as = 'mira') =>
  t.as(as).post(path).set('X-Jembatan-Client', 'test').attach('file', Buffer.from(content), fileName);

describe('glossary terms through the API', () => {
  it('lets a manager add, edit and delete terms, and anyone in the project read them', async () => {
    const added = await t.as('mira').post(`/api/projects/${projectId}/glossary`)
      .send({ source: ' Menlu ', target: 'Foreign Minister', note: 'Menteri Luar Negeri', forbidden: null }).expect(201);
    expect(added.body.term).toMatchObject({ source: 'Menlu', target: 'Foreign Minister', note: 'Menteri Luar Negeri', forbidden: null, createdBy: 'mira' });
    const id = added.body.term.id as number;

    const listed = await t.as('tari').get(`/api/projects/${projectId}/glossary`).expect(200);
    expect(listed.body.terms.map((term: { source: string }) => term.source)).toEqual(['Menlu']);

    const edited = await t.as('mira').put(`/api/glossary/${id}`).send({ source: 'Menlu', target: 'foreign minister', forbidden: 'Foreign Secretary' }).expect(200);
    expect(edited.body.term).toMatchObject({ target: 'foreign minister', note: null, forbidden: 'Foreign Secretary', changedBy: 'mira' });

    await t.as('mira').delete(`/api/glossary/${id}`).expect(204);
    expect(await sourcesOf(projectId)).toEqual([]);
    const gone = await t.as('mira').put(`/api/glossary/${id}`).send({ source: 'Menlu', target: 'FM' }).expect(404);
    expect(gone.body.error.code).toBe('glossary.notFound');
  });

  it('lets a translator read but not change the glossary', async () => {
    await seedDemoTerms();
    const [term] = await t.deps.store.listGlossary(projectId);
    await t.as('tari').get(`/projects/${projectId}/glossary`).expect(200);
    await t.as('tari').post(`/api/projects/${projectId}/glossary`).send({ source: 'AS', target: 'US' }).expect(403);
    await t.as('tari').put(`/api/glossary/${term!.id}`).send({ source: 'AS', target: 'US' }).expect(403);
    await t.as('tari').delete(`/api/glossary/${term!.id}`).expect(403);
    await upload(`/api/projects/${projectId}/glossary/import`, 'source,target\nAS,US\n', 'g.csv', 'tari').expect(403);
    expect(await sourcesOf(projectId)).toHaveLength(DEMO_GLOSSARY.length);
  });

  it('hides the glossary and its terms from people outside the project', async () => {
    await seedDemoTerms();
    const [term] = await t.deps.store.listGlossary(projectId);
    await t.as('outsider').get(`/api/projects/${projectId}/glossary`).expect(404);
    await t.as('outsider').get(`/projects/${projectId}/glossary`).expect(404);
    await t.as('outsider').get(`/projects/${projectId}/glossary/export/csv`).expect(404);
    const edit = await t.as('outsider').put(`/api/glossary/${term!.id}`).send({ source: 'AS', target: 'US' }).expect(404);
    expect(edit.body.error.code).toBe('glossary.notFound');
    await t.as('outsider').delete(`/api/glossary/${term!.id}`).expect(404);
  });

  it('refuses an empty target, a forbidden rendering equal to the target, and a pair the glossary has', async () => {
    const empty = await t.as('mira').post(`/api/projects/${projectId}/glossary`).send({ source: 'Menlu', target: '  ' }).expect(400);
    expect(empty.body.error).toMatchObject({ code: 'glossary.term', field: 'target' });
    const same = await t.as('mira').post(`/api/projects/${projectId}/glossary`).send({ source: 'Menlu', target: 'FM', forbidden: 'fm' }).expect(400);
    expect(same.body.error).toMatchObject({ code: 'glossary.term', field: 'forbidden' });
    await t.as('mira').post(`/api/projects/${projectId}/glossary`).send({ source: 'Menlu', target: 'Foreign Minister' }).expect(201);
    const twice = await t.as('mira').post(`/api/projects/${projectId}/glossary`).send({ source: 'Menlu', target: 'Foreign Minister' }).expect(409);
    expect(twice.body.error.code).toBe('glossary.duplicate');
    const other = await t.as('mira').post(`/api/projects/${projectId}/glossary`).send({ source: 'RRT', target: 'PRC' }).expect(201);
    await t.as('mira').put(`/api/glossary/${other.body.term.id}`).send({ source: 'Menlu', target: 'Foreign Minister' }).expect(409);
  });
});

describe('glossary files', () => {
  it('round-trips the glossary through CSV into another project', async () => {
    await seedDemoTerms();
    const csv = await t.as('tari').get(`/projects/${projectId}/glossary/export/csv`).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="?newsroom\.glossary\.id-en\.csv"?$/);
    expect(csv.text).toContain('Tiongkok,China,The official Indonesian name since 2014.,Mainland China');

    const other = await createProject(t.deps, systemActor(), { name: 'Desk Dua' });
    const imported = await upload(`/api/projects/${other.id}/glossary/import`, csv.text, 'terms.csv', 'admin').expect(200);
    expect(imported.body.glossary).toEqual({ terms: 4, added: 4, duplicates: 0, skipped: 0 });
    const strip = (terms: readonly { source: string; target: string; note: string | null; forbidden: string | null }[]) =>
      terms.map(({ source, target, note, forbidden }) => ({ source, target, note, forbidden }));
    expect(strip(await t.deps.store.listGlossary(other.id))).toEqual(strip(await t.deps.store.listGlossary(projectId)));

    const again = await upload(`/api/projects/${other.id}/glossary/import`, csv.text, 'terms.csv', 'admin').expect(200);
    expect(again.body.glossary).toEqual({ terms: 4, added: 0, duplicates: 4, skipped: 0 });
  });

  it('round-trips the glossary through TBX, forbidden renderings and notes included', async () => {
    await seedDemoTerms();
    const tbx = await t.as('tari').get(`/projects/${projectId}/glossary/export/tbx`).expect(200);
    expect(tbx.headers['content-type']).toMatch(/^application\/x-tbx\+xml/);
    expect(tbx.headers['content-disposition']).toMatch(/newsroom\.glossary\.id-en\.tbx/);
    expect(tbx.headers['x-content-type-options']).toBe('nosniff');
    expect(tbx.text).toContain('<term>Mainland China</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');

    const other = await createProject(t.deps, systemActor(), { name: 'Desk Tiga' });
    const imported = await upload(`/api/projects/${other.id}/glossary/import`, tbx.text, 'terms.tbx', 'admin').expect(200);
    expect(imported.body.glossary).toMatchObject({ terms: 4, added: 4 });
    expect(await t.deps.store.listGlossary(other.id)).toEqual(expect.arrayContaining([
      expect.objectContaining({ source: 'Tiongkok', target: 'China', note: 'The official Indonesian name since 2014.', forbidden: 'Mainland China' }),
    ]));
  });

  it('refuses a TBX file with a DOCTYPE and stores nothing', async () => {
    const hostile = `<?xml version="1.0"?>
<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol">]>
<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c1">
<langSec xml:lang="id"><termSec><term>&xxe;</term></termSec></langSec>
<langSec xml:lang="en"><termSec><term>&lol;</term></termSec></langSec>
</conceptEntry></body></text></tbx>`;
    const response = await upload(`/api/projects/${projectId}/glossary/import`, hostile, 'evil.tbx').expect(400);
    expect(response.body.error.code).toBe('xml.doctype');
    expect(await sourcesOf(projectId)).toEqual([]);
  });

  it('imports all of a CSV file or, with one broken row, nothing', async () => {
    const broken = 'source,target,note\nMenlu,Foreign Minister,\nRRT,,no target\nTiongkok,China,\n';
    const response = await upload(`/api/projects/${projectId}/glossary/import`, broken, 'g.csv').expect(400);
    expect(response.body.error).toMatchObject({ code: 'glossary.badValue', row: 3, field: 'target' });
    expect(await sourcesOf(projectId)).toEqual([]);
  });

  it('refuses other file types and a file without terms in both languages', async () => {
    const type = await upload(`/api/projects/${projectId}/glossary/import`, 'Menlu\tForeign Minister', 'g.txt').expect(400);
    expect(type.body.error.code).toBe('glossary.fileType');
    const french = `<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c1">
<langSec xml:lang="fr"><termSec><term>ministre</term></termSec></langSec><langSec xml:lang="en"><termSec><term>minister</term></termSec></langSec>
</conceptEntry></body></text></tbx>`;
    const none = await upload(`/api/projects/${projectId}/glossary/import`, french, 'g.xml').expect(400);
    expect(none.body.error).toMatchObject({ code: 'glossary.noUsableTerms', entries: 1 });
  });
});

describe('the glossary page', () => {
  it('lets a manager add, edit, delete and import terms with forms', async () => {
    await t.deps.store.setMembership({ projectId, userId: (await t.deps.store.findUserByName('admin'))!.id, role: 'manager' });
    const { agent, token } = await browserAgent(t.app);
    const added = await agent.post(`/projects/${projectId}/glossary`).type('form')
      .send({ _csrf: token, source: 'Menlu', target: 'Foreign <Minister>', note: '', forbidden: '' }).expect(303);
    expect(added.headers.location).toMatch(/\?done=added#term-\d+$/);
    const page = await agent.get(added.headers.location!).expect(200);
    expect(page.text).toContain('Term added.');
    expect(page.text).toContain('value="Foreign &lt;Minister&gt;"');
    const [term] = await t.deps.store.listGlossary(projectId);
    expect(term).toMatchObject({ note: null, forbidden: null });

    await agent.post(`/glossary/${term!.id}`).type('form').send({ _csrf: token, source: 'Menlu', target: 'Foreign Minister', note: 'Menteri Luar Negeri', forbidden: '' }).expect(303);
    expect(await t.deps.store.findGlossaryEntry(term!.id)).toMatchObject({ target: 'Foreign Minister', note: 'Menteri Luar Negeri' });

    const refused = await agent.post(`/glossary/${term!.id}`).type('form').send({ _csrf: token, source: 'Menlu', target: '' }).expect(400);
    expect(refused.text).toContain('class="form-error"');
    expect(refused.text).toContain('The term’s target is empty or too long');

    const imported = await agent.post(`/projects/${projectId}/glossary/import`).field('_csrf', token)
      .attach('file', Buffer.from('source;target\nRRT;PRC\nMenlu;Foreign Minister\n'), 'terms.csv').expect(303);
    expect(imported.headers.location).toBe(`/projects/${projectId}/glossary?imported=2.1.1.0#import`);
    expect((await agent.get(imported.headers.location!).expect(200)).text).toContain('2 terms read: 1 added, 1 already in the glossary, 0 entries skipped');

    await agent.post(`/glossary/${term!.id}/delete`).type('form').send({ _csrf: token }).expect(303);
    expect(await sourcesOf(projectId)).toEqual(['RRT']);
  });

  it('shows a refused upload on the form again with the reason', async () => {
    const { agent, token } = await browserAgent(t.app);
    const response = await agent.post(`/projects/${projectId}/glossary/import`).field('_csrf', token)
      .attach('file', Buffer.from('just,some\ncolumns,here\n'), 'terms.csv').expect(400);
    expect(response.text).toContain('id="import-error"');
    expect(response.text).toContain('The glossary file has no “source” column.');
    expect(response.text).toContain('enctype="multipart/form-data"');
  });

  it('shows a translator the terms without forms', async () => {
    await seedDemoTerms();
    const page = await t.as('tari').get(`/projects/${projectId}/glossary`).expect(200);
    expect(page.text).toContain('<del>Mainland China</del>');
    expect(page.text).not.toContain(`action="/projects/${projectId}/glossary#add"`);
    expect(page.text).not.toContain('/delete"');
  });
});

describe('terms in the editor', () => {
  it('marks "Menlu" in the source with its target, and keeps the raw source for the client', async () => {
    await seedDemoTerms();
    const page = await t.as('tari').get(`/documents/${documentId}`).expect(200);
    expect(page.text).toContain('<mark class="term" data-term-target="Foreign Minister" title="Foreign Minister — Short for Menteri Luar Negeri.">Menlu</mark> Rusia');
    expect(page.text).toContain('data-source="Menlu Rusia Sergei Lavrov bertemu mitra Wang Yi"');
    expect(page.text).toMatch(/title="China — The official Indonesian name since 2014\.\nnot: Mainland China">Tiongkok<\/mark>/);
    expect(page.text).toContain('class="term-insert" data-term-target="Foreign Minister"');
    expect(page.text).toContain('href="/projects/' + projectId + '/glossary"');
  });

  it('marks nothing without a glossary', async () => {
    const page = await t.as('tari').get(`/documents/${documentId}`).expect(200);
    expect(page.text).not.toContain('<mark class="term"');
  });
});
