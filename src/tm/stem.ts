// A crude Indonesian stem key, so that re-affixed words still share an index feature:
// menyatakan, dinyatakan, pernyataannya → "ata"; menulis, ditulis, tulisan → "ulis".
// It only strips (prefixes, then suffixes) and never restores letters: instead the key drops
// the root's first consonant when a nasal prefix may have swallowed it (t/n, p/m, k/ng, s/ny).
// Keys are for finding candidates, never for scoring, so a wrong stem costs speed, not results.

const MIN_ROOT = 4;
const MIN_KEY = 3;

const PREFIXES = ['meny', 'meng', 'mem', 'men', 'me', 'peny', 'peng', 'pem', 'pen', 'per', 'pe', 'ber', 'be', 'ter', 'di', 'ke', 'se'];
/** A second prefix may follow the first: mem-per-kuat, di-per-kuat, ke-ber-hasil-an. */
const INNER_PREFIXES = ['per', 'ber', 'ter'];
/**
 * me- and pe- with a nasal (mem-, men-, meng-, meny-, pem-, …): before a vowel the nasal replaced
 * the root's first letter (me-n-ulis ← tulis), which then still counts as a root letter.
 */
const isNasalPrefix = (points: ArrayLike<number>, at: number) =>
  (points[at] === 0x6d || points[at] === 0x70) && points[at + 1] === 0x65 && (points[at + 2] === 0x6d || points[at + 2] === 0x6e);
const PARTICLES = ['lah', 'kah', 'pun'];
const POSSESSIVES = ['nya'];
const DERIVATIONAL = ['kan', 'an', 'i'];

const A = 0x61;
const Z = 0x7a;
const isVowel = (point: number | undefined) => point === 0x61 || point === 0x65 || point === 0x69 || point === 0x6f || point === 0x75;
/** Root-initial letters a nasal prefix replaces or merges with. */
const SWALLOWED = new Set([0x6b, 0x70, 0x74, 0x73, 0x6d, 0x6e].map(Number));

function startsWith(points: ArrayLike<number>, start: number, end: number, affix: string): boolean {
  if (end - start < affix.length) return false;
  for (let i = 0; i < affix.length; i += 1) if (points[start + i] !== affix.charCodeAt(i)) return false;
  return true;
}

function endsWith(points: ArrayLike<number>, start: number, end: number, affix: string): boolean {
  if (end - start < affix.length) return false;
  for (let i = 0; i < affix.length; i += 1) if (points[end - affix.length + i] !== affix.charCodeAt(i)) return false;
  return true;
}

/** Length of the first affix of `list` that leaves a root of MIN_ROOT letters, or 0. */
function prefixLength(points: ArrayLike<number>, start: number, end: number, list: readonly string[]): number {
  for (const affix of list) if (startsWith(points, start, end, affix) && end - start - affix.length >= MIN_ROOT) return affix.length;
  return 0;
}

/** Same for suffixes; `swallowed` letters (see isNasalPrefix) count towards the root. */
function suffixLength(points: ArrayLike<number>, start: number, end: number, swallowed: number, list: readonly string[]): number {
  for (const affix of list) if (endsWith(points, start, end, affix) && end - start - affix.length + swallowed >= MIN_ROOT) return affix.length;
  return 0;
}

function isPlainWord(points: ArrayLike<number>, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (points[i]! < A || points[i]! > Z) return false;
  return true;
}

/**
 * The stem key of the lower-case word `points[start..end)` as a range `[keyStart, keyEnd)`
 * packed into one number: keyStart · 65536 + keyEnd − start (offsets from `start`).
 * Words with digits or letters outside a–z, and words under four letters, are their own key.
 * The word must be shorter than 65,535 characters.
 */
export function stemKeyRange(points: ArrayLike<number>, start: number, end: number): number {
  const whole = end - start;
  if (whole < MIN_ROOT || !isPlainWord(points, start, end)) return whole;
  let from = start;
  let to = end;
  const outer = prefixLength(points, from, to, PREFIXES);
  const swallowed = outer >= 3 && isNasalPrefix(points, from) && isVowel(points[from + outer]) ? 1 : 0;
  from += outer;
  if (outer > 0) from += prefixLength(points, from, to, INNER_PREFIXES);
  to -= suffixLength(points, from, to, swallowed, PARTICLES);
  to -= suffixLength(points, from, to, swallowed, POSSESSIVES);
  to -= suffixLength(points, from, to, swallowed, DERIVATIONAL);
  const first = points[from];
  const second = points[from + 1];
  if ((first === 0x6e && (second === 0x79 || second === 0x67)) && isVowel(points[from + 2]) && to - from - 2 >= MIN_KEY) {
    from += 2; // ny-, ng-
  } else if (first !== undefined && SWALLOWED.has(first) && isVowel(second) && to - from - 1 >= MIN_KEY) {
    from += 1;
  }
  return (from - start) * 65536 + (to - start);
}

/** The stem key of one lower-case word, as a string (for tests and explanations). */
export function stemKey(word: string): string {
  const points = Array.from(word, (char) => char.codePointAt(0)!);
  const range = stemKeyRange(points, 0, points.length);
  return String.fromCodePoint(...points.slice(Math.floor(range / 65536), range % 65536));
}
