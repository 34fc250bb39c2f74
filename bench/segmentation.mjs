// Segmentation benchmark: boundary quality against UD Indonesian gold data and throughput,
// Jembatan vs Intl.Segmenter('id'), sentencex and sbd, all in this process on the same text.
// Run through `npm run bench` (builds first) or, after a build, `node bench/segmentation.mjs`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sbd from 'sbd';
import { segment as sentencexSegment } from 'sentencex';
import { loadGoldFiles, resolveGoldDir, scoreSplitter } from './lib/gold.mjs';
import { compareThroughput } from './lib/timing.mjs';
import { printTable } from './lib/table.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Rounds of timed runs (every contestant runs in each round) and warm-up runs per input. */
const TIMING = {
  corpus: { rounds: 9, warmup: 3 },
  longParagraph: { rounds: 3, jembatanPerRound: 5, warmup: 3, intlWarmup: 1 },
  article: { rounds: 31, warmup: 10 },
};
const LONG_PARAGRAPH_CHARS = 256 * 1024;
const ARTICLE_WORDS = 5000;

const intlSegmenter = new Intl.Segmenter('id', { granularity: 'sentence' });
const intlSentences = (text) => Array.from(intlSegmenter.segment(text), (part) => part.segment);

/** The segmenters compared, each as (paragraph) => sentences. */
function createSplitters(segmentation) {
  return [
    { name: 'Jembatan', split: (text) => segmentation.splitSentences(text).map((part) => part.text) },
    // ICU sentence rules; Indonesian has no tailoring, so the root rules apply
    { name: 'Intl.Segmenter', split: intlSentences },
    // sentencex has no Indonesian module: for 'id' it falls back to its English rules
    { name: 'sentencex', split: (text) => sentencexSegment('id', text) },
    // sbd with its default (English) abbreviations; preserve_whitespace keeps offsets exact
    { name: 'sbd', split: (text) => sbd.sentences(text, { preserve_whitespace: true }) },
  ];
}

const fixed = (value, digits = 3) => value.toFixed(digits);
const percent = (value) => `${(value * 100).toFixed(1)} %`;


async function loadSegmentation() {
  const modulePath = path.join(repoRoot, 'dist', 'src', 'segmentation', 'index.js');
  try {
    return await import(new URL('../dist/src/segmentation/index.js', import.meta.url).href);
  } catch (error) {
    throw new Error(`Cannot load the built segmenter at ${modulePath}: run \`npm run build\` first.\n${error.message}`, { cause: error });
  }
}

function measureQuality(goldFiles, splitters) {
  const results = {};
  const rows = [];
  for (const { name, file, note, records } of goldFiles) {
    results[name] = { file, note: note ?? null, records: records.length, segmenters: {} };
    for (const splitter of splitters) {
      const score = scoreSplitter(records, splitter.split);
      results[name].segmenters[splitter.name] = score;
      rows.push([name, splitter.name, fixed(score.precision), fixed(score.recall), fixed(score.f1), percent(score.exact), `${score.falsePositives}/${score.falseNegatives}`]);
    }
  }
  printTable('Boundary quality (precision, recall, F1 over sentence-start offsets; exact = records split exactly as gold)',
    ['file', 'segmenter', 'precision', 'recall', 'F1', 'exact', 'FP/FN'], rows);
  return results;
}

/** The gold paragraphs joined into one line of about `chars` characters, cut at a space. */
function buildLongParagraph(paragraphs, chars) {
  let text = '';
  for (let index = 0; text.length < chars; index += 1) text += `${paragraphs[index % paragraphs.length]} `;
  return text.slice(0, text.lastIndexOf(' ', chars)).trim();
}

/** The sample article repeated (paragraphs intact) and cut after its `words`-th word. */
function buildArticle(sample, words) {
  const perCopy = sample.split(/\s+/u).filter(Boolean).length;
  const text = Array.from({ length: Math.ceil(words / perCopy) }, () => sample.trim()).join('\n\n');
  const wordPattern = /\S+/gu;
  let end = text.length;
  for (let count = 0; count < words && wordPattern.exec(text) !== null; count += 1) end = wordPattern.lastIndex;
  return text.slice(0, end);
}

function measureSpeed(goldFiles, splitters, segmentation) {
  const [jembatan, intl] = splitters;
  const paragraphs = goldFiles.flatMap(({ records }) => records.map((record) => record.text));
  const { rounds, warmup } = TIMING.corpus;
  const corpus = compareThroughput(paragraphs, splitters.map(({ name, split }) => ({ name, split, warmup, perRound: 1 })), rounds);

  const longParagraph = buildLongParagraph(paragraphs, LONG_PARAGRAPH_CHARS);
  const longTiming = TIMING.longParagraph;
  const long = compareThroughput(
    [longParagraph],
    [
      { name: jembatan.name, split: jembatan.split, warmup: longTiming.warmup, perRound: longTiming.jembatanPerRound },
      { name: intl.name, split: intl.split, warmup: longTiming.intlWarmup, perRound: 1 },
    ],
    longTiming.rounds,
  );

  const sample = readFileSync(path.join(repoRoot, 'data', 'samples', 'egindo-lavrov-wang-yi.txt'), 'utf8');
  const article = buildArticle(sample, ARTICLE_WORDS);
  const articleTiming = TIMING.article;
  const articleSpeed = compareThroughput(
    [article],
    [
      { name: jembatan.name, split: (text) => segmentation.segmentArticle(text), warmup: articleTiming.warmup, perRound: 1 },
      { name: intl.name, split: intlSentences, warmup: articleTiming.warmup, perRound: 1 },
    ],
    articleTiming.rounds,
  );

  const ratio = (results) => results[jembatan.name].mbPerSecond / results[intl.name].mbPerSecond;
  const rows = [
    ...splitters.map((splitter) => ['(a) gold corpus, per paragraph', splitter.name, fixed(corpus[splitter.name].mbPerSecond, 1), fixed(corpus[splitter.name].medianMs, 1)]),
    ...[jembatan, intl].map((splitter) => ['(b) one 256 KB paragraph', splitter.name, fixed(long[splitter.name].mbPerSecond, 2), fixed(long[splitter.name].medianMs, 1)]),
    ...[jembatan, intl].map((splitter) => [`(c) ${ARTICLE_WORDS}-word article`, splitter.name, fixed(articleSpeed[splitter.name].mbPerSecond, 1), fixed(articleSpeed[splitter.name].medianMs, 2)]),
  ];
  printTable('Throughput (median of runs after a warm-up; MB = 10^6 bytes of UTF-8)', ['input', 'segmenter', 'MB/s', 'ms per pass'], rows);
  const ratios = { corpus: ratio(corpus), longParagraph: ratio(long), article: ratio(articleSpeed) };
  console.log(`
Jembatan ÷ Intl.Segmenter: (a) ${fixed(ratios.corpus, 1)}×  (b) ${fixed(ratios.longParagraph, 1)}×  (c) ${fixed(ratios.article, 1)}×`);
  console.log(`(c) is segmentArticle on ${article.length} characters, ${segmentation.segmentArticle(article).length} segments: ${fixed(articleSpeed[jembatan.name].medianMs, 2)} ms per article.`);
  return {
    corpusParagraphs: { paragraphs: paragraphs.length, results: corpus },
    longParagraph: { chars: longParagraph.length, results: long },
    article: { words: ARTICLE_WORDS, chars: article.length, results: articleSpeed },
    jembatanOverIntl: ratios,
  };
}

async function main() {
  const goldFiles = loadGoldFiles(resolveGoldDir(repoRoot));
  const segmentation = await loadSegmentation();
  const splitters = createSplitters(segmentation);
  console.log(`Segmentation benchmark: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'})`);
  const quality = measureQuality(goldFiles, splitters);
  const speed = measureSpeed(goldFiles, splitters, segmentation);
  const date = new Date().toISOString();
  const resultsDir = path.join(repoRoot, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const outFile = path.join(resultsDir, `segmentation-${date.slice(0, 10)}.json`);
  const environment = { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: os.cpus().length };
  writeFileSync(outFile, `${JSON.stringify({ date, environment, timing: TIMING, quality, speed }, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(repoRoot, outFile)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
