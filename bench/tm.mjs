// Translation-memory benchmark: the fuzzy index (top 5 at ≥ 70 %) on synthetic Indonesian TMs
// of 100,000 and 1,000,000 entries grown from the UD gold sentences (bench/lib/tm-corpus.mjs),
// against an exact brute-force scan of the same TM with the same score.
//
//   node scripts/build.mjs && node bench/tm.mjs          # both sizes, about 4 minutes
//   node bench/tm.mjs --sizes=100000 --queries=500        # quicker
//
// Each size runs in its own child process (so its RSS is its own), started with --expose-gc.
// Per size: build time and memory, then every query timed in 3 passes after a warm-up pass
// (latency per query = median of its passes; wall clock and CPU time, since other processes
// share this machine), recall@5 against the exact scan on a sample of the queries, and the
// scan's own time per query as the baseline. Writes bench/results/tm-<YYYY-MM-DD>.json.
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createCorpus, loadSeeds } from './lib/tm-corpus.mjs';
import { printTable } from './lib/table.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SETTINGS = {
  sizes: [100_000, 1_000_000],
  queries: 1000,
  passes: 3,
  limit: 5,
  threshold: 0.7,
  /** Queries checked against the exact scan (every n-th query), per TM size. */
  recallSample: { 100_000: 200, 1_000_000: 100 },
  /** The naive baseline (full Levenshtein table for every entry) is timed on this many entries and scaled. */
  naive: { queries: 3, entries: 20_000 },
};

const fixed = (value, digits = 2) => (value === null || value === undefined ? '–' : value.toFixed(digits));
const mb = (bytes) => bytes / 1e6;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}


async function loadTm() {
  const modulePath = path.join(repoRoot, 'dist', 'src', 'tm', 'index.js');
  try {
    return await import(new URL('../dist/src/tm/index.js', import.meta.url).href);
  } catch (error) {
    throw new Error(`Cannot load the built TM module at ${modulePath}: run \`node scripts/build.mjs\` first.\n${error.message}`, { cause: error });
  }
}

function memorySnapshot() {
  globalThis.gc?.();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { rss, heapUsed, external, arrayBuffers };
}

function buildIndex(tm, corpus, size) {
  const index = new tm.FuzzyIndex();
  let addMs = 0;
  const start = performance.now();
  for (let i = 0; i < size; i += 1) {
    const source = corpus.entry(i);
    const before = performance.now();
    index.add(i + 1, source);
    addMs += performance.now() - before;
  }
  return { index, addMs, totalMs: performance.now() - start };
}

/** Times every query in `passes` passes after one warm-up pass; keeps the last pass's results. */
function timeQueries(index, queries, passes) {
  const options = { limit: SETTINGS.limit, threshold: SETTINGS.threshold };
  for (const query of queries) index.search(query.text, options);
  const wall = queries.map(() => []);
  const cpu = queries.map(() => []);
  let results = [];
  for (let pass = 0; pass < passes; pass += 1) {
    results = queries.map((query, n) => {
      const cpuBefore = process.cpuUsage();
      const before = performance.now();
      const found = index.search(query.text, options);
      wall[n].push(performance.now() - before);
      const used = process.cpuUsage(cpuBefore);
      cpu[n].push((used.user + used.system) / 1000);
      return found;
    });
  }
  return { results, wallMs: wall.map(median), cpuMs: cpu.map(median), passWallMs: wall };
}

/** The exact scan over the whole TM for the sampled queries, in one pass (entries made once). */
function scanSample(tm, corpus, size, texts) {
  const scan = new tm.MatchScan(texts, { limit: SETTINGS.limit, threshold: SETTINGS.threshold });
  let scanMs = 0;
  for (let i = 0; i < size; i += 1) {
    const source = corpus.entry(i);
    const before = performance.now();
    scan.offer(i + 1, source);
    scanMs += performance.now() - before;
  }
  return { truth: scan.results(), msPerQuery: scanMs / texts.length };
}

/**
 * The straightforward brute force: sources normalised in advance, a full Levenshtein table per
 * entry (no length window, no bound). Timed on a prefix of the TM and scaled to its size.
 */
function naiveScanMs(tm, corpus, size, texts) {
  const codePoints = (text) => Int32Array.from(tm.normalizeSource(text), (char) => char.codePointAt(0));
  const entries = Array.from({ length: Math.min(size, SETTINGS.naive.entries) }, (_, i) => codePoints(corpus.entry(i)));
  const before = performance.now();
  for (const text of texts) {
    const query = codePoints(text);
    for (const source of entries) tm.levenshtein(query, query.length, source, source.length);
  }
  return ((performance.now() - before) / texts.length) * (size / entries.length);
}

function recallOf(results, truth) {
  let found = 0;
  let expected = 0;
  let exactLists = 0;
  truth.forEach((matches, n) => {
    const ids = new Set(results[n].map((match) => match.id));
    const hits = matches.filter((match) => ids.has(match.id)).length;
    found += hits;
    expected += matches.length;
    if (hits === matches.length && results[n].length === matches.length) exactLists += 1;
  });
  return { recall: expected === 0 ? 1 : found / expected, found, expected, sameLists: exactLists / truth.length };
}

function latency(values) {
  return { p50: percentile(values, 0.5), p90: percentile(values, 0.9), p99: percentile(values, 0.99), max: Math.max(...values) };
}

async function runSize(size, queryCount) {
  const tm = await loadTm();
  const corpus = createCorpus(loadSeeds(repoRoot));
  const baseline = memorySnapshot();
  const build = buildIndex(tm, corpus, size);
  const memory = memorySnapshot();
  const { index } = build;
  const queries = corpus.queries(size, queryCount);
  const timing = timeQueries(index, queries, SETTINGS.passes);

  const every = Math.max(1, Math.floor(queries.length / (SETTINGS.recallSample[size] ?? 100)));
  const sample = queries.map((query, n) => ({ ...query, n })).filter(({ n }) => n % every === 0);
  const scan = scanSample(tm, corpus, size, sample.map((query) => query.text));
  const recall = recallOf(sample.map(({ n }) => timing.results[n]), scan.truth);
  const byGroup = (groupOf) => {
    const groups = {};
    queries.forEach((query, n) => {
      const group = (groups[groupOf(query)] ??= { wall: [], cpu: [], sample: [], truth: [] });
      group.wall.push(timing.wallMs[n]);
      group.cpu.push(timing.cpuMs[n]);
    });
    sample.forEach((query, s) => {
      groups[groupOf(query)].sample.push(timing.results[query.n]);
      groups[groupOf(query)].truth.push(scan.truth[s]);
    });
    return Object.fromEntries(Object.entries(groups).map(([name, group]) => [name, {
      queries: group.wall.length, wallMs: latency(group.wall), cpuMs: latency(group.cpu), ...recallOf(group.sample, group.truth),
    }]));
  };
  const naiveMs = naiveScanMs(tm, corpus, size, sample.slice(0, SETTINGS.naive.queries).map((query) => query.text));
  return {
    size,
    build: { totalMs: build.totalMs, addMs: build.addMs, generateMs: build.totalMs - build.addMs },
    memory: { indexBytes: index.memoryBytes(), rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, arrayBuffersBytes: memory.arrayBuffers, rssBeforeBuildBytes: baseline.rss, stats: index.stats() },
    queries: queries.length,
    wallMs: latency(timing.wallMs),
    cpuMs: latency(timing.cpuMs),
    passes: timing.passWallMs[0].map((_, pass) => latency(timing.passWallMs.map((runs) => runs[pass]))),
    recall: { sampleQueries: sample.length, ...recall },
    byKind: byGroup((query) => query.kind),
    byRoute: byGroup((query) => (query.text.length < 50 ? 'short (< 50 characters)' : 'words (≥ 50 characters)')),
    baselines: { exactScanMsPerQuery: scan.msPerQuery, naiveScanMsPerQuery: naiveMs, naiveMeasuredOnEntries: Math.min(size, SETTINGS.naive.entries) },
  };
}

function runChild(size, queryCount) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [`--child=${size}`, `--queries=${queryCount}`], { execArgv: ['--expose-gc'] });
    let result;
    child.on('message', (message) => {
      result = message;
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`the ${size}-entry run exited with ${code}`))));
  });
}

function report(results) {
  printTable(`Fuzzy lookup, top ${SETTINGS.limit} at ≥ ${SETTINGS.threshold * 100} % (latency per query = median of ${SETTINGS.passes} passes, ms)`,
    ['TM entries', 'build s', 'index MB', 'RSS MB', 'p50', 'p99', 'CPU p50', 'CPU p99', 'recall@5', 'exact scan ms/query', 'naive scan ms/query'],
    results.map((result) => [
      result.size.toLocaleString('en'), fixed(result.build.addMs / 1000, 1), fixed(mb(result.memory.indexBytes), 0), fixed(mb(result.memory.rssBytes), 0),
      fixed(result.wallMs.p50), fixed(result.wallMs.p99), fixed(result.cpuMs.p50), fixed(result.cpuMs.p99),
      `${fixed(result.recall.recall, 4)} (${result.recall.found}/${result.recall.expected})`,
      fixed(result.baselines.exactScanMsPerQuery, 0), fixed(result.baselines.naiveScanMsPerQuery, 0),
    ]));
  const rows = results.flatMap((result) => [...Object.entries(result.byRoute), ...Object.entries(result.byKind)].map(([name, group]) => [
    result.size.toLocaleString('en'), name, group.queries, fixed(group.wallMs.p50), fixed(group.wallMs.p99), fixed(group.cpuMs.p99),
    group.expected > 0 ? `${fixed(group.recall, 4)} (${group.found}/${group.expected})` : '–',
  ]));
  printTable('By route and query kind', ['TM entries', 'queries', 'n', 'p50', 'p99', 'CPU p99', 'recall@5'], rows);
  console.log('\nnear: 1–2 small edits of an entry; far: 3–6 edits; reaffixed: half the words re-affixed; none: held-out sentences; short: headings, captions, boilerplate.');
  console.log('Exact scan: every entry scored with the same score (length window and distance bounds only); naive scan: full Levenshtein table per entry, timed on a prefix and scaled.');
}

async function main() {
  const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/u, '').split('=')));
  const queryCount = Number(args.queries ?? SETTINGS.queries);
  if (args.child) {
    process.send(await runSize(Number(args.child), queryCount));
    return;
  }
  const sizes = args.sizes ? args.sizes.split(',').map(Number) : SETTINGS.sizes;
  console.log(`TM fuzzy-match benchmark: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  const results = [];
  for (const size of sizes) {
    const started = performance.now();
    results.push(await runChild(size, queryCount));
    console.log(`${size.toLocaleString('en')} entries done in ${fixed((performance.now() - started) / 1000, 0)} s`);
  }
  report(results);
  const date = new Date().toISOString();
  const resultsDir = path.join(repoRoot, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const outFile = path.join(resultsDir, `tm-${date.slice(0, 10)}.json`);
  const environment = { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: os.cpus().length, loadAverage: os.loadavg() };
  writeFileSync(outFile, `${JSON.stringify({ date, environment, settings: SETTINGS, results }, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(repoRoot, outFile)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
