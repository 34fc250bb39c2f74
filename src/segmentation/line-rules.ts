/**
 * Whole-paragraph rules as data: news boilerplate, headings and datelines. Every pattern is
 * anchored at the start and only ever sees a short line or a bounded prefix.
 */
import type { SegmentKind } from '../core/types.js';

export interface BoilerplateRule {
  readonly label: string;
  readonly kind: SegmentKind;
  /** Tested on the whole (normalised) paragraph. */
  readonly pattern: RegExp;
}

/** Longer lines are never boilerplate; a "Baca Juga :" headline fits easily. */
export const MAX_BOILERPLATE_CHARS = 300;

/** A label word, optional spaces, then a colon or the end of the line ("Baca Juga :", "Share:"). */
const THEN_COLON_OR_END = String.raw`\s*(?::|$)`;

function lineStarting(words: string, then: string = THEN_COLON_OR_END): RegExp {
  return new RegExp(`^(?:${words})${then}`, 'iu');
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { label: 'boilerplate.related', kind: 'skip', pattern: lineStarting('(?:baca|simak|lihat) (?:juga|pula)') },
  { label: 'boilerplate.related', kind: 'skip', pattern: lineStarting('(?:artikel|berita) (?:terkait|lainnya)') },
  { label: 'boilerplate.share', kind: 'skip', pattern: lineStarting('(?:bagikan|share)(?: (?:artikel|berita) ini)?') },
  { label: 'boilerplate.navigation', kind: 'skip', pattern: lineStarting('scroll to top|back to top|kembali ke atas', '$') },
  { label: 'boilerplate.source', kind: 'skip', pattern: lineStarting(String.raw`\(?sumber`, String.raw`\s*:\s*\S`) },
  // an agency or editor tag closing a story: "(ant/sl)", "(Antara)", "(*)"
  { label: 'boilerplate.source', kind: 'skip', pattern: /^\([\p{L}\d*/ .,-]{1,40}\)$/u },
  {
    label: 'boilerplate.byline',
    kind: 'skip',
    pattern: lineStarting('penulis|editor|reporter|pewarta|redaktur|penyunting', String.raw`\s*:\s*\S`),
  },
  { label: 'boilerplate.photo', kind: 'skip', pattern: lineStarting(String.raw`\(?\s*foto`, String.raw`\s*:`) },
  { label: 'boilerplate.photo', kind: 'skip', pattern: lineStarting('keterangan foto', String.raw`\b`) },
];

/**
 * A heading (title or subheading) is a short line that does not read as a sentence: it starts
 * with no lower-case letter and ends in a letter or digit (closing quotes/brackets allowed),
 * so lines ending in "." "?" ":" or "," stay text.
 */
export const HEADING_RULE = {
  maxWords: 20,
  maxChars: 200,
  start: /^[^\p{Ll}]/u,
  /** What is left after dropping trailing `endClosers` must end with a letter or digit. */
  end: /[\p{L}\p{N}]$/u,
  endClosers: new Set(['”', '"', '’', "'", ')', ']']),
} as const;

/** Datelines are looked for only in this many leading characters of a sentence. */
export const DATELINE_WINDOW = 120;

const PLACE = String.raw`\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,3}`;
const DOMAIN = String.raw`[\p{L}\d]+(?:\.\p{L}+){1,2}`;
const AGENCY = String.raw`\p{Lu}{2,}(?: \p{Lu}\p{L}*){0,2}`;
const DASH = String.raw` [-–—]{1,2}(?=\s)`;

function dateline(body: string): RegExp {
  return new RegExp(`^${body}${DASH}`, 'u');
}

/** Tried in order; each must be followed by whitespace and the story. */
export const DATELINE_PATTERNS: readonly RegExp[] = [
  // "Beijing | EGINDO.co –"
  dateline(`${PLACE} \\| (?:${DOMAIN}|${AGENCY})`),
  // "JAKARTA, KOMPAS.com -"   "Jakarta, CNN Indonesia --"
  dateline(`${PLACE}, (?:${DOMAIN}|${AGENCY})`),
  // "Jakarta (ANTARA) -"
  dateline(`${PLACE} \\((?:${DOMAIN}|${AGENCY})\\)`),
  // "Liputan6.com, Jakarta -"
  dateline(`${DOMAIN}, ${PLACE}`),
  // "JAKARTA -"
  dateline(String.raw`\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}`),
];
