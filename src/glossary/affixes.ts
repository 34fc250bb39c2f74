/**
 * Crude Indonesian affix stripping for term lookup: every base a word could be built from,
 * by the common prefixes (with nasal assimilation) and suffixes. It over-generates on purpose;
 * a base only matters when a glossary term equals it, and short terms never use this.
 * Not handled: irregular bel-/pel- (belajar), infixes, reduplication with affixes, se-, -ku/-mu.
 */

/** A base the word may be built from, and which kinds of affix were removed to reach it. */
export interface Stem {
  readonly form: string;
  readonly prefixed: boolean;
  /** -kan, -an or -i was removed. */
  readonly derived: boolean;
  /** -nya, -lah, -kah or -pun was removed. */
  readonly clitic: boolean;
}

/** Bases shorter than this are never produced: too many words would collide. */
const MIN_STEM = 3;

const PARTICLES = ['lah', 'kah', 'pun'];
const DERIVATIONAL = ['kan', 'an', 'i'];

/** `restore`: the first letter of the base that a nasal prefix swallows before a vowel (menulis ← tulis). */
interface PrefixRule {
  readonly prefix: string;
  readonly restore?: string;
  /** Keep the remainder as it is too (mengambil ← ambil besides mengirim ← kirim). */
  readonly plain: boolean;
}

const OUTER_PREFIXES: readonly PrefixRule[] = [
  { prefix: 'menge', plain: true },
  { prefix: 'meny', restore: 's', plain: false },
  { prefix: 'meng', restore: 'k', plain: true },
  { prefix: 'mem', restore: 'p', plain: true },
  { prefix: 'men', restore: 't', plain: true },
  { prefix: 'me', plain: true },
  { prefix: 'penge', plain: true },
  { prefix: 'peny', restore: 's', plain: false },
  { prefix: 'peng', restore: 'k', plain: true },
  { prefix: 'pem', restore: 'p', plain: true },
  { prefix: 'pen', restore: 't', plain: true },
  { prefix: 'per', plain: true },
  { prefix: 'pe', plain: true },
  { prefix: 'ber', plain: true },
  { prefix: 'be', plain: true },
  { prefix: 'ter', plain: true },
  { prefix: 'di', plain: true },
  { prefix: 'ke', plain: true },
];

/** A second prefix inside the first: memperkuat, diketahui, keberhasilan, terpercaya, kepemimpinan. */
const INNER_PREFIXES: readonly PrefixRule[] = [
  { prefix: 'per', plain: true },
  { prefix: 'ber', plain: true },
  { prefix: 'ke', plain: true },
  ...OUTER_PREFIXES.filter((rule) => rule.prefix.startsWith('pe') && rule.prefix !== 'per'),
];

const VOWEL = /^[aeiou]/;

/** The word itself (no flags) and every base it may be built from; `word` is lowercase. */
export function stemsOf(word: string): Stem[] {
  const stems: Stem[] = [];
  const seen = new Set<string>();
  const add = (form: string, prefixed: boolean, derived: boolean, clitic: boolean) => {
    const key = `${form}|${+prefixed}${+derived}${+clitic}`;
    if (seen.has(key)) return;
    seen.add(key);
    stems.push({ form, prefixed, derived, clitic });
  };
  for (const { form, derived, clitic } of suffixForms(word)) {
    add(form, false, derived, clitic);
    for (const base of prefixForms(form)) add(base, true, derived, clitic);
  }
  return stems;
}

/** Suffixes come in the order base + derivational + -nya + particle (dikunjunginyalah is rare but regular). */
function suffixForms(word: string): { form: string; derived: boolean; clitic: boolean }[] {
  const clitics = [{ form: word, clitic: false }];
  for (const particle of PARTICLES) {
    const cut = cutSuffix(word, particle);
    if (cut !== null) clitics.push({ form: cut, clitic: true });
  }
  for (const { form } of [...clitics]) {
    const cut = cutSuffix(form, 'nya');
    if (cut !== null) clitics.push({ form: cut, clitic: true });
  }
  const forms = clitics.map(({ form, clitic }) => ({ form, derived: false, clitic }));
  for (const { form, clitic } of clitics) {
    for (const suffix of DERIVATIONAL) {
      const cut = cutSuffix(form, suffix);
      if (cut !== null) forms.push({ form: cut, derived: true, clitic });
    }
  }
  return forms;
}

function prefixForms(word: string): string[] {
  const outer = applyPrefixes(word, OUTER_PREFIXES);
  return [...outer, ...outer.flatMap((base) => applyPrefixes(base, INNER_PREFIXES))];
}

function applyPrefixes(word: string, rules: readonly PrefixRule[]): string[] {
  const bases: string[] = [];
  for (const { prefix, restore, plain } of rules) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.length < MIN_STEM) continue;
    if (plain) bases.push(rest);
    if (restore !== undefined && VOWEL.test(rest)) bases.push(restore + rest);
  }
  return bases;
}

function cutSuffix(word: string, suffix: string): string | null {
  return word.length - suffix.length >= MIN_STEM && word.endsWith(suffix) ? word.slice(0, -suffix.length) : null;
}
