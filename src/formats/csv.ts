/**
 * CSV writer: UTF-8 with BOM, header `source,target,state,comment,id,version` (translate-toolkit
 * needs `source,target` first; `id` is the segment, `s12`, so that edited targets find
 * their way back, and `version` the one exported, so that an old file cannot undo newer
 * work), CRLF line ends, one row per non-skipped segment.
 */
import { csvField } from './csv-guard.js';
import type { ExportDocument, ExportSegment, Exporter } from './types.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';
export const CSV_HEADER = ['source', 'target', 'state', 'comment', 'id', 'version'] as const;

export function writeCsv(doc: ExportDocument): string {
  const rows = [
    CSV_HEADER.join(','),
    ...doc.segments.filter((segment) => segment.kind !== 'skip').map(csvRow),
  ];
  return BOM + rows.map((row) => row + CRLF).join('');
}

/** Comments share one cell, separated by a blank line (the reader splits them there). */
function csvRow(segment: ExportSegment): string {
  const comments = segment.comments.map((comment) => comment.body).join('\n\n');
  return [segment.source, segment.target, segment.state, comments, `s${segment.id}`, String(segment.version)].map(csvField).join(',');
}

export const csvExporter: Exporter = {
  id: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  extension: 'csv',
  bilingual: true,
  reads: ['comments'],
  write: writeCsv,
};
