/**
 * Anchors: old and new segments with the same normalised source, paired without crossing.
 * Patience style: the common head first, then sources found once on each side (their longest
 * run in order), then the gaps between them again; a plain LCS where no unique source is left.
 */
import type { SegmentPair } from './types.js';

type Anchor = Pick<SegmentPair, 'oldIndex' | 'newIndex'>;

interface Range {
  readonly oldLo: number;
  readonly oldHi: number;
  readonly newLo: number;
  readonly newHi: number;
}

/** Past 2,048 × 2,048 cells a range without unique sources gets no anchors; gap matching still pairs it. */
const MAX_LCS_CELLS = 2048 * 2048;

/** Anchors between two lists of source keys (equal keys = same normalised source), in order. */
export function findAnchors(oldKeys: readonly number[], newKeys: readonly number[]): Anchor[] {
  const anchors: Anchor[] = [];
  anchorRange(oldKeys, newKeys, { oldLo: 0, oldHi: oldKeys.length, newLo: 0, newHi: newKeys.length }, anchors);
  return anchors;
}

function anchorRange(a: readonly number[], b: readonly number[], range: Range, out: Anchor[]): void {
  let { oldLo, newLo } = range;
  // The common head pairs at once, earliest copies first; no tail pass, which would pair the last copies.
  while (oldLo < range.oldHi && newLo < range.newHi && a[oldLo] === b[newLo]) out.push({ oldIndex: oldLo++, newIndex: newLo++ });
  anchorMiddle(a, b, { ...range, oldLo, newLo }, out);
}

function anchorMiddle(a: readonly number[], b: readonly number[], range: Range, out: Anchor[]): void {
  if (range.oldLo === range.oldHi || range.newLo === range.newHi) return;
  const unique = longestIncreasing(uniqueCommon(a, b, range));
  if (unique.length === 0) {
    out.push(...commonSubsequence(a, b, range));
    return;
  }
  let { oldLo, newLo } = range;
  for (const anchor of unique) {
    anchorRange(a, b, { oldLo, oldHi: anchor.oldIndex, newLo, newHi: anchor.newIndex }, out);
    out.push(anchor);
    oldLo = anchor.oldIndex + 1;
    newLo = anchor.newIndex + 1;
  }
  anchorRange(a, b, { oldLo, oldHi: range.oldHi, newLo, newHi: range.newHi }, out);
}

/** Pairs of positions whose key occurs exactly once on each side of the range, by new position. */
function uniqueCommon(a: readonly number[], b: readonly number[], range: Range): Anchor[] {
  const seen = new Map<number, { inOld: number; inNew: number; oldIndex: number; newIndex: number }>();
  for (let i = range.oldLo; i < range.oldHi; i++) {
    const key = a[i] ?? -1;
    const entry = seen.get(key) ?? { inOld: 0, inNew: 0, oldIndex: i, newIndex: -1 };
    entry.inOld++;
    seen.set(key, entry);
  }
  const pairs: Anchor[] = [];
  for (let j = range.newLo; j < range.newHi; j++) {
    const entry = seen.get(b[j] ?? -1);
    if (entry === undefined) continue;
    entry.inNew++;
    entry.newIndex = j;
  }
  for (const { inOld, inNew, oldIndex, newIndex } of seen.values()) if (inOld === 1 && inNew === 1) pairs.push({ oldIndex, newIndex });
  return pairs.sort((x, y) => x.newIndex - y.newIndex);
}

/** Longest run of pairs (already sorted by new position) whose old positions also increase. */
export function longestIncreasing(pairs: readonly Anchor[]): Anchor[] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach((pair, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] ?? 0]?.oldIndex ?? 0) < pair.oldIndex) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1] ?? -1;
    tails[lo] = k;
  });
  const run: Anchor[] = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k] ?? -1) run.push(pairs[k] as Anchor);
  return run.reverse();
}

/**
 * A longest common subsequence of the range, computed only over the segments whose source occurs
 * on both sides; on ties it skips a new segment, keeping the earliest old copy.
 */
function commonSubsequence(a: readonly number[], b: readonly number[], range: Range): Anchor[] {
  const inNew = new Set(b.slice(range.newLo, range.newHi));
  const olds = positions(range.oldLo, range.oldHi).filter((i) => inNew.has(a[i] ?? -1));
  const inOld = new Set(olds.map((i) => a[i] ?? -1));
  const news = positions(range.newLo, range.newHi).filter((j) => inOld.has(b[j] ?? -1));
  if (olds.length * news.length > MAX_LCS_CELLS) return [];
  const pairs = subsequencePairs(olds.map((i) => a[i] ?? -1), news.map((j) => b[j] ?? -1));
  return pairs.map(([x, y]) => ({ oldIndex: olds[x] ?? -1, newIndex: news[y] ?? -1 }));
}

function positions(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** The classic LCS table, filled from the end, then walked from the start: [x, y] index pairs. */
function subsequencePairs(x: readonly number[], y: readonly number[]): [number, number][] {
  const width = y.length + 1;
  // length[i * width + j]: LCS length of x[i..] and y[j..]; at most min(rows, cols) ≤ 2,048.
  const length = new Uint16Array((x.length + 1) * width);
  const at = (i: number, j: number): number => length[i * width + j] ?? 0;
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      length[i * width + j] = x[i] === y[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) pairs.push([i++, j++]);
    else if (at(i + 1, j) > at(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}
