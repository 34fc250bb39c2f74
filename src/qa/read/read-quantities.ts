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

/** Readings are pure and asked for twice per check run (numbers, dates) and again on every save of a segment. */
const recent = new Map<string, Quantities>();
const RECENT_LIMIT = 2_000;

export function readQuantities(text: string, lang: KnownLang): Quantities {
  const key = `${lang}\u0000${text}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  const claims = new Claims(text);
  const temporal = readTemporal(claims, lang);
  const numbers = readNumbers(claims, lang);
  const quantities: Quantities = { temporal, numbers };
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  recent.set(key, quantities);
  return quantities;
}
