import fc from 'fast-check';
import { describe, it } from 'vitest';
import { FUZZ_RUNS, randomBytes, returnsOrRefuses, xmlSoup } from '../../tests/support/hostile-input.js';
import { sampleDocument } from './__fixtures__/sample-document.js';
import { DOCX_LIMITS } from './docx-open.js';
import { readArticleDocx, readBilingualDocx } from './docx-read.js';
import { writeBilingualDocx } from './docx-write.js';
import { openZip, readZip, writeZip } from './zip.js';

const LIMITS = { maxArchiveBytes: 1024 * 1024 };
const VALID_DOCX = writeBilingualDocx(sampleDocument);
const SMALL_DOCX = writeZip([
  { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
  { name: 'word/document.xml', data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Presiden tiba.</w:t></w:r></w:p></w:body></w:document>' },
]);

/** A real archive with a few bytes overwritten, cut short, or with bytes inserted. */
function damaged(archive: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.array(fc.tuple(fc.nat({ max: archive.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((changes) => {
      const copy = Uint8Array.from(archive);
      for (const [at, value] of changes) copy[at] = value;
      return copy;
    }),
    fc.nat({ max: archive.length }).map((length) => archive.slice(0, length)),
    fc.tuple(fc.nat({ max: archive.length }), randomBytes).map(([at, inserted]) => Uint8Array.from([...archive.slice(0, at), ...inserted, ...archive.slice(at)])),
    // The central directory's numbers (sizes, offsets, counts) are in the last bytes: aim there too.
    fc.array(fc.tuple(fc.nat({ max: Math.min(200, archive.length - 1) }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }).map((changes) => {
      const copy = Uint8Array.from(archive);
      for (const [back, value] of changes) copy[archive.length - 1 - back] = value;
      return copy;
    }),
  );
}

/** Archives we build from generated entries: odd names, XML soup, stored or deflated. */
const generatedArchive = fc.array(fc.record({
  name: fc.constantFrom('[Content_Types].xml', 'word/document.xml', '_rels/.rels', 'word/styles.xml', 'word/_rels/document.xml.rels', 'a.xml', 'word/x/../document.xml'),
  data: fc.oneof(xmlSoup, fc.constantFrom(
    '<Relationships><Relationship Type="http://x/officeDocument" Target="/../../etc/passwd"/></Relationships>',
    '<Relationships><Relationship Type="http://x/officeDocument" Target="word/styles.xml"/></Relationships>',
    '<w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:bookmarkStart w:name="_s1_p1_v0"/></w:p></w:tc></w:tr></w:tbl></w:body></w:document>',
    '<w:styles><w:style w:styleId="T"><w:name w:val="Title"/></w:style></w:styles>',
  )),
  compress: fc.boolean(),
}), { maxLength: 5 }).map((entries) => {
  const unique = [...new Map(entries.map((entry) => [entry.name, entry])).values()].filter((entry) => !entry.name.includes('..'));
  return writeZip(unique);
});

const anyArchive = fc.oneof(damaged(VALID_DOCX), damaged(SMALL_DOCX), generatedArchive, randomBytes, randomBytes.map((bytes) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes])));

describe('the ZIP and DOCX readers on hostile input (fuzz)', () => {
  it('openZip and readZip give entries or a typed refusal for damaged, generated and random archives', () => {
    fc.assert(fc.property(anyArchive, (bytes) => {
      const zip = returnsOrRefuses(() => openZip(bytes, LIMITS));
      if ('entries' in zip) for (const entry of zip.entries) returnsOrRefuses(() => zip.read(entry.name));
      returnsOrRefuses(() => readZip(bytes, LIMITS));
    }), FUZZ_RUNS);
  });

  it('the DOCX article and bilingual table readers give text or a typed refusal for any archive', () => {
    fc.assert(fc.property(anyArchive, (bytes) => {
      returnsOrRefuses(() => readArticleDocx(bytes, { limits: DOCX_LIMITS }));
      returnsOrRefuses(() => readBilingualDocx(bytes, [], { limits: DOCX_LIMITS }));
    }), FUZZ_RUNS);
  });
});
