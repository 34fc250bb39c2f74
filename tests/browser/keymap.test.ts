import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, withDemoServer } from '../support/serve.js';

const env = withDemoServer();

async function translatorPage(): Promise<Page> {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await signIn(page, env.server.baseUrl, 'translator');
  return page;
}

const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

describe('a keymap of one’s own', () => {
  it('records a key for a command from the overlay’s link, and the editor then runs the command with it and lists it', async () => {
    const page = await translatorPage();
    await page.goto(`${env.server.baseUrl}/documents/1`);
    await blur(page);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('link', { name: 'Change these keys' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keyboard shortcuts' }).waitFor();

    const row = page.locator('tr[data-action="nextSegment"]');
    await row.getByRole('button', { name: 'Record keys for “Next segment”' }).click();
    await page.keyboard.press('Alt+J');
    expect(await page.getByLabel('Next segment', { exact: true }).inputValue()).toBe('Alt+J');
    await page.getByRole('button', { name: 'Save shortcuts' }).click();
    await page.getByText('Your shortcuts are saved.').waitFor();
    await page.getByRole('link', { name: 'Back to the editor' }).click();

    const rows = page.locator('.row:not([data-kind="skip"])');
    await rows.nth(0).locator('textarea').focus();
    await page.keyboard.press('Alt+J');
    const second = await rows.nth(1).locator('.num').textContent();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.row')?.querySelector('.num')?.textContent)).toBe(second);
    // The old key does nothing now.
    await page.keyboard.press('Alt+ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.row')?.querySelector('.num')?.textContent)).toBe(second);

    await blur(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const shown = await dialog.locator('dt').evaluateAll((terms) => terms.map((term) => [term.textContent, term.nextElementSibling?.textContent]));
    expect(shown).toContainEqual(['Alt+J', 'Next segment']);
    await page.keyboard.press('Escape');

    await page.goto(`${env.server.baseUrl}/account/keyboard`);
    await page.getByRole('button', { name: 'Reset all to the defaults' }).click();
    await page.getByText('Every command has its default keys again.').waitFor();
    await page.context().close();
  });

  it('refuses at once a key the browser keeps and a key another command has, saying why', async () => {
    const page = await translatorPage();
    await page.goto(`${env.server.baseUrl}/account/keyboard`);
    const field = page.getByLabel('Split the segment at a place you choose', { exact: true });
    const record = page.getByRole('button', { name: 'Record keys for “Split the segment at a place you choose”' });
    await record.click();
    await page.keyboard.press('Alt+ArrowLeft');
    const problem = page.locator('#problem-split');
    await expect.poll(() => problem.textContent()).toContain('Alt+← belongs to the browser');
    expect(await field.inputValue()).toBe('Ctrl+Shift+S');
    expect(await field.getAttribute('aria-invalid')).not.toBeNull();

    await record.click();
    await page.keyboard.press('Control+Shift+H');
    await expect.poll(() => problem.textContent()).toContain('Ctrl+Shift+H is already the key of “Show the segment\'s history”');

    await record.click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#keymap-live').textContent()).toBe('Recording cancelled.');
    expect(await field.inputValue()).toBe('Ctrl+Shift+S');
    await page.context().close();
  });
});
