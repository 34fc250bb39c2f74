/**
 * Post-editing effort in words: how much a reviewer changed a translator's
 * text (or a translator changed a TM/MT suggestion). Tokens are runs of
 * non-space characters, so a changed comma counts as a changed word.
 */

/** One before/after pair, attributed to the person whose text was changed. */
export interface EditPair {
  readonly author: string;
  readonly before: string;
  readonly after: string;
}

export interface AuthorEditStats {
  readonly author: string;
  /** Pairs counted, unchanged ones included. */
  readonly segments: number;
  /** Sum of word edit distances. */
  readonly wordsChanged: number;
  /** Mean of `editRatio` over the segments, 0–1. */
  readonly averageRatio: number;
}

export function tokenize(text: string): string[] {
  return text.split(/\s+/u).filter((token) => token !== '');
}

/** Levenshtein distance over word tokens (insert, delete, substitute: 1 each), in O(min(n, m)) memory. */
export function wordEditDistance(a: string, b: string): number {
  return levenshtein(tokenize(a), tokenize(b));
}

/** Distance divided by the longer text's word count: 0 unchanged, 1 rewritten. Two empty texts give 0. */
export function editRatio(a: string, b: string): number {
  const left = tokenize(a);
  const right = tokenize(b);
  const longest = Math.max(left.length, right.length);
  return longest === 0 ? 0 : levenshtein(left, right) / longest;
}

/** Edit statistics per author, sorted by author for a stable table. */
export function summariseEdits(pairs: readonly EditPair[]): AuthorEditStats[] {
  const totals = new Map<string, { segments: number; wordsChanged: number; ratioSum: number }>();
  for (const { author, before, after } of pairs) {
    const left = tokenize(before);
    const right = tokenize(after);
    const distance = levenshtein(left, right);
    const longest = Math.max(left.length, right.length);
    const entry = totals.get(author) ?? { segments: 0, wordsChanged: 0, ratioSum: 0 };
    entry.segments += 1;
    entry.wordsChanged += distance;
    entry.ratioSum += longest === 0 ? 0 : distance / longest;
    totals.set(author, entry);
  }
  return [...totals]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([author, t]) => ({ author, segments: t.segments, wordsChanged: t.wordsChanged, averageRatio: t.ratioSum / t.segments }));
}

/** Classic two-row dynamic programme folded into one row over the shorter sequence. */
function levenshtein(a: readonly string[], b: readonly string[]): number {
  const [outer, inner] = a.length >= b.length ? [a, b] : [b, a];
  const row = Array.from({ length: inner.length + 1 }, (_, j) => j);
  for (let i = 1; i <= outer.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= inner.length; j++) {
      const above = row[j] ?? 0;
      const cost = outer[i - 1] === inner[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[inner.length] ?? 0;
}
