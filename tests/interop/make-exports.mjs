// Writes real exports of the sample article, with segments in every state, into the folder given.
// Uses the built server code (dist/, made by `npm ci` / `npm run build`) and an in-memory store.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../../dist/src/core/clock.js';
import { createI18n } from '../../dist/src/i18n/index.js';
import { DEMO_ARTICLE_PATH } from '../../dist/src/paths.js';
import { openSqliteStore } from '../../dist/src/store/sqlite-store.js';
import { ensureDemoProject } from '../../dist/src/usecases/ensure-demo.js';
import { exportDocument } from '../../dist/src/usecases/export-document.js';
import { saveTarget } from '../../dist/src/usecases/save-target.js';
import { systemActor } from '../../dist/src/usecases/access.js';
import { exportLabels } from '../../dist/src/web/presenters/segments.js';

const out = process.argv[2];
if (!out) throw new Error('usage: make-exports.mjs OUTDIR');
mkdirSync(out, { recursive: true });

const deps = { store: openSqliteStore(':memory:', systemClock), clock: systemClock };
await ensureDemoProject(deps, { text: readFileSync(DEMO_ARTICLE_PATH, 'utf8'), fileName: 'egindo-lavrov-wang-yi.txt' });
const segments = (await deps.store.listSegments(1)).filter((s) => s.kind !== 'skip');
const texts = ['China and Russia strengthen strategic cooperation as Lavrov visits', 'Draft with <markup> & "quotes"', 'Confirmed'];
for (const [index, segment] of segments.slice(0, 3).entries()) {
  await saveTarget(deps, { segmentId: segment.id, baseVersion: 0, target: texts[index], action: index === 1 ? 'edit' : 'confirm', origin: 'typed', actor: systemActor('interop') });
}
const t = (await createI18n()).getFixedT('en');
for (const format of ['xliff21', 'xliff12', 'tmx', 'csv', 'html', 'txt']) {
  const file = await exportDocument(deps, { documentId: 1, format, labels: exportLabels(t, 'en'), actor: systemActor('interop') });
  // Prefixed with the format: XLIFF 1.2 and 2.1 share the .xlf extension.
  const name = `${format}--${file.fileName}`;
  writeFileSync(join(out, name), file.body);
  console.log(`wrote ${join(out, name)}`);
}
