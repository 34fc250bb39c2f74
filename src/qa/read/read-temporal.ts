/**
 * Reads dates, times, years, weekday and month names and time zones as atoms, each with a
 * comparable key: `date:9-4` (day-month), `month:4`, `year:2024`, `weekday:2`, `time:870`
 * (minutes after midnight), `zone:WIB`. "Selasa (9/4/2024)" gives weekday:2, date:9-4, year:2024.
 * Ambiguous readings carry several keys ("4/9" in English: date:4-9 or date:9-4).
 */
import {
  AMBIGUOUS_EN_MONTHS, EN_MONTH_CUES, MINGGU_AS_WEEK_AFTER, MONTHS, MONTH_ABBREVIATIONS, TIME_ZONES, WEEKDAYS,
} from './calendar-names.js';
import { readQuantityWords } from './read-numbers.js';
import { readTimes } from './read-times.js';
import { NOT_AFTER_NUMBER, NOT_BEFORE_NUMBER, push, type Out, type TemporalAtom } from './temporal-atom.js';
import { perLang, WORD_END, WORD_START, type Claims, type KnownLang } from './text.js';

export type { TemporalAtom, TemporalKind } from './temporal-atom.js';

const names = (table: Readonly<Record<string, number>>): string =>
  Object.keys(table).sort((a, b) => b.length - a.length).map((n) => n.replace(/[’']/g, "['’]")).join('|');

const MONTH = (lang: KnownLang): string => `(?:${names(MONTHS[lang])}|(?:${names(MONTH_ABBREVIATIONS[lang])})(?![\\p{L}])\\.?)`;
const ORD = '(?:st|nd|rd|th)?';
const RANGE = String.raw`[ \u00a0]?[-–][ \u00a0]?`;
const YEAR = String.raw`((?:1[89]|20)\d{2})(?![\p{L}\p{N}])`;

/** Each language's patterns, compiled once. */
const patterns = perLang((lang: KnownLang) => ({
  iso: new RegExp(String.raw`${NOT_AFTER_NUMBER}(\d{4})-(\d{2})-(\d{2})${NOT_BEFORE_NUMBER}`, 'gu'),
  dmy: new RegExp(String.raw`${NOT_AFTER_NUMBER}(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})${NOT_BEFORE_NUMBER}|${NOT_AFTER_NUMBER}(\d{1,2})\.(\d{1,2})\.(\d{4})${NOT_BEFORE_NUMBER}`, 'gu'),
  dm: new RegExp(String.raw`(?:(?<=\([ \u00a0]?)|(?<=(?:tanggal|tgl\.?|on|${names(WEEKDAYS[lang])}),?[ \u00a0]))(\d{1,2})/(\d{1,2})(?![\p{N}/])`, 'giu'),
  dayFirst: new RegExp(String.raw`${NOT_AFTER_NUMBER}(\d{1,2})${ORD}(?:${RANGE}(\d{1,2})${ORD})?[ \u00a0](?:of[ \u00a0])?(${MONTH(lang)})(?:,?[ \u00a0]${YEAR})?`, 'giu'),
  monthFirst: new RegExp(String.raw`${WORD_START}(${MONTH(lang)})[ \u00a0](\d{1,2})${ORD}(?:${RANGE}(\d{1,2})${ORD})?${NOT_BEFORE_NUMBER}(?![\p{L}])(?:,?[ \u00a0]${YEAR})?`, 'giu'),
  monthOnly: new RegExp(String.raw`${WORD_START}(${names(MONTHS[lang])})${WORD_END}(?:,?[ \u00a0]${YEAR})?`, 'giu'),
  zone: new RegExp(`${WORD_START}(${TIME_ZONES.join('|')})${WORD_END}`, 'gu'),
  weekday: new RegExp(`${WORD_START}(${names(WEEKDAYS[lang])})(s)?${WORD_END}`, 'giu'),
  year: new RegExp(String.raw`(?<![\p{L}\p{N}_.,])((?:1[89]|20)\d{2})(?:'?s|-an)?(?![\p{L}\p{N}_]|[.,]\p{N})`, 'gu'),
}));

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

function monthNumber(word: string, lang: KnownLang): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[lang][key] ?? MONTH_ABBREVIATIONS[lang][key];
}

function twoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

const validDay = (d: number): boolean => d >= 1 && d <= 31;
const validMonth = (m: number): boolean => m >= 1 && m <= 12;

function pushYear(out: Out, text: string, match: RegExpExecArray, year: string | undefined, yearValue?: number): void {
  if (year === undefined) return;
  const start = match.index + match[0].lastIndexOf(year);
  push(out, 'year', [`year:${yearValue ?? Number(year)}`], text, start, start + year.length);
}

/** Both readings of an English numeric date: day-month and month-day. */
function dateKeys(first: number, second: number, lang: KnownLang): string[] {
  const keys = validDay(first) && validMonth(second) ? [`date:${first}-${second}`] : [];
  if (lang === 'en' && validMonth(first) && validDay(second) && first !== second) keys.push(`date:${second}-${first}`);
  return keys;
}

function readNumericDates(claims: Claims, lang: KnownLang, out: Out): void {
  const { text } = claims;
  claims.scan(patterns(lang).iso, (m) => {
    const [month, day] = [Number(m[2]), Number(m[3])];
    if (!validDay(day) || !validMonth(month)) return false;
    push(out, 'date', [`date:${day}-${month}`], text, m.index, m.index + m[0].length);
    pushYear(out, text, m, m[1]);
    return true;
  });
  claims.scan(patterns(lang).dmy, (m) => {
    const [first, second, year] = m[1] === undefined ? [m[5], m[6], m[7]] : [m[1], m[3], m[4]];
    const keys = dateKeys(Number(first), Number(second), lang);
    if (keys.length === 0 || year === undefined) return false;
    push(out, 'date', keys, text, m.index, m.index + m[0].length);
    pushYear(out, text, m, year, year.length === 2 ? twoDigitYear(Number(year)) : Number(year));
    return true;
  });
  // "Selasa (9/4)", "tanggal 9/4": a day/month without a year only where a date is expected.
  claims.scan(patterns(lang).dm, (m) => {
    const keys = dateKeys(Number(m[1]), Number(m[2]), lang);
    if (keys.length === 0) return false;
    push(out, 'date', keys, text, m.index, m.index + m[0].length);
    return true;
  });
}

function readWrittenDates(claims: Claims, lang: KnownLang, out: Out): void {
  const { text } = claims;
  const p = patterns(lang);
  // [pattern, month group, day group, range-end group, year group]: "April 9-10, 2024", "9-10 April 2024".
  const forms: readonly (readonly [RegExp, number, number, number, number])[] = lang === 'en'
    ? [[p.monthFirst, 1, 2, 3, 4], [p.dayFirst, 3, 1, 2, 4]]
    : [[p.dayFirst, 3, 1, 2, 4]];
  for (const [pattern, monthGroup, dayGroup, rangeGroup, yearGroup] of forms) {
    claims.scan(pattern, (m) => {
      const monthWord = m[monthGroup] ?? '';
      const monthValue = monthNumber(monthWord, lang);
      const days = [m[dayGroup], m[rangeGroup]].filter((d): d is string => d !== undefined).map(Number);
      if (!isCapitalised(monthWord) || monthValue === undefined || !days.every(validDay)) return false;
      for (const day of days) push(out, 'date', [`date:${day}-${monthValue}`], text, m.index, m.index + m[0].length);
      pushYear(out, text, m, m[yearGroup]);
      return true;
    });
  }
  claims.scan(patterns(lang).monthOnly, (m) => {
    const word = m[1] ?? '';
    if (!isCapitalised(word)) return false;
    if (lang === 'en' && AMBIGUOUS_EN_MONTHS.has(word.toLowerCase()) && m[2] === undefined && !followsMonthCue(text, m.index)) return false;
    const start = m.index;
    push(out, 'month', [`month:${monthNumber(word, lang) ?? 0}`], text, start, start + word.length);
    pushYear(out, text, m, m[2]);
    return true;
  });
}

/** "in May", "mid-March": the word before an ambiguous English month name. */
function followsMonthCue(text: string, start: number): boolean {
  const before = /([\p{L}]+)[ \u00a0-]*$/u.exec(text.slice(Math.max(0, start - 16), start));
  return before !== null && EN_MONTH_CUES.has((before[1] ?? '').toLowerCase());
}

function readNames(claims: Claims, lang: KnownLang, out: Out): void {
  const { text } = claims;
  claims.scan(patterns(lang).zone, (m) => {
    push(out, 'zone', [`zone:${m[1] ?? ''}`], text, m.index, m.index + m[0].length);
    return true;
  });
  claims.scan(patterns(lang).weekday, (m) => {
    const word = m[1] ?? '';
    const key = word.toLowerCase().replace(/[’]/g, "'");
    if (!isCapitalised(word)) return false;
    if (key === 'minggu' && MINGGU_AS_WEEK_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return false;
    push(out, 'weekday', [`weekday:${WEEKDAYS[lang][key] ?? -1}`], text, m.index, m.index + m[0].length);
    return true;
  });
}

const CURRENCY_BEFORE = /(?:Rp\.?|IDR|USD|US\$|\$|€|£|¥)[ \u00a0]?$/u;

/** A four-digit number from 1800 to 2099 that is not an amount ("Rp 2000", "2000 persen", "2.000"). */
function readYears(claims: Claims, lang: KnownLang, out: Out): void {
  const { text } = claims;
  claims.scan(patterns(lang).year, (m) => {
    const digits = m[1] ?? '';
    const after = m.index + digits.length;
    if (CURRENCY_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) return false;
    const words = readQuantityWords(text, after, lang, false);
    if (words.end !== after) return false;
    push(out, 'year', [`year:${digits}`], text, m.index, m.index + m[0].length);
    return true;
  });
}

/** All atoms of `text`, claiming what they read so that the number reader skips it. */
export function readTemporal(claims: Claims, lang: KnownLang): TemporalAtom[] {
  const out: Out = [];
  readNumericDates(claims, lang, out);
  readWrittenDates(claims, lang, out);
  readTimes(claims, lang, out);
  readNames(claims, lang, out);
  readYears(claims, lang, out);
  return softenRepeatedZones(out.sort((a, b) => a.start - b.start));
}

/** "10.00 WIB hingga 12.00 WIB" → "10 a.m. to noon WIB": a zone must be kept, not repeated. */
function softenRepeatedZones(atoms: readonly TemporalAtom[]): TemporalAtom[] {
  const seen = new Set<string>();
  return atoms.map((atom) => {
    if (atom.kind !== 'zone') return atom;
    const repeated = atom.keys.some((key) => seen.has(key));
    atom.keys.forEach((key) => seen.add(key));
    return repeated ? { ...atom, soft: true } : atom;
  });
}
