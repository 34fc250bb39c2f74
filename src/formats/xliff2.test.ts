import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { aDocument, aSegment, sampleDocument } from './__fixtures__/sample-document.js';
import { writeXliff2 } from './xliff2.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schemaDir = path.resolve(repoRoot, 'tests/fixtures/schemas');
const BUNDLE = 'bundles/xliff-2.1-core-and-modules.xsd';

/** Every file under dir, named relative to the schema folder so that relative xs:import paths resolve. */
function schemaFiles(dir: string): XMLFileInfo[] {
  return readdirSync(path.join(schemaDir, dir), { withFileTypes: true }).flatMap((entry) => {
    const name = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(name);
    return entry.name.endsWith('.xsd') ? [{ fileName: name, contents: readFileSync(path.join(schemaDir, name), 'utf8') }] : [];
  });
}

async function validateXliff21(xml: string) {
  return validateXML({
    xml: [{ fileName: 'export.xlf', contents: xml }],
    schema: [{ fileName: BUNDLE, contents: readFileSync(path.join(schemaDir, BUNDLE), 'utf8') }],
    preload: schemaFiles('xliff-2.1'),
  });
}

describe('writeXliff2 against the official XLIFF 2.1 schema', () => {
  it('writes a sample document (heading, two-sentence paragraph, boilerplate, every state) that validates', async () => {
    const result = await validateXliff21(writeXliff2(sampleDocument));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('stays valid when source and target carry XML specials and control characters', async () => {
    const doc = aDocument([
      aSegment({ id: 1, source: 'A <b>&amp;</b> "q" \'a\' \u0000\u0001\uFFFF\uD800 ]]> end', target: '<script>x</script>\u000B&', state: 'translated', glueAfter: '\t' }),
      aSegment({ id: 2, source: 'Dua.', target: 'Two.', state: 'approved' }),
    ]);
    const result = await validateXliff21(writeXliff2(doc));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is checked for real: the validator refuses a state XLIFF 2 does not know', async () => {
    const broken = writeXliff2(sampleDocument).replace('state="translated"', 'state="done"');
    const result = await validateXliff21(broken);
    expect(result.valid).toBe(false);
  });
});

describe('writeXliff2', () => {
  const xml = writeXliff2(sampleDocument);

  it('declares XLIFF 2.1 with the project languages', () => {
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:jbt="urn:jembatan:xliff:1" version="2.1" srcLang="id" trgLang="en">');
  });

  it('writes one unit per paragraph and one segment per sentence', () => {
    expect(xml.match(/<unit /g)).toHaveLength(5);
    expect(xml.match(/<segment /g)).toHaveLength(6);
  });

  it('keeps the glue between sentences of a paragraph in an ignorable', () => {
    expect(xml).toMatch(/<segment id="s2"[\s\S]*<\/segment>\s*<ignorable>\s*<source> <\/source>\s*<\/ignorable>\s*<segment id="s3"/);
    expect(xml.match(/<ignorable>/g)).toHaveLength(1);
  });

  it('writes no ignorable after the last segment of a paragraph', () => {
    const doc = aDocument([aSegment({ id: 1, glueAfter: ' ' })]);
    expect(writeXliff2(doc)).not.toContain('<ignorable>');
  });

  it('marks a boilerplate paragraph translate="no", without target, and keeps its label in a note', () => {
    expect(xml).toContain('<unit id="p4" type="jembatan:skip" translate="no" jbt:versions="s5:0">');
    expect(xml).toContain('<note id="label-s5" category="jembatan:label">boilerplate.related</note>');
    expect(xml).toMatch(/<segment id="s5"[^>]*>\s*<source>Baca Juga : Putin Kunjungi Beijing<\/source>\s*<\/segment>/);
  });

  it('omits the target of an untranslated segment', () => {
    expect(xml).toMatch(/<segment id="s6" state="initial" subState="jembatan:new">\s*<source>[^<]*<\/source>\s*<\/segment>/);
  });

  it('escapes XML specials in source, target and file name', () => {
    const doc = aDocument([aSegment({ id: 1, source: 'a < b & "c"', target: "it's <ok>" })], {
      document: { id: 1, title: 'T', originalName: 'berita "1" & <2>.txt' },
    });
    const out = writeXliff2(doc);
    expect(out).toContain('<source>a &lt; b &amp; &quot;c&quot;</source>');
    expect(out).toContain('<target>it&apos;s &lt;ok&gt;</target>');
    expect(out).toContain('original="berita &quot;1&quot; &amp; &lt;2&gt;.txt"');
  });

  it('drops characters XML 1.0 cannot carry', () => {
    const out = writeXliff2(aDocument([aSegment({ id: 1, source: 'a\u0000b\u001Fc\uFFFEd' })]));
    expect(out).toContain('<source>abcd</source>');
  });

  it('uses the title as original when the document has no file name', () => {
    const out = writeXliff2(aDocument([aSegment({ id: 1 })], { document: { id: 3, title: 'Judul', originalName: null } }));
    expect(out).toContain('<file id="f1" original="Judul" xml:space="preserve">');
  });
});
