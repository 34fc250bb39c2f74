import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, withDemoServer } from '../support/serve.js';

const env = withDemoServer();

const FORMATS = ['xliff21', 'xliff12', 'tmx', 'csv', 'docx', 'docx-tracked', 'html', 'txt', 'md', 'target-html', 'target-docx'];

const target = (page: Page, number: number) => page.getByLabel(`Translation of segment ${number}`, { exact: true });
const saved = (page: Page) => expect.poll(() => page.locator('#save-status').textContent()).toBe('All changes saved');

/** Clicks the export link of one format on the files page and returns the download. */
async function downloadFormat(page: Page, format: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.locator(`a[data-format="${format}"]`).click();
  return download;
}

/** What the database holds for the document's segments (targets, states, versions). */
async function segmentSnapshot(documentId: number): Promise<unknown[]> {
  return (await env.server.deps.store.listSegments(documentId)).map((s) => [s.id, s.target, s.state, s.version]);
}

describe('the export and import page', () => {
  it('offers every format, and brings an edited XLIFF 1.2 back onto the document while refusing a hostile file', async () => {
    const page = await env.browser.newPage();
    await signIn(page, env.server.baseUrl, 'translator');
    await page.goto(`${env.server.baseUrl}/documents/1`);

    // A first translation, so that the exported XLIFF carries a target.
    const typed = 'China and Russia Strengthen Strategic Cooperation';
    await target(page, 1).focus();
    await page.keyboard.type(typed);
    await page.keyboard.press('Control+Enter');
    await saved(page);

    await page.locator('#all-formats').click();
    await page.waitForURL((url) => url.pathname === '/documents/1/files');
    await page.getByRole('heading', { level: 1, name: 'Export and import' }).waitFor();
    expect(await page.locator('a[data-format]').evaluateAll((links) => links.map((link) => link.getAttribute('data-format')))).toEqual(FORMATS);

    const docx = await downloadFormat(page, 'docx');
    expect(docx.suggestedFilename()).toMatch(/\.id-en\.docx$/);
    const docxBytes = await readFile(await docx.path());
    expect(docxBytes.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');

    const csv = await downloadFormat(page, 'csv');
    const csvText = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '');
    // The documented columns first (a later column, such as a version, may follow).
    expect(csvText.split(/\r?\n/)[0]).toMatch(/^source,target,state,comment,id(,|$)/);
    expect(csvText).toContain(typed);

    // Offline work: the translator rewords the target in the XLIFF 1.2 file and brings it back.
    const xliff = await downloadFormat(page, 'xliff12');
    const xliffText = await readFile(await xliff.path(), 'utf8');
    expect(xliffText).toContain('version="1.2"');
    const typedTarget = new RegExp(`(<target[^>]*>)${typed}(</target>)`);
    expect(xliffText).toMatch(typedTarget);
    const reworded = 'China and Russia Deepen Their Strategic Cooperation';
    const edited = xliffText.replace(typedTarget, `$1${reworded}$2`);
    expect(edited).not.toBe(xliffText);

    await page.locator('#translations-file').setInputFiles({ name: xliff.suggestedFilename(), mimeType: 'application/xliff+xml', buffer: Buffer.from(edited, 'utf8') });
    await page.locator('#bring-back').getByRole('button', { name: 'Import translations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Translations imported' }).waitFor();
    expect(await page.locator('[data-summary="targets"]').textContent()).toBe('1');
    expect(await page.locator('[data-summary="states"]').textContent()).toBe('0');

    await page.getByRole('link', { name: 'Open the editor' }).click();
    await page.waitForURL((url) => url.pathname === '/documents/1');
    expect(await target(page, 1).inputValue()).toBe(reworded);

    // A file with an internal DTD (entity declarations) is refused on the same page, and nothing changes.
    await page.locator('#all-formats').click();
    await page.waitForURL((url) => url.pathname === '/documents/1/files');
    const before = await segmentSnapshot(1);
    const firstUnit = /<trans-unit id="(s\d+)"/.exec(edited)![1]!;
    const hostile = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE x [<!ENTITY e "e">]>',
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
      '<file original="x.txt" source-language="id" target-language="en" datatype="plaintext"><body>',
      `<trans-unit id="${firstUnit}"><source>x</source><target state="translated">&e;&e;&e;</target></trans-unit>`,
      '</body></file></xliff>',
    ].join('\n');
    await page.locator('#translations-file').setInputFiles({ name: 'hostile.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(hostile, 'utf8') });
    await page.locator('#bring-back').getByRole('button', { name: 'Import translations' }).click();
    const error = page.locator('#import-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/DOCTYPE/);
    // The form's section is scrolled into view, so the reason is on screen.
    await expect.poll(() => error.evaluate((element) => element.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Export and import' }).waitFor();
    expect(await page.locator('a[data-format]').count()).toBe(FORMATS.length);
    expect(await segmentSnapshot(1)).toEqual(before);
    await page.goto(`${env.server.baseUrl}/documents/1`);
    expect(await target(page, 1).inputValue()).toBe(reworded);
    await page.close();
  });

  it('lets an admin bring a TMX into the project memory: new pairs are added and counted, a second import adds nothing', async () => {
    const page = await env.browser.newPage();
    await signIn(page, env.server.baseUrl, 'admin');

    // Two finished sentences, so the document's TMX has units in it.
    await page.goto(`${env.server.baseUrl}/documents/1`);
    await target(page, 2).fill('Foreign Minister Lavrov meets Wang Yi');
    await target(page, 2).press('Control+Enter');
    await target(page, 3).fill('The two ministers met in Beijing');
    await target(page, 3).press('Control+Enter');
    await saved(page);

    const response = await page.request.get(`${env.server.baseUrl}/documents/1/export/tmx`);
    expect(response.status()).toBe(200);
    const exported = (await response.body()).toString('utf8');
    const units = (exported.match(/<tu[\s>]/g) ?? []).length;
    expect(units).toBeGreaterThanOrEqual(2);
    // As if it came back from OmegaT with one sentence reworded: that pair is new to any memory.
    const tmx = Buffer.from(exported.replace('<seg>The two ministers met in Beijing</seg>', '<seg>The two ministers held talks in Beijing</seg>'), 'utf8');
    expect(tmx.toString('utf8')).toContain('held talks');

    await page.goto(`${env.server.baseUrl}/projects/1`);
    const memory = page.locator('#tm');
    const entries = async () => Number(/(\d+) entr(?:y|ies) in this project’s memory\./.exec((await memory.textContent())!)![1]);
    const report = async () => {
      const text = (await page.locator('#tm-report').textContent())!;
      const match = /^Read (\d+) units: (\d+) added, (\d+) already in the memory, (\d+) in another language pair\.$/.exec(text);
      expect(match, text).not.toBeNull();
      const [read, added, duplicates, skipped] = match!.slice(1).map(Number) as [number, number, number, number];
      return { read, added, duplicates, skipped };
    };
    const importTmx = async () => {
      await page.locator('#tm-file').setInputFiles({ name: 'demo.id-en.tmx', mimeType: 'application/x-tmx+xml', buffer: tmx });
      await memory.getByRole('button', { name: 'Import into memory' }).click();
      await page.locator('#tm-report').waitFor();
      expect(new URL(page.url()).pathname).toBe('/projects/1');
    };
    const before = await entries();

    await importTmx();
    const first = await report();
    expect(first.read).toBe(units);
    expect(first.skipped).toBe(0);
    expect(first.added).toBeGreaterThanOrEqual(1); // at least the reworded pair
    expect(first.added + first.duplicates).toBe(units);
    expect(await entries()).toBe(before + first.added);

    await importTmx();
    expect(await report()).toEqual({ read: units, added: 0, duplicates: units, skipped: 0 });
    expect(await entries()).toBe(before + first.added);
    await page.close();
  });
});
