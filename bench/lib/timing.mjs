// Wall-clock timing on a noisy machine: warm-up runs, then rounds in which every contestant
// runs in turn (so a burst of load hits all of them), and the median of each one's runs.
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';

export function utf8Bytes(texts) {
  return texts.reduce((total, text) => total + Buffer.byteLength(text, 'utf8'), 0);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** MB/s with MB = 10^6 bytes of UTF-8. */
export function megabytesPerSecond(bytes, ms) {
  return bytes / 1e6 / (ms / 1000);
}

function timePass(texts, split) {
  const start = performance.now();
  for (const text of texts) split(text);
  return performance.now() - start;
}

/**
 * Times each contestant `{ name, split, warmup, perRound }` splitting every text of `texts`:
 * `warmup` untimed passes, then `rounds` rounds of `perRound` timed passes each.
 * Returns { [name]: { bytes, medianMs, mbPerSecond, runsMs } }.
 */
export function compareThroughput(texts, contestants, rounds) {
  const bytes = utf8Bytes(texts);
  for (const { split, warmup } of contestants) for (let run = 0; run < warmup; run += 1) timePass(texts, split);
  const runs = new Map(contestants.map(({ name }) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const { name, split, perRound } of contestants) {
      for (let run = 0; run < perRound; run += 1) runs.get(name).push(timePass(texts, split));
    }
  }
  return Object.fromEntries(
    contestants.map(({ name }) => {
      const medianMs = median(runs.get(name));
      const runsMs = runs.get(name).map((ms) => Number(ms.toFixed(3)));
      return [name, { bytes, medianMs, mbPerSecond: megabytesPerSecond(bytes, medianMs), runsMs }];
    }),
  );
}
