import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { segmentArticle } from '../../src/segmentation/index.js';
import { systemActor } from '../../src/usecases/access.js';
import { importArticle } from '../../src/usecases/import-article.js';
import { signIn, withDemoServer } from '../support/serve.js';
import { SAMPLE_ARTICLE } from '../support/test-app.js';

const env = withDemoServer();
const SEGMENTS = 2000;
const RUNS = 3;

/** The sample article's paragraphs again and again, each round numbered so that no two paragraphs are the same, up to `segments` segments. */
function longArticle(segments: number): string {
  const [title, ...paragraphs] = SAMPLE_ARTICLE.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  const out = [title!];
  for (let round = 1; segmentArticle(out.join('\n\n'), { doNotBreakAfter: [] }).length < segments; round += 1) {
    for (const paragraph of paragraphs) out.push(paragraph.replace(/\.(\s|$)/, ` (bagian ${round}).$1`));
  }
  return out.join('\n\n');
}

interface Timing { htmlBytes: number; serverMs: number; domContentLoadedMs: number; firstPaintMs: number | null; firstContentfulPaintMs: number | null; loadMs: number }

/** One fresh navigation to the editor, measured by the page itself (Navigation and Paint Timing). */
async function openAndMeasure(page: Page, url: string): Promise<Timing> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const paint = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return {
      htmlBytes: nav!.decodedBodySize,
      // From sending the request to the first byte of the answer: the server's render, on loopback.
      serverMs: nav!.responseStart - nav!.requestStart,
      domContentLoadedMs: nav!.domContentLoadedEventEnd,
      firstPaintMs: paint('first-paint'),
      firstContentfulPaintMs: paint('first-contentful-paint'),
      loadMs: nav!.loadEventEnd,
    };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number | null) => (value === null ? null : Math.round(value));

describe('a 2,000-segment document in the editor', () => {
  let documentId = 0;
  let segmentCount = 0;
  let page: Page;

  beforeAll(async () => {
    const document = await importArticle(env.server.deps, { projectId: 1, content: longArticle(SEGMENTS), format: 'paste', title: 'Artikel panjang', actor: systemActor() });
    documentId = document.id;
    segmentCount = (await env.server.deps.store.listSegments(documentId)).length;
    page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, env.server.baseUrl, 'translator');
  });

  it('opens with every row, and reports how long that took (server render, first paint, DOMContentLoaded)', async () => {
    expect(segmentCount).toBeGreaterThanOrEqual(SEGMENTS);
    const url = `${env.server.baseUrl}/documents/${documentId}`;
    const runs: Timing[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await openAndMeasure(page, url));
    expect(await page.locator('ol.grid > li.row').count()).toBe(segmentCount);
    expect(runs.every((timing) => timing.domContentLoadedMs > 0)).toBe(true);

    const figures = {
      measuredAt: new Date().toISOString(),
      what: 'editor page of one document, Chromium headless on loopback, in-process server (tests/browser/long-document.test.ts); milliseconds from navigation start, median of the runs',
      segments: segmentCount,
      htmlBytes: runs[0]!.htmlBytes,
      median: {
        serverMs: round(median(runs.map((r) => r.serverMs))),
        firstPaintMs: round(median(runs.map((r) => r.firstPaintMs ?? Number.NaN))),
        firstContentfulPaintMs: round(median(runs.map((r) => r.firstContentfulPaintMs ?? Number.NaN))),
        domContentLoadedMs: round(median(runs.map((r) => r.domContentLoadedMs))),
        loadMs: round(median(runs.map((r) => r.loadMs))),
      },
      runs: runs.map((r) => ({ serverMs: round(r.serverMs), firstPaintMs: round(r.firstPaintMs), firstContentfulPaintMs: round(r.firstContentfulPaintMs), domContentLoadedMs: round(r.domContentLoadedMs), loadMs: round(r.loadMs) })),
    };
    const dir = join(PROJECT_ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'browser-long-document.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`editor page, ${segmentCount} segments, ${Math.round(figures.htmlBytes / 1024)} KiB of HTML (median of ${RUNS}):`, figures.median);
  });

  it('changes nothing in the grid outside the row typed in (no re-render of the rows)', async () => {
    await page.goto(`${env.server.baseUrl}/documents/${documentId}`, { timeout: 60_000 });
    const last = page.locator('ol.grid > li.row:not([data-kind="skip"])').last();
    const lastId = await last.getAttribute('data-segment-id');
    await page.evaluate(() => {
      const w = window as unknown as { touched: Set<Element> };
      w.touched = new Set();
      new MutationObserver((records) => {
        for (const record of records) {
          const element = record.target instanceof Element ? record.target : record.target.parentElement;
          w.touched.add(element?.closest('li.row') ?? element!);
        }
      }).observe(document.querySelector('ol.grid')!, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await last.locator('textarea').focus();
    await page.keyboard.type('The last sentence, typed by hand.', { delay: 15 });
    await expect.poll(() => page.locator('#save-status').textContent(), { timeout: 15_000 }).toBe('All changes saved');
    const touched = await page.evaluate(() => [...(window as unknown as { touched: Set<Element> }).touched]
      .map((element) => (element.matches('li.row') ? `row ${element.getAttribute('data-segment-id')}` : element.tagName)));
    // The save itself updates that row (version, state badge); nothing else in the grid moves.
    expect(touched).toEqual([`row ${lastId}`]);
  });

  it('sends one save per row for quick edits in several rows, each with the row’s whole text', async () => {
    await page.goto(`${env.server.baseUrl}/documents/${documentId}`, { timeout: 60_000 });
    const saves: { url: string; target: string }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && /\/api\/segments\/\d+\/target$/.test(request.url())) {
        saves.push({ url: request.url(), target: (request.postDataJSON() as { target: string }).target });
      }
    });
    const rows = page.locator('ol.grid > li.row:not([data-kind="skip"])');
    const editable = await rows.count();
    // Near the top, in the middle and near the end.
    const picked = [0.05, 0.5, 0.95].map((share) => rows.nth(Math.floor(editable * share)));
    const typed = ['Alpha beta gamma.', 'Delta epsilon zeta.', 'Eta theta iota.'];
    for (const [index, row] of picked.entries()) {
      await row.locator('textarea').focus();
      await page.keyboard.type(typed[index]!, { delay: 10 });
    }
    await expect.poll(() => page.locator('#save-status').textContent(), { timeout: 15_000 }).toBe('All changes saved');
    const ids = await Promise.all(picked.map((row) => row.getAttribute('data-segment-id')));
    // 51 keystrokes, 3 requests: the saver waits for a pause in each row and sends its whole text once.
    expect(saves.map((save) => [save.url.replace(/^.*\/segments\/(\d+)\/target$/, '$1'), save.target]).sort())
      .toEqual(ids.map((id, index) => [id, typed[index]]).sort());
    console.log(`quick edits in 3 rows (${typed.join('').length} keystrokes): ${saves.length} save requests`);
  });
});
