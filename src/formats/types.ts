/** Shapes shared by every exporter. Exporters are pure: a document in, a string out. */
import type { SegmentKind, SegmentState, UiLocale } from '../core/types.js';

export interface ExportSegment {
  id: number;
  position: number;
  paragraph: number;
  kind: SegmentKind;
  label: string | null;
  source: string;
  target: string;
  state: SegmentState;
  version: number;
  glueAfter: string;
  /** ISO time of the current target's revision, or null. */
  updatedAt: string | null;
  // The history below is read only for exporters whose `reads` name it: otherwise the
  // authors are left out, `comments` is empty and `rejection` and `revised` are null.
  /** Who wrote the first and the current revision of the target (TMX creationid / changeid), or null. */
  createdBy?: string | null;
  createdAt?: string | null;
  updatedBy?: string | null;
  /** The segment's comment thread, oldest first. */
  comments: readonly ExportComment[];
  /** Why a reviewer rejected the current target, while the segment is rejected. */
  rejection: ExportRejection | null;
  /**
   * A reviewer's change since the translator confirmed (for DOCX tracked changes):
   * `confirmed` is the text the translator confirmed, the current target is the reviewer's.
   */
  revised: ExportRevised | null;
}

/**
 * The parts of a segment's history a writer reads: `authors` (createdBy, createdAt, updatedBy),
 * `comments`, `rejection`, `revised`. An export looks up only what its writer names, since on a
 * large document these lookups are most of the export's time.
 */
export type ExportHistory = 'authors' | 'comments' | 'rejection' | 'revised';

export interface ExportComment {
  readonly author: string;
  readonly body: string;
  /** ISO time. */
  readonly createdAt: string;
}

export interface ExportRejection {
  readonly author: string;
  readonly category: string | null;
  readonly severity: string | null;
  readonly comment: string | null;
  readonly createdAt: string;
}

export interface ExportRevised {
  readonly confirmed: string;
  readonly confirmedBy: string | null;
  /** Author and ISO time of the current target. */
  readonly revisedBy: string;
  readonly revisedAt: string;
}

/** Localized strings for human-readable formats (HTML headings, state names). */
export interface ExportLabels {
  /** Language of these labels (the UI locale), used as the page's `lang`. */
  uiLocale: UiLocale;
  title: string;
  number: string;
  source: string;
  target: string;
  state: string;
  states: Record<SegmentState, string>;
  /** Header of the comments column (DOCX). */
  comments: string;
  skipped: string;
  generatedAt: string;
}

export interface ExportDocument {
  project: { id: number; name: string; sourceLang: string; targetLang: string };
  document: { id: number; title: string; originalName: string | null };
  /** In position order. */
  segments: readonly ExportSegment[];
  /** ISO time, passed in so that writers stay pure. */
  exportedAt: string;
  labels: ExportLabels;
}

export type ExportFormatId = 'xliff12' | 'xliff21' | 'tmx' | 'docx' | 'docx-tracked' | 'csv' | 'html' | 'txt' | 'md' | 'target-html' | 'target-docx';

export interface Exporter {
  readonly id: ExportFormatId;
  /** e.g. 'application/xliff+xml' */
  readonly mediaType: string;
  /** e.g. 'xlf' (without dot) */
  readonly extension: string;
  /** Source and target (named `…id-en.xlf`), or the English article alone (`…en.txt`). */
  readonly bilingual: boolean;
  /** Tells apart two exports with one extension and kind (`…id-en.tracked.docx`). */
  readonly variant?: string;
  /** What `write` reads of the segments' history (exporters.test.ts checks that it reads nothing else). */
  readonly reads: readonly ExportHistory[];
  /**
   * 'finished' when `write` writes only translated and approved segments (TMX), so that the others
   * need not be read; all segments otherwise (exporters.test.ts checks both).
   */
  readonly segments?: 'finished';
  /** A string is written as UTF-8; binary formats (DOCX) return bytes. */
  write(doc: ExportDocument): string | Uint8Array;
}

/** Formats Jembatan reads translations back from (onto a document, or into a new one). */
export type BilingualFormatId = 'xliff12' | 'xliff21' | 'docx' | 'csv';

/**
 * One translation unit read from a bilingual file. Readers only parse and
 * check the file's own consistency; matching units to segments is the use case's.
 */
export interface BilingualUnit {
  /** Jembatan's segment id when the file carries one (XLIFF unit id `s123`, a DOCX bookmark, a CSV `id` column), else null. */
  readonly segmentId: number | null;
  /** Where the unit is, for messages: `s123`, `row 5`, `line 40`. */
  readonly ref: string;
  /**
   * The segment's version when the file was exported (our files carry it), else null. An import
   * compares it with the segment's current version, so that an old file cannot undo newer work.
   */
  readonly version?: number | null;
  readonly source: string;
  /** null when the file has no target for the unit (not the same as an empty target). */
  readonly target: string | null;
  /** The state the file gives, mapped to ours; null when it says nothing. */
  readonly state: SegmentState | null;
  /** Comment texts (notes that are neither labels nor rejection reasons), oldest first. */
  readonly comments: readonly string[];
  /** Counts from 0 in file order; units of one paragraph (XLIFF group/unit) share it. */
  readonly paragraph: number;
  readonly kind: SegmentKind;
  readonly label: string | null;
  /** Whitespace after the unit inside its paragraph (XLIFF 2 `<ignorable>`); '' for the last. */
  readonly glueAfter: string;
}

export interface BilingualFile {
  readonly format: BilingualFormatId;
  /** Language codes as the file states them, or null when it does not. */
  readonly sourceLang: string | null;
  readonly targetLang: string | null;
  /** The file's `original` or title, when it has one. */
  readonly original: string | null;
  readonly units: readonly BilingualUnit[];
}

/** One translation unit of a TMX file, source and target in the file's language pair. */
export interface TmxUnit {
  readonly source: string;
  readonly target: string;
  readonly creationId: string | null;
  readonly creationDate: string | null;
  readonly changeId: string | null;
  readonly changeDate: string | null;
  /** `<prop type="...">` values, e.g. `x-jembatan-project`. */
  readonly props: Readonly<Record<string, string>>;
}
