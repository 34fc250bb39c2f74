/**
 * Glossary as CSV for spreadsheets: `source,target,note,forbidden`, UTF-8 with BOM (so Excel
 * reads it as UTF-8), CRLF, every field through the formula guard. The reader takes our files
 * and hand-made ones: `,` `;` or TAB, header names in any case, note and forbidden optional.
 * Rows are numbered as a spreadsheet shows them (header = row 1).
 */
import { InvalidInputError } from '../core/errors.js';
import { csvField, unguardCsvFormula } from '../formats/csv-guard.js';
import { parseCsvRecords, type CsvRecord } from '../formats/csv-parse.js';
import type { NewGlossaryTerm } from './types.js';
import { validateTerm } from './validate-term.js';

const COLUMNS = ['source', 'target', 'note', 'forbidden'] as const;
type Column = (typeof COLUMNS)[number];

export function writeGlossaryCsv(terms: readonly NewGlossaryTerm[]): string {
  const rows = terms.map((term) => COLUMNS.map((column) => csvField(term[column] ?? '')).join(','));
  return `\uFEFF${[COLUMNS.join(','), ...rows].map((row) => `${row}\r\n`).join('')}`;
}

export function readGlossaryCsv(input: string | Uint8Array): { terms: NewGlossaryTerm[] } {
  const records = parseRecords(decodeCsv(input));
  const [header, ...rows] = records;
  if (header === undefined) throw new InvalidInputError('glossary.empty');
  const columns = indexColumns(header.fields);
  const terms: NewGlossaryTerm[] = [];
  for (const record of rows) {
    if (record.fields.every((field) => field.trim() === '')) continue; // spreadsheets write empty rows as ",,,"
    if (record.fields.length !== header.fields.length) throw new InvalidInputError('glossary.badRow', { row: record.row });
    terms.push(readRow(record, columns));
  }
  if (terms.length === 0) throw new InvalidInputError('glossary.empty');
  return { terms };
}

function parseRecords(text: string): CsvRecord[] {
  try {
    return parseCsvRecords(text);
  } catch (error) {
    if (error instanceof InvalidInputError && error.code === 'csv.badRow') throw new InvalidInputError('glossary.badRow', error.details);
    throw error;
  }
}

function decodeCsv(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  try {
    // TextDecoder drops a leading BOM itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new InvalidInputError('csv.encoding');
  }
}

function indexColumns(header: readonly string[]): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  header.forEach((name, index) => {
    const column = COLUMNS.find((known) => known === name.trim().toLowerCase());
    if (column !== undefined) columns[column] ??= index;
  });
  for (const column of ['source', 'target'] as const) {
    if (columns[column] === undefined) throw new InvalidInputError('glossary.missingColumn', { column });
  }
  return columns;
}

function readRow(record: CsvRecord, columns: Partial<Record<Column, number>>): NewGlossaryTerm {
  const field = (column: Column) => {
    const index = columns[column];
    return index === undefined ? '' : unguardCsvFormula(record.fields[index] ?? '');
  };
  try {
    return validateTerm({ source: field('source'), target: field('target'), note: field('note'), forbidden: field('forbidden') });
  } catch (error) {
    if (error instanceof InvalidInputError) throw new InvalidInputError('glossary.badValue', { row: record.row, field: error.details.field });
    throw error;
  }
}
