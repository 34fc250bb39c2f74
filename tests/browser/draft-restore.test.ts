import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveTarget } from '../../src/usecases/save-target.js';
import { signIn, withDemoServer } from '../support/serve.js';

const env = withDemoServer();
const SAVES = '**/api/segments/*/target';

async function editorPage(page?: Page, username: 'translator' | 'reviewer' = 'translator'): Promise<Page> {
  const opened = page ?? await (await env.browser.newContext()).newPage();
  // Leaving with unsaved work asks first; these tests leave on purpose.
  if (!page) opened.on('dialog', (dialog) => void dialog.accept());
  await signIn(opened, env.server.baseUrl, username);
  await opened.goto(`${env.server.baseUrl}/documents/1`);
  return opened;
}
const target = (page: Page, number: number) => page.getByLabel(`Translation of segment ${number}`, { exact: true });
const keptEntries = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('jembatan.draft.')));
const segmentAt = async (number: number) => (await env.server.deps.store.listSegments(1))[number - 1]!;
const revisionTexts = async (number: number) => (await env.server.deps.store.listRevisions((await segmentAt(number)).id)).map((r) => r.target);

describe('unsent edits are never lost', () => {
  it('shows a banner while the server cannot be reached, keeps the edits in the browser, and after a reload offers them back and saves them', async () => {
    const page = await editorPage();
    await page.route(SAVES, (route) => route.abort());
    await target(page, 14).fill('Typed while the line was down.');
    await target(page, 11).fill('This one too.');
    const banner = page.getByRole('alert').filter({ hasText: 'The server cannot be reached' });
    await banner.waitFor();
    expect(await keptEntries(page)).toHaveLength(2);

    // The page goes away before anything reached the server (the warning on leaving is accepted).
    const warned = page.waitForEvent('dialog');
    await page.reload();
    expect((await warned).type()).toBe('beforeunload');
    const offer = page.getByRole('region', { name: '2 unsent edits from your last visit' });
    await offer.waitFor();
    await offer.getByText('Show them').click();
    expect(await offer.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^Segment 11:\s*This one too\.$/), expect.stringMatching(/^Segment 14:\s*Typed while the line was down\.$/),
    ]);
    expect(await revisionTexts(14)).toEqual([]);

    await page.unroute(SAVES);
    await offer.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(async () => [await revisionTexts(14), await revisionTexts(11)]).toEqual([['Typed while the line was down.'], ['This one too.']]);
    expect(await target(page, 14).inputValue()).toBe('Typed while the line was down.');
    expect(await offer.isVisible()).toBe(false);
    await expect.poll(() => keptEntries(page)).toEqual([]);
    expect(await banner.isVisible()).toBe(false);
    await page.context().close();
  });

  it('asks, as in any conflict, about an edit whose segment was saved since it was typed', async () => {
    const page = await editorPage();
    await page.route(SAVES, (route) => route.abort());
    await target(page, 12).fill('Mine, typed offline.');
    await expect.poll(() => keptEntries(page)).toHaveLength(1);
    const reviewer = (await env.server.deps.store.findUserByName('reviewer'))!;
    await saveTarget(env.server.deps, {
      segmentId: (await segmentAt(12)).id, baseVersion: 0, target: 'The reviewer’s text.', action: 'edit', origin: 'typed',
      actor: { userId: reviewer.id, username: reviewer.username, isAdmin: false },
    });
    await page.reload();
    await page.unroute(SAVES);
    const offer = page.getByRole('region', { name: '1 unsent edit from your last visit' });
    await offer.getByText('Show them').click();
    expect(await offer.locator('li').textContent()).toContain('the segment was saved since');
    await offer.getByRole('button', { name: 'Restore' }).click();

    const dialog = page.getByRole('dialog', { name: 'Someone else saved this segment' });
    await dialog.waitFor();
    expect(await dialog.locator('[data-conflict="mine"]').textContent()).toBe('Mine, typed offline.');
    expect(await dialog.locator('[data-conflict="theirs"]').textContent()).toBe('The reviewer’s text.');
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => revisionTexts(12)).toEqual(['The reviewer’s text.', 'Mine, typed offline.']);
    await expect.poll(() => keptEntries(page)).toEqual([]);
    await page.context().close();
  });

  it('never offers one person’s edits to another on a shared browser, and Discard throws them away', async () => {
    const page = await editorPage();
    await page.route(SAVES, (route) => route.abort());
    await target(page, 13).fill('The translator’s unsent words.');
    await expect.poll(() => keptEntries(page)).toHaveLength(1);
    await page.unrouteAll();
    await page.route(SAVES, (route) => route.abort());

    await editorPage(page, 'reviewer');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('#draft-banner').isVisible()).toBe(false);
    expect(await target(page, 13).inputValue()).toBe('');

    await editorPage(page, 'translator');
    const offer = page.getByRole('region', { name: '1 unsent edit from your last visit' });
    await offer.getByRole('button', { name: 'Discard' }).click();
    expect(await offer.isVisible()).toBe(false);
    expect(await keptEntries(page)).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('#draft-banner').isVisible()).toBe(false);
    expect(await revisionTexts(13)).toEqual([]);
    await page.context().close();
  });
});
