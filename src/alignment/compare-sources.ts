/** How two sources compare: identical after whitespace normalisation, or similar word by word. */

/** Words as translators count them (as in core/words.ts): "1.500.000" and "anak-anak" are one word each. */
const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;

/** Trimmed, whitespace runs collapsed to one space: the form in which sources count as the same. */
export function normaliseSource(source: string): string {
  return source.trim().replace(/\s+/gu, ' ');
}

/** Lower-cased words without punctuation, so "Jakarta," and "jakarta" are the same word. */
export function sourceWords(source: string): string[] {
  return source.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/**
 * Word edit distance (insert, delete, substitute one word). Stops early and returns `limit + 1`
 * once the distance must exceed `limit`, which keeps hopeless comparisons cheap.
 */
export function wordDistance<T>(a: readonly T[], b: readonly T[], limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/**
 * 1 − word edit distance / longer word count, in 0..1. Exact when at least `floor`; below it the
 * work may stop early and 0 is returned. Two wordless sources (punctuation only) count as equal.
 */
export function wordSimilarity<T>(a: readonly T[], b: readonly T[], floor = 0): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  // 1e-9 absorbs float error so a similarity exactly at the floor is not cut off.
  const limit = Math.floor((1 - floor) * longest + 1e-9);
  const distance = wordDistance(a, b, limit);
  return distance > limit ? 0 : 1 - distance / longest;
}

/** Word-level similarity of two sources, 0..1: case-insensitive and blind to punctuation. */
export function sourceSimilarity(a: string, b: string): number {
  return wordSimilarity(sourceWords(a), sourceWords(b));
}

/** A source's words as small integers (one id per distinct word), and the same ids sorted. */
export interface WordProfile {
  readonly words: readonly number[];
  readonly sorted: readonly number[];
}

/** Profiles of sources; the dictionary gives each distinct word its id and is shared by both sides. */
export function wordProfiles(sources: readonly string[], dictionary: Map<string, number>): WordProfile[] {
  return sources.map((source) =>
    toProfile(
      sourceWords(source).map((word) => {
        let id = dictionary.get(word);
        if (id === undefined) {
          id = dictionary.size;
          dictionary.set(word, id);
        }
        return id;
      }),
    ),
  );
}

export function toProfile(words: readonly number[]): WordProfile {
  return { words, sorted: [...words].sort((x, y) => x - y) };
}

/** Like `wordSimilarity`, but first rules out pairs that share too few words to reach the floor. */
export function profileSimilarity(a: WordProfile, b: WordProfile, floor = 0): number {
  const longest = Math.max(a.words.length, b.words.length);
  const bar = floor * longest - 1e-9;
  // Every word not shared costs at least one edit, so shared / longest bounds the similarity.
  if (Math.min(a.words.length, b.words.length) < bar || sharedWords(a.sorted, b.sorted) < bar) return 0;
  return wordSimilarity(a.words, b.words, floor);
}

/** How many words two sorted id lists have in common, counting repeats. */
function sharedWords(a: readonly number[], b: readonly number[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) shared++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return shared;
}
