/**
 * Times of day as `time:<minutes after midnight>` atoms: Indonesian "pukul 14.30", "14.30 WIB",
 * "jam 8 malam", "08.00-16.00 WIT"; English "2:30 p.m.", "2.30pm", "14:30", "3 o'clock", "noon".
 * Where the half of the day is unknown ("jam 3", "2:30") both readings are keys.
 */
import { TIME_ZONES } from './calendar-names.js';
import { NOT_AFTER_NUMBER, NOT_BEFORE_NUMBER, push, type Out } from './temporal-atom.js';
import { perLang, WORD_END, WORD_START, type Claims, type KnownLang } from './text.js';

const RANGE_WORD = String.raw`(?:-|–|—|s\.?d\.?|s/d|sampai|hingga|to|until)`;
const MERIDIEM = String.raw`(a\.?[ \u00a0]?m\.?|p\.?[ \u00a0]?m\.?)(?![\p{L}])`;
/** A time is a clock time (not a decimal) when a zone follows it, directly or after a range. */
const ZONE_AFTER = new RegExp(String.raw`^(?:[ \u00a0]?${RANGE_WORD}[ \u00a0]?\d{1,2}[.:]\d{2})?[ \u00a0]?(?:${TIME_ZONES.join('|')})(?![\p{L}])`, 'u');
const ID_DAYPART = /^[ \u00a0]+(pagi|siang|sore|petang|malam)(?![\p{L}])/iu;

const patterns = perLang((lang: KnownLang) => ({
  meridiem: new RegExp(String.raw`${NOT_AFTER_NUMBER}(\d{1,2})(?:[:.](\d{2}))?[ \u00a0]?(?:${MERIDIEM}[ \u00a0]?)?(?:(?:-|–|—|to|until)[ \u00a0]?(\d{1,2})(?:[:.](\d{2}))?[ \u00a0]?)?${MERIDIEM}`, 'giu'),
  oclock: new RegExp(String.raw`${NOT_AFTER_NUMBER}(\d{1,2})[ \u00a0]?o['’]clock${WORD_END}`, 'giu'),
  noon: new RegExp(String.raw`${WORD_START}(?:12[ \u00a0])?(noon|midnight)${WORD_END}`, 'giu'),
  clock: new RegExp(String.raw`${NOT_AFTER_NUMBER}${lang === 'id' ? String.raw`(?:(pukul|jam|pkl\.?)[ \u00a0]?)?` : '()'}(\d{1,2})([.:])(\d{2})(?:[ \u00a0]?${RANGE_WORD}[ \u00a0]?(\d{1,2})[.:](\d{2}))?${NOT_BEFORE_NUMBER}`, 'dgiu'),
  hourOnly: new RegExp(String.raw`${WORD_START}(?:pukul|jam|pkl\.?)[ \u00a0]?(\d{1,2})${NOT_BEFORE_NUMBER}(?:[ \u00a0]+(pagi|siang|sore|petang|malam)${WORD_END})?`, 'giu'),
}));

export function readTimes(claims: Claims, lang: KnownLang, out: Out): void {
  if (lang === 'en') readEnglishTimes(claims, out);
  readClockTimes(claims, lang, out);
  if (lang === 'id') readIndonesianHours(claims, out);
}

function minutes(hour: number, minute: number): number {
  return (hour % 24) * 60 + minute;
}

/** Keys of a time without am/pm or a part of the day: both halves of the day when it could be either. */
function clockKeys(hour: number, minute: number, twelveHour: boolean): string[] {
  const keys = [`time:${minutes(hour, minute)}`];
  if (twelveHour && hour >= 1 && hour <= 11) keys.push(`time:${minutes(hour + 12, minute)}`);
  return keys;
}

/** "jam 3 sore" is 15:00, "pukul 8 malam" 20:00, "pukul 1 siang" 13:00. */
function withDaypart(hour: number, daypart: string): number {
  switch (daypart.toLowerCase()) {
    case 'siang': return hour < 11 ? hour + 12 : hour;
    case 'sore': case 'petang': return hour < 12 ? hour + 12 : hour;
    case 'malam': return hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour;
    default: return hour === 12 ? 0 : hour;
  }
}

function withMeridiem(hour: number, meridiem: string): number {
  return meridiem.toLowerCase().startsWith('p') ? (hour % 12) + 12 : hour % 12;
}

function readEnglishTimes(claims: Claims, out: Out): void {
  const { text } = claims;
  const p = patterns('en');
  claims.scan(p.meridiem, (m) => {
    const hours = [m[1], m[4]].filter((h): h is string => h !== undefined).map(Number);
    const mins = [m[2], m[5]];
    if (hours.some((h) => h < 1 || h > 12) || mins.some((x) => x !== undefined && Number(x) > 59)) return false;
    hours.forEach((hour, i) => {
      const mark = (i === 0 ? m[3] : undefined) ?? m[6] ?? '';
      push(out, 'time', [`time:${minutes(withMeridiem(hour, mark), Number(mins[i] ?? 0))}`], text, m.index, m.index + m[0].length);
    });
    return true;
  });
  claims.scan(p.oclock, (m) => {
    const hour = Number(m[1]);
    if (hour < 1 || hour > 12) return false;
    push(out, 'time', clockKeys(hour, 0, true), text, m.index, m.index + m[0].length);
    return true;
  });
  claims.scan(p.noon, (m) => {
    push(out, 'time', [`time:${(m[1] ?? '').toLowerCase() === 'noon' ? 720 : 0}`], text, m.index, m.index + m[0].length, true);
    return true;
  });
}

/** "14.30" is a time only after "pukul"/"jam", before a zone, or with a colon; else it is a number. */
function readClockTimes(claims: Claims, lang: KnownLang, out: Out): void {
  const { text } = claims;
  claims.scan(patterns(lang).clock, (m) => {
    const end = m.index + m[0].length;
    const inContext = (m[1] ?? '') !== '' || m[3] === ':' || ZONE_AFTER.test(text.slice(end, end + 32));
    const pairs = [[m[2], m[4]], [m[5], m[6]]].filter(([h]) => h !== undefined).map(([h, x]) => [Number(h), Number(x)] as const);
    if (!inContext || !pairs.every(([h, x]) => h <= 24 && x <= 59)) return false;
    const daypart = lang === 'id' ? ID_DAYPART.exec(text.slice(end, end + 12))?.[1] : undefined;
    const firstEnd = pairs.length > 1 ? (m.indices?.[4]?.[1] ?? end) : end;
    const secondStart = m.indices?.[5]?.[0] ?? end;
    pairs.forEach(([hour, minute], i) => {
      const keys = daypart !== undefined
        ? [`time:${minutes(withDaypart(hour, daypart), minute)}`]
        : clockKeys(hour, minute, lang === 'en' && m[3] === ':');
      push(out, 'time', keys, text, i === 0 ? m.index : secondStart, i === 0 ? firstEnd : end);
    });
    return true;
  });
}

function readIndonesianHours(claims: Claims, out: Out): void {
  const { text } = claims;
  claims.scan(patterns('id').hourOnly, (m) => {
    const hour = Number(m[1]);
    if (hour > 24) return false;
    const keys = m[2] === undefined ? clockKeys(hour, 0, true) : [`time:${minutes(withDaypart(hour, m[2]), 0)}`];
    push(out, 'time', keys, text, m.index, m.index + m[0].length);
    return true;
  });
}
