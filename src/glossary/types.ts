/** A project glossary entry: an Indonesian term, its agreed English rendering, and what not to write. */
export interface GlossaryTerm {
  readonly id: number;
  readonly source: string;
  readonly target: string;
  readonly note: string | null;
  /** A rendering translators must not use (e.g. "Mainland China" for Tiongkok). */
  readonly forbidden: string | null;
}

/** A term before it has an id: what validation, CSV and TBX readers produce. */
export type NewGlossaryTerm = Omit<GlossaryTerm, 'id'>;

/** Where a glossary term occurs in a source text (UTF-16 offsets, end exclusive). */
export interface TermHit {
  readonly termId: number;
  readonly start: number;
  readonly end: number;
  /** The text as found in the source, affixes included (`mengunjungi` for `kunjung`). */
  readonly text: string;
}
