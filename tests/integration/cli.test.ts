import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLE_PATH, PROJECT_ROOT } from '../../src/paths.js';

// Runs the built command (npm test builds first: see the pretest script) against a temporary database.
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'jembatan-cli-'));
const env = { ...process.env, DB_PATH: join(dir, 'cli.db') };
const jembatan = (...args: string[]) => run(process.execPath, [join(PROJECT_ROOT, 'dist/src/cli.js'), ...args], { env, cwd: dir });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the jembatan command', () => {
  it('imports an article, updates it from a newer version and exports it', async () => {
    const imported = await jembatan('import', DEMO_ARTICLE_PATH, '--project', 'Desk');
    expect(imported.stdout).toContain('as document 1 in project "Desk"');
    const newer = join(dir, 'v2.txt');
    writeFileSync(newer, readFileSync(DEMO_ARTICLE_PATH, 'utf8').replace('Lavrov tiba di Tiongkok', 'Lavrov tiba di Beijing'));
    const updated = await jembatan('import', newer, '--document', '1');
    expect(updated.stdout).toContain('1 source changed, 0 new, 0 removed');
    const exported = await jembatan('export', '1', '--format', 'xliff21', '-o', '-');
    expect(exported.stdout).toMatch(/<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" [^>]*version="2.1"/);
  });

  it('refuses a file that is not UTF-8 with a clear message and exit code 1', async () => {
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Kafe menjual caf\xe9.', 'latin1'));
    await expect(jembatan('import', latin1, '--project', 'Desk')).rejects.toMatchObject({
      code: 1, stderr: expect.stringContaining('not UTF-8') as string,
    });
  });
});
