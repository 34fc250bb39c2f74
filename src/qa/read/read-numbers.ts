/**
 * Reads the quantities of a text: digits in the text's own convention, with scale words
 * (`2,5 juta`, `1.5 billion`, `Rp1.5bn`), percent (`50 persen`, `50%`) and currency before them
 * (`Rp 15.000`, `IDR`, `US$`; the currency is not compared), then numbers written as words.
 * Runs after the date reader, on what it left unclaimed (see CONTEXT.md, "numbers and dates").
 */
import { ORDINAL_WORDS, numberWordRun, parseNumberWords } from './number-words.js';
import { SCALE_WORDS, readDigits, valueKey, type ReadDigits } from './number-format.js';
import { perLang, WORD_END, WORD_START, type Claims, type KnownLang } from './text.js';

export interface NumberItem {
  /** The quantity under the text's own convention, e.g. `1500000000` or `50%`; more than one when
   *  the text allows several readings ("8.2m": 8.2 million or 8.2 metres). */
  readonly keys: readonly string[];
  /** The same digits read under the other language's convention, when that differs (`1.500` → 1500 vs 1.5). */
  readonly otherKey: string | null;
  /** As written, from the first digit or word to the end of the scale or percent word. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Soft: a word worth less than ten ("dua", "one") or an ordinal word; it may match, it is never reported. */
  readonly soft: boolean;
  readonly value: number;
  readonly percent: boolean;
  /** Digits as read (null for words), the scale word's factor: what `expected` is written from. */
  readonly digits: ReadDigits | null;
  readonly scale: number;
}

const OTHER: Readonly<Record<KnownLang, KnownLang>> = { id: 'en', en: 'id' };
const CURRENCY = String.raw`(?:Rp\.?|IDR|USD|SGD|EUR|US\$|S\$|A\$|HK\$|\$|€|£|¥)`;
const DIGITS = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}_.,])(${CURRENCY}[ \u00a0]?)?(\d+(?:[.,]\d+)*)`, 'gu');
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?![\p{L}])/u;
/** "the 90s", "the '80s": a decade, read as its number (years such as 1990s are the date reader's). */
const DECADE_SUFFIX = /^['’]?s(?![\p{L}])/u;
const PERCENT = /^[ \u00a0]?(?:%|(?:persen|prosen|percent|per cent|pct)(?![\p{L}]))/iu;

function scalePattern(lang: KnownLang): RegExp {
  const words = Object.keys(SCALE_WORDS[lang]).filter((w) => w !== 'k').sort((a, b) => b.length - a.length);
  // English "5k", "8.2m" are written attached; Indonesian has no such abbreviations.
  const attached = lang === 'en' ? '|(k|m)' : '';
  return new RegExp(String.raw`^(?:[ \u00a0]?(${words.join('|')})${attached})(?![\p{L}])`, 'iu');
}
const SCALES: Readonly<Record<KnownLang, RegExp>> = { id: scalePattern('id'), en: scalePattern('en') };
const WORD_RUNS = perLang((lang) => new RegExp(`${WORD_START}${numberWordRun(lang)}`, 'giu'));
const ORDINALS = perLang((lang) => new RegExp(`${WORD_START}(?:${Object.keys(ORDINAL_WORDS[lang]).join('|')})${WORD_END}`, 'giu'));
/** Indonesian "Rp 5 M", "Rp 2,5 T": capital letters after a currency only. */
const ID_CURRENCY_SCALE = /^[ \u00a0]?([MT])(?![\p{L}])/u;

export interface QuantityWords {
  /** The factor of the scale word (1 if none); a second one when it is ambiguous ("5m": million or metres). */
  readonly scales: readonly number[];
  readonly percent: boolean;
  /** Where the scale and percent words stop. */
  readonly end: number;
}

/** The scale and percent words right after `end`. */
export function readQuantityWords(text: string, end: number, lang: KnownLang, hasCurrency: boolean): QuantityWords {
  let rest = text.slice(end, end + 24);
  let scales = [1];
  let used = 0;
  const scaleMatch = SCALES[lang].exec(rest) ?? (lang === 'id' && hasCurrency ? ID_CURRENCY_SCALE.exec(rest) : null);
  if (scaleMatch !== null) {
    const word = scaleMatch[1] ?? scaleMatch[2] ?? '';
    scales = lang === 'id' && /^[MT]$/.test(word) ? [word === 'M' ? 1e9 : 1e12]
      : word.toLowerCase() === 'm' ? [1e6, 1]
        : [SCALE_WORDS[lang][word.toLowerCase()] ?? 1e3];
    used += scaleMatch[0].length;
    rest = rest.slice(scaleMatch[0].length);
  }
  const percentMatch = PERCENT.exec(rest);
  if (percentMatch !== null) used += percentMatch[0].length;
  return { scales, percent: percentMatch !== null, end: end + used };
}

export function readNumbers(claims: Claims, lang: KnownLang): NumberItem[] {
  const items: NumberItem[] = [];
  readDigitNumbers(claims, lang, items);
  readWordNumbers(claims, lang, items);
  readOrdinalWords(claims, lang, items);
  return items.sort((a, b) => a.start - b.start);
}

function readDigitNumbers(claims: Claims, lang: KnownLang, items: NumberItem[]): void {
  const { text } = claims;
  claims.scan(DIGITS, (match) => {
    const raw = match[2] ?? '';
    const start = match.index + (match[1]?.length ?? 0);
    let end = start + raw.length;
    if (lang === 'en') end += (ORDINAL_SUFFIX.exec(text.slice(end, end + 3)) ?? (raw.endsWith('0') ? DECADE_SUFFIX.exec(text.slice(end, end + 3)) : null))?.[0].length ?? 0;
    const words = readQuantityWords(text, end, lang, match[1] !== undefined);
    end = words.end;
    if (/^[\p{L}\p{N}]/u.test(text.slice(end, end + 1))) return false; // "5G", "3D", "20x"
    const own = readDigits(raw, lang);
    const other = readDigits(raw, OTHER[lang]);
    const [scale = 1] = words.scales;
    const keys = own === null
      ? [other === null ? `raw:${raw}` : `unreadable:${raw}`]
      : words.scales.map((factor) => valueKey(own.value * factor, words.percent));
    const otherKey = other === null ? null : valueKey(other.value * scale, words.percent);
    items.push({
      keys, otherKey: keys.includes(otherKey ?? '') ? null : otherKey, text: text.slice(start, end), start, end, soft: false,
      value: (own?.value ?? Number.NaN) * scale, percent: words.percent, digits: own, scale,
    });
    claims.claim(match.index, end);
    return true;
  });
}

function readWordNumbers(claims: Claims, lang: KnownLang, items: NumberItem[]): void {
  const { text } = claims;
  claims.scan(WORD_RUNS(lang), (match) => {
    const tokens = [...match[0].matchAll(/[\p{L}]+/gu)].filter((t) => t[0].toLowerCase() !== 'and');
    let index = 0;
    for (const number of parseNumberWords(tokens.map((t) => t[0]), lang)) {
      const first = tokens[index];
      const last = tokens[index + number.used - 1];
      index += number.used;
      if (first === undefined || last === undefined || Number.isNaN(number.value)) continue;
      const start = match.index + first.index;
      const wordsEnd = match.index + last.index + last[0].length;
      const words = readQuantityWords(text, wordsEnd, lang, false);
      const end = index === tokens.length ? words.end : wordsEnd;
      const percent = index === tokens.length && words.percent;
      const value = number.value * (index === tokens.length ? words.scales[0] ?? 1 : 1);
      items.push({
        keys: [valueKey(value, percent)], otherKey: null, text: text.slice(start, end), start, end,
        soft: value < 10, value, percent, digits: null, scale: 1,
      });
      if (end > match.index + match[0].length) claims.claim(match.index, end);
    }
    return true;
  });
}

function readOrdinalWords(claims: Claims, lang: KnownLang, items: NumberItem[]): void {
  const table = ORDINAL_WORDS[lang];
  claims.scan(ORDINALS(lang), (match) => {
    const value = table[match[0].toLowerCase()] ?? Number.NaN;
    items.push({
      keys: [valueKey(value, false)], otherKey: null, text: match[0], start: match.index, end: match.index + match[0].length,
      soft: true, value, percent: false, digits: null, scale: 1,
    });
    return true;
  });
}
