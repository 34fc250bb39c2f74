/**
 * CSV reader for translations coming back from a spreadsheet: RFC 4180 records,
 * a `,` `;` or tab delimiter (Excel in an Indonesian locale writes `;`), UTF-8 with
 * or without BOM. Columns by header name, case-insensitive: `source` and `target`
 * required; `state`, `comment` (or `comments`, `translator_comments`) and `id` optional.
 *
 * CSV units carry no paragraphs or kinds, so they can only be matched onto the segments
 * of an existing document; creating a document from a CSV file is not supported.
 * Rows are numbered as a spreadsheet shows them: the header is row 1, the first unit row 2
 * (a record with line breaks inside quotes still counts as one row).
 */
import { InvalidInputError } from '../core/errors.js';
import { SEGMENT_STATES, type SegmentState } from '../core/types.js';
import { unguardCsvFormula } from './csv-guard.js';
import { parseCsvRecords, type CsvRecord } from './csv-parse.js';
import type { BilingualFile, BilingualUnit } from './types.js';

const COLUMN_NAMES: Readonly<Record<string, Column>> = {
  source: 'source',
  target: 'target',
  state: 'state',
  comment: 'comment',
  comments: 'comment',
  translator_comments: 'comment',
  id: 'id',
  version: 'version',
};
type Column = 'source' | 'target' | 'state' | 'comment' | 'id' | 'version';
type ColumnIndex = Partial<Record<Column, number>>;

export function readCsv(input: Uint8Array | string): BilingualFile {
  const records = parseCsvRecords(decodeCsv(input));
  const header = records[0];
  if (header === undefined) throw new InvalidInputError('csv.missingColumn', { column: 'source' });
  const columns = indexColumns(header.fields);
  const units: BilingualUnit[] = [];
  const seenIds = new Set<number>();
  for (const record of records.slice(1)) {
    if (record.fields.every((field) => field === '')) continue; // spreadsheets write empty rows as ",,,"
    if (record.fields.length !== header.fields.length) throw new InvalidInputError('csv.badRow', { row: record.row });
    const unit = readUnit(record, columns, units.length);
    if (unit.segmentId !== null) {
      if (seenIds.has(unit.segmentId)) throw new InvalidInputError('csv.duplicateId', { row: record.row, id: `s${unit.segmentId}` });
      seenIds.add(unit.segmentId);
    }
    units.push(unit);
  }
  return { format: 'csv', sourceLang: null, targetLang: null, original: null, units };
}

function decodeCsv(input: Uint8Array | string): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  try {
    // TextDecoder drops a leading BOM itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new InvalidInputError('csv.encoding');
  }
}

function indexColumns(header: readonly string[]): ColumnIndex & { source: number; target: number } {
  const columns: ColumnIndex = {};
  header.forEach((name, index) => {
    const column = COLUMN_NAMES[name.trim().toLowerCase()];
    if (column !== undefined && columns[column] === undefined) columns[column] = index;
  });
  const { source, target } = columns;
  if (source === undefined) throw new InvalidInputError('csv.missingColumn', { column: 'source' });
  if (target === undefined) throw new InvalidInputError('csv.missingColumn', { column: 'target' });
  return { ...columns, source, target };
}

/** An empty target cell means "not translated" (null): a spreadsheet cannot tell it from an empty translation. */
function readUnit(record: CsvRecord, columns: ColumnIndex & { source: number; target: number }, index: number): BilingualUnit {
  const field = (column: number | undefined): string => (column === undefined ? '' : (record.fields[column] ?? ''));
  const target = unguardCsvFormula(field(columns.target));
  return {
    segmentId: segmentIdOf(field(columns.id), record.row),
    ref: `row ${record.row}`,
    // The version exported: only trusted as a plain number (a spreadsheet may have reformatted it: then none).
    version: /^\d{1,9}$/.test(field(columns.version).trim()) ? Number(field(columns.version).trim()) : null,
    source: unguardCsvFormula(field(columns.source)),
    target: target === '' ? null : target,
    state: stateOf(field(columns.state), record.row),
    comments: commentsOf(unguardCsvFormula(field(columns.comment))),
    paragraph: index,
    kind: 'text',
    label: null,
    glueAfter: '',
  };
}

/** `s123` as our writer puts it, or a bare `123` as a spreadsheet may leave it. */
function segmentIdOf(value: string, row: number): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const match = /^[sS]?(\d{1,15})$/.exec(trimmed);
  const id = match === null ? 0 : Number(match[1]);
  if (id < 1) throw new InvalidInputError('csv.badId', { row, value: trimmed });
  return id;
}

function stateOf(value: string, row: number): SegmentState | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const state = SEGMENT_STATES.find((candidate) => candidate === trimmed.toLowerCase());
  if (state === undefined) throw new InvalidInputError('csv.badState', { row, value: trimmed });
  return state;
}

/** One cell holds the thread: comments are separated by blank lines. */
function commentsOf(value: string): string[] {
  return value
    .split(/\n\s*\n/)
    .map((comment) => comment.trim())
    .filter((comment) => comment !== '');
}
