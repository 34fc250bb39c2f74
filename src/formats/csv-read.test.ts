import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import { SEGMENT_STATES, type SegmentState } from '../core/types.js';
import { aDocument, aSegment } from './__fixtures__/sample-document.js';
import { writeCsv } from './csv.js';
import { readCsv } from './csv-read.js';
import type { ExportSegment } from './types.js';
import { stripXmlInvalidChars } from './xml.js';

function segment(overrides: Partial<ExportSegment> & Pick<ExportSegment, 'id'>): ExportSegment {
  return aSegment({ comments: [], rejection: null, revised: null, ...overrides });
}

function refusal(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected readCsv to refuse the input');
}

const fixture = (name: string): Buffer => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

describe('readCsv reads what writeCsv writes', () => {
  it('gives back source, target and state of every exported row, with spreadsheet row numbers', () => {
    const doc = aDocument([
      segment({ id: 1, source: 'Judul', target: 'Title', state: 'approved' }),
      segment({ id: 2, source: 'Baris\nbaru, "kutip"', target: 'New\r\nline', state: 'translated' }),
      segment({ id: 3, kind: 'skip', source: 'Baca juga: X' }),
      segment({ id: 4, source: '=1+1', target: '', state: 'new' }),
    ]);
    const file = readCsv(writeCsv(doc));
    expect(file).toMatchObject({ format: 'csv', sourceLang: null, targetLang: null, original: null });
    expect(file.units.map(({ ref, source, target, state, paragraph }) => ({ ref, source, target, state, paragraph }))).toEqual([
      { ref: 'row 2', source: 'Judul', target: 'Title', state: 'approved', paragraph: 0 },
      { ref: 'row 3', source: 'Baris\nbaru, "kutip"', target: 'New\r\nline', state: 'translated', paragraph: 1 },
      { ref: 'row 4', source: '=1+1', target: null, state: 'new', paragraph: 2 },
    ]);
    expect(file.units.every((unit) => unit.kind === 'text' && unit.label === null && unit.glueAfter === '')).toBe(true);
  });

  it('gives back segment ids and comment threads', () => {
    const comment = (body: string) => ({ author: 'ani', body, createdAt: '2026-11-01T10:00:00.000Z' });
    const doc = aDocument([
      segment({ id: 12, source: 'a', target: 'b', comments: [comment('Cek nama.'), comment('=Sudah, "dicek"\nbaris dua')] }),
      segment({ id: 13, source: 'c', target: 'd' }),
    ]);
    const units = readCsv(writeCsv(doc)).units;
    expect(units.map((unit) => [unit.segmentId, unit.comments])).toEqual([
      [12, ['Cek nama.', '=Sudah, "dicek"\nbaris dua']],
      [13, []],
    ]);
  });

  it('reads the bytes as written (UTF-8 with BOM) as well as the string', () => {
    const csv = writeCsv(aDocument([segment({ id: 1, source: 'Kopi ☕ “enak”', target: 'Coffee' })]));
    expect(readCsv(new TextEncoder().encode(csv))).toEqual(readCsv(csv));
  });

  it.each(["'=x", "''=x", "'tis", "'", "''", "'-1", "' =x", '@user', '-', '+62 812', '\tindent', '\r=1', 'a\u00A0b', '\u200Fשלום'])(
    'gives %j back exactly, formula guard included',
    (text) => {
      const [unit] = readCsv(writeCsv(aDocument([segment({ id: 1, source: text, target: text })]))).units;
      expect([unit?.source, unit?.target]).toEqual([text, text]);
    },
  );

  it('gives back any text the writer can carry (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'é', ' ', '\u00A0', '\u200F', '\u202E', '"', ',', ';', '\r', '\n', '\t', "'", '=', '+', '-', '@', '😀', '\u0001'),
      maxLength: 12,
    });
    const state = fc.constantFrom<SegmentState>(...SEGMENT_STATES);
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, state), { maxLength: 6 }), (rows) => {
        const doc = aDocument(rows.map(([source, target, s], index) => segment({ id: index + 1, source, target, state: s })));
        const units = readCsv(writeCsv(doc)).units;
        // The writer drops what no export carries (C0 controls); an empty target reads as "not translated".
        const expected = rows.map(([source, target, s]) => {
          const written = stripXmlInvalidChars(target);
          return [stripXmlInvalidChars(source), written === '' ? null : written, s];
        });
        expect(units.map((unit) => [unit.source, unit.target, unit.state])).toEqual(expected);
        expect(units.map((unit) => unit.segmentId)).toEqual(rows.map((_, index) => index + 1));
      }),
    );
  });
});

describe('readCsv columns', () => {
  it('finds columns by name in any order and case, ignoring unknown ones', () => {
    const file = readCsv('Note,TARGET,Id,Source,State,Comments\r\nx,Hello,s12,Halo,Translated,\r\n');
    expect(file.units[0]).toMatchObject({ segmentId: 12, source: 'Halo', target: 'Hello', state: 'translated', ref: 'row 2' });
  });

  it.each([['s123', 123], ['S7', 7], ['42', 42], [' s5 ', 5], ['', null]])('reads the id %j as segment %j', (id, segmentId) => {
    expect(readCsv(`source,target,id\na,b,${id}\n`).units[0]?.segmentId).toBe(segmentId);
  });

  it.each(['x12', 's', '0', 's-1', '1.5'])('refuses the id %j with csv.badId', (id) => {
    expect(refusal(() => readCsv(`source,target,id\na,b,${id}\n`))).toMatchObject({ code: 'csv.badId', details: { row: 2, value: id } });
  });

  it('refuses an id that appears twice with csv.duplicateId', () => {
    const error = refusal(() => readCsv('source,target,id\na,b,s1\nc,d,2\ne,f,1\n'));
    expect(error).toMatchObject({ code: 'csv.duplicateId', details: { row: 4, id: 's1' } });
  });

  it('splits the comment cell into comments at blank lines', () => {
    const csv = 'source,target,translator_comments\r\na,b,"Cek nama.\r\n\r\n  Sudah dicek.  \n \n\n"\r\n';
    expect(readCsv(csv).units[0]?.comments).toEqual(['Cek nama.', 'Sudah dicek.']);
  });

  it.each<[string, SegmentState | null]>([['new', 'new'], ['approved', 'approved'], [' Draft ', 'draft'], ['', null]])('reads the state %j as %j', (value, state) => {
    expect(readCsv(`source,target,state\na,b,${value}\n`).units[0]?.state).toBe(state);
  });

  it('refuses an unknown state with csv.badState, naming row and value', () => {
    expect(refusal(() => readCsv('source,target,state\na,b,new\nc,d,fuzzy\n'))).toMatchObject({ code: 'csv.badState', details: { row: 3, value: 'fuzzy' } });
  });

  it.each([
    ['target', 'source\r\nHalo\r\n'],
    ['source', 'id,en\r\na,b\r\n'],
    ['source', ''],
  ])('refuses a file without a %s column with csv.missingColumn', (column, csv) => {
    expect(refusal(() => readCsv(csv))).toMatchObject({ code: 'csv.missingColumn', details: { column } });
  });

  it('reads a header-only file as no units', () => {
    expect(readCsv('source,target\r\n').units).toEqual([]);
  });
});

describe('readCsv records', () => {
  it('detects a semicolon delimiter from the header (Excel in an Indonesian locale)', () => {
    const file = readCsv('source;target;state\r\n"Rp 1.500,50; naik";"IDR 1,500.50, up";translated\r\n');
    expect(file.units[0]).toMatchObject({ source: 'Rp 1.500,50; naik', target: 'IDR 1,500.50, up', state: 'translated' });
  });

  it('detects a tab delimiter', () => {
    expect(readCsv('source\ttarget\nA, b;\tC\n').units[0]).toMatchObject({ source: 'A, b;', target: 'C' });
  });

  it.each([['LF', '\n'], ['CR', '\r'], ['CRLF', '\r\n']])('accepts %s line ends, with or without one at the end', (_, eol) => {
    for (const end of ['', eol]) {
      const units = readCsv(`source,target${eol}a,b${eol}c,d${end}`).units;
      expect(units.map((unit) => [unit.source, unit.target, unit.ref])).toEqual([['a', 'b', 'row 2'], ['c', 'd', 'row 3']]);
    }
  });

  it('counts a record with line breaks inside quotes as one row', () => {
    const units = readCsv('source,target\n"a\n\nb",x\nc,y\n').units;
    expect(units.map((unit) => unit.ref)).toEqual(['row 2', 'row 3']);
  });

  it('skips empty rows but keeps counting them', () => {
    const units = readCsv('source,target\n\na,b\n,\n,,,\nc,d\n').units;
    expect(units.map((unit) => unit.ref)).toEqual(['row 3', 'row 6']);
  });

  it('keeps a bare quote inside an unquoted field', () => {
    expect(readCsv('source,target\nLayar 5" baru,New 5" screen\n').units[0]).toMatchObject({ source: 'Layar 5" baru', target: 'New 5" screen' });
  });

  it.each([
    ['too few fields', 'source,target,state\na,b,new\nc,d\n', 3],
    ['too many fields', 'source,target\na,b\nc,d,e\n', 3],
    ['an unterminated quote', 'source,target\na,b\n"c,d\ne,f\n', 3],
    ['text after a closing quote', 'source,target\n"a"x,b\n', 2],
  ])('refuses %s with csv.badRow', (_, csv, row) => {
    expect(refusal(() => readCsv(csv))).toMatchObject({ code: 'csv.badRow', details: { row } });
  });
});

describe('readCsv encodings', () => {
  it('reads UTF-8 with and without a BOM alike', () => {
    const body = 'source,target\nKopi ☕,Coffee\n';
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    expect(readCsv(withBom)).toEqual(readCsv(new TextEncoder().encode(body)));
    expect(readCsv(`\uFEFF${body}`).units[0]?.source).toBe('Kopi ☕');
  });

  it('refuses Latin-1 bytes with csv.encoding', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('source,target\ncaf'), 0xe9, 0x2c, 0x78, 0x0a]);
    expect(refusal(() => readCsv(latin1))).toMatchObject({ code: 'csv.encoding', details: {} });
  });
});

describe('readCsv on the interop samples', () => {
  it('reads good.csv (translate-toolkit style, source and target only)', () => {
    const file = readCsv(fixture('interop-good.csv'));
    expect(file.units.map((unit) => [unit.source, unit.target, unit.state, unit.segmentId])).toEqual([
      ['Menlu Rusia Sergei Lavrov bertemu mitra Wang Yi.', 'Russian Foreign Minister Sergei Lavrov met his counterpart Wang Yi.', null, null],
      ['Lavrov tiba di Tiongkok untuk kunjungan resmi dua hari.', 'Lavrov arrived in China for a two-day official visit.', null, null],
    ]);
  });

  it('refuses idencols.csv, whose columns are language codes, with csv.missingColumn', () => {
    expect(refusal(() => readCsv(fixture('interop-idencols.csv')))).toMatchObject({ code: 'csv.missingColumn', details: { column: 'source' } });
  });
});

describe('readCsv on large input', () => {
  it('reads 20 MB in linear time', () => {
    const row = '"Kalimat dengan ""kutip"", koma dan\nbaris baru.",Sentence with a plain target,translated,\r\n';
    const csv = `source,target,state,comment\r\n${row.repeat(Math.ceil(20_000_000 / row.length))}`;
    const started = performance.now();
    expect(readCsv(csv).units.length).toBeGreaterThan(200_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
