/**
 * CSV writer: UTF-8 with BOM, header `source,target,state,comment` (translate-toolkit
 * needs `source,target` first), CRLF line ends, one row per non-skipped segment.
 */
import { csvField } from './csv-guard.js';
import type { ExportDocument, ExportSegment, Exporter } from './types.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';
export const CSV_HEADER = ['source', 'target', 'state', 'comment'] as const;

export function writeCsv(doc: ExportDocument): string {
  const rows = [
    CSV_HEADER.join(','),
    ...doc.segments.filter((segment) => segment.kind !== 'skip').map(csvRow),
  ];
  return BOM + rows.map((row) => row + CRLF).join('');
}

function csvRow(segment: ExportSegment): string {
  // No comments are stored yet; the column is there so that readers can rely on it.
  return [segment.source, segment.target, segment.state, ''].map(csvField).join(',');
}

export const csvExporter: Exporter = {
  id: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  extension: 'csv',
  write: writeCsv,
};
