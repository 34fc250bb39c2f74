import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, withDemoServer } from '../support/serve.js';

const env = withDemoServer();

const target = (page: Page, number: number) => page.getByLabel(`Translation of segment ${number}`, { exact: true });
const row = (page: Page, number: number) => page.locator('.row').nth(number - 1);
const allSaved = (page: Page) => expect.poll(() => page.locator('#save-status').textContent()).toBe('All changes saved');
/** What the server has for the segment shown as number N (rows count skipped lines too). */
const storedTarget = async (number: number) => (await env.server.deps.store.listSegments(1))[number - 1]!.target;

async function openDemoDocument(page: Page): Promise<void> {
  await signIn(page, env.server.baseUrl, 'translator');
  await page.goto(env.server.baseUrl);
  await page.getByRole('link', { name: 'Demo: EGINDO news' }).click();
  await page.getByRole('link', { name: 'Open editor' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

describe('the demo glossary in the editor', () => {
  it('highlights "Menlu"; a click inserts "Foreign Minister" and it is saved', async () => {
    const page = await env.browser.newPage();
    await openDemoDocument(page);
    const menlu = row(page, 2).locator('mark.term', { hasText: 'Menlu' });
    expect(await menlu.getAttribute('data-term-target')).toBe('Foreign Minister');
    expect(await menlu.getAttribute('title')).toContain('Foreign Minister — Short for Menteri Luar Negeri.');

    // Not focused: the term is appended (here to an empty field), and saved like typing.
    await menlu.click();
    expect(await target(page, 2).inputValue()).toBe('Foreign Minister');
    await expect.poll(() => storedTarget(2)).toBe('Foreign Minister');
    // The active row lists its terms under the source.
    await expect.poll(() => row(page, 2).locator('.term-list').isVisible()).toBe(true);
    expect(await row(page, 2).locator('.term-insert').allTextContents()).toEqual(['Menlu → Foreign Minister']);
    await allSaved(page);
    await page.reload();
    expect(await target(page, 2).inputValue()).toBe('Foreign Minister');

    // Focused: the term goes in at the cursor, the field keeps the focus.
    await target(page, 3).focus();
    await page.keyboard.type('Russian Sergei Lavrov');
    await page.keyboard.press('Home');
    for (let i = 0; i < 'Russian '.length; i += 1) await page.keyboard.press('ArrowRight');
    await row(page, 3).locator('mark.term', { hasText: 'Menlu' }).click();
    expect(await target(page, 3).inputValue()).toBe('Russian Foreign Minister Sergei Lavrov');
    await page.keyboard.type('now ');
    expect(await target(page, 3).inputValue()).toBe('Russian Foreign Minister now Sergei Lavrov');
    await expect.poll(() => storedTarget(3)).toBe('Russian Foreign Minister now Sergei Lavrov');
    await page.close();
  });

  it('inserts the first term missing from the translation with Ctrl+Shift+G, at the cursor', async () => {
    const page = await env.browser.newPage();
    await openDemoDocument(page);
    const tiongkok = row(page, 5).locator('mark.term', { hasText: 'Tiongkok' });
    expect(await tiongkok.getAttribute('title')).toContain('not: Mainland China');
    await target(page, 5).focus();
    await page.keyboard.type('Lavrov arrived in');
    await page.keyboard.press('Control+Shift+G');
    expect(await target(page, 5).inputValue()).toBe('Lavrov arrived in China');
    // Every term is in the translation now: the shortcut adds nothing more.
    await page.keyboard.press('Control+Shift+G');
    expect(await target(page, 5).inputValue()).toBe('Lavrov arrived in China');
    await expect.poll(() => storedTarget(5)).toBe('Lavrov arrived in China');
    await page.reload();
    expect(await target(page, 5).inputValue()).toBe('Lavrov arrived in China');
    await page.close();
  });

  it('opens the glossary from the editor and shows the demo terms', async () => {
    const page = await env.browser.newPage();
    await openDemoDocument(page);
    await page.getByRole('link', { name: 'Glossary', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
    expect(await page.locator('.glossary-table tbody tr').count()).toBe(4);
    expect(await page.getByRole('link', { name: 'TBX (CAT tools)' }).getAttribute('href')).toMatch(/\/glossary\/export\/tbx$/);
    await page.close();
  });
});
