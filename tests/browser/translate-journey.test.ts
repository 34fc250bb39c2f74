import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, withDemoServer } from '../support/serve.js';

const env = withDemoServer();

const translatedWords = async (page: Page) => Number(await page.locator('[data-words="translated"]').textContent());

async function openDemoDocument(page: Page): Promise<void> {
  await signIn(page, env.server.baseUrl, 'translator');
  await page.goto(env.server.baseUrl);
  await page.getByRole('link', { name: 'Demo: EGINDO news' }).click();
  await page.getByRole('link', { name: 'Open editor' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

describe('a translator in the editor', () => {
  it('translates three segments with the keyboard, sees progress move, opens a history diff and exports XLIFF 2.1', async () => {
    const page = await env.browser.newPage();
    await openDemoDocument(page);
    expect(await translatedWords(page)).toBe(0);

    await page.getByLabel('Translation of segment 1', { exact: true }).focus();
    const texts = [
      'China and Russia Strengthen Strategic Cooperation as Lavrov Visits',
      'Russian Foreign Minister Sergei Lavrov meets counterpart Wang Yi',
      'Russian Foreign Minister Sergei Lavrov meeting Wang Yi',
    ];
    for (const text of texts) {
      // No pause after Ctrl+Enter: a fast typist's next keystrokes must land in the next segment.
      await page.keyboard.type(text);
      await page.keyboard.press('Control+Enter');
    }
    for (const [index, text] of texts.entries()) {
      expect(await page.getByLabel(`Translation of segment ${index + 1}`, { exact: true }).inputValue()).toBe(text);
    }
    // Confirming moves the focus on to the next unconfirmed segment.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Translation of segment 4');
    await expect.poll(() => translatedWords(page)).toBeGreaterThan(20);
    await expect.poll(() => page.locator('.row[data-state="translated"]').count()).toBe(3);

    // Alt+↑ goes back; a change there is a new revision with a visible diff.
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Russian Foreign Minister Sergei Lavrov meets Wang Yi');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('#save-status').textContent()).toBe('All changes saved');

    await page.locator('.row').nth(2).getByRole('link', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'Segment history' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('ins').allTextContents()).toContain('meets');
    expect(await dialog.locator('del').allTextContents()).toContain('meeting');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'XLIFF 2.1' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^china-rusia-.*\.id-en\.xlf$/);
    const xliff = await readFile(await file.path(), 'utf8');
    expect(xliff).toContain('version="2.1"');
    expect(xliff).toContain('<target>China and Russia Strengthen Strategic Cooperation as Lavrov Visits</target>');
    expect(xliff).toMatch(/state="translated"/);
    await page.close();
  });

  it('copies the source with Ctrl+Shift+C and keeps it after a reload', async () => {
    const page = await env.browser.newPage();
    await openDemoDocument(page);
    await page.getByLabel('Translation of segment 5', { exact: true }).focus();
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(() => page.locator('#save-status').textContent()).toBe('All changes saved');
    await page.reload();
    expect(await page.getByLabel('Translation of segment 5', { exact: true }).inputValue()).toMatch(/^Lavrov tiba di Tiongkok/);
    await page.close();
  });

  it('shows the conflict dialog to the second of two editors saving from the same version, and "keep mine" saves it', async () => {
    const [alice, bob] = [await env.browser.newPage(), await env.browser.newPage()];
    await openDemoDocument(alice);
    // Bob's page hears nothing live (as when its event stream is down), so it still holds the old version.
    await bob.route('**/api/documents/*/events**', (route) => route.abort());
    await openDemoDocument(bob);
    const label = 'Translation of segment 6';
    await alice.getByLabel(label, { exact: true }).fill('Alice: Russia and China have stepped up cooperation.');
    await expect.poll(() => alice.locator('#save-status').textContent()).toBe('All changes saved');
    await bob.getByLabel(label, { exact: true }).fill('Bob: Russia and China have increased cooperation.');
    const conflict = bob.getByRole('dialog', { name: 'Someone else saved this segment' });
    await conflict.waitFor();
    expect(await conflict.locator('[data-conflict="theirs"]').textContent()).toContain('Alice');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => bob.locator('#save-status').textContent()).toBe('All changes saved');
    const segment = (await env.server.deps.store.listSegments(1)).find((s) => s.target.startsWith('Bob'));
    expect(segment?.version).toBe(2);
    await alice.close();
    await bob.close();
  });
});
