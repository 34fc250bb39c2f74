// Gold sentence data (../shared/segmentation-dev beside the repository) and how a segmenter is scored on it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const GOLD_FILES = [
  { name: 'gsd-dev', file: 'id_gsd-dev.fixed.jsonl' },
  { name: 'gsd-train', file: 'id_gsd-train.jsonl', note: 'gold not hand-checked: ~6-7 % of its "sentences" hold two' },
  { name: 'csui-train', file: 'id_csui-train.jsonl' },
];

/** The gold data folder, or an Error whose message says what is missing and where it was looked for. */
export function resolveGoldDir(repoRoot) {
  const dir = path.resolve(repoRoot, '..', 'shared', 'segmentation-dev');
  const missing = GOLD_FILES.filter(({ file }) => !existsSync(path.join(dir, file)));
  if (missing.length > 0) {
    throw new Error(
      `Gold segmentation data not found: expected ${missing.map(({ file }) => file).join(', ')} in ${dir}\n` +
        '(the folder ../shared/segmentation-dev beside the repository root; see bench/README.md).',
    );
  }
  return dir;
}

/** [{ name, file, note, records: [{ id, text, sentences }] }] */
export function loadGoldFiles(dir) {
  return GOLD_FILES.map((entry) => ({
    ...entry,
    records: readFileSync(path.join(dir, entry.file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line)),
  }));
}

// Boundary precision / recall / F1 over character offsets, and the share of records split exactly.
/** Offsets in `text` where a sentence other than the first starts. Fails if a sentence is not found in order. */
export function sentenceStarts(text, sentences) {
  const starts = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const trimmed = sentence.trim();
    if (trimmed === '') continue;
    const at = text.indexOf(trimmed, cursor);
    if (at < 0) throw new Error(`sentence not found in order: ${JSON.stringify(trimmed.slice(0, 60))}`);
    starts.push(at);
    cursor = at + trimmed.length;
  }
  return starts.slice(1);
}

/** Scores one splitter on one file's records. */
export function scoreSplitter(records, split) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let exact = 0;
  for (const record of records) {
    const gold = new Set(sentenceStarts(record.text, record.sentences));
    const predicted = new Set(sentenceStarts(record.text, split(record.text)));
    let hits = 0;
    for (const start of predicted) if (gold.has(start)) hits += 1;
    truePositives += hits;
    falsePositives += predicted.size - hits;
    falseNegatives += gold.size - hits;
    if (hits === gold.size && hits === predicted.size) exact += 1;
  }
  const precision = truePositives / (truePositives + falsePositives || 1);
  const recall = truePositives / (truePositives + falseNegatives || 1);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, exact: exact / records.length, exactRecords: exact, records: records.length, truePositives, falsePositives, falseNegatives };
}
