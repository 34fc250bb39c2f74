import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  csvSoup, escapeAttr, escapeText, FUZZ_RUNS, nested, randomBytes, randomCodeUnits, returnsOrRefuses, xmlDocument, xmlText, xmlTree,
} from '../../tests/support/hostile-input.js';
import { readCsv } from './csv-read.js';
import { readTmx } from './tmx-read.js';
import { readXliff } from './xliff-read.js';

/** Attribute values: the ones the readers look for, and anything else. */
const value = fc.oneof(
  fc.constantFrom('s1', 's2', 's0', 's01', 's999999999999999', 's9999999999999999999', 'p1', '', ' ', 'yes', 'no', 'id', 'en', 'id-ID', 'EN', '*all*',
    'new', 'translated', 'needs-review-translation', 'signed-off', 'final', 'reviewed', 'initial', 'jembatan:draft', 'x-jembatan:v=3', 'v=-1',
    '20240101T000000Z', '2024-13-45', 'NaN', '-0', '1e309', 'preserve', 'default'),
  xmlText(12),
);

const text = value.map(escapeText);
const attrs = (names: readonly string[]) => fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 3 })
  .map((pairs) => [...new Map(pairs)].map(([name, content]) => ` ${name}="${escapeAttr(content)}"`).join(''));
/** Text with inline elements (codes, marks) inside. */
const inline = (names: readonly string[], attributes: readonly string[]) => fc.array(fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: xmlTree(names, attributes, value) },
), { maxLength: 4 }).map((parts) => parts.join(''));

const INLINE_12 = ['x', 'bx', 'ex', 'g', 'mrk', 'ph', 'bpt', 'ept', 'it', 'sub'];
const unit12 = fc.record({
  unit: attrs(['id', 'approved', 'translate', 'xml:space', 'resname']),
  source: inline(INLINE_12, ['id', 'ctype', 'mtype', 'mid']),
  target: fc.option(fc.tuple(attrs(['state', 'state-qualifier', 'xml:lang']), inline(INLINE_12, ['id', 'mtype']))),
  notes: fc.array(fc.tuple(attrs(['from', 'annotates', 'priority']), text), { maxLength: 2 }),
}).map(({ unit, source, target, notes }) => `<trans-unit${unit}><source>${source}</source>${target ? `<target${target[0]}>${target[1]}</target>` : ''}${notes.map(([a, n]) => `<note${a}>${n}</note>`).join('')}</trans-unit>`);

const xliff12 = xmlDocument(
  (body) => `<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="id" target-language="en" datatype="plaintext"><body>${body}</body></file></xliff>`,
  fc.array(fc.oneof({ weight: 4, arbitrary: unit12 }, { weight: 1, arbitrary: unit12.map((unit) => `<group id="g">${unit}</group>`) },
    { weight: 1, arbitrary: xmlTree(['trans-unit', 'source', 'target', 'group', 'note'], ['id', 'state', 'approved'], value) }), { maxLength: 5 }).map((units) => units.join('')),
);

const INLINE_2 = ['ph', 'pc', 'sc', 'ec', 'mrk', 'sm', 'em', 'cp'];
const segment2 = fc.tuple(fc.boolean(), attrs(['id', 'state', 'subState', 'canResegment']), inline(INLINE_2, ['id', 'dataRef', 'startRef', 'hex']), fc.option(inline(INLINE_2, ['id'])))
  .map(([ignorable, a, source, target]) => ignorable
    ? `<ignorable><source>${source}</source></ignorable>`
    : `<segment${a}><source>${source}</source>${target === null ? '' : `<target>${target}</target>`}</segment>`);
const unit2 = fc.tuple(attrs(['id', 'name', 'translate', 'canResegment']), fc.array(text, { maxLength: 2 }), fc.array(segment2, { maxLength: 4 }))
  .map(([a, notes, segments]) => `<unit${a}>${notes.length > 0 ? `<notes>${notes.map((n) => `<note category="comment">${n}</note>`).join('')}</notes>` : ''}${segments.join('')}</unit>`);

const xliff2 = xmlDocument(
  (body) => `<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="id" trgLang="en"><file id="f1" original="a.txt">${body}</file></xliff>`,
  fc.array(fc.oneof({ weight: 4, arbitrary: unit2 }, { weight: 1, arbitrary: unit2.map((unit) => `<group id="g">${unit}</group>`) }), { maxLength: 5 }).map((units) => units.join('')),
);

const INLINE_TMX = ['bpt', 'ept', 'ph', 'it', 'ut', 'hi', 'sub'];
const language = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('id', 'en') }, { weight: 2, arbitrary: fc.constantFrom('ID', 'en-US', 'id-ID', 'fr', '') }, { weight: 1, arbitrary: value });
const tuv = fc.tuple(fc.constantFrom('xml:lang', 'lang'), language, attrs(['creationdate', 'changeid']), inline(INLINE_TMX, ['i', 'x', 'type', 'pos']))
  .map(([name, lang, a, seg]) => `<tuv ${name}="${escapeAttr(lang)}"${a}><seg>${seg}</seg></tuv>`);
const tu = fc.tuple(attrs(['tuid', 'creationdate', 'creationid', 'changedate', 'changeid', 'srclang']), fc.array(fc.tuple(value, text), { maxLength: 2 }), fc.array(tuv, { maxLength: 3 }))
  .map(([a, props, tuvs]) => `<tu${a}>${props.map(([type, content]) => `<prop type="${escapeAttr(type)}">${content}</prop>`).join('')}${tuvs.join('')}</tu>`);

const tmx = xmlDocument(
  (body) => `<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4"><header srclang="id" adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>${body}</body></tmx>`,
  fc.array(tu, { maxLength: 5 }).map((units) => units.join('')),
);

const TMX_OPTIONS = { sourceLang: 'id', targetLang: 'en' };

describe('the bilingual readers on hostile input (fuzz)', () => {
  it('XLIFF 1.2 and 2.x: a file or a typed refusal, for generated documents and random input', () => {
    fc.assert(fc.property(fc.oneof(xliff12, xliff2, randomBytes, randomCodeUnits), (input) => {
      returnsOrRefuses(() => readXliff(input));
    }), FUZZ_RUNS);
  });

  it('TMX: units or a typed refusal, for generated documents and random input', () => {
    fc.assert(fc.property(fc.oneof(tmx, randomBytes, randomCodeUnits), (input) => {
      returnsOrRefuses(() => readTmx(input, TMX_OPTIONS));
    }), FUZZ_RUNS);
  });

  it('CSV: units or a typed refusal, for odd quoting, mixed delimiters and random bytes', () => {
    const withHeader = fc.tuple(fc.constantFrom('source,target\r\n', 'source;target;id\n', 'Source\tTarget\tState\tComment\tID\tVersion\n', '"source","target"\n', ''), csvSoup)
      .map(([header, rest]) => header + rest);
    fc.assert(fc.property(fc.oneof(withHeader, randomBytes, randomCodeUnits), (input) => {
      returnsOrRefuses(() => readCsv(input));
    }), FUZZ_RUNS);
  });

  it.each([
    ['an XLIFF unit nested a million deep', `<xliff version="1.2"><file><body>${nested(1_000_000, 'group')}</body></file></xliff>`],
    ['an XLIFF with a 5 MB id', `<xliff version="1.2"><file><body><trans-unit id="s${'9'.repeat(5_000_000)}"><source>a</source></trans-unit></body></file></xliff>`],
    ['an XLIFF 2 with 40,000 empty units', `<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="id" trgLang="en"><file id="f">${'<unit id="u"><segment><source/></segment></unit>'.repeat(40_000)}</file></xliff>`],
    ['a TMX with a 5 MB language code', `<tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="${'i'.repeat(5_000_000)}"><seg>a</seg></tuv></tu></body></tmx>`],
    ['a TMX with inline codes nested a million deep', `<tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>${nested(1_000_000, 'hi')}</seg></tuv></tu></body></tmx>`],
  ])('answers %s in bounded time with a value or a typed refusal', (_name, input) => {
    returnsOrRefuses(() => readXliff(input));
    returnsOrRefuses(() => readTmx(input, TMX_OPTIONS));
  });

  it.each([
    ['a million quotes', '"'.repeat(1_000_000)],
    ['an unterminated quoted field of 5 MB', `source,target\n"${'a'.repeat(5_000_000)}`],
    ['a million delimiters in one row', `source,target\n${','.repeat(1_000_000)}`],
    ['300,000 empty rows', `source,target\n${'\r\n'.repeat(300_000)}`],
    ['300,000 one-column rows', `source,target\n${'a\n'.repeat(300_000)}`],
  ])('answers CSV with %s in bounded time', (_name, input) => {
    returnsOrRefuses(() => readCsv(input));
  });
});
