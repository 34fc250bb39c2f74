import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from './__fixtures__/sample-document.js';
import { exporters } from './exporters.js';
import type { ExportFormatId } from './types.js';

const goldenDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '__golden__');

// Set UPDATE_GOLDEN=1 to rewrite the files after an intended change; review the diff before committing.
describe('golden files', () => {
  it.each<[ExportFormatId, string]>([
    ['xliff12', 'sample.xliff12.xlf'],
    ['xliff21', 'sample.xlf'],
    ['tmx', 'sample.tmx'],
    ['csv', 'sample.csv'],
    ['html', 'sample.html'],
    ['txt', 'sample.txt'],
  ])('%s export of the sample document equals __golden__/%s exactly', (id, file) => {
    const written = exporters[id].write(sampleDocument);
    // Some exporters hand over UTF-8 bytes (encoded as they write): the file is the same.
    const actual = typeof written === 'string' ? written : Buffer.from(written).toString('utf8');
    const goldenPath = path.join(goldenDir, file);
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(goldenPath, actual);
    expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
  });
});
