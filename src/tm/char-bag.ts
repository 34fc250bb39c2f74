// Character-count lower bound on the edit distance (the "bag distance"): an edit changes the
// count of at most one character up and one down, so the distance is at least the larger of
// the surplus on either side. Characters are folded into 64 classes (folding only weakens the
// bound, it never breaks it), so comparing two texts costs 64 steps, not a table of cells.

export const BAG_CLASSES = 64;

/** Counts of `points[0..length)` per class into `out` (cleared first). */
export function fillBag(points: ArrayLike<number>, length: number, out: Int32Array): void {
  out.fill(0);
  for (let i = 0; i < length; i += 1) {
    const at = points[i]! & (BAG_CLASSES - 1);
    out[at] = out[at]! + 1;
  }
}

/** The bag distance of two class counts: a lower bound on their Levenshtein distance. */
export function bagDistance(a: Int32Array, b: Int32Array): number {
  let surplusA = 0;
  let surplusB = 0;
  for (let i = 0; i < BAG_CLASSES; i += 1) {
    const difference = a[i]! - b[i]!;
    if (difference > 0) surplusA += difference;
    else surplusB -= difference;
  }
  return surplusA > surplusB ? surplusA : surplusB;
}
