import { describe, expect, it } from 'vitest';
import { signIn, withDemoServer } from '../support/serve.js';
import { SAMPLE_ARTICLE } from '../support/test-app.js';

const env = withDemoServer();

describe('fixing segmentation in the editor', () => {
  it('splits a segment at the cursor with Ctrl+Shift+S and merges it back with the button, keeping typed text', async () => {
    const page = await env.browser.newPage();
    await signIn(page, env.server.baseUrl, 'admin');
    await page.goto(`${env.server.baseUrl}/documents/1`);
    const rows = page.locator('.row');
    const before = await rows.count();
    const segment = page.getByLabel('Translation of segment 5', { exact: true });
    await segment.fill('Lavrov arrived in China on Monday');
    await segment.press('Control+Shift+S');
    const dialog = page.getByRole('dialog', { name: 'Split the segment' });
    await dialog.waitFor();
    // With the keyboard only: to the start, then right until the cursor stands before "dengan kedua".
    const field = dialog.getByRole('textbox');
    await field.press('Control+Home');
    const source = await field.inputValue();
    for (let step = 0; step < source.indexOf('dengan kedua'); step += 1) await field.press('ArrowRight');
    await field.press('x'); // typing is blocked: the source cannot be edited here
    expect(await field.inputValue()).toBe(source);
    await dialog.getByRole('textbox').press('Enter');
    await expect.poll(() => rows.count()).toBe(before + 1);
    const texts = await page.locator('.row .source').allTextContents();
    expect(texts).toContain('Lavrov tiba di Tiongkok untuk kunjungan resmi dua hari pada hari Senin,');
    expect(texts).toContain('dengan kedua negara berupaya memperkuat hubungan diplomatik ketika perang Rusia di Ukraina terus berlanjut.');
    expect(await page.getByLabel('Translation of segment 5', { exact: true }).inputValue()).toBe('Lavrov arrived in China on Monday');

    await page.locator('.row').nth(4).getByRole('button', { name: 'Merge ↓' }).click();
    await expect.poll(() => rows.count()).toBe(before);
    expect(await page.locator('.row').nth(4).locator('.source').textContent())
      .toContain('Lavrov tiba di Tiongkok untuk kunjungan resmi dua hari pada hari Senin, dengan kedua negara');
    await page.close();
  });

  it('updates the document from a newer version of the article and shows what changed', async () => {
    const page = await env.browser.newPage();
    await signIn(page, env.server.baseUrl, 'admin');
    await page.goto(`${env.server.baseUrl}/documents/1`);
    await page.getByLabel('Translation of segment 6', { exact: true }).fill('Russia and China have stepped up cooperation.');
    await expect.poll(() => page.locator('#save-status').textContent()).toBe('All changes saved');
    await page.getByRole('link', { name: 'Update from a newer version…' }).click();
    await page.getByLabel('…or paste the article').fill(SAMPLE_ARTICLE.replace('Rusia dan Tiongkok dalam beberapa tahun', 'Rusia dan China dalam beberapa tahun'));
    await page.getByRole('button', { name: 'Compare and update' }).click();
    await page.getByRole('heading', { name: 'Document updated' }).waitFor();
    expect(await page.locator('[data-summary="changed"]').textContent()).toBe('1');
    await page.getByRole('link', { name: 'Open the editor' }).click();
    const note = page.locator('.source-changed');
    await note.waitFor();
    expect(await note.locator('ins').allTextContents()).toContain('China');
    expect(await page.getByLabel('Translation of segment 6', { exact: true }).inputValue()).toBe('Russia and China have stepped up cooperation.');
    await page.close();
  });
});
