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

  it('exports every format to --out, brings an edited XLIFF back, and prints JSON for scripts', async () => {
    const imported = JSON.parse((await jembatan('import', DEMO_ARTICLE_PATH, '--project', 'Formats', '--json')).stdout) as { documentId: number; segments: number };
    expect(imported.segments).toBeGreaterThan(20);
    const id = String(imported.documentId);
    for (const format of ['xliff12', 'xliff21', 'tmx', 'docx', 'docx-tracked', 'csv', 'html', 'txt', 'md', 'target-html', 'target-docx']) {
      const out = join(dir, `out.${format}`);
      expect((await jembatan('export', id, '--format', format, '--out', out)).stdout).toContain(`Wrote ${out}`);
      expect(readFileSync(out).length).toBeGreaterThan(100);
    }
    const xliff = readFileSync(join(dir, 'out.xliff12'), 'utf8');
    const firstUnit = /<trans-unit id="s(\d+)"[^>]*>\s*<source>([^<]*)<\/source>/.exec(xliff)!;
    const edited = join(dir, 'edited.xlf');
    writeFileSync(edited, xliff.replace(firstUnit[0], `${firstUnit[0]}<target state="translated">Translated offline.</target>`));
    const back = JSON.parse((await jembatan('import', edited, '--document', id, '--json')).stdout) as Record<string, unknown>;
    expect(back).toMatchObject({ documentId: imported.documentId, format: 'xliff12', targets: 1, states: 1 });
    expect(readFileSync(join(dir, 'out.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
  }, 60_000);

  it('reads a TMX into a project memory and an XLIFF into a new document', async () => {
    await jembatan('import', DEMO_ARTICLE_PATH, '--project', 'Memory');
    const tmx = join(dir, 'memory.tmx');
    writeFileSync(tmx, `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="id" datatype="plaintext"/>
<body><tu><tuv xml:lang="id"><seg>Selamat pagi.</seg></tuv><tuv xml:lang="en"><seg>Good morning.</seg></tuv></tu></body></tmx>`);
    const memory = JSON.parse((await jembatan('import', tmx, '--project', 'Memory', '--json')).stdout) as Record<string, unknown>;
    expect(memory).toMatchObject({ tm: { units: 1, added: 1, duplicates: 0, skipped: 0 } });
    const xliff = join(dir, 'copy.xlf');
    await jembatan('export', '1', '--format', 'xliff21', '--out', xliff);
    const copy = JSON.parse((await jembatan('import', xliff, '--project', 'Memory', '--json')).stdout) as Record<string, unknown>;
    expect(copy).toMatchObject({ format: 'xliff21' });
  });

  it('refuses an unknown --format and a CSV without a document, with exit code 1', async () => {
    await expect(jembatan('import', DEMO_ARTICLE_PATH, '--project', 'Desk', '--format', 'pdf')).rejects.toMatchObject({ code: 1 });
    const csv = join(dir, 'targets.csv');
    writeFileSync(csv, 'source,target\r\nSatu.,One.\r\n');
    await expect(jembatan('import', csv, '--project', 'Desk')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('CSV') as string });
  });
});
