// Writes real exports of the sample article, with segments in every state, comments, a rejection and a
// reviewer's revision, into the folder given; plus what the checks expect (expect.env) and the article
// itself (source.txt, for OmegaT). Uses the built code (dist/, made by `npm ci` / `npm run build`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../../dist/src/core/clock.js';
import { createI18n } from '../../dist/src/i18n/index.js';
import { DEMO_ARTICLE_PATH } from '../../dist/src/paths.js';
import { openSqliteStore } from '../../dist/src/store/sqlite-store.js';
import { createDeps } from '../../dist/src/usecases/deps.js';
import { addComment } from '../../dist/src/usecases/comments.js';
import { ensureDemoProject } from '../../dist/src/usecases/ensure-demo.js';
import { exportDocument } from '../../dist/src/usecases/export-document.js';
import { reviewSegment } from '../../dist/src/usecases/review-segment.js';
import { saveTarget } from '../../dist/src/usecases/save-target.js';
import { systemActor } from '../../dist/src/usecases/access.js';
import { exportLabels } from '../../dist/src/web/presenters/segments.js';

const out = process.argv[2];
if (!out) throw new Error('usage: make-exports.mjs OUTDIR');
mkdirSync(out, { recursive: true });

const deps = createDeps(openSqliteStore(':memory:', systemClock), systemClock);
const article = readFileSync(DEMO_ARTICLE_PATH, 'utf8');
await ensureDemoProject(deps, { text: article, fileName: 'egindo-lavrov-wang-yi.txt' });
const translator = systemActor('interop-translator');
const reviewer = systemActor('interop-reviewer');
const segments = (await deps.store.listSegments(1)).filter((s) => s.kind !== 'skip');

// Sentence i gets an English stand-in that passes the quality checks (weekdays and months in English, numbers
// kept); every third stays a draft, the rest are confirmed; of those, most are approved.
const WORDS = {
  Senin: 'Monday', Selasa: 'Tuesday', Rabu: 'Wednesday', Kamis: 'Thursday', Jumat: 'Friday', Sabtu: 'Saturday', Minggu: 'Sunday',
  Januari: 'January', Februari: 'February', Maret: 'March', Mei: 'May', Juni: 'June', Juli: 'July', Agustus: 'August',
  Oktober: 'October', Desember: 'December',
};
const standIn = (source) => `English (${source.replace(/\p{L}+/gu, (word) => WORDS[word] ?? word)}) & <ok> "q"`;
const plan = segments.map((segment, index) => ({ segment, text: standIn(segment.source), confirm: index % 3 !== 1 }));
for (const { segment, text, confirm } of plan) {
  await saveTarget(deps, { segmentId: segment.id, baseVersion: segment.version, target: text, action: confirm ? 'confirm' : 'edit', origin: 'typed', actor: translator });
}
let approved = 0;
for (const [index, { segment, confirm }] of plan.entries()) {
  if (!confirm) continue;
  const current = await deps.store.findSegment(segment.id);
  if (index === 0) {
    // A reviewer's own edit, then approval: DOCX tracked changes show it.
    const revised = await saveTarget(deps, { segmentId: segment.id, baseVersion: current.version, target: `${current.target} (revised)`, action: 'edit', origin: 'typed', actor: reviewer });
    await reviewSegment(deps, { segmentId: segment.id, baseVersion: revised.segment.version, decision: 'approve', actor: reviewer });
    approved += 1;
  } else if (index === 2) {
    await reviewSegment(deps, { segmentId: segment.id, baseVersion: current.version, decision: 'reject', reason: { category: 'accuracy', severity: 'major', comment: 'Check the date.' }, actor: reviewer });
    await addComment(deps, { segmentId: segment.id, body: 'Tanggalnya 9 April, bukan 4 September.', actor: reviewer });
  } else {
    await reviewSegment(deps, { segmentId: segment.id, baseVersion: current.version, decision: 'approve', actor: reviewer });
    approved += 1;
  }
}

const all = await deps.store.listSegments(1);
const live = all.filter((s) => s.kind !== 'skip');
const t = (await createI18n()).getFixedT('en');
const formats = ['xliff21', 'xliff12', 'tmx', 'docx', 'docx-tracked', 'csv', 'html', 'txt', 'md', 'target-html', 'target-docx'];
for (const format of formats) {
  const file = await exportDocument(deps, { documentId: 1, format, labels: exportLabels(t, 'en'), actor: systemActor('interop') });
  // Prefixed with the format: XLIFF 1.2 and 2.1 share the .xlf extension, DOCX three ways.
  const name = `${format}--${file.fileName}`;
  writeFileSync(join(out, name), file.body);
  console.log(`wrote ${join(out, name)}`);
}
writeFileSync(join(out, 'source.txt'), article);
// The English of every approved sentence, one per line: OmegaT must put each into its target document.
writeFileSync(join(out, 'approved-targets.txt'), live.filter((s) => s.state === 'approved').map((s) => s.target).join('\n') + '\n');
const withTarget = live.filter((s) => s.target !== '').length;
const tmxUnits = live.filter((s) => s.state === 'translated' || s.state === 'approved').length;
writeFileSync(join(out, 'expect.env'), [
  `SEGMENTS=${all.length}`, // trans-units in XLIFF 1.2 (boilerplate included, translate="no") and rows in the DOCX table
  `TEXT_SEGMENTS=${live.length}`, // CSV rows
  `WITH_TARGET=${withTarget}`,
  `APPROVED=${approved}`,
  `TMX_UNITS=${tmxUnits}`,
].join('\n') + '\n');
console.log(`segments=${all.length} text=${live.length} with_target=${withTarget} approved=${approved} tmx=${tmxUnits}`);
