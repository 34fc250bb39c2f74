// One export in a fresh process, so that its peak RSS is its own: prints {"ms", "maxRssMb", "bytes"}.
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { systemClock } from '../../dist/src/core/clock.js';
import { openSqliteStore } from '../../dist/src/store/sqlite-store.js';
import { systemActor } from '../../dist/src/usecases/access.js';
import { createDeps } from '../../dist/src/usecases/deps.js';
import { exportDocument } from '../../dist/src/usecases/export-document.js';

const [dbPath, documentId, format, runs = '5'] = process.argv.slice(2);
const deps = createDeps(openSqliteStore(dbPath, systemClock), systemClock);
const labels = {
  uiLocale: 'en', title: 'Bilingual document', number: '#', source: 'Source', target: 'Target', state: 'State', comments: 'Comments',
  states: { new: 'New', draft: 'Draft', translated: 'Translated', rejected: 'Rejected', approved: 'Approved' }, skipped: 'Skipped', generatedAt: 'Exported',
};
const times = [];
let bytes = 0;
for (let run = 0; run < Number(runs); run += 1) {
  const started = performance.now();
  const file = await exportDocument(deps, { documentId: Number(documentId), format, labels, actor: systemActor('bench') });
  times.push(performance.now() - started);
  bytes = typeof file.body === 'string' ? Buffer.byteLength(file.body) : file.body.byteLength;
}
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ ms: times[Math.floor(times.length / 2)], maxRssMb: process.resourceUsage().maxRSS / 1024, bytes }) + '\n');
await deps.store.close();
