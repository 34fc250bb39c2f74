/** Writes what the translation should contain, in the target language's conventions (`expected`). */
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-names.js';
import { writeDigits, writePercent, writeScale, writeValue } from './number-format.js';
import type { NumberItem } from './read-numbers.js';
import type { KnownLang } from './text.js';

export function writeNumber(item: NumberItem, lang: KnownLang): string {
  if (item.digits !== null) {
    const scale = item.scale === 1 ? '' : ` ${writeScale(item.scale, lang)}`;
    return `${writeDigits(item.digits, lang)}${scale}${item.percent ? writePercent(lang) : ''}`;
  }
  return Number.isNaN(item.value) ? item.text : writeValue(item.value, item.percent, lang);
}

/** `date:9-4` → "April 9" / "9 April"; `time:870` → "2:30 p.m." / "14.30"; `weekday:2` → "Tuesday". */
export function writeTemporalKey(key: string, lang: KnownLang): string {
  const [kind = '', value = ''] = key.split(':');
  const month = (m: number): string => MONTH_NAMES[lang][m - 1] ?? '';
  switch (kind) {
    case 'date': {
      const [day = 0, m = 0] = value.split('-').map(Number);
      return lang === 'en' ? `${month(m)} ${day}` : `${day} ${month(m)}`;
    }
    case 'month': return month(Number(value));
    case 'weekday': return WEEKDAY_NAMES[lang][Number(value)] ?? value;
    case 'time': return writeTime(Number(value), lang);
    default: return value;
  }
}

function writeTime(minutes: number, lang: KnownLang): string {
  const hour = Math.floor(minutes / 60);
  const minute = String(minutes % 60).padStart(2, '0');
  if (lang === 'id') return `${String(hour).padStart(2, '0')}.${minute}`;
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelve}${minute === '00' ? '' : `:${minute}`} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}
