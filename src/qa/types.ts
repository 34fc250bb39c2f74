/**
 * Automatic quality checks on one segment's translation (DESIGN: "QA"). Pure: a check reads a
 * `QaContext` and returns `QaFinding`s; it never throws, never does I/O, and knows no state.
 */

export type QaSeverity = 'error' | 'warning';

/** UTF-16 offsets into the source or target, end exclusive. */
export interface QaSpan {
  readonly start: number;
  readonly end: number;
}

export interface QaFinding {
  /** The id of the check that reported it, e.g. `numbers`. */
  readonly check: string;
  /** `error` blocks approval; a reviewer may acknowledge a `warning`. */
  readonly severity: QaSeverity;
  /** i18n key in namespace `qa`, always `<check>.<what>`, e.g. `numbers.missing`. */
  readonly code: string;
  /** Interpolation values for the message, e.g. `{ value: '1,5 miliar', expected: '1.5 billion' }`. */
  readonly params: Readonly<Record<string, string | number>>;
  /** What to highlight in the target, when known. */
  readonly target?: QaSpan;
  /** What to highlight in the source, when known. */
  readonly source?: QaSpan;
}

/** A glossary hit in the source (found by the glossary module) with the term's agreed renderings. */
export interface QaTerm {
  readonly sourceTerm: string;
  readonly target: string;
  readonly forbidden?: string | null;
  readonly start: number;
  readonly end: number;
}

/** Another segment of the same document, for consistency. */
export interface QaOtherSegment {
  readonly id: number;
  readonly source: string;
  readonly target: string;
}

/** A spell checker for the target language (the composition root wraps nspell + a dictionary). */
export interface QaSpeller {
  correct(word: string): boolean;
  suggest?(word: string): string[];
}

export interface QaContext {
  readonly source: string;
  readonly target: string;
  /** Content languages (BCP 47), e.g. `id` and `en`; never the UI locale. */
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Glossary hits in the source; undefined = glossary check has nothing to do. */
  readonly terms?: readonly QaTerm[];
  /** The document's other segments; undefined = consistency check skipped. */
  readonly others?: readonly QaOtherSegment[];
  /** Undefined = spelling check skipped. */
  readonly spell?: QaSpeller;
}

/** A registered check: one file in `checks/`, one id, the severity of its worst finding. */
export interface QaCheck {
  readonly id: string;
  readonly severity: QaSeverity;
  /** Every `code` it may report: the keys the `qa` locale namespace must have. */
  readonly codes: readonly string[];
  run(ctx: QaContext): QaFinding[];
}
