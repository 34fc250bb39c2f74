import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { SegmentState } from '../core/types.js';
import { aDocument, aSegment, sampleDocument } from './__fixtures__/sample-document.js';
import { xliff12StateOf } from './xliff-states.js';
import { writeXliff12 } from './xliff12.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schemaDir = path.resolve(repoRoot, 'tests/fixtures/schemas/xliff-1.2');
const STRICT = 'xliff-core-1.2-strict.xsd';

async function validateXliff12(xml: string) {
  return validateXML({
    xml: [{ fileName: 'export.xlf', contents: xml }],
    schema: [{ fileName: STRICT, contents: readFileSync(path.join(schemaDir, STRICT), 'utf8') }],
    preload: [{ fileName: 'xml.xsd', contents: readFileSync(path.join(schemaDir, 'xml.xsd'), 'utf8') }],
  });
}

/** The <trans-unit> element of segment `id`, from its start tag to its end tag. */
function transUnit(xml: string, id: number): string {
  const match = new RegExp(`<trans-unit id="s${id}"[^>]*>[\\s\\S]*?</trans-unit>`).exec(xml);
  if (match === null) throw new Error(`no trans-unit s${id}`);
  return match[0];
}

describe('writeXliff12 against the official XLIFF 1.2 strict schema', () => {
  it('writes a sample document (heading, two-sentence paragraph, boilerplate, every state) that validates', async () => {
    const result = await validateXliff12(writeXliff12(sampleDocument));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('stays valid with XML specials, control characters, emoji, NBSP and edge spaces', async () => {
    const doc = aDocument([
      aSegment({ id: 1, source: 'A <b>&amp;</b> "q" \'a\' \u0000\u0001\uFFFF\uD800 ]]> end', target: '<script>x</script>\u000B&', state: 'translated' }),
      aSegment({ id: 2, source: '  Dua\u00A0😀  ', target: ' Two 😀 ', state: 'approved', label: 'x<y' }),
      aSegment({ id: 3, source: 'Tiga.', target: 'Three.', state: 'rejected' }),
    ], { document: { id: 1, title: 'T', originalName: 'a "b" & <c>\t.txt' } });
    const result = await validateXliff12(writeXliff12(doc));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is checked for real: the validator refuses a state XLIFF 1.2 does not know', async () => {
    const broken = writeXliff12(sampleDocument).replace('state="translated"', 'state="done"');
    expect(broken).toContain('state="done"');
    const result = await validateXliff12(broken);
    expect(result.valid).toBe(false);
  });
});

describe('xliff12StateOf (DESIGN.md §7)', () => {
  it.each<[SegmentState, string, boolean]>([
    ['new', 'new', false],
    ['draft', 'new', false],
    ['translated', 'translated', false],
    ['rejected', 'needs-review-translation', false],
    ['approved', 'signed-off', true],
  ])('maps %s to state="%s", approved="yes": %s', (state, expected, approved) => {
    expect(xliff12StateOf(state)).toBe(expected);
    const unit = transUnit(writeXliff12(aDocument([aSegment({ id: 1, target: 'T', state })])), 1);
    expect(unit).toContain(`<target state="${expected}">T</target>`);
    expect(unit.includes('approved="yes"')).toBe(approved);
  });
});

describe('writeXliff12', () => {
  const xml = writeXliff12(sampleDocument);

  it('declares XLIFF 1.2 with one plaintext file and the project languages', () => {
    expect(xml).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">');
    expect(xml).toContain('<file original="lavrov-wang-yi.txt" source-language="id" target-language="en" datatype="plaintext">');
    expect(xml.match(/<file /g)).toHaveLength(1);
  });

  it('writes a group per paragraph and a trans-unit per segment', () => {
    expect(xml.match(/<group id="p\d+">/g)).toEqual(['<group id="p1">', '<group id="p2">', '<group id="p3">', '<group id="p4">', '<group id="p5">']);
    expect(xml.match(/<trans-unit /g)).toHaveLength(6);
    expect(xml).toMatch(/<group id="p2">\s*<trans-unit id="s2"[\s\S]*?<\/trans-unit>\s*<trans-unit id="s3"[\s\S]*?<\/trans-unit>\s*<\/group>/);
  });

  it('marks every trans-unit xml:space="preserve" and keeps leading and trailing spaces, NBSP and emoji', () => {
    expect(xml.match(/<trans-unit [^>]*xml:space="preserve"/g)).toHaveLength(6);
    const out = writeXliff12(aDocument([aSegment({ id: 1, source: '  Satu\u00A0😀 ', target: ' One\u00A0😀  ', state: 'translated' })]));
    expect(out).toContain('<source>  Satu\u00A0😀 </source>');
    expect(out).toContain('<target state="translated"> One\u00A0😀  </target>');
  });

  it('marks approved units approved="yes" and no others', () => {
    expect(transUnit(xml, 1)).toMatch(/^<trans-unit id="s1" restype="x-jembatan-heading" approved="yes" extradata="jembatan:v3" xml:space="preserve">/);
    expect(xml.match(/approved="yes"/g)).toHaveLength(1);
  });

  it('marks a skipped segment translate="no", without target, and keeps its label in a note', () => {
    const unit = transUnit(xml, 5);
    expect(unit).toMatch(/^<trans-unit id="s5" translate="no" extradata="jembatan:v0" xml:space="preserve">/);
    expect(unit).not.toContain('<target');
    expect(unit).toContain('<note from="jembatan:label">boilerplate.related</note>');
    expect(xml.match(/translate="no"/g)).toHaveLength(1);
  });

  it('omits the target of an untranslated segment', () => {
    expect(transUnit(xml, 6)).toMatch(/^<trans-unit id="s6" extradata="jembatan:v0" xml:space="preserve">\s*<source>[^<]*<\/source>\s*<\/trans-unit>$/);
  });

  it('escapes XML specials in source, target and file name', () => {
    const doc = aDocument([aSegment({ id: 1, source: 'a < b & "c"', target: "it's <ok>", state: 'draft' })], {
      document: { id: 1, title: 'T', originalName: 'berita "1" & <2>.txt' },
    });
    const out = writeXliff12(doc);
    expect(out).toContain('<source>a &lt; b &amp; &quot;c&quot;</source>');
    expect(out).toContain('<target state="new">it&apos;s &lt;ok&gt;</target>');
    expect(out).toContain('original="berita &quot;1&quot; &amp; &lt;2&gt;.txt"');
  });

  it('drops characters XML 1.0 cannot carry', () => {
    const out = writeXliff12(aDocument([aSegment({ id: 1, source: 'a\u0000b\u001Fc\uFFFEd', target: 'x\u0008y', state: 'translated' })]));
    expect(out).toContain('<source>abcd</source>');
    expect(out).toContain('<target state="translated">xy</target>');
  });

  it('uses the title as original when the document has no file name', () => {
    const out = writeXliff12(aDocument([aSegment({ id: 1 })], { document: { id: 3, title: 'Judul', originalName: null } }));
    expect(out).toContain('<file original="Judul" ');
  });
});
