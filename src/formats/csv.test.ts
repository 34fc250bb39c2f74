import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SegmentState } from '../core/types.js';
import { aDocument, aSegment, sampleDocument } from './__fixtures__/sample-document.js';
import { writeCsv } from './csv.js';
import { csvField, guardCsvFormula, quoteCsvField, unguardCsvFormula } from './csv-guard.js';

/** A strict RFC 4180 reader (CRLF records), for checking what we write. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i += 1; continue; }
      field += ch; i += 1; continue;
    }
    if (ch === '"' && field === '') { quoted = true; i += 1; continue; }
    if (ch === ',') { row.push(field); field = ''; i += 1; continue; }
    if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (ch === '"' || ch === '\r' || ch === '\n') throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    field += ch; i += 1;
  }
  if (field !== '' || row.length > 0) throw new Error('last record without CRLF');
  return rows;
}

function rowsOf(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parseCsv(csv.slice(1));
}

describe('writeCsv', () => {
  const csv = writeCsv(sampleDocument);

  it('starts with a UTF-8 BOM and the header source,target,state,comment,id,version', () => {
    expect(csv.startsWith('\uFEFFsource,target,state,comment,id,version\r\n')).toBe(true);
  });

  it('ends every record with CRLF and has no bare LF outside quoted fields', () => {
    const plain = writeCsv(aDocument([aSegment({ id: 1, target: 'One.' }), aSegment({ id: 2 })]));
    expect(plain.endsWith('\r\n')).toBe(true);
    expect(plain.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes one row per segment, leaving skipped segments out', () => {
    const rows = rowsOf(csv);
    expect(rows).toHaveLength(1 + 5);
    expect(rows.map((row) => row[0])).not.toContain('Baca Juga : Putin Kunjungi Beijing');
    expect(rows[3]).toEqual(['Keduanya membahas kerja sama "strategis" & ekonomi <2024>.', 'The two discussed', 'draft', '', 's3', '1']);
    expect(rows.every((row) => row.length === 6)).toBe(true);
  });

  it('puts a segment’s comments in one cell, separated by a blank line', () => {
    const comments = [{ author: 'rina', body: 'Cek angka.', createdAt: '2026-11-01T10:00:00.000Z' }, { author: 'tari', body: 'Sudah.', createdAt: '2026-11-01T11:00:00.000Z' }];
    expect(rowsOf(writeCsv(aDocument([aSegment({ id: 1, comments })])))[1]?.[3]).toBe('Cek angka.\n\nSudah.');
  });

  it.each<SegmentState>(['new', 'draft', 'translated', 'rejected', 'approved'])('writes the state %s as is', (state) => {
    expect(rowsOf(writeCsv(aDocument([aSegment({ id: 1, state })])))[1]?.[2]).toBe(state);
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    const out = writeCsv(aDocument([aSegment({ id: 1, source: 'a, "b"', target: 'line1\nline2\r\nline3' })]));
    expect(out).toContain('\r\n"a, ""b""","line1\nline2\r\nline3",new,,s1,0\r\n');
  });

  it('drops control characters from fields', () => {
    const rows = rowsOf(writeCsv(aDocument([aSegment({ id: 1, source: 'a\u0000b\u0007c', target: 'x\u001Fy' })])));
    expect(rows[1]?.slice(0, 2)).toEqual(['abc', 'xy']);
  });

  it('keeps <, &, emoji, NBSP and leading and trailing spaces', () => {
    const source = '  a < b & c\u00A0😀 ';
    const rows = rowsOf(writeCsv(aDocument([aSegment({ id: 1, source, target: ' x ' })])));
    expect(rows[1]).toEqual([source, ' x ', 'new', '', 's1', '0']);
  });

  it.each([
    ['=SUM(1)', "'=SUM(1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
  ])('neutralises the formula %j as %j', (source, guarded) => {
    const rows = rowsOf(writeCsv(aDocument([aSegment({ id: 1, source, target: source })])));
    expect(rows[1]?.slice(0, 2)).toEqual([guarded, guarded]);
  });

  it('neutralises a leading CR and still quotes the field', () => {
    expect(writeCsv(aDocument([aSegment({ id: 1, source: '\r=1' })]))).toContain('\r\n"\'\r=1",,new,,s1,0\r\n');
  });

  it('reads back to the same source, target and state once unguarded (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\u00A0', '"', ',', '\r', '\n', '\t', "'", '=', '+', '-', '@', '<', '&', '😀', 'é') });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 5 }), (pairs) => {
        const segments = pairs.map(([source, target], index) => aSegment({ id: index + 1, source, target, state: 'translated' }));
        const rows = rowsOf(writeCsv(aDocument(segments))).slice(1);
        expect(rows.map((row) => [unguardCsvFormula(row[0] ?? ''), unguardCsvFormula(row[1] ?? '')])).toEqual(pairs);
      }),
    );
  });
});

describe('guardCsvFormula', () => {
  it.each([
    ['=SUM(1)', "'=SUM(1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ["'tis", "'tis"],
    ['a=b', 'a=b'],
    ['1-2', '1-2'],
    ['', ''],
    [' =x', ' =x'],
  ])('%j → %j, and back', (value, guarded) => {
    expect(guardCsvFormula(value)).toBe(guarded);
    expect(unguardCsvFormula(guarded)).toBe(value);
  });
});

describe('quoteCsvField and csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['a\nb', '"a\nb"'],
    ['a\rb', '"a\rb"'],
    [' edge ', '" edge "'],
    ['', ''],
  ])('quotes %j as %j', (value, quoted) => {
    expect(quoteCsvField(value)).toBe(quoted);
  });

  it('drops the characters no export carries, as the XML formats do', () => {
    expect(csvField('a\u0000b\u0001c\u000Bd\uFFFEe\uD800f')).toBe('abcdef');
    expect(csvField('\u0000=1')).toBe("'=1");
  });

  it('guards before quoting', () => {
    expect(csvField('=1,2')).toBe('"\'=1,2"');
    expect(csvField('-"x"')).toBe('"\'-""x"""');
  });
});
