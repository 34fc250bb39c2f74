// Levenshtein distance on code points: a plain reference version and the bounded one that
// scores candidates. The bounded version only fills the diagonal band a result within `maxEdits`
// can cross (Ukkonen) and stops as soon as a whole row of the band is over the bound.
import type { QueryMasks } from './bit-parallel.js';
import { myersDistance } from './bit-parallel.js';

/** Levenshtein distance between `a[0..aLength)` and `b[0..bLength)`, full table (reference). */
export function levenshtein(a: ArrayLike<number>, aLength: number, b: ArrayLike<number>, bLength: number): number {
  if (aLength === 0) return bLength;
  if (bLength === 0) return aLength;
  const row = new Int32Array(bLength + 1);
  for (let j = 0; j <= bLength; j += 1) row[j] = j;
  for (let i = 1; i <= aLength; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    const char = a[i - 1];
    for (let j = 1; j <= bLength; j += 1) {
      const up = row[j]!;
      const value = Math.min(diagonal + (char === b[j - 1] ? 0 : 1), up + 1, row[j - 1]! + 1);
      diagonal = up;
      row[j] = value;
    }
  }
  return row[bLength]!;
}

let bandRow = new Int32Array(256);

/**
 * Levenshtein distance when it is at most `maxEdits`, otherwise `maxEdits + 1`.
 * With Δ = bLength − aLength, a path that strays x diagonals outside [min(0, Δ), max(0, Δ)]
 * costs at least |Δ| + 2x, so only ⌊(maxEdits − |Δ|) / 2⌋ diagonals either side are filled
 * (about maxEdits + 1 cells a row), and a row stops the whole computation as soon as none of
 * its cells, plus the |Δ − diagonal| edits still needed to reach the end, is within the bound.
 */
export function boundedLevenshtein(a: ArrayLike<number>, aLength: number, b: ArrayLike<number>, bLength: number, maxEdits: number): number {
  if (maxEdits < 0) throw new RangeError(`maxEdits must be 0 or more, got ${maxEdits}`);
  const over = maxEdits + 1;
  const delta = bLength - aLength;
  const slack = maxEdits - Math.abs(delta);
  if (slack < 0) return over;
  if (aLength === 0 || bLength === 0) return Math.abs(delta);
  const reach = slack >> 1;
  const lowDiagonal = Math.min(0, delta) - reach;
  const highDiagonal = Math.max(0, delta) + reach;
  if (bandRow.length < bLength + 2) bandRow = new Int32Array(Math.max(bLength + 2, bandRow.length * 2));
  const row = bandRow;
  const firstHigh = Math.min(bLength, highDiagonal);
  for (let j = 0; j <= firstHigh; j += 1) row[j] = j;
  if (firstHigh + 1 <= bLength) row[firstHigh + 1] = over;
  for (let i = 1; i <= aLength; i += 1) {
    const low = i + lowDiagonal > 0 ? i + lowDiagonal : 0;
    const high = i + highDiagonal < bLength ? i + highDiagonal : bLength;
    let left: number;
    let diagonal: number;
    let best: number;
    let j = low;
    if (low === 0) {
      diagonal = row[0]!;
      left = i;
      row[0] = i;
      best = i + Math.abs(delta + i);
      j = 1;
    } else {
      diagonal = row[low - 1]!;
      left = over;
      best = over;
    }
    const char = a[i - 1];
    // Still-needed edits from cell (i, j): |delta − (j − i)|, which drops by one per column up to j = i + delta.
    for (; j <= high; j += 1) {
      const up = row[j]!;
      let value = diagonal + (char === b[j - 1] ? 0 : 1);
      if (up < value) value = up + 1;
      if (left < value) value = left + 1;
      diagonal = up;
      row[j] = value;
      left = value;
      const ahead = delta + i - j;
      const bound = value + (ahead < 0 ? -ahead : ahead);
      if (bound < best) best = bound;
    }
    if (high < bLength) row[high + 1] = over;
    if (best > maxEdits) return over;
  }
  const distance = row[bLength]!;
  return distance <= maxEdits ? distance : over;
}

/**
 * The distance from the query (`query` with its `masks`) to `text` when it is at most `maxEdits`,
 * otherwise `maxEdits + 1`: the banded table for a narrow band, the bit-parallel form for a
 * wide one (about maxEdits/2 + 1 cells per query character against ⌈length/32⌉ words per text character).
 */
export function boundedDistance(query: ArrayLike<number>, masks: QueryMasks, text: ArrayLike<number>, textLength: number, maxEdits: number): number {
  const queryLength = masks.length;
  if (Math.abs(queryLength - textLength) > maxEdits) return maxEdits + 1;
  if ((maxEdits + 2) * queryLength <= BAND_OVER_BITS * masks.blocks * textLength) return boundedLevenshtein(query, queryLength, text, textLength, maxEdits);
  const distance = myersDistance(masks, text, textLength);
  return distance <= maxEdits ? distance : maxEdits + 1;
}

/** How many band cells cost as much as one bit-parallel word step (measured on Indonesian news sentences). */
const BAND_OVER_BITS = 6;
