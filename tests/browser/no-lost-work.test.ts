import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, withDemoServer } from '../support/serve.js';

const env = withDemoServer();

const editorPage = async () => {
  const page = await env.browser.newPage();
  await signIn(page, env.server.baseUrl, 'translator');
  await page.goto(`${env.server.baseUrl}/documents/1`);
  return page;
};
const target = (page: Page, number: number) => page.getByLabel(`Translation of segment ${number}`, { exact: true });
const savedText = (page: Page) => page.locator('#save-status').textContent();
const revisionsOf = async (number: number) => {
  const segment = (await env.server.deps.store.listSegments(1))[number - 1]!;
  return { segment: (await env.server.deps.store.findSegment(segment.id))!, revisions: await env.server.deps.store.listRevisions(segment.id) };
};

describe('forms in a real browser', () => {
  it('creates a project, imports pasted text and switches the interface to Indonesian', async () => {
    const page = await env.browser.newPage();
    await signIn(page, env.server.baseUrl, 'admin');
    await page.goto(env.server.baseUrl);
    await page.getByLabel('Project name').fill('Desk Ekonomi');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { name: 'Desk Ekonomi' }).waitFor();
    await page.getByLabel('…or paste the article').fill('Harga Beras Naik\nHarga beras naik menjadi Rp 15.000 per kg. Pedagang mengeluh.');
    await page.getByRole('button', { name: 'Import and segment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Harga Beras Naik' }).waitFor();
    expect(await page.locator('.row').count()).toBe(3);
    await page.getByLabel('Language').selectOption('id');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('summary', { hasText: 'Pintasan papan ketik' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await page.close();
  });

  it('keeps the typed title and text on the page when an import is refused', async () => {
    const page = await env.browser.newPage();
    await signIn(page, env.server.baseUrl, 'admin');
    await page.goto(`${env.server.baseUrl}/projects/1`);
    await page.getByLabel('Title (optional)').fill('Judul saya');
    await page.getByLabel('…or paste the article').fill('   ');
    await page.getByRole('button', { name: 'Import and segment' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('The article is empty');
    expect(await page.getByLabel('Title (optional)').inputValue()).toBe('Judul saya');
    await page.close();
  });
});

describe('no lost work in the editor', () => {
  it('redoes a confirm after "keep mine", so the segment ends translated, and Escape does not dismiss the question', async () => {
    const [alice, bob] = [await editorPage(), await editorPage()];
    // Bob's page hears nothing live (as when its event stream is down), so it still holds the old version.
    await bob.route('**/api/documents/*/events**', (route) => route.abort());
    await bob.reload();
    await target(alice, 7).fill('Alice was here first.');
    await expect.poll(() => savedText(alice)).toBe('All changes saved');
    await target(bob, 7).fill('Bob confirms his own text.');
    await bob.keyboard.press('Control+Enter');
    const dialog = bob.getByRole('dialog', { name: 'Someone else saved this segment' });
    await dialog.waitFor();
    expect(await dialog.locator('[data-conflict="segment"]').textContent()).toMatch(/^7 · /);
    await bob.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(async () => (await revisionsOf(7)).segment.state).toBe('translated');
    expect((await revisionsOf(7)).revisions.map((r) => r.target)).toEqual(['Alice was here first.', 'Bob confirms his own text.']);
    await alice.close();
    await bob.close();
  });

  it('saves what was typed before Ctrl+Shift+C replaces it with the source', async () => {
    const page = await editorPage();
    await target(page, 8).focus();
    await page.keyboard.type('Unsaved words');
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(async () => (await revisionsOf(8)).revisions.map((r) => r.origin)).toEqual(['typed', 'source-copy']);
    expect((await revisionsOf(8)).revisions[0]!.target).toBe('Unsaved words');
    await page.close();
  });

  it('saves unsent typing before restoring an older version from the history', async () => {
    const page = await editorPage();
    await target(page, 9).fill('First version.');
    await expect.poll(() => savedText(page)).toBe('All changes saved');
    await target(page, 9).focus();
    await page.keyboard.type(' More words');
    await page.keyboard.press('Control+Shift+H');
    const dialog = page.getByRole('dialog', { name: 'Segment history' });
    await dialog.getByRole('button', { name: 'Restore version 1' }).click();
    await expect.poll(async () => (await revisionsOf(9)).revisions.map((r) => r.target))
      .toEqual(['First version.', 'First version. More words', 'First version.']);
    await expect.poll(() => target(page, 9).inputValue()).toBe('First version.');
    await page.close();
  });
});
