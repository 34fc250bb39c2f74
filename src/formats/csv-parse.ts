/**
 * RFC 4180 records: quoted fields with doubled quotes and line breaks inside, CR, LF or
 * CRLF between records, the delimiter taken from the header line. One pass, linear time.
 * A bare quote inside an unquoted field is kept as text (hand-made files write `5" layar`);
 * an unterminated quote or text after a closing quote is a broken row.
 */
import { InvalidInputError } from '../core/errors.js';

export interface CsvRecord {
  /** 1-based: the header is row 1; a record with line breaks inside quotes is still one row. */
  readonly row: number;
  readonly fields: readonly string[];
}

export type CsvDelimiter = ',' | ';' | '\t';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

const UNQUOTED: Readonly<Record<CsvDelimiter, RegExp>> = {
  ',': /[^,\r\n]*/y,
  ';': /[^;\r\n]*/y,
  '\t': /[^\t\r\n]*/y,
};

export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  if (text === '') return records;
  const delimiter = detectDelimiter(text);
  const delimiterCode = delimiter.charCodeAt(0);
  const unquoted = UNQUOTED[delimiter];
  let fields: string[] = [];
  let row = 1;
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      const field = readQuoted(text, i, row);
      fields.push(field.value);
      i = field.end;
    } else {
      unquoted.lastIndex = i;
      unquoted.exec(text);
      fields.push(text.slice(i, unquoted.lastIndex));
      i = unquoted.lastIndex;
    }
    if (i >= text.length) break;
    const ch = text.charCodeAt(i);
    if (ch === delimiterCode) {
      i += 1;
      continue;
    }
    if (ch !== CR && ch !== LF) throw new InvalidInputError('csv.badRow', { row });
    records.push({ row, fields });
    [fields, row] = [[], row + 1];
    i += ch === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    if (i >= text.length) return records; // a line break after the last record ends it, it starts none
  }
  records.push({ row, fields });
  return records;
}

/** Reads `"…"` from the opening quote at `start`; `end` is just after the closing quote. */
function readQuoted(text: string, start: number, row: number): { value: string; end: number } {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) throw new InvalidInputError('csv.badRow', { row });
    value += text.slice(from, quote);
    if (text.charCodeAt(quote + 1) !== QUOTE) return { value, end: quote + 1 };
    value += '"';
    from = quote + 2;
  }
}

/** The most frequent of `,` `;` TAB outside quotes on the first line; a comma when there is none (one column). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\r' || ch === '\n')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}
