/**
 * Numbers written as words: "dua puluh lima", "seratus ribu", "twenty-five", "a million".
 * A run of number words is parsed greedily; where the grammar breaks ("dua tiga") a new number
 * starts. Ordinals ("ketiga", "third") are listed too, so that "ke-3" may be rendered "third".
 */
import type { KnownLang } from './text.js';

export interface WordNumber {
  readonly value: number;
  /** How many tokens of the run it used. */
  readonly used: number;
}

/**
 * unit 1–9 waits for a multiplier; teen/tens/hundred are values (sepuluh, twenty, seratus);
 * ×ten/+ten/×hundred multiply the waiting unit (puluh, belas, ratus/hundred); scale multiplies
 * the group (juta, million); se-scale is a whole scale (seribu); article is "a" in "a million";
 * half starts "setengah juta" / "half a million".
 */
type Role = 'unit' | 'teen' | 'tens' | 'hundred' | '×ten' | '+ten' | '×hundred' | 'scale' | 'se-scale' | 'article' | 'half';
type Word = readonly [Role, number];

const ID_WORDS: Readonly<Record<string, Word>> = {
  satu: ['unit', 1], dua: ['unit', 2], tiga: ['unit', 3], empat: ['unit', 4], lima: ['unit', 5],
  enam: ['unit', 6], tujuh: ['unit', 7], delapan: ['unit', 8], sembilan: ['unit', 9],
  sepuluh: ['teen', 10], sebelas: ['teen', 11], seratus: ['hundred', 100],
  puluh: ['×ten', 10], belas: ['+ten', 10], ratus: ['×hundred', 100],
  ribu: ['scale', 1e3], juta: ['scale', 1e6], miliar: ['scale', 1e9], milyar: ['scale', 1e9], triliun: ['scale', 1e12],
  setengah: ['half', 0.5],
  seribu: ['se-scale', 1e3], sejuta: ['se-scale', 1e6], semiliar: ['se-scale', 1e9], setriliun: ['se-scale', 1e12],
};

const EN_WORDS: Readonly<Record<string, Word>> = Object.fromEntries<Word>([
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((w, i) => [w, ['unit', i + 1]] as const),
  ...['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
    .map((w, i) => [w, ['teen', i + 10]] as const),
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, ['tens', (i + 2) * 10]] as const),
  ['hundred', ['×hundred', 100]],
  ['thousand', ['scale', 1e3]], ['million', ['scale', 1e6]], ['billion', ['scale', 1e9]], ['trillion', ['scale', 1e12]],
  ['a', ['article', 1]], ['an', ['article', 1]], ['half', ['half', 0.5]],
]);

const TABLES: Readonly<Record<KnownLang, Readonly<Record<string, Word>>>> = { id: ID_WORDS, en: EN_WORDS };

export const ORDINAL_WORDS: Readonly<Record<KnownLang, Readonly<Record<string, number>>>> = {
  id: { pertama: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8, kesembilan: 9, kesepuluh: 10 },
  en: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 },
};

/** Regex source for a run of number words, joined by spaces (English also by hyphens and "and"). */
export function numberWordRun(lang: KnownLang): string {
  const names = Object.keys(TABLES[lang]).filter((w) => w !== 'a' && w !== 'an' && w !== 'half').sort((a, b) => b.length - a.length);
  const word = `(?:${names.join('|')})(?![\\p{L}\\p{N}])`;
  if (lang === 'id') return `${word}(?:\\s{1,3}${word})*`;
  const article = String.raw`(?:(?:half\s{1,3})?an?\s{1,3}(?=(?:hundred|thousand|million|billion|trillion)(?![\p{L}\p{N}])))?`;
  return `${article}${word}(?:(?:\\s{1,3}and\\s{1,3}|\\s{1,3}|-)${word})*`;
}

/** Parses the words of one matched run into consecutive numbers (a word that starts none is skipped). */
export function parseNumberWords(tokens: readonly string[], lang: KnownLang): WordNumber[] {
  const words = tokens.map((t) => TABLES[lang][t.toLowerCase()]);
  const numbers: WordNumber[] = [];
  let index = 0;
  while (index < words.length) {
    const parsed = parseOne(words, index);
    numbers.push(parsed ?? { value: Number.NaN, used: 1 });
    index += parsed?.used ?? 1;
  }
  return numbers;
}

const STAGE = { none: 0, hundreds: 1, tens: 2, units: 3 } as const;

/** One number from `words[from]` on, or null when that word cannot start one. */
function parseOne(words: readonly (Word | undefined)[], from: number): WordNumber | null {
  let total = 0;
  let group = 0;
  let pending = 0;
  let stage: number = STAGE.none;
  let lastScale = Number.POSITIVE_INFINITY;
  let factor = 1;
  let index = from;
  for (; index < words.length; index += 1) {
    const word = words[index];
    if (word === undefined) break;
    const [role, value] = word;
    if (role === 'half') {
      if (index !== from) break;
      // Indonesian "setengah" is the multiplier itself; English "half" takes "a" next.
      if (words[index + 1]?.[0] === 'article') factor = value;
      else pending = value;
    } else if (role === 'article') {
      if (index !== from && !(index === from + 1 && factor !== 1)) break;
      pending = 1;
    } else if (role === 'unit') {
      if (pending !== 0 || stage === STAGE.units) break;
      pending = value;
    } else if (role === 'teen' || role === 'tens' || role === 'hundred') {
      // A teen takes the tens place too: nothing of tens or below may come before it.
      const next = role === 'teen' ? STAGE.units : role === 'tens' ? STAGE.tens : STAGE.hundreds;
      if (pending !== 0 || stage >= Math.min(next, STAGE.tens)) break;
      group += value;
      stage = next;
    } else if (role === '×ten' || role === '+ten' || role === '×hundred') {
      const next = role === '×hundred' ? STAGE.hundreds : role === '×ten' ? STAGE.tens : STAGE.units;
      if (pending === 0 || stage >= Math.min(next, STAGE.tens)) break;
      group += role === '+ten' ? 10 + pending : pending * value;
      pending = 0;
      stage = next;
    } else {
      const multiplier = role === 'scale' ? group + pending : group + pending === 0 ? 1 : 0;
      if (multiplier === 0 || value >= lastScale) break;
      total += multiplier * value;
      group = 0;
      pending = 0;
      stage = STAGE.none;
      lastScale = value;
    }
  }
  const used = index - from;
  const last = words[index - 1]?.[0];
  if (used === 0 || last === 'article' || last === 'half') return null;
  return { value: (total + group + pending) * factor, used };
}
