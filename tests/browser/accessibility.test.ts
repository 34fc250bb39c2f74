import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/types.js';
import { reviewSegment } from '../../src/usecases/review-segment.js';
import { saveTarget } from '../../src/usecases/save-target.js';
import { signIn, withDemoServer } from '../support/serve.js';
import { standInEnglish } from '../support/stand-in-english.js';

const env = withDemoServer();

/** axe-core's bundle, evaluated in the page (DevTools evaluation is not subject to the page's CSP). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The violations that fail the test: what blocks or seriously hinders someone using a screen reader or keyboard. */
const BLOCKING: ReadonlySet<string> = new Set(['serious', 'critical']);

async function axeViolations(page: Page): Promise<Result[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } })
    .axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
}

/** One line per rule, then one indented line per element with axe's explanation. */
function describeViolations(path: string, violations: readonly Result[]): string {
  return violations.map((violation) => [
    `${path}: [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    ...violation.nodes.slice(0, 8).map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replaceAll('\n', '\n      ')}`),
  ].join('\n')).join('\n');
}

/** A few segments in each state, so that the review page, the dashboard and the notes have something to show. */
async function seedWork(): Promise<void> {
  const { store } = env.server.deps;
  const account = async (username: string): Promise<Actor> => {
    const user = (await store.findUserByName(username))!;
    return { userId: user.id, username: user.username, isAdmin: user.isAdmin };
  };
  const [translator, reviewer] = [await account('translator'), await account('reviewer')];
  const segments = (await store.listSegments(1)).filter((segment) => segment.kind !== 'skip').slice(0, 6);
  for (const segment of segments) {
    await saveTarget(env.server.deps, {
      segmentId: segment.id, baseVersion: segment.version, target: standInEnglish(segment.source),
      action: segment === segments[5] ? 'edit' : 'confirm', origin: 'typed', actor: translator,
    });
  }
  const [first, second] = await store.listSegments(1).then((all) => all.filter((segment) => segment.state === 'translated'));
  await reviewSegment(env.server.deps, { segmentId: first!.id, baseVersion: first!.version, decision: 'approve', actor: reviewer });
  await reviewSegment(env.server.deps, {
    segmentId: second!.id, baseVersion: second!.version, decision: 'reject', actor: reviewer,
    reason: { category: 'terminology', severity: 'major', comment: 'Use "Foreign Minister".' },
  });
}

const PAGES = (segmentId: number) => [
  '/', '/projects/1', '/documents/1', '/documents/1/review', `/segments/${segmentId}/history`, '/documents/1/files',
  '/projects/1/memory', '/projects/1/glossary', '/documents/1/qa', '/documents/1/stats', '/account/keyboard',
];

async function signedInPage(browser: Browser, locale: 'en' | 'id'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, env.server.baseUrl, 'admin');
  await context.addCookies([{ name: 'jembatan_lang', value: locale, url: env.server.baseUrl }]);
  return page;
}

describe('accessibility (axe-core)', () => {
  let rejectedSegment = 0;
  beforeAll(async () => {
    await seedWork();
    rejectedSegment = (await env.server.deps.store.listSegments(1)).find((segment) => segment.state === 'rejected')!.id;
  });

  for (const locale of ['en', 'id'] as const) {
    it(`finds no serious or critical violation on the main pages in ${locale === 'en' ? 'English' : 'Indonesian'}`, async () => {
      const page = await signedInPage(env.browser, locale);
      const found: string[] = [];
      for (const path of PAGES(rejectedSegment)) {
        await page.goto(`${env.server.baseUrl}${path}`);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        const violations = await axeViolations(page);
        if (violations.length > 0) found.push(describeViolations(path, violations));
      }
      // The editor's dialogs are closed above: the shortcut overlay, open.
      await page.goto(`${env.server.baseUrl}/documents/1`);
      await page.locator('[data-open-shortcuts]').click();
      await page.locator('#shortcuts-dialog[open]').waitFor();
      const overlay = await axeViolations(page);
      if (overlay.length > 0) found.push(describeViolations('/documents/1 (shortcut overlay)', overlay));
      // Signed out: the sign-in page.
      await page.context().clearCookies();
      await page.context().addCookies([{ name: 'jembatan_lang', value: locale, url: env.server.baseUrl }]);
      await page.goto(`${env.server.baseUrl}/login`);
      const violations = await axeViolations(page);
      if (violations.length > 0) found.push(describeViolations('/login', violations));
      await page.context().close();
      expect(found.length, `axe-core found serious or critical violations:\n${found.join('\n')}`).toBe(0);
    });
  }
});
