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

export type ExportFormatId = 'xliff12' | 'xliff21' | 'tmx' | 'csv' | 'html' | 'txt';

export interface Exporter {
  readonly id: ExportFormatId;
  /** e.g. 'application/xliff+xml' */
  readonly mediaType: string;
  /** e.g. 'xlf' (without dot) */
  readonly extension: string;
  write(doc: ExportDocument): string;
}
