import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, withDemoServer } from '../support/serve.js';

const env = withDemoServer();

const target = (page: Page, number: number) => page.getByLabel(`Translation of segment ${number}`, { exact: true });
const saved = (page: Page) => expect.poll(() => page.locator('#save-status').textContent()).toBe('All changes saved');
const shownNumbers = (page: Page) => page.locator('.row:not([hidden]) .num').allTextContents();
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id);

async function openEditor(page: Page): Promise<void> {
  await signIn(page, env.server.baseUrl, 'translator');
  await page.goto(`${env.server.baseUrl}/documents/1`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

describe('filters and search and replace in the editor', () => {
  it('filters by state and text, keeps the filter in the URL and after a reload, and moves over visible rows only', async () => {
    const page = await env.browser.newPage();
    await openEditor(page);
    await target(page, 2).fill('Russian Foreign Minister Sergei Lavrov meets Wang Yi');
    await target(page, 4).fill('Lavrov and Wang Yi in Beijing');
    await saved(page);
    const total = await page.locator('.row').count();

    const filters = page.getByRole('search', { name: 'Filter segments' });
    await filters.getByRole('group', { name: 'State' }).getByLabel('Draft').check();
    await expect.poll(() => shownNumbers(page)).toEqual(['2', '4']);
    expect(await filters.getByRole('status').textContent()).toBe(`2 of ${total} segments`);
    expect(new URL(page.url()).searchParams.get('state')).toBe('draft');

    await filters.getByLabel('Text', { exact: true }).fill('BEIJING');
    await filters.getByLabel('Look in').selectOption('target');
    await expect.poll(() => shownNumbers(page)).toEqual(['4']);
    expect(new URL(page.url()).search).toBe('?state=draft&q=BEIJING&in=target');

    await page.reload();
    await expect.poll(() => shownNumbers(page)).toEqual(['4']);
    expect(await filters.getByLabel('Text', { exact: true }).inputValue()).toBe('BEIJING');
    expect(await page.getByRole('group', { name: 'State' }).getByLabel('Draft').isChecked()).toBe(true);

    // An invalid regular expression says so and filters on the rest.
    await filters.getByLabel('Text', { exact: true }).fill('(Beijing');
    await filters.getByLabel('Regular expression').check();
    await page.getByText(/Not a valid regular expression/).waitFor();
    await expect.poll(() => shownNumbers(page)).toEqual(['2', '4']);

    // Alt+↓ and Ctrl+Enter go to the next row the filter shows.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await filters.getByLabel('Text', { exact: true }).fill('Lavrov');
    await filters.getByLabel('Look in').selectOption('source');
    await filters.getByLabel('Regular expression').uncheck();
    const lavrov = await shownNumbers(page);
    expect(lavrov.length).toBeGreaterThan(2);
    expect(lavrov.map(Number).some((number, index) => index > 0 && number !== Number(lavrov[index - 1]) + 1)).toBe(true);
    await target(page, Number(lavrov[1])).focus();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await focusedLabel(page)).toBe(`Translation of segment ${lavrov[2]}`);

    await page.keyboard.press('Control+f');
    expect(await focusedLabel(page)).toBe('filter-q');
    await page.close();
  });

  it('replaces with a preview in the dialog, updates the rows in place and records a revision', async () => {
    const page = await env.browser.newPage();
    await openEditor(page);
    await target(page, 6).fill('Russia and China have stepped up cooperation.');
    await target(page, 7).fill('Analysts say China has the upper hand with Russia.');
    await saved(page);
    const versionBefore = Number(await page.locator('.row').nth(5).getAttribute('data-version'));

    await target(page, 6).focus();
    await page.keyboard.press('Control+h');
    const dialog = page.getByRole('dialog', { name: 'Replace in the translations' });
    await dialog.waitFor();
    await dialog.getByLabel('Find').fill('Russia');
    await dialog.getByLabel('Replace with').fill('the Russian Federation');
    await dialog.getByLabel('Whole words only').check();
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await dialog.getByText(/segments would change/).waitFor();
    const items = dialog.locator('.replace-list li');
    expect(await items.filter({ hasText: 'Segment 6' }).locator('del').allTextContents()).toContain('Russia');
    expect((await items.filter({ hasText: 'Segment 7' }).locator('ins').allTextContents()).join('')).toContain('Federation');
    const count = await items.count();
    await dialog.getByRole('button', { name: `Replace in ${count} segments` }).click();
    await dialog.getByText(`Replaced in ${count} segments.`).waitFor();
    expect(await dialog.getByText(/restore the previous text from the segment’s history/).isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();

    expect(await target(page, 6).inputValue()).toBe('the Russian Federation and China have stepped up cooperation.');
    expect(await target(page, 7).inputValue()).toBe('Analysts say China has the upper hand with the Russian Federation.');
    expect(Number(await page.locator('.row').nth(5).getAttribute('data-version'))).toBe(versionBefore + 1);

    await page.locator('.row').nth(5).getByRole('link', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: 'Segment history' });
    await history.waitFor();
    await expect.poll(async () => (await history.locator('ins').allTextContents()).join('')).toContain('Federation');
    expect(await history.getByText('translator').count()).toBeGreaterThan(0);
    await page.close();
  });
});
