// The fuzzy-match score: 1 − Levenshtein distance / length of the longer text, on the code
// points of the normalised sources. The index and the brute-force scan both score with this.
import { boundedLevenshtein, levenshtein } from './edit-distance.js';
import { normalizeSource, toCodePoints } from './normalize.js';

/** Score of two texts of lengths `aLength` and `bLength` at edit distance `distance`. */
export function scoreOf(distance: number, aLength: number, bLength: number): number {
  const longer = Math.max(aLength, bLength);
  return longer === 0 ? 1 : (longer - distance) / longer;
}

/**
 * The largest edit distance that still scores at least `threshold` when the longer text has
 * `longer` code points; −1 when even identical texts would not (threshold above 1).
 * Counted from the score itself so that float rounding cannot drop a match sitting on the threshold.
 */
export function maxEditsFor(threshold: number, longer: number): number {
  if (longer === 0) return threshold <= 1 ? 0 : -1;
  let edits = Math.floor((1 - threshold) * longer);
  while (edits + 1 <= longer && (longer - edits - 1) / longer >= threshold) edits += 1;
  while (edits >= 0 && (longer - edits) / longer < threshold) edits -= 1;
  return edits;
}

/** Score in [0, 1] of two texts after `normalizeSource`; 1 only for identical normalised sources. */
export function similarity(a: string, b: string): number {
  const left = toCodePoints(normalizeSource(a));
  const right = toCodePoints(normalizeSource(b));
  return scoreOf(levenshtein(left.points, left.length, right.points, right.length), left.length, right.length);
}

/** Similarity as a whole percentage, rounded down; 100 only for identical normalised sources. */
export function matchPercent(a: string, b: string): number {
  const left = toCodePoints(normalizeSource(a));
  const right = toCodePoints(normalizeSource(b));
  return percentOf(levenshtein(left.points, left.length, right.points, right.length), left.length, right.length);
}

/** Whole percentage for a distance, in integers so that 7/10 is 70 and not 69.999… */
export function percentOf(distance: number, aLength: number, bLength: number): number {
  const longer = Math.max(aLength, bLength);
  if (distance === 0) return 100;
  return Math.min(99, Math.floor((100 * (longer - distance)) / longer));
}

/** Score of normalised code points when it reaches `threshold`, otherwise −1 (the fast path). */
export function scoreAtLeast(a: ArrayLike<number>, aLength: number, b: ArrayLike<number>, bLength: number, threshold: number): number {
  const longer = Math.max(aLength, bLength);
  const maxEdits = maxEditsFor(threshold, longer);
  if (maxEdits < 0) return -1;
  const distance = boundedLevenshtein(a, aLength, b, bLength, maxEdits);
  return distance <= maxEdits ? scoreOf(distance, aLength, bLength) : -1;
}
