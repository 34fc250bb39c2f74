/** An atom of a date or time, as the date reader and the time reader produce it. */

export type TemporalKind = 'date' | 'month' | 'year' | 'weekday' | 'time' | 'zone';

export interface TemporalAtom {
  readonly kind: TemporalKind;
  /** Comparable keys; more than one when the text allows several readings. */
  readonly keys: readonly string[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Soft atoms ("noon") may match but are never reported. */
  readonly soft: boolean;
}

export type Out = TemporalAtom[];

/** Regex source: no number (or number punctuation) right before / after. */
export const NOT_AFTER_NUMBER = String.raw`(?<![\p{L}\p{N}_.,:])`;
export const NOT_BEFORE_NUMBER = String.raw`(?![\p{N}]|[.,:]\p{N})`;

export function push(out: Out, kind: TemporalKind, keys: readonly string[], text: string, start: number, end: number, soft = false): void {
  out.push({ kind, keys, text: text.slice(start, end), start, end, soft });
}
