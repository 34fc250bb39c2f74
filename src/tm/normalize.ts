// What "the same source" means for the translation memory. A 100 % match may differ from the
// query only in case, whitespace and invisible characters; punctuation is kept, so a changed
// comma or a missing full stop costs points like any other character.

/** Characters that render as nothing; they are dropped so pasted text matches typed text. */
const INVISIBLE = /[\u00ad\u200b\u2060]/gu;
const WHITESPACE_RUN = /\s+/gu;

/**
 * The normalised source: lower case, NFC, runs of whitespace (NBSP, tabs, line breaks too)
 * as one space, trimmed, soft hyphens and zero-width spaces removed.
 * Lower-casing comes before NFC so canonically equivalent inputs end in one form.
 */
export function normalizeSource(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** The code points of `text` in `out` (grown when too small); returns the buffer and the count. */
export function toCodePoints(text: string, out?: Int32Array): { points: Int32Array; length: number } {
  let points = out !== undefined && out.length >= text.length ? out : new Int32Array(Math.max(16, text.length));
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        points[length] = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        length += 1;
        i += 1;
        continue;
      }
    }
    points[length] = unit;
    length += 1;
  }
  if (points.length === 0) points = new Int32Array(16);
  return { points, length };
}
