import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/formats/csv-parse.js';
import { systemActor } from '../../src/usecases/access.js';
import { createProject } from '../../src/usecases/create-project.js';
import { importArticle } from '../../src/usecases/import-article.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** What a spreadsheet would run as a formula (OWASP CSV injection): = + - @ TAB CR first. */
const FORMULA_START = /^[=+\-@\t\r]/;
const HOSTILE = ['=HYPERLINK("http://evil.example","klik") naik 5 persen.', '@SUM(1+1) turun 7 persen.', '+62 812 naik 3 persen.', '-5 derajat turun 2 persen.'];

let t: TestApp;
let projectId: number;
let documentId: number;

beforeAll(async () => {
  t = await createTestApp();
  projectId = (await createProject(t.deps, systemActor(), { name: 'Desk' })).id;
  documentId = (await importArticle(t.deps, { projectId, content: HOSTILE.join('\n\n'), format: 'paste', actor: systemActor() })).id;
  const segments = await t.deps.store.listSegments(documentId);
  // Targets with other numbers than the source, so the QA report has a row (with source and target) for each.
  for (const [index, segment] of segments.entries()) {
    await t.api.put(`/api/segments/${segment.id}/target`).send({ target: `=cmd|' /C calc'!A${index} rose 9 percent.`, baseVersion: 0, action: 'confirm' }).expect(200);
  }
  await t.api.post(`/api/projects/${projectId}/glossary`).send({ source: 'naik', target: '=rose', note: '@note', forbidden: '+up' }).expect(201);
});

async function fieldsOf(path: string): Promise<string[]> {
  const response = await t.api.get(path).expect(200);
  expect(response.headers['content-type']).toContain('text/csv');
  const [, ...rows] = parseCsvRecords(response.text.replace(/^\uFEFF/, ''));
  return rows.flatMap((row) => row.fields);
}

describe('every CSV download neutralises would-be formulas', () => {
  it.each([
    { name: 'the bilingual document CSV', path: () => `/documents/${documentId}/export/csv` },
    { name: 'the QA report CSV', path: () => `/documents/${documentId}/qa.csv` },
    { name: 'the glossary CSV', path: () => `/projects/${projectId}/glossary/export/csv` },
  ])('$name', async ({ path }) => {
    const fields = await fieldsOf(path());
    expect(fields.filter((field) => FORMULA_START.test(field))).toEqual([]);
    // The hostile text did reach the file, behind an apostrophe.
    expect(fields.some((field) => field.startsWith("'="))).toBe(true);
  });
});
