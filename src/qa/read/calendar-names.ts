/** Weekday and month names as data: name → number (weekday 0 = Sunday, month 1 = January). */
import type { KnownLang } from './text.js';

export const WEEKDAYS: Readonly<Record<KnownLang, Readonly<Record<string, number>>>> = {
  id: { minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, 'jum’at': 5, sabtu: 6 },
  en: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
};

export const WEEKDAY_NAMES: Readonly<Record<KnownLang, readonly string[]>> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** Full month names (and spelling variants), read anywhere. */
export const MONTHS: Readonly<Record<KnownLang, Readonly<Record<string, number>>>> = {
  id: {
    januari: 1, februari: 2, pebruari: 2, maret: 3, april: 4, mei: 5, juni: 6, juli: 7,
    agustus: 8, augustus: 8, september: 9, oktober: 10, november: 11, nopember: 11, desember: 12,
  },
  en: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7,
    august: 8, september: 9, october: 10, november: 11, december: 12,
  },
};

/** Abbreviations, read only next to a day number ("9 Agu 2024", "Oct. 9"). */
export const MONTH_ABBREVIATIONS: Readonly<Record<KnownLang, Readonly<Record<string, number>>>> = {
  id: { jan: 1, feb: 2, peb: 2, mar: 3, apr: 4, jun: 6, jul: 7, agu: 8, agt: 8, ags: 8, sep: 9, sept: 9, okt: 10, nov: 11, nop: 11, des: 12 },
  en: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
};

export const MONTH_NAMES: Readonly<Record<KnownLang, readonly string[]>> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** English month names that are also ordinary words: a month only after one of these words. */
export const AMBIGUOUS_EN_MONTHS: ReadonlySet<string> = new Set(['may', 'march']);
export const EN_MONTH_CUES: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'last', 'next', 'this', 'early', 'late', 'mid', 'of',
  'from', 'to', 'through', 'between', 'and', 'during', 'before', 'after', 'end', 'since', 'throughout',
]);

/** Time zones kept verbatim in both languages. */
export const TIME_ZONES: readonly string[] = ['WIB', 'WITA', 'WIT', 'GMT', 'UTC'];

/** `Minggu` is also "week": not a weekday when followed by one of these. */
export const MINGGU_AS_WEEK_AFTER = /^\s+(?:lalu|depan|ini|kemarin|ke-|pertama|kedua|ketiga|keempat|terakhir|sebelumnya|berikutnya|silam|mendatang)/u;
