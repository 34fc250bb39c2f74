import { describe, expect, it } from 'vitest';
import { launchBrowser } from './launch-browser.js';

// The first launch on a fresh /tmp decompresses the bundled Chromium (~1.5 s here);
// leave generous headroom for slow CI machines.
const LAUNCH_TIMEOUT_MS = 60_000;

describe('launchBrowser', () => {
  it('launches headless Chromium and reads a page', { timeout: LAUNCH_TIMEOUT_MS }, async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto('data:text/html,<h1>ok</h1>');
      expect(await page.locator('h1').textContent()).toBe('ok');
    } finally {
      await browser.close();
    }
    expect(browser.isConnected()).toBe(false);
  });

  it('supports concurrent launches', { timeout: LAUNCH_TIMEOUT_MS }, async () => {
    const browsers = await Promise.all([launchBrowser(), launchBrowser()]);
    try {
      const titles = await Promise.all(
        browsers.map(async (browser, i) => {
          const page = await browser.newPage();
          await page.setContent(`<title>b${i}</title>`);
          return page.title();
        }),
      );
      expect(titles).toEqual(['b0', 'b1']);
    } finally {
      await Promise.all(browsers.map((browser) => browser.close()));
    }
  });
});
