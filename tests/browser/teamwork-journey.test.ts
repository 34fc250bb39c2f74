import { describe, expect, it } from 'vitest';
import { signIn, withDemoServer } from '../support/serve.js';

// The server's day is 2026-01-01 (UTC) all through this journey.
const env = withDemoServer({ clock: { now: () => '2026-01-01T08:00:00.000Z' } });

describe('a manager, a translator and a reviewer working to a due date', () => {
  it('set a due date, see it on the dashboard, mention each other in a comment, and read the time spent on the statistics page', async () => {
    const admin = await env.browser.newPage();
    await signIn(admin, env.server.baseUrl, 'admin');
    await admin.goto(`${env.server.baseUrl}/projects/1`);
    const card = admin.locator('#document-1');
    await card.getByLabel('Due date').fill('2026-01-02');
    await card.getByRole('button', { name: 'Set due date' }).click();
    await admin.waitForURL(/\/projects\/1#document-1$/);
    expect(await admin.locator('#document-1 .due').textContent()).toBe('Due tomorrow (Jan 2, 2026)');

    const translator = await env.browser.newPage();
    await signIn(translator, env.server.baseUrl, 'translator');
    expect(await translator.locator('#waiting .due').first().textContent()).toBe('Due tomorrow (Jan 2, 2026)');

    // Translate the first segment: the editor measures the time from focus to save.
    await translator.goto(`${env.server.baseUrl}/documents/1`);
    const first = translator.getByLabel('Translation of segment 1', { exact: true });
    await first.focus();
    await translator.keyboard.type('China and Russia Strengthen Strategic Cooperation');
    await expect.poll(() => translator.locator('#save-status').textContent()).toBe('All changes saved');

    // A comment that mentions the reviewer, from the history dialog.
    await translator.locator('.row').first().getByRole('link', { name: 'History' }).click();
    const history = translator.getByRole('dialog', { name: 'Segment history' });
    await history.getByLabel(/Add a comment/).fill('@reviewer is “Strategic Cooperation” the agreed term?');
    await history.getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => history.locator('mark.mention').textContent()).toBe('@reviewer');
    await expect.poll(() => translator.locator('#thread-count').textContent()).toContain('1 unresolved comment thread');
    await history.getByRole('button', { name: 'Close' }).click();

    const reviewer = await env.browser.newPage();
    await signIn(reviewer, env.server.baseUrl, 'reviewer');
    const mentions = reviewer.locator('.mentions li');
    expect(await mentions.count()).toBe(1);
    expect(await mentions.first().textContent()).toContain('translator mentioned you:');
    expect(await mentions.first().textContent()).toContain('is “Strategic Cooperation” the agreed term?');

    // The reviewer answers and resolves the thread: the mention no longer waits on the dashboard.
    await mentions.first().getByRole('link').click();
    await reviewer.waitForURL(/\/documents\/1#segment-\d+$/);
    await reviewer.goto(`${env.server.baseUrl}/segments/${(await env.server.deps.store.listSegments(1))[0]!.id}/history`);
    await reviewer.getByRole('button', { name: 'Resolve thread' }).click();
    await reviewer.getByText('resolved by reviewer').waitFor();
    await reviewer.goto(`${env.server.baseUrl}/`);
    expect(await reviewer.locator('.mentions').count()).toBe(0);

    // The statistics page counts the translator's editing time.
    await translator.goto(`${env.server.baseUrl}/documents/1`);
    await translator.locator('#stats-link').click();
    await translator.waitForURL(/\/documents\/1\/stats$/);
    expect(await translator.locator('#stats-people').textContent()).toContain('translator');
    const recorded = await env.server.deps.store.summariseEditingTime(1);
    expect(recorded.byPerson.map((person) => person.username)).toEqual(['translator']);
    expect(recorded.byPerson[0]!.ms).toBeGreaterThan(0);
    expect(await translator.locator('.due').first().textContent()).toBe('Due tomorrow (Jan 2, 2026)');
    await Promise.all([admin.close(), translator.close(), reviewer.close()]);
  });
});
