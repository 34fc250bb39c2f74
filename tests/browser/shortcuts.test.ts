import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, withDemoServer } from '../support/serve.js';

const env = withDemoServer();

/** A signed-in translator's editor, in the UI language asked for (the language cookie, as the switch sets it). */
async function openEditor(locale: 'en' | 'id'): Promise<Page> {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await signIn(page, env.server.baseUrl, 'translator');
  await context.addCookies([{ name: 'jembatan_lang', value: locale, url: env.server.baseUrl }]);
  await page.goto(`${env.server.baseUrl}/documents/1`);
  return page;
}

const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

describe('the keyboard-shortcut overlay', () => {
  it('opens with ? outside a text field, lists every shortcut of the page list, and closes with Esc', async () => {
    const page = await openEditor('en');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await dialog.isVisible()).toBe(false);

    await blur(page);
    await page.keyboard.press('?');
    await dialog.waitFor();
    const listed = await dialog.locator('dd').allTextContents();
    expect(listed).toEqual(await page.locator('details.shortcuts dd').allTextContents());
    expect(listed).toEqual(expect.arrayContaining(['Confirm the segment and go to the next unconfirmed one', 'Previous segment', 'Next segment']));
    expect(await dialog.locator('dt').first().textContent()).toBe('Ctrl+Enter');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // In a target field, ? is text.
    const target = page.locator('.row:not([data-kind="skip"]) textarea').first();
    await target.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('?');
    expect(await dialog.isVisible()).toBe(false);
    expect(await target.inputValue()).toMatch(/\?$/);
    await page.keyboard.press('Backspace');

    // The button in the editor's header opens it too; its close button shuts it.
    await page.locator('[data-open-shortcuts]').click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.context().close();
  });

  it('speaks Indonesian in the Indonesian UI', async () => {
    const page = await openEditor('id');
    await blur(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Pintasan papan ketik' });
    await dialog.waitFor();
    const listed = await dialog.locator('dd').allTextContents();
    expect(listed).toEqual(expect.arrayContaining([
      'Konfirmasi segmen lalu pindah ke segmen berikutnya yang belum dikonfirmasi', 'Segmen sebelumnya', 'Segmen berikutnya',
      'Tampilkan daftar pintasan ini (di luar kolom teks)',
    ]));
    expect(listed).not.toContain('Next segment');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.context().close();
  });

  for (const [locale, said] of [['en', 'Moved to segment'], ['id', 'Pindah ke segmen']] as const) {
    it(`announces the segment that Alt+↓ and Alt+↑ move to (${locale})`, async () => {
      const page = await openEditor(locale);
      const targets = page.locator('.row:not([data-kind="skip"]) textarea');
      await targets.nth(0).focus();
      await page.keyboard.press('Alt+ArrowDown');
      const second = await page.locator('.row:not([data-kind="skip"])').nth(1).locator('.num').textContent();
      await expect.poll(() => page.locator('#save-status').textContent()).toBe(`${said} ${second}`);
      expect(await page.evaluate(() => document.activeElement?.closest('.row')?.querySelector('.num')?.textContent)).toBe(second);
      await page.keyboard.press('Alt+ArrowUp');
      const first = await page.locator('.row:not([data-kind="skip"])').nth(0).locator('.num').textContent();
      await expect.poll(() => page.locator('#save-status').textContent()).toBe(`${said} ${first}`);
      await page.context().close();
    });
  }
});
