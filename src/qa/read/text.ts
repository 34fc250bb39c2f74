/** Small text helpers shared by the checks. */
import type { QaSpan } from '../types.js';

/** The conventions a check knows: Indonesian or English, by primary language subtag. */
export type KnownLang = 'id' | 'en';

export function knownLang(tag: string): KnownLang | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'id' || primary === 'in' ? 'id' : primary === 'en' ? 'en' : null;
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Regex source for "no letter, digit or underscore right before / after" (Unicode-aware `\b`). */
export const WORD_START = String.raw`(?<![\p{L}\p{M}\p{N}_])`;
export const WORD_END = String.raw`(?![\p{L}\p{M}\p{N}_])`;

/** Collapses whitespace and case so that trivially different texts compare equal. */
export function normaliseForCompare(text: string): string {
  // A save compares its segment with every segment sharing its source or target, save after save.
  if (text.length > NORMALISED_MAX_LENGTH) return normalise(text);
  let normalised = normalisedTexts.get(text);
  if (normalised === undefined) {
    normalised = normalise(text);
    if (normalisedTexts.size >= NORMALISED_KEPT) normalisedTexts.delete(normalisedTexts.keys().next().value as string);
    normalisedTexts.set(text, normalised);
  }
  return normalised;
}

const normalisedTexts = new Map<string, string>();
const NORMALISED_KEPT = 10_000;
const NORMALISED_MAX_LENGTH = 1_000;

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** A value built once per language on first use (the readers' compiled patterns). */
export function perLang<T>(build: (lang: KnownLang) => T): (lang: KnownLang) => T {
  const built = new Map<KnownLang, T>();
  return (lang) => {
    let value = built.get(lang);
    if (value === undefined) {
      value = build(lang);
      built.set(lang, value);
    }
    return value;
  };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function span(start: number, end: number): QaSpan {
  return { start, end };
}

/**
 * Marks which characters an earlier pass has already read, so that later passes (dates before
 * numbers, digits before number words) never read the same characters twice.
 */
export class Claims {
  private readonly taken: Uint8Array;

  constructor(readonly text: string) {
    this.taken = new Uint8Array(text.length);
  }

  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i += 1) if (this.taken[i] === 1) return false;
    return true;
  }

  claim(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }

  /**
   * Runs a global regex over the text; `accept` returns true when it used the match. Matches that
   * touch claimed text, or that `accept` declines, are retried one character further on.
   */
  scan(pattern: RegExp, accept: (match: RegExpExecArray) => boolean): void {
    const re = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    re.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = re.exec(this.text)) !== null) {
      const end = match.index + match[0].length;
      if (match[0].length > 0 && this.isFree(match.index, end) && accept(match)) {
        this.claim(match.index, end);
        re.lastIndex = end;
      } else {
        re.lastIndex = match.index + 1;
      }
    }
  }
}

/** How many characters at the end of `text` satisfy `test` (a loop: `/\s*$/` is quadratic on long gaps). */
export function trailingLength(text: string, test: (ch: string) => boolean): number {
  let i = text.length;
  while (i > 0 && test(text[i - 1] ?? '')) i -= 1;
  return text.length - i;
}

export function leadingLength(text: string, test: (ch: string) => boolean): number {
  let i = 0;
  while (i < text.length && test(text[i] ?? '')) i += 1;
  return i;
}

export const isWhitespace = (ch: string): boolean => /\s/u.test(ch);
