import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import { readGlossaryCsv, writeGlossaryCsv } from './csv.js';
import type { NewGlossaryTerm } from './types.js';
import { trickyTerms } from './__fixtures__/tricky-terms.js';

const seed: NewGlossaryTerm[] = [
  { source: 'Menlu', target: 'Foreign Minister', note: 'Menteri Luar Negeri, disingkat', forbidden: null },
  { source: 'Tiongkok', target: 'China', note: null, forbidden: 'Mainland China' },
  { source: 'RRT', target: 'PRC', note: '=HYPERLINK("http://x")', forbidden: null },
];

function errorOf(run: () => unknown): { code: string; details: unknown } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return { code: error.code, details: error.details };
    throw error;
  }
  return undefined;
}

describe('writeGlossaryCsv', () => {
  it('writes a BOM, the header and CRLF rows, guarding formulas', () => {
    expect(writeGlossaryCsv(seed)).toBe(
      '\uFEFFsource,target,note,forbidden\r\n' +
        'Menlu,Foreign Minister,"Menteri Luar Negeri, disingkat",\r\n' +
        'Tiongkok,China,,Mainland China\r\n' +
        `RRT,PRC,"'=HYPERLINK(""http://x"")",\r\n`,
    );
  });
});

describe('readGlossaryCsv', () => {
  it('reads back what writeGlossaryCsv wrote, as text or bytes', () => {
    const csv = writeGlossaryCsv(seed);
    expect(readGlossaryCsv(csv)).toEqual({ terms: seed });
    expect(readGlossaryCsv(new TextEncoder().encode(csv))).toEqual({ terms: seed });
  });

  it('round-trips tricky strings (quotes, &, <, emoji, formula-like)', () => {
    fc.assert(
      fc.property(trickyTerms.filter((terms) => terms.length > 0), (terms) => {
        expect(readGlossaryCsv(writeGlossaryCsv(terms))).toEqual({ terms });
      }),
    );
  });

  it('reads a hand-made file: semicolons, header in any case and order, optional columns missing, empty rows', () => {
    const csv = 'Target;SOURCE;Comment\nForeign Minister;Menlu;x\n;;\nChina; Tiongkok ;y\n';
    expect(readGlossaryCsv(csv).terms).toEqual([
      { source: 'Menlu', target: 'Foreign Minister', note: null, forbidden: null },
      { source: 'Tiongkok', target: 'China', note: null, forbidden: null },
    ]);
  });

  it.each([
    ['an empty file', '', 'glossary.empty', {}],
    ['a header only', 'source,target\r\n', 'glossary.empty', {}],
    ['no target column', 'source,translation\nMenlu,Foreign Minister', 'glossary.missingColumn', { column: 'target' }],
    ['no source column', 'term,target\nMenlu,Foreign Minister', 'glossary.missingColumn', { column: 'source' }],
    ['a row with too many fields', 'source,target\nMenlu,Foreign,Minister', 'glossary.badRow', { row: 2 }],
    ['an unclosed quote', 'source,target\nMenlu,"Foreign Minister\n', 'glossary.badRow', { row: 2 }],
    ['an empty target', 'source,target\nMenlu,Foreign Minister\nTiongkok,', 'glossary.badValue', { row: 3, field: 'target' }],
  ])('refuses %s', (_what, input, code, details) => {
    expect(errorOf(() => readGlossaryCsv(input))).toEqual({ code, details });
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(errorOf(() => readGlossaryCsv(new Uint8Array([0x73, 0x6f, 0xff, 0x0a])))?.code).toBe('csv.encoding');
  });
});
