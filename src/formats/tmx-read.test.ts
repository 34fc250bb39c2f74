import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import { aDocument, aSegment, sampleDocument } from './__fixtures__/sample-document.js';
import { readTmx, type ReadTmxOptions } from './tmx-read.js';
import { writeTmx } from './tmx.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixture = (name: string) => readFileSync(path.join(fixtures, name));
const ID_EN: ReadTmxOptions = { sourceLang: 'id', targetLang: 'en' };

function refusal(input: string | Uint8Array, options: ReadTmxOptions = ID_EN): InvalidInputError {
  try {
    readTmx(input, options);
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const tmx = (tus: string, header = 'srclang="id"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext" ${header}/><body>${tus}</body></tmx>`;
const tu = (source: string, target: string, sourceLang = 'id', targetLang = 'en') =>
  `<tu><tuv xml:lang="${sourceLang}"><seg>${source}</seg></tuv><tuv xml:lang="${targetLang}"><seg>${target}</seg></tuv></tu>`;

describe('readTmx reads our TMX export back', () => {
  it('gives the finished segments with dates and props', () => {
    const file = readTmx(writeTmx(sampleDocument), ID_EN);
    expect(file.header).toEqual({ srcLang: 'id' });
    expect(file.skipped).toBe(0);
    expect(file.units).toEqual([
      {
        source: 'China-Rusia Perkuat Kerja Sama',
        target: 'China and Russia Strengthen Cooperation',
        creationId: null,
        creationDate: '20261101T100000Z',
        changeId: null,
        changeDate: '20261101T100000Z',
        props: { 'x-project': 'Berita Dunia', 'x-document': 'China-Rusia Perkuat Kerja Sama' },
      },
      expect.objectContaining({
        source: 'Menlu Rusia Sergei Lavrov bertemu Wang Yi di Beijing, Selasa (9/4).',
        target: 'Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Tuesday (April 9).',
      }),
    ]);
  });

  it('returns source and target texts exactly (property)', () => {
    const chars = ['a', ' ', '\t', '\n', '\r', '"', '&', '<', '>', '\u00A0', '\u200F', '😀', ']]>'];
    const text = fc.string({ unit: fc.constantFrom(...chars), maxLength: 20 }).filter((value) => value.trim() !== '');
    fc.assert(
      fc.property(text, text, (source, target) => {
        const doc = aDocument([aSegment({ id: 1, source, target, state: 'translated' })]);
        const [unit] = readTmx(writeTmx(doc), ID_EN).units;
        expect([unit?.source, unit?.target]).toEqual([source, target]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readTmx finds each side by language', () => {
  it('matches by primary subtag, case-insensitive, also with the older lang attribute', () => {
    const file = readTmx(
      tmx(`${tu('Satu', 'One', 'id-ID', 'EN-us')}${tu('Dua', 'Two', 'ID', 'en_GB')}<tu><tuv lang="id"><seg>Tiga</seg></tuv><tuv lang="en"><seg>Three</seg></tuv></tu>`),
      ID_EN,
    );
    expect(file.units.map((unit) => [unit.source, unit.target])).toEqual([['Satu', 'One'], ['Dua', 'Two'], ['Tiga', 'Three']]);
  });

  it('prefers an exact tag and never uses one tuv for both sides', () => {
    const xml = tmx('<tu><tuv xml:lang="en-US"><seg>color</seg></tuv><tuv xml:lang="en-GB"><seg>colour</seg></tuv></tu>', 'srclang="en-US"');
    expect(readTmx(xml, { sourceLang: 'en-US', targetLang: 'en-GB' }).units.map((unit) => [unit.source, unit.target])).toEqual([['color', 'colour']]);
    expect(readTmx(xml, { sourceLang: 'en-GB', targetLang: 'en-US' }).units.map((unit) => [unit.source, unit.target])).toEqual([['colour', 'color']]);
  });

  it('counts units without both languages, or with a blank or missing seg, as skipped', () => {
    const file = readTmx(
      tmx(`${tu('Satu', 'One')}${tu('Dua', 'Deux', 'id', 'fr')}${tu('  ', 'Three')}<tu><tuv xml:lang="id"><seg>Empat</seg></tuv><tuv xml:lang="en"/></tu><tu/>`),
      ID_EN,
    );
    expect(file.units).toHaveLength(1);
    expect(file.skipped).toBe(4);
  });

  it('reads a file whose header srclang is *all* or another language', () => {
    expect(readTmx(tmx(tu('Satu', 'One'), 'srclang="*all*"'), ID_EN).header.srcLang).toBe('*all*');
    expect(readTmx(tmx(tu('Satu', 'One'), 'srclang="fr"'), ID_EN).units).toHaveLength(1);
  });
});

describe('readTmx reads segment text and unit details', () => {
  it('keeps <hi> text and spaces, drops inline codes', () => {
    const [unit] = readTmx(
      tmx(tu(' A <bpt i="1">&lt;b&gt;</bpt>tebal<ept i="1">&lt;/b&gt;</ept> <ph>{0}</ph><hi type="x">B</hi><it pos="open">[</it> ', 'One')),
      ID_EN,
    ).units;
    expect(unit?.source).toBe(' A tebal B ');
  });

  it('reads ids and dates from the tu, then the target tuv; the first prop of a type wins', () => {
    const [unit] = readTmx(
      tmx(`<tu creationid="ani" creationdate="20260101T000000Z">
        <prop type="x-project">Satu</prop><prop type="x-project">Dua</prop><prop type="__proto__">p</prop><prop>untyped</prop>
        <tuv xml:lang="id"><prop type="x-tuv">ignored</prop><seg>Satu</seg></tuv>
        <tuv xml:lang="en" changeid="budi" changedate="20260202T000000Z"><seg>One</seg></tuv></tu>`),
      ID_EN,
    ).units;
    expect(unit).toMatchObject({ creationId: 'ani', creationDate: '20260101T000000Z', changeId: 'budi', changeDate: '20260202T000000Z' });
    expect(Object.entries(unit!.props)).toEqual([['x-project', 'Satu'], ['__proto__', 'p']]);
    expect(Object.getPrototypeOf(unit!.props)).toBe(Object.prototype);
  });
});

describe('readTmx reads the interop samples', () => {
  it.each(['good.tmx', 'good-nodoctype.tmx', 'reversed.tmx'])('%s: two units, by language whatever the order', (name) => {
    const file = readTmx(fixture(name), ID_EN);
    expect(file.units.map((unit) => [unit.source.slice(0, 6), unit.target.slice(0, 7)])).toEqual([
      ['Menlu ', 'Russian'],
      ['Lavrov', 'Lavrov '],
    ]);
    expect(file).toMatchObject({ skipped: 0, header: { srcLang: 'id' } });
  });

  it('partial.tmx and paragraph.tmx have one unit each', () => {
    expect(readTmx(fixture('partial.tmx'), ID_EN).units).toHaveLength(1);
    expect(readTmx(fixture('paragraph.tmx'), ID_EN).units[0]?.source).toMatch(/Wang Yi\. Lavrov tiba/);
  });

  it('wronglang.tmx (ms, not id) has no usable unit', () => {
    expect(refusal(fixture('wronglang.tmx'))).toMatchObject({ code: 'tmx.noUnits', details: { skipped: 2 } });
    expect(readTmx(fixture('wronglang.tmx'), { sourceLang: 'ms', targetLang: 'en' }).units).toHaveLength(2);
  });

  it('bad.tmx (TMX 1.3) is unsupported and broken.tmx is malformed', () => {
    expect(refusal(fixture('bad.tmx'))).toMatchObject({ code: 'tmx.unsupported', details: { version: '1.3' } });
    expect(refusal(fixture('broken.tmx')).code).toBe('xml.malformed');
  });
});

describe('readTmx refuses', () => {
  it('a root other than <tmx>, and other versions', () => {
    expect(refusal('<xliff version="1.4"/>').code).toBe('tmx.unsupported');
    expect(refusal('<tmx version="2.0"><header/><body/></tmx>')).toMatchObject({ code: 'tmx.unsupported', details: { version: '2.0' } });
  });

  it('accepts TMX 1.4b and its doctype', () => {
    const xml = '<!DOCTYPE tmx SYSTEM "tmx14b.dtd"><tmx version="1.4b"><header srclang="id"/><body>' + tu('Satu', 'One') + '</body></tmx>';
    expect(readTmx(xml, ID_EN).units).toHaveLength(1);
  });

  it('any other doctype, entity or internal subset', () => {
    expect(refusal('<!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ENTITY x "y">]><tmx version="1.4"/>').code).toBe('xml.doctype');
    expect(refusal('<!DOCTYPE tmx SYSTEM "file:///etc/passwd"><tmx version="1.4"/>').code).toBe('xml.doctype');
    expect(refusal(tmx(tu('&x;', 'One'))).code).toBe('xml.entity');
  });

  it('a file with no units', () => {
    expect(refusal(tmx(''))).toMatchObject({ code: 'tmx.noUnits', details: { skipped: 0 } });
  });
});
