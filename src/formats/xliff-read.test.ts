import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import type { SegmentState } from '../core/types.js';
import { aDocument, aSegment, sampleDocument } from './__fixtures__/sample-document.js';
import { groupParagraphs } from './paragraphs.js';
import type { BilingualUnit, ExportDocument } from './types.js';
import { readXliff } from './xliff-read.js';
import { writeXliff12 } from './xliff12.js';
import { writeXliff2 } from './xliff2.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixture = (name: string) => readFileSync(path.join(fixtures, name));

function refusal(xml: string): InvalidInputError {
  try {
    readXliff(xml);
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

type Essentials = Pick<BilingualUnit, 'segmentId' | 'source' | 'target' | 'state' | 'kind' | 'label' | 'paragraph' | 'glueAfter'>;

function essentials(units: readonly BilingualUnit[]): Essentials[] {
  return units.map(({ segmentId, source, target, state, kind, label, paragraph, glueAfter }) => ({ segmentId, source, target, state, kind, label, paragraph, glueAfter }));
}

/** What reading our own XLIFF 2 export must give back (paragraphs of one kind each). */
function expectedFromXliff2(doc: ExportDocument): Essentials[] {
  return groupParagraphs(doc.segments).flatMap((paragraph, index) =>
    paragraph.segments.map((segment, position) => ({
      segmentId: segment.id,
      source: segment.source,
      target: segment.kind === 'skip' || segment.target === '' ? null : segment.target,
      state: segment.state,
      kind: segment.kind,
      label: segment.label,
      paragraph: index,
      glueAfter: position === paragraph.segments.length - 1 ? '' : segment.glueAfter,
    })),
  );
}

/** XLIFF 1.2 carries no state without a target and no glue (a space is assumed). */
function expectedFromXliff12(doc: ExportDocument): Essentials[] {
  return expectedFromXliff2(doc).map((unit, index) => {
    const state: SegmentState | null = unit.target === null ? (unit.state === 'approved' ? 'approved' : null) : unit.state;
    const next = expectedFromXliff2(doc)[index + 1];
    return { ...unit, state, glueAfter: next?.paragraph === unit.paragraph ? ' ' : '' };
  });
}

describe('readXliff reads our XLIFF 2.1 export back', () => {
  it('gives the sample document: sources, targets, states, kinds, labels, paragraphs and glue', () => {
    const file = readXliff(writeXliff2(sampleDocument));
    expect(file).toMatchObject({ format: 'xliff21', sourceLang: 'id', targetLang: 'en', original: 'lavrov-wang-yi.txt' });
    expect(essentials(file.units)).toEqual(expectedFromXliff2(sampleDocument));
    expect(file.units.map((unit) => unit.ref)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
  });

  it('reads the golden file as bytes', () => {
    const golden = readFileSync(path.join(path.dirname(fixtures), '__golden__', 'sample.xlf'));
    expect(essentials(readXliff(golden).units)).toEqual(expectedFromXliff2(sampleDocument));
  });

  it('keeps every kind of glue between segments and leading/trailing spaces', () => {
    const doc = aDocument([
      aSegment({ id: 10, paragraph: 1, source: '  Satu. ', target: ' One.\t', state: 'translated', glueAfter: '\n' }),
      aSegment({ id: 11, paragraph: 1, source: 'Dua.', target: 'Two.', state: 'approved', glueAfter: '\u00A0 ' }),
      aSegment({ id: 12, paragraph: 1, source: 'Tiga.', target: 'Three.', state: 'rejected', glueAfter: '' }),
      aSegment({ id: 13, paragraph: 1, source: 'Empat.', target: 'Fo', state: 'draft' }),
    ]);
    expect(essentials(readXliff(writeXliff2(doc)).units)).toEqual(expectedFromXliff2(doc));
  });
});

describe('readXliff reads our XLIFF 1.2 export back', () => {
  it('gives the sample document with groups as paragraphs and states from target and approved', () => {
    const file = readXliff(writeXliff12(sampleDocument));
    expect(file).toMatchObject({ format: 'xliff12', sourceLang: 'id', targetLang: 'en', original: 'lavrov-wang-yi.txt' });
    expect(essentials(file.units)).toEqual(expectedFromXliff12(sampleDocument));
  });

  it('tells a draft (state="new" with a target) from a new segment', () => {
    const doc = aDocument([
      aSegment({ id: 1, target: 'Draft', state: 'draft' }),
      aSegment({ id: 2, paragraph: 2, state: 'new' }),
    ]);
    expect(readXliff(writeXliff12(doc)).units.map((unit) => [unit.target, unit.state])).toEqual([['Draft', 'draft'], [null, null]]);
  });
});

const ALPHABET = ['a', 'Z', ' ', ' ', '\t', '\n', '\r', '"', "'", '&', '<', '>', ';', '#', '&amp;', '&#38;', ']]>', '\u00A0', '\u200F', '\u202E', '😀', 'é', 'ي'];
const text = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 30 });
const nonBlank = text.filter((value) => value.trim() !== '');

describe('readXliff round trip (property)', () => {
  it('returns sources, targets and glue exactly as written, in both versions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, nonBlank, fc.constantFrom(' ', '\n', '\u00A0', ' \t')), { minLength: 1, maxLength: 5 }), (pairs) => {
        const doc = aDocument(pairs.map(([source, target, glueAfter], index) => aSegment({ id: index + 1, source, target, glueAfter, state: 'translated' })));
        const two = readXliff(writeXliff2(doc)).units;
        expect(two.map((unit) => [unit.source, unit.target, unit.glueAfter])).toEqual(
          pairs.map(([source, target, glue], index) => [source, target, index === pairs.length - 1 ? '' : glue]),
        );
        const twelve = readXliff(writeXliff12(doc)).units;
        expect(twelve.map((unit) => [unit.source, unit.target, unit.state])).toEqual(pairs.map(([source, target]) => [source, target, 'translated']));
      }),
      { numRuns: 200 },
    );
  });
});

const xliff2 = (units: string, file = '<file id="f1">') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en">${file}${units}</file></xliff>`;
const xliff12 = (body: string) =>
  `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="id" target-language="en" datatype="plaintext"><body>${body}</body></file></xliff>`;

describe('readXliff: XLIFF 2 notes, states and structure', () => {
  it('attaches labels and comments to the segment their id names and ignores rejection notes', () => {
    const file = readXliff(xliff2(`
      <unit id="p1">
        <notes>
          <note category="jembatan:label" id="label-s13">boilerplate.related</note>
          <note category="jembatan:rejection" id="rejection-s13">Rejected by rina (accuracy): Wrong.</note>
          <note category="jembatan:comment" id="c-s13-1">Cek angka &amp; nama.</note>
          <note category="jembatan:comment" id="c-s13-2">Sudah.</note>
          <note>A note from another tool.</note>
          <note id="c-s99-1">A comment about a segment elsewhere.</note>
        </notes>
        <segment id="s12"><source>Satu.</source></segment>
        <segment id="s13"><source>Dua.</source></segment>
      </unit>`));
    expect(file.units.map(({ label, comments }) => ({ label, comments }))).toEqual([
      { label: null, comments: ['A note from another tool.', 'A comment about a segment elsewhere.'] },
      { label: 'boilerplate.related', comments: ['Cek angka & nama.', 'Sudah.'] },
    ]);
  });

  it('maps states: our subState first, else the state, else nothing', () => {
    const states = readXliff(xliff2(`
      <unit id="u1">
        <segment id="a" state="initial" subState="jembatan:rejected"><source>1</source><target>x</target></segment>
        <segment id="b" state="reviewed"><source>2</source><target>x</target></segment>
        <segment id="c" state="final" subState="other:thing"><source>3</source><target>x</target></segment>
        <segment id="d"><source>4</source><target>x</target></segment>
        <segment id="e" state="initial"><source>5</source><target>x</target></segment>
        <segment id="f" state="initial"><source>6</source><target> </target></segment>
        <segment id="g" state="done"><source>7</source></segment>
        <segment id="h" state="translated"><source>8</source><target>x</target></segment>
      </unit>`)).units.map((unit) => unit.state);
    expect(states).toEqual(['rejected', 'approved', 'approved', null, 'draft', 'new', null, 'translated']);
  });

  it('reads kinds from unit type and translate, also inherited from a group, and units in nested groups', () => {
    const units = readXliff(xliff2(`
      <unit id="u1" type="jembatan:heading"><segment><source>Judul</source></segment></unit>
      <group id="g1" translate="no">
        <group id="g2"><unit id="u2"><segment><source>Iklan</source></segment></unit></group>
        <unit id="u3" translate="yes"><segment><source>Teks</source></segment></unit>
      </group>
      <unit id="u4" type="jembatan:skip"><segment><source>Baca juga</source></segment></unit>`)).units;
    expect(units.map(({ kind, paragraph, segmentId }) => [kind, paragraph, segmentId])).toEqual([
      ['heading', 0, null],
      ['skip', 1, null],
      ['text', 2, null],
      ['skip', 3, null],
    ]);
  });

  it('takes glue from <ignorable> between segments only, and text from inline elements without codes', () => {
    const units = readXliff(xliff2(`
      <unit id="u1">
        <ignorable><source>  </source></ignorable>
        <segment id="s1"><source>A <pc id="1">bold</pc><ph id="2"/> <mrk id="m1" translate="no">Rp</mrk>.</source></segment>
        <ignorable><source> </source></ignorable><ignorable><source>&#10;</source></ignorable>
        <segment id="s2"><source>B<sc id="3"/>c<ec startRef="3"/></source><target>b<cp hex="0001"/></target></segment>
        <ignorable><source> </source></ignorable>
      </unit>`)).units;
    expect(units.map(({ source, target, glueAfter }) => [source, target, glueAfter])).toEqual([
      ['A bold Rp.', null, ' \n'],
      ['Bc', 'b', ''],
    ]);
  });

  it('uses the segment id or the line as the reference', () => {
    const units = readXliff(xliff2('\n<unit id="u1"><segment id="s7"><source>1</source></segment>\n<segment><source>2</source></segment></unit>')).units;
    expect(units.map((unit) => [unit.ref, unit.segmentId])).toEqual([['s7', 7], ['line 4', null]]);
  });
});

describe('readXliff: XLIFF 1.2 from other tools', () => {
  it('makes the innermost group a paragraph and each ungrouped trans-unit its own', () => {
    const units = readXliff(xliff12(`
      <trans-unit id="a"><source>A</source></trans-unit>
      <trans-unit id="b"><source>B</source></trans-unit>
      <group id="g1">
        <trans-unit id="c"><source>C</source></trans-unit>
        <group id="g2" translate="no">
          <trans-unit id="d"><source>D</source></trans-unit>
          <trans-unit id="e" translate="yes"><source>E</source></trans-unit>
        </group>
        <trans-unit id="f"><source>F</source></trans-unit>
        <trans-unit id="g"><source>G</source></trans-unit>
      </group>
      <bin-unit id="bin"><bin-source><external-file href="x.png"/></bin-source></bin-unit>`)).units;
    expect(units.map(({ ref, paragraph, glueAfter, kind }) => [ref, paragraph, glueAfter, kind])).toEqual([
      ['a', 0, '', 'text'],
      ['b', 1, '', 'text'],
      ['c', 2, '', 'text'],
      ['d', 3, ' ', 'skip'],
      ['e', 3, '', 'text'],
      ['f', 4, ' ', 'text'],
      ['g', 4, '', 'text'],
    ]);
  });

  it('reads labels and comments from notes and ignores our rejection notes', () => {
    const [unit] = readXliff(xliff12(`
      <trans-unit id="s4">
        <source>Satu.</source>
        <note from="jembatan:label">boilerplate.related</note>
        <note from="jembatan:rejection" priority="1">Rejected by rina: Wrong.</note>
        <note from="rina">Cek angka.</note>
        <note>Tanpa penulis.</note>
      </trans-unit>`)).units;
    expect(unit).toMatchObject({ segmentId: 4, label: 'boilerplate.related', comments: ['Cek angka.', 'Tanpa penulis.'] });
  });

  it('keeps the text of <g> and <mrk>, drops codes, and ignores alt-trans and seg-source', () => {
    const [unit] = readXliff(xliff12(`
      <trans-unit id="1">
        <source>A <g id="1">bold</g><x id="2"/> <bpt id="3">&lt;b&gt;</bpt>c<ept id="3">&lt;/b&gt;</ept> <ph id="4">{0}</ph>d</source>
        <seg-source><mrk mtype="seg" mid="1">A bold c d</mrk></seg-source>
        <target><mrk mtype="seg" mid="1">Satu</mrk> <it id="5" pos="open">[</it>dua</target>
        <alt-trans><source>Other</source><target>Lain</target></alt-trans>
      </trans-unit>`)).units;
    expect([unit?.source, unit?.target]).toEqual(['A bold c d', 'Satu dua']);
  });

  it.each<[string, string, SegmentState | null]>([
    ['id="s1"', 'state="needs-review-translation"', 'rejected'],
    ['id="1"', 'state="needs-review-translation"', 'draft'],
    ['id="1"', 'state="needs-review-l10n"', 'draft'],
    ['id="1"', 'state="needs-translation"', 'draft'],
    ['id="1"', 'state="final"', 'approved'],
    ['id="1" approved="yes"', 'state="signed-off"', 'approved'],
    ['id="1" approved="yes"', '', 'translated'],
    ['id="1" approved="yes"', 'state="translated"', 'translated'],
    ['id="1"', '', null],
    ['id="1"', 'state="x-custom"', null],
  ])('reads <trans-unit %s> with <target %s> as %s', (unitAttributes, targetAttributes, state) => {
    const [unit] = readXliff(xliff12(`<trans-unit ${unitAttributes}><source>S</source><target ${targetAttributes}>T</target></trans-unit>`)).units;
    expect(unit?.state).toBe(state);
  });
});

describe('readXliff reads the interop samples', () => {
  it.each(['good12.xlf', 'good20.xlf', 'good21.xlf'])('%s: two translated units, each its own paragraph', (name) => {
    const file = readXliff(fixture(name));
    expect(file).toMatchObject({ sourceLang: 'id', targetLang: 'en', original: 'berita.txt' });
    expect(file.units.map(({ paragraph, state, target }) => [paragraph, state, target?.slice(0, 7)])).toEqual([
      [0, 'translated', 'Russian'],
      [1, 'translated', 'Lavrov '],
    ]);
  });

  it('good12.xlf ids are not our segment ids; good21.xlf ids are', () => {
    expect(readXliff(fixture('good12.xlf')).units.map((unit) => [unit.ref, unit.segmentId])).toEqual([['1', null], ['2', null]]);
    expect(readXliff(fixture('good21.xlf')).units.map((unit) => unit.segmentId)).toEqual([1, 2]);
  });

  it('approved12.xlf (approved="yes", state="translated", as translate-toolkit writes) reads as translated', () => {
    expect(readXliff(fixture('approved12.xlf')).units.map((unit) => unit.state)).toEqual(['translated', 'translated']);
  });

  it('notarget12.xlf has units without target and without state', () => {
    expect(readXliff(fixture('notarget12.xlf')).units.map((unit) => [unit.target, unit.state])).toEqual([[null, null], [null, null]]);
  });

  it('bad2.xlf: an unknown state and a missing srcLang say nothing', () => {
    const file = readXliff(fixture('bad2.xlf'));
    expect(file.sourceLang).toBeNull();
    expect(file.units.map((unit) => [unit.source.slice(0, 5), unit.state])).toEqual([['Menlu', null]]);
  });

  it('notwellformed.xlf is refused as malformed', () => {
    expect(() => readXliff(fixture('notwellformed.xlf'))).toThrowError(expect.objectContaining({ code: 'xml.malformed' }));
  });
});

describe('readXliff refuses what it cannot read', () => {
  it.each([
    ['<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"><file/></xliff>', '1.1'],
    ['<xliff version="2.0"><file/></xliff>', '2.0'],
    ['<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file/></xliff>', '2.0'],
    ['<tmx version="1.4"/>', '1.4'],
    ['<xliff/>', ''],
  ])('%s as unsupported', (xml, version) => {
    expect(refusal(xml)).toMatchObject({ code: 'xliff.unsupported', details: { version } });
  });

  it('refuses a file with no <file> or with more than one', () => {
    expect(refusal('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>').code).toBe('xliff.noFile');
    expect(refusal(xliff2('', '<file id="f1"></file><file id="f2">'))).toMatchObject({ code: 'xliff.multipleFiles', details: { count: 2 } });
  });

  it('refuses duplicate trans-unit, unit and segment ids, naming the id', () => {
    expect(refusal(xliff12('<trans-unit id="s1"><source>a</source></trans-unit><group><trans-unit id="s1"><source>b</source></trans-unit></group>')))
      .toMatchObject({ code: 'xliff.duplicateId', details: { id: 's1' } });
    expect(refusal(xliff2('<unit id="u1"><segment><source>a</source></segment></unit><unit id="u1"><segment><source>b</source></segment></unit>')))
      .toMatchObject({ code: 'xliff.duplicateId', details: { id: 'u1' } });
    expect(refusal(xliff2('<unit id="u1"><segment id="s5"><source>a</source></segment></unit><unit id="u2"><segment id="s5"><source>b</source></segment></unit>')))
      .toMatchObject({ code: 'xliff.duplicateId', details: { id: 's5' } });
    expect(refusal(xliff2('<unit id="u1"><segment id="x"><source>a</source></segment><segment id="x"><source>b</source></segment></unit>')))
      .toMatchObject({ code: 'xliff.duplicateId', details: { id: 'x' } });
  });

  it('allows the same foreign segment id in different units', () => {
    const xml = xliff2('<unit id="u1"><segment id="1"><source>a</source></segment></unit><unit id="u2"><segment id="1"><source>b</source></segment></unit>');
    expect(readXliff(xml).units).toHaveLength(2);
  });

  it('refuses a unit without <source>, naming it', () => {
    expect(refusal(xliff12('<trans-unit id="s9"><target>x</target></trans-unit>'))).toMatchObject({ code: 'xliff.noSource', details: { unit: 's9' } });
    expect(refusal(xliff2('\n<unit id="u1"><segment><target>x</target></segment></unit>'))).toMatchObject({ code: 'xliff.noSource', details: { unit: 'line 3' } });
  });

  it('passes on the XML reader\'s refusals', () => {
    expect(refusal('<!DOCTYPE xliff [<!ENTITY x "y">]><xliff/>').code).toBe('xml.doctype');
  });
});
