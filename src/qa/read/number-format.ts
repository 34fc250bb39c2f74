/**
 * Digits as written in Indonesian (`1.500.000,50`: dot groups, comma decimal) and English
 * (`1,500,000.50`). Values are compared as keys, not floats, so 1.1 × 10⁶ equals 1,100,000.
 */
import type { KnownLang } from './text.js';

/** Digits read under one convention: the value, and the parts to re-write it in another. */
export interface ReadDigits {
  readonly value: number;
  readonly integer: string;
  readonly fraction: string;
  readonly grouped: boolean;
}

const SEPARATORS: Readonly<Record<KnownLang, { readonly group: string; readonly decimal: string }>> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** A scale word: what it multiplies by, and how each language writes it in `expected`. */
export const SCALE_WORDS: Readonly<Record<KnownLang, Readonly<Record<string, number>>>> = {
  id: { ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, trilyun: 1e12 },
  en: { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12 },
};
const SCALE_NAMES: Readonly<Record<KnownLang, readonly (readonly [number, string])[]>> = {
  id: [[1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta'], [1e3, 'ribu']],
  en: [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']],
};
const PERCENT: Readonly<Record<KnownLang, string>> = { id: ' persen', en: '%' };

/** The same key for the same quantity, whatever float noise the multiplication left. */
export function valueKey(value: number, percent: boolean): string {
  return `${Number(value.toPrecision(12))}${percent ? '%' : ''}`;
}

/** Reads `raw` (digits with `.`/`,` inside) under a language's convention; null if it does not fit. */
export function readDigits(raw: string, lang: KnownLang): ReadDigits | null {
  const { group, decimal } = SEPARATORS[lang];
  const parts = raw.split(decimal);
  if (parts.length > 2) return null;
  const [whole = '', fraction = ''] = parts;
  const groups = whole.split(group);
  const grouped = groups.length > 1;
  if (grouped && !/^\d{1,3}$/.test(groups[0] ?? '')) return readLenientDecimal(raw, lang, fraction);
  if (grouped && groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return readLenientDecimal(raw, lang, fraction);
  const integer = groups.join('');
  if (!/^\d+$/.test(integer) || (parts.length === 2 && !/^\d+$/.test(fraction))) return null;
  return { value: Number(`${integer}.${fraction || '0'}`), integer, fraction, grouped };
}

/**
 * Indonesian writers often use an English-style decimal point ("2.5 persen"); a single dot that
 * cannot be a thousands separator is read as a decimal point there. English gets no such leniency.
 */
function readLenientDecimal(raw: string, lang: KnownLang, fraction: string): ReadDigits | null {
  if (lang !== 'id' || fraction !== '') return null;
  const match = /^(\d+)\.(\d+)$/.exec(raw);
  if (match === null) return null;
  const [, integer = '', decimals = ''] = match;
  return { value: Number(`${integer}.${decimals}`), integer, fraction: decimals, grouped: false };
}

/** Re-writes digits read in one language the way the other writes them ("2,5" → "2.5"). */
export function writeDigits(digits: ReadDigits, lang: KnownLang): string {
  const { group, decimal } = SEPARATORS[lang];
  const integer = digits.grouped || digits.integer.length >= 5
    ? digits.integer.replace(/\B(?=(\d{3})+(?!\d))/g, group)
    : digits.integer;
  return digits.fraction === '' ? integer : `${integer}${decimal}${digits.fraction}`;
}

export function writeScale(scale: number, lang: KnownLang): string {
  return SCALE_NAMES[lang].find(([size]) => size === scale)?.[1] ?? '';
}

export function writePercent(lang: KnownLang): string {
  return PERCENT[lang];
}

/** Writes a value that was spelled out ("dua juta", "seratus") as digits in `lang`. */
export function writeValue(value: number, percent: boolean, lang: KnownLang): string {
  const suffix = percent ? PERCENT[lang] : '';
  for (const [size, name] of SCALE_NAMES[lang]) {
    if (size >= 1e6 && value >= size && Number.isInteger((value / size) * 1000)) {
      return `${plain(value / size, lang)} ${name}${suffix}`;
    }
  }
  return `${plain(value, lang)}${suffix}`;
}

function plain(value: number, lang: KnownLang): string {
  const [integer = '0', fraction = ''] = String(Number(value.toPrecision(12))).split('.');
  return writeDigits({ value, integer, fraction, grouped: integer.length >= 5 }, lang);
}
