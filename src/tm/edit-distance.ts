// Levenshtein distance on code points: a plain reference version and the bounded one that
// scores candidates. The bounded version only fills the diagonal band a result within `maxEdits`
// can cross (Ukkonen) and stops as soon as a whole row of the band is over the bound.

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
 * Cost: at most (2·maxEdits + 1) · aLength cells, usually far fewer for unrelated texts.
 */
export function boundedLevenshtein(a: ArrayLike<number>, aLength: number, b: ArrayLike<number>, bLength: number, maxEdits: number): number {
  const over = maxEdits + 1;
  if (maxEdits < 0) throw new RangeError(`maxEdits must be 0 or more, got ${maxEdits}`);
  if (Math.abs(aLength - bLength) > maxEdits) return over;
  if (aLength === 0 || bLength === 0) return Math.max(aLength, bLength);
  if (bandRow.length < bLength + 1) bandRow = new Int32Array(Math.max(bLength + 1, bandRow.length * 2));
  const row = bandRow;
  for (let j = 0; j <= bLength; j += 1) row[j] = j <= maxEdits ? j : over;
  for (let i = 1; i <= aLength; i += 1) {
    const low = i - maxEdits > 1 ? i - maxEdits : 1;
    const high = i + maxEdits < bLength ? i + maxEdits : bLength;
    // The cell left of the band is outside it (infinite) unless it is column 0.
    let diagonal = row[low - 1]!;
    let left = low === 1 ? i : over;
    row[low - 1] = left;
    let rowMin = left;
    const char = a[i - 1];
    for (let j = low; j <= high; j += 1) {
      const up = row[j]!;
      let value = diagonal + (char === b[j - 1] ? 0 : 1);
      if (up + 1 < value) value = up + 1;
      if (left + 1 < value) value = left + 1;
      diagonal = up;
      row[j] = value;
      left = value;
      if (value < rowMin) rowMin = value;
    }
    if (high < bLength) row[high + 1] = over;
    if (rowMin > maxEdits) return over;
  }
  const distance = row[bLength]!;
  return distance <= maxEdits ? distance : over;
}
