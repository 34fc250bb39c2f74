/**
 * The translated article as plain text: targets glued back into paragraphs,
 * boilerplate left out, untranslated segments falling back to their source.
 */
import { groupParagraphs, targetOrSource } from './paragraphs.js';
import type { ExportDocument, ExportSegment, Exporter } from './types.js';

export function writeTargetText(doc: ExportDocument): string {
  const paragraphs = groupParagraphs(doc.segments)
    .map((paragraph) => paragraph.segments.filter((segment) => segment.kind !== 'skip'))
    .filter((segments) => segments.length > 0)
    .map(glueParagraph);
  return paragraphs.join('\n\n') + '\n';
}

/** Each segment's text followed by its glue, except after the paragraph's last segment. */
function glueParagraph(segments: readonly ExportSegment[]): string {
  const last = segments.length - 1;
  return segments
    .map((segment, index) => targetOrSource(segment) + (index < last ? segment.glueAfter : ''))
    .join('');
}

export const targetTextExporter: Exporter = {
  id: 'txt',
  mediaType: 'text/plain; charset=utf-8',
  extension: 'txt',
  write: writeTargetText,
};
