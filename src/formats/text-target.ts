/**
 * The translated article as plain text: targets glued back into paragraphs,
 * boilerplate left out, untranslated segments falling back to their source.
 * The paragraph building is shared with the Markdown and HTML target documents.
 */
import { groupParagraphs, targetOrSource } from './paragraphs.js';
import type { ExportDocument, ExportSegment, Exporter } from './types.js';

/** A paragraph of the target document: the title (a heading first in the article), a subheading, or text. */
export interface TargetParagraph {
  readonly role: 'title' | 'heading' | 'text';
  /** Its segments in order, boilerplate left out; never empty. */
  readonly segments: readonly ExportSegment[];
}

export function targetParagraphs(doc: ExportDocument): TargetParagraph[] {
  const paragraphs = groupParagraphs(doc.segments)
    .map((paragraph) => paragraph.segments.filter((segment) => segment.kind !== 'skip'))
    .filter((segments) => segments.length > 0);
  return paragraphs.map((segments, index) => {
    const heading = segments[0]?.kind === 'heading';
    return { role: heading ? (index === 0 ? 'title' : 'heading') : 'text', segments };
  });
}

/**
 * Each segment's text followed by its glue, except after the paragraph's last segment.
 * `render` turns a segment into output (its target, or source when untranslated, by default).
 */
export function glueParagraph(
  segments: readonly ExportSegment[],
  render: (segment: ExportSegment) => string = targetOrSource,
  renderGlue: (glue: string) => string = (glue) => glue,
): string {
  const last = segments.length - 1;
  return segments.map((segment, index) => render(segment) + (index < last ? renderGlue(segment.glueAfter) : '')).join('');
}

export function writeTargetText(doc: ExportDocument): string {
  return targetParagraphs(doc).map((paragraph) => glueParagraph(paragraph.segments)).join('\n\n') + '\n';
}

export const targetTextExporter: Exporter = {
  id: 'txt',
  mediaType: 'text/plain; charset=utf-8',
  extension: 'txt',
  bilingual: false,
  reads: [],
  write: writeTargetText,
};
