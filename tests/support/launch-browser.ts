/**
 * Browser launcher for browser tests.
 *
 * - `CHROMIUM_PATH` set (non-empty): launch that executable as-is.
 * - otherwise: use the headless-shell Chromium bundled in the npm package
 *   `@sparticuz/chromium`. Its `executablePath()` brotli-decompresses the binary
 *   (plus fonts and SwiftShader libs) into `os.tmpdir()` — no network involved.
 *
 * Why not call `chromium.executablePath()` directly in this process:
 *   it extracts to the fixed path `$TMPDIR/chromium` and returns early whenever
 *   that path merely *exists*. With several vitest workers (or several checkouts
 *   on the same machine) that means a worker can exec a half-written binary, and
 *   a `/tmp/chromium` left by a different package version is reused silently.
 *   So we run it in a child process whose TMPDIR is a private staging directory,
 *   then atomically rename the result to a version-keyed cache directory
 *   (`$TMPDIR/jembatan-sparticuz-chromium-<version>`). Losers of the rename race
 *   just discard their copy.
 *
 * Why not pass `chromium.args` from @sparticuz/chromium: they target AWS Lambda.
 *   `--single-process`/`--no-zygote` are unnecessary on desktop Linux,
 *   `--disable-web-security`/`--allow-running-insecure-content` change page
 *   behaviour (CORS, mixed content) that the app's tests may depend on, the GPU
 *   flags contradict `--disable-gpu`, `--headless='shell'` carries literal quotes,
 *   and their `--disable-features=`/`--enable-features=` would *replace*
 *   Playwright's own lists (Chromium keeps only the last occurrence of a switch),
 *   re-enabling start-up network features Playwright turns off.
 *   We keep only the two network-related flags from that list.
 *
 * Fonts: the binary has fontconfig linked in and reads /etc/fonts/fonts.conf by
 *   default. On a machine with no fonts, text renders as *nothing* (blank
 *   screenshots, though DOM text queries still work). We therefore point the
 *   bundled binary at a generated fonts.conf that includes the system
 *   configuration and adds the Open Sans fonts shipped in the package as a
 *   fallback (Latin, so fine for Indonesian/English).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

const execFileAsync = promisify(execFile);

/** Flags passed on every launch (Playwright adds its own defaults on top). */
const BROWSER_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox', // tests run as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // From @sparticuz/chromium's list: keep the browser quiet on the network.
  '--disable-domain-reliability',
  '--no-pings',
];

const CACHE_PREFIX = 'jembatan-sparticuz-chromium-';

interface BundledChromium {
  executablePath: string;
  fontconfigFile: string;
}

let bundled: Promise<BundledChromium> | undefined;

/**
 * Launches a headless Chromium. Playwright creates (and removes on close) a
 * fresh temporary user-data-dir for every `launch()`; passing
 * `--user-data-dir` ourselves is rejected by Playwright.
 *
 * The first call in a fresh /tmp decompresses the bundled binary (~1.5 s);
 * later calls (any process) reuse the cache.
 */
export async function launchBrowser(): Promise<Browser> {
  const customPath = process.env['CHROMIUM_PATH'];
  if (customPath !== undefined && customPath !== '') {
    // Checked here because Playwright creates its temp profile/artifacts dirs
    // before validating the path and leaks them when it is wrong.
    if (!existsSync(customPath)) {
      throw new Error(`CHROMIUM_PATH points to a missing file: ${customPath}`);
    }
    return chromium.launch({ executablePath: customPath, args: [...BROWSER_ARGS], headless: true });
  }

  const { executablePath, fontconfigFile } = await prepareBundledChromium();
  const useOwnFontconfig =
    process.env['FONTCONFIG_FILE'] === undefined && process.env['FONTCONFIG_PATH'] === undefined;
  return chromium.launch({
    executablePath,
    args: [...BROWSER_ARGS],
    headless: true,
    ...(useOwnFontconfig ? { env: { ...process.env, FONTCONFIG_FILE: fontconfigFile } } : {}),
  });
}

/** Extracts the bundled Chromium once per process (concurrent callers share the work). */
function prepareBundledChromium(): Promise<BundledChromium> {
  bundled ??= extractBundledChromium().catch((error: unknown) => {
    bundled = undefined; // allow a retry after a failure
    throw error;
  });
  return bundled;
}

async function extractBundledChromium(): Promise<BundledChromium> {
  const require = createRequire(import.meta.url);
  // Resolves through the package's "exports" (require condition → build/cjs/index.cjs).
  const entry = require.resolve('@sparticuz/chromium');
  const packageJsonPath = resolve(dirname(entry), '..', '..', 'package.json');
  const { version } = JSON.parse(await readFile(packageJsonPath, 'utf8')) as { version: string };

  const cacheDir = join(tmpdir(), `${CACHE_PREFIX}${version}`);
  const result: BundledChromium = {
    executablePath: join(cacheDir, 'chromium'),
    fontconfigFile: join(cacheDir, 'fonts.conf'),
  };
  const isComplete = (): boolean => existsSync(result.executablePath) && existsSync(result.fontconfigFile);
  if (isComplete()) return result;

  // cacheDir only ever appears via an atomic rename of a complete directory, so an
  // incomplete one was pruned from outside (e.g. a /tmp cleaner): start over.
  if (existsSync(cacheDir)) await rm(cacheDir, { recursive: true, force: true });

  const staging = await mkdtemp(`${cacheDir}.staging-`);
  try {
    const childScript = [
      "const chromium = require(process.env.SPARTICUZ_CHROMIUM_ENTRY);",
      "chromium.executablePath().then(",
      "  (p) => { process.stdout.write(p); },",
      "  (e) => { console.error(e); process.exitCode = 1; },",
      ");",
    ].join('\n');
    const { stdout } = await execFileAsync(process.execPath, ['-e', childScript], {
      env: { ...process.env, TMPDIR: staging, SPARTICUZ_CHROMIUM_ENTRY: entry },
      timeout: 120_000,
    });
    const extracted = stdout.trim();
    if (extracted !== join(staging, 'chromium')) {
      throw new Error(`@sparticuz/chromium extracted to an unexpected path: ${JSON.stringify(extracted)}`);
    }
    await writeFile(join(staging, 'fonts.conf'), fontconfigXml(cacheDir));

    try {
      await rename(staging, cacheDir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Another process won the race; its directory is complete by construction.
      if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || !isComplete()) throw error;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return result;
}

/**
 * System fonts first (so rendering matches this machine's other browsers), then
 * the Open Sans files from @sparticuz/chromium's fonts.tar.br as a fallback.
 * (The package's own fonts.conf hard-codes /tmp/fonts, so it is not used.)
 */
function fontconfigXml(cacheDir: string): string {
  const xml = (s: string): string =>
    s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${xml(join(cacheDir, 'fonts'))}</dir>
  <cachedir>${xml(join(cacheDir, 'fontconfig-cache'))}</cachedir>
</fontconfig>
`;
}
