import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, withDemoServer } from '../support/serve.js';
import { systemActor } from '../../src/usecases/access.js';
import { createUser } from '../../src/usecases/accounts.js';
import { addComment } from '../../src/usecases/comments.js';
import { createProject } from '../../src/usecases/create-project.js';
import { saveTarget } from '../../src/usecases/save-target.js';
import { standInEnglish } from '../support/stand-in-english.js';

const env = withDemoServer();

const target = (page: Page, number: number) => page.getByLabel(`Translation of segment ${number}`, { exact: true });
const saved = (page: Page) => expect.poll(() => page.locator('#save-status').textContent()).toBe('All changes saved');

describe('a translator and a reviewer', () => {
  it('confirm, review with diffs, reject with a reason, fix, and approve', async () => {
    const translator = await env.browser.newPage();
    await signIn(translator, env.server.baseUrl, 'translator');
    await translator.goto(`${env.server.baseUrl}/documents/1`);
    await target(translator, 1).focus();
    for (const text of ['China and Russia Strengthen Strategic Cooperation', 'Menlu Lavrov meets Wang Yi', 'Foreign Minister Lavrov meets Wang Yi']) {
      await translator.keyboard.type(text);
      await translator.keyboard.press('Control+Enter');
    }
    await saved(translator);

    const reviewer = await env.browser.newPage();
    await signIn(reviewer, env.server.baseUrl, 'reviewer');
    await reviewer.goto(`${env.server.baseUrl}/documents/1/review`);
    const second = reviewer.locator('.review-item').nth(1);
    await second.getByText('Reject…').click();
    await second.getByLabel('Category').selectOption('terminology');
    await second.getByLabel('Severity').selectOption('major');
    await second.getByLabel('Reason for the translator').fill('Write "Foreign Minister", not "Menlu".');
    await second.getByRole('button', { name: 'Reject with this reason' }).click();
    await reviewer.getByText('Rejected; the translator sees your reason.').waitFor();
    await reviewer.locator('.review-item').first().getByRole('button', { name: 'Approve' }).click();
    await reviewer.getByText('Approved.').waitFor();

    await translator.reload();
    const rejected = translator.locator('.row', { has: translator.getByText('Write "Foreign Minister", not "Menlu".') });
    await rejected.waitFor();
    expect(await rejected.getAttribute('data-state')).toBe('rejected');
    await target(translator, 2).fill('Foreign Minister Lavrov meets Wang Yi');
    await target(translator, 2).press('Control+Enter');
    await saved(translator);

    await reviewer.goto(`${env.server.baseUrl}/documents/1/review`);
    await reviewer.getByRole('button', { name: /Approve all 2 waiting/ }).click();
    await expect.poll(async () => (await env.server.deps.store.listSegments(1)).slice(0, 3).map((s) => s.state)).toEqual(['approved', 'approved', 'approved']);

    // The translator confirms the rest (through the same use case as the editor), the reviewer approves it all.
    const account = (await env.server.deps.store.findUserByName('translator'))!;
    const actor = { userId: account.id, username: account.username, isAdmin: false };
    for (const s of (await env.server.deps.store.listSegments(1)).filter((s) => s.kind !== 'skip' && s.state !== 'approved')) {
      await saveTarget(env.server.deps, { segmentId: s.id, baseVersion: s.version, target: standInEnglish(s.source), action: 'confirm', origin: 'typed', actor });
    }
    await reviewer.goto(`${env.server.baseUrl}/documents/1/review`);
    await reviewer.getByRole('button', { name: /Approve all \d+ waiting/ }).click();
    await reviewer.goto(`${env.server.baseUrl}/documents/1`);
    const approvedWords = await reviewer.locator('[data-words="approved"]').textContent();
    expect(await reviewer.locator('.legend-total').textContent()).toContain(`${approvedWords} words in all`);
    expect(await reviewer.locator('.progress-part[data-state="approved"]').getAttribute('class')).toContain('w-100');
    await translator.close();
    await reviewer.close();
  });

  it('shows hostile text as text on every page', async () => {
    const hostileName = '"><svg onload=alert(3)>javascript:alert(4)';
    const project = await createProject(env.server.deps, systemActor(), { name: `Desk ${hostileName}` });
    const user = await createUser(env.server.deps, systemActor(), { username: 'tamu', displayName: hostileName, password: 'kopi-tubruk-42', isAdmin: false });
    await env.server.deps.store.setMembership({ projectId: project.id, userId: user.id, role: 'translator' });
    await env.server.deps.store.setMembership({ projectId: 1, userId: user.id, role: 'translator' });
    await addComment(env.server.deps, { segmentId: (await env.server.deps.store.listSegments(1))[5]!.id, body: '<img src=x onerror=alert(5)>', actor: systemActor() });
    const admin = await env.browser.newPage();
    await signIn(admin, env.server.baseUrl, 'admin');
    let adminAlerted = false;
    admin.on('dialog', (dialog) => {
      adminAlerted = true;
      void dialog.dismiss();
    });
    for (const path of ['/', `/projects/${project.id}`, '/admin/users']) {
      await admin.goto(`${env.server.baseUrl}${path}`);
      expect(await admin.locator('svg[onload], img[onerror]').count()).toBe(0);
    }
    expect(await admin.getByText(hostileName).count()).toBeGreaterThan(0);
    expect(adminAlerted).toBe(false);
    await admin.close();

    // A reviewer, who may still edit the segments the first journey approved.
    const page = await env.browser.newPage();
    await signIn(page, env.server.baseUrl, 'reviewer');
    await page.goto(`${env.server.baseUrl}/documents/1`);
    let alerted = false;
    page.on('dialog', (dialog) => {
      alerted = true;
      void dialog.dismiss();
    });
    const hostile = '"><svg onload=alert(1)><script>alert(2)</script>';
    await target(page, 6).fill(hostile);
    await saved(page);
    await page.reload();
    expect(await target(page, 6).inputValue()).toBe(hostile);
    await page.locator('.row').nth(5).getByRole('link', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'Segment history' });
    await dialog.getByText('<img src=x onerror=alert(5)>').waitFor();
    expect(await dialog.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('<script>') as string]));
    expect(alerted).toBe(false);
    expect(await page.locator('svg[onload], img[onerror]').count()).toBe(0);
    await page.close();
  });
});
