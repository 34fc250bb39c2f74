/**
 * One reading of a text for the numbers and dates checks: dates and times first, then numbers
 * in what is left, so that "9/4/2024" or "14.30 WIB" is never also read as numbers.
 */
import { readNumbers, type NumberItem } from './read-numbers.js';
import { readTemporal, type TemporalAtom } from './read-temporal.js';
import { Claims, type KnownLang } from './text.js';

export interface Quantities {
  readonly temporal: readonly TemporalAtom[];
  readonly numbers: readonly NumberItem[];
}

export function readQuantities(text: string, lang: KnownLang): Quantities {
  const claims = new Claims(text);
  const temporal = readTemporal(claims, lang);
  const numbers = readNumbers(claims, lang);
  return { temporal, numbers };
}
