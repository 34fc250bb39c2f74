import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { signIn, withDemoServer } from '../support/serve.js';

// Presence expires with time: this server keeps real time (the test clock would race ahead).
const env = withDemoServer({ clock: systemClock });

const target = (page: Page, number: number) => page.getByLabel(`Translation of segment ${number}`, { exact: true });
const row = (page: Page, number: number) => page.locator('.row', { has: target(page, number) });

/** Serious or critical axe-core findings on the page as it is now (rule id and the elements). */
async function axeFindings(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(document));
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function editorAs(username: 'translator' | 'reviewer'): Promise<Page> {
  const page = await env.browser.newPage();
  await signIn(page, env.server.baseUrl, username);
  await page.goto(`${env.server.baseUrl}/documents/1`);
  return page;
}

describe('two people in one document', () => {
  it('see each other\'s whereabouts, typing and confirms live, with a soft lock, catch up after going offline, and see who left', async () => {
    const [ayu, budi] = [await editorAs('translator'), await editorAs('reviewer')];

    // Where Ayu is shows on Budi's row, as initials with her name for assistive technology.
    await target(ayu, 2).focus();
    await row(budi, 2).getByRole('img', { name: 'translator is on this segment' }).waitFor();
    expect(await row(budi, 2).locator('.avatar').textContent()).toBe('TR');

    // Ayu types: the badge says so, and Budi, going into that row, is warned (not stopped).
    await ayu.keyboard.type('China and Russia strengthen');
    await row(budi, 2).getByRole('img', { name: 'translator is typing in this segment' }).waitFor();
    await target(budi, 2).focus();
    const softLock = row(budi, 2).locator('.soft-lock');
    await softLock.waitFor();
    expect(await softLock.textContent()).toBe('translator is typing in this segment right now. You can still edit it, but your changes may conflict.');
    expect(await target(budi, 2).getAttribute('aria-describedby')).toContain(await softLock.getAttribute('id'));
    expect(await target(budi, 2).isEditable()).toBe(true);
    expect(await axeFindings(budi)).toEqual([]);

    // Ayu confirms: Budi's row takes the text, state and version, highlighted, and the live region says who did what.
    await ayu.keyboard.type(' strategic cooperation');
    await ayu.keyboard.press('Control+Enter');
    await expect.poll(() => row(budi, 2).getAttribute('data-state')).toBe('translated');
    expect(await target(budi, 2).inputValue()).toBe('China and Russia strengthen strategic cooperation');
    expect(await row(budi, 2).locator('[data-badge]').textContent()).toBe('Translated');
    expect(await row(budi, 2).getAttribute('class')).toContain('flash');
    const stored = (await env.server.deps.store.listSegments(1))[1]!;
    expect(await row(budi, 2).getAttribute('data-version')).toBe(String(stored.version));
    await expect.poll(() => budi.locator('#save-status').textContent()).toBe('translator confirmed segment 2');
    // Ayu moved on to row 3: the lock on row 2 is lifted.
    await softLock.waitFor({ state: 'detached' });

    // Budi goes offline and types into row 5 while Ayu confirms row 4 and saves row 5.
    await budi.context().setOffline(true);
    await budi.getByText('You are offline: live updates resume when the connection is back.').waitFor();
    await target(budi, 5).fill('Budi\'s own words, not sent yet.');
    await target(ayu, 4).fill('Lavrov arrives in Beijing.');
    await ayu.keyboard.press('Control+Enter');
    await target(ayu, 5).fill('Ayu\'s words for row five.');
    const rowFive = async () => (await env.server.deps.store.listSegments(1))[4]!;
    await expect.poll(async () => (await rowFive()).target).toBe('Ayu\'s words for row five.');

    // Back online: Budi catches up on row 4 without a reload; his unsent row 5 is kept and meets the conflict dialog.
    await budi.context().setOffline(false);
    await expect.poll(() => target(budi, 4).inputValue()).toBe('Lavrov arrives in Beijing.');
    expect(await row(budi, 4).getAttribute('data-state')).toBe('translated');
    const dialog = budi.getByRole('dialog', { name: 'Someone else saved this segment' });
    await dialog.waitFor();
    expect(await dialog.locator('[data-conflict="theirs"]').textContent()).toBe('Ayu\'s words for row five.');
    expect(await target(budi, 5).inputValue()).toBe('Budi\'s own words, not sent yet.');
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(async () => (await rowFive()).target).toBe('Budi\'s own words, not sent yet.');

    // Ayu leaves the document: Budi's bar no longer says "Also here:" with nobody after it.
    await budi.getByText('Also here:').waitFor();
    await ayu.goto(`${env.server.baseUrl}/`);
    await budi.getByText('Also here:').waitFor({ state: 'hidden' });
    await ayu.close();
    await budi.close();
  });
});
