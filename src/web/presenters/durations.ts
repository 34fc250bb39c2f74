import type { UiLocale } from '../../core/types.js';

type Unit = 'hour' | 'minute' | 'second';

/** Made once per UI language: Intl formatters cost more to build than to use. */
const formatters = new Map<UiLocale, (ms: number) => string>();

/**
 * Editing time in the UI language with Intl's own short units: "1 hr 5 min", "1 j, 5 mnt",
 * "45 sec". Hours and minutes from an hour up, minutes and seconds below; "0 sec" for nothing.
 */
export function durationFormatter(locale: UiLocale): (ms: number) => string {
  let format = formatters.get(locale);
  if (!format) {
    const units = Object.fromEntries((['hour', 'minute', 'second'] as const).map((unit) => [unit,
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' })])) as Record<Unit, Intl.NumberFormat>;
    const list = new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' });
    format = (ms) => {
      const seconds = Math.round(Math.max(0, ms) / 1000);
      const [hours, minutes, rest] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
      const parts: [Unit, number][] = hours > 0 ? [['hour', hours], ['minute', minutes]] : minutes > 0 ? [['minute', minutes], ['second', rest]] : [['second', rest]];
      return list.format(parts.filter(([, value], index) => index === 0 || value > 0).map(([unit, value]) => units[unit].format(value)));
    };
    formatters.set(locale, format);
  }
  return format;
}
