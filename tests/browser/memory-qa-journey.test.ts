import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, withDemoServer } from '../support/serve.js';
import { systemActor } from '../../src/usecases/access.js';
import { importArticle } from '../../src/usecases/import-article.js';

const env = withDemoServer();

const target = (page: Page, number: number) => page.getByLabel(`Translation of segment ${number}`, { exact: true });
const saved = (page: Page) => expect.poll(() => page.locator('#save-status').textContent()).toBe('All changes saved');

describe('translation memory and quality checks in the browser', () => {
  it('offers what was translated before and inserts it with Ctrl+1', async () => {
    const page = await env.browser.newPage();
    await signIn(page, env.server.baseUrl, 'translator');
    await page.goto(`${env.server.baseUrl}/documents/1`);
    await target(page, 1).fill('China and Russia Strengthen Strategic Cooperation as Lavrov Visits');
    await target(page, 1).press('Control+Enter');
    await saved(page);

    // The same article again, as a new document: the first sentence is in the memory now.
    const again = await importArticle(env.server.deps, { projectId: 1, content: (await env.server.deps.store.listSegments(1)).map((s) => s.source).join('\n\n'), format: 'paste', actor: systemActor() });
    await page.goto(`${env.server.baseUrl}/documents/${again.id}`);
    await target(page, 1).focus();
    const panel = page.locator('.tm-panel');
    await panel.getByText('China and Russia Strengthen Strategic Cooperation as Lavrov Visits').waitFor();
    expect(await panel.locator('.tm-score').first().textContent()).toMatch(/^10[01]%$/);
    await page.keyboard.press('Control+1');
    await expect.poll(() => target(page, 1).inputValue()).toBe('China and Russia Strengthen Strategic Cooperation as Lavrov Visits');
    await saved(page);
    const [first] = await env.server.deps.store.listSegments(again.id);
    expect(first).toMatchObject({ origin: 'tm', target: 'China and Russia Strengthen Strategic Cooperation as Lavrov Visits' });
    expect(first!.originScore).toBeGreaterThanOrEqual(100);
    await page.close();
  });

  it('shows a wrong number under the row and blocks approval until the translator fixes it', async () => {
    const document = await importArticle(env.server.deps, { projectId: 1, content: 'Nilai ekspor mencapai Rp 1,5 miliar pada 2024.', format: 'paste', actor: systemActor() });
    const translator = await env.browser.newPage();
    await signIn(translator, env.server.baseUrl, 'translator');
    await translator.goto(`${env.server.baseUrl}/documents/${document.id}`);
    await target(translator, 1).fill('Exports reached IDR 1.5 million in 2024.');
    await target(translator, 1).press('Control+Enter');
    await saved(translator);
    await translator.locator('.qa-findings .severity-error').getByText('1,5 miliar').waitFor();

    const reviewer = await env.browser.newPage();
    await signIn(reviewer, env.server.baseUrl, 'reviewer');
    await reviewer.goto(`${env.server.baseUrl}/documents/${document.id}/review`);
    await reviewer.locator('.review-item').first().getByRole('button', { name: 'Approve' }).click();
    await reviewer.getByText('Not approved: quality checks found errors').waitFor();
    expect((await env.server.deps.store.listSegments(document.id))[0]?.state).toBe('translated');

    await target(translator, 1).fill('Exports reached IDR 1.5 billion in 2024.');
    await target(translator, 1).press('Control+Enter');
    await saved(translator);
    await expect.poll(() => translator.locator('.qa-findings .severity-error').count()).toBe(0);

    await reviewer.goto(`${env.server.baseUrl}/documents/${document.id}/review`);
    await reviewer.locator('.review-item').first().getByRole('button', { name: 'Approve' }).click();
    await reviewer.getByText('Approved.').waitFor();
    expect((await env.server.deps.store.listSegments(document.id))[0]?.state).toBe('approved');
    await translator.close();
    await reviewer.close();
  });

  it('shows a consistency warning on every row with the same source, and takes it off all of them when they agree', async () => {
    const document = await importArticle(env.server.deps, { projectId: 1, content: 'Harga naik.\n\nCuaca cerah.\n\nHarga naik.\n\nHarga naik.', format: 'paste', actor: systemActor() });
    const [first, , third, fourth] = await env.server.deps.store.listSegments(document.id);
    const page = await env.browser.newPage();
    await signIn(page, env.server.baseUrl, 'translator');
    await page.goto(`${env.server.baseUrl}/documents/${document.id}`);
    const warning = (id: number) => page.locator(`#segment-${id} .qa-findings [data-qa-code="consistency.target"]`);
    for (const number of [3, 4]) {
      await target(page, number).fill('Prices went up.');
      await target(page, number).press('Control+Enter');
    }
    await target(page, 1).fill('Prices rose.');
    await target(page, 1).press('Control+Enter');
    await saved(page);
    for (const segment of [first!, third!, fourth!]) await warning(segment.id).waitFor();

    await target(page, 1).fill('Prices went up.');
    await target(page, 1).press('Control+Enter');
    await saved(page);
    for (const segment of [first!, third!, fourth!]) await expect.poll(() => warning(segment.id).count()).toBe(0);
    await page.close();
  });

  it('checks a draft once the typing rests, and again after a fix, without a confirmation', async () => {
    const document = await importArticle(env.server.deps, { projectId: 1, content: 'Harga naik 5 persen.\n\nCuaca cerah.', format: 'paste', actor: systemActor() });
    const page = await env.browser.newPage();
    await signIn(page, env.server.baseUrl, 'translator');
    await page.goto(`${env.server.baseUrl}/documents/${document.id}`);
    await target(page, 1).fill('Prices rose 6 percent.');
    await saved(page);
    const [first] = await env.server.deps.store.listSegments(document.id);
    expect(first).toMatchObject({ state: 'draft', target: 'Prices rose 6 percent.' });
    await page.locator(`#segment-${first!.id} .qa-findings [data-qa-code="numbers.missing"]`).getByText('5 persen').waitFor();

    // Fixed, then straight on to the next row: leaving the row checks it without waiting.
    await target(page, 1).fill('Prices rose 5 percent.');
    await target(page, 2).focus();
    await saved(page);
    await expect.poll(() => page.locator('.qa-findings .severity-error').count()).toBe(0);
    await page.close();
  });
});
