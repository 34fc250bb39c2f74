import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { SEGMENT_KINDS, SEGMENT_STATES, type SegmentState } from '../core/types.js';
import { aDocument, aSegment, sampleDocument } from './__fixtures__/sample-document.js';
import {
  DOCX_LIMITS,
  DOCX_MEDIA_TYPE,
  docxExporter,
  docxTrackedExporter,
  readArticleDocx,
  readBilingualDocx,
  targetDocxExporter,
  writeBilingualDocx,
  writeTargetDocx,
  writeTrackedDocx,
} from './docx.js';
import type { ExportDocument, ExportSegment } from './types.js';
import { parseXmlPart } from './wordml-xml.js';
import { readZip, writeZip } from './zip.js';

const goldenDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '__golden__');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const indonesianStates: Record<SegmentState, string> = { new: 'Baru', draft: 'Draf', translated: 'Diterjemahkan', rejected: 'Ditolak', approved: 'Disetujui' };
const englishStates: Record<SegmentState, string> = { new: 'New', draft: 'Draft', translated: 'Translated', rejected: 'Rejected', approved: 'Approved' };

/** The sample document after a review: a rejection, two comments and a reviewer's change on segment 4. */
const reviewedDocument: ExportDocument = aDocument(
  sampleDocument.segments.map((segment) =>
    segment.id === 4
      ? {
          ...segment,
          comments: [
            { author: 'rina', body: 'Periksa angkanya.', createdAt: '2026-11-01T10:08:00.000Z' },
            { author: 'budi', body: 'Fixed:\n"quadrillion" is right.', createdAt: '2026-11-01T10:09:30.000Z' },
          ],
          rejection: { author: 'rina', category: 'accuracy', severity: 'major', comment: 'Wrong number.', createdAt: '2026-11-01T10:08:00.000Z' },
          revised: { confirmed: 'Trade reached IDR 1.5 trillion.', confirmedBy: 'budi', revisedBy: 'rina', revisedAt: '2026-11-01T10:07:00.000Z' },
        }
      : segment,
  ),
);

function partOf(bytes: Uint8Array, name: string): string {
  const part = readZip(bytes, DOCX_LIMITS, [name]).get(name);
  if (part === undefined) throw new Error(`no ${name}`);
  return new TextDecoder().decode(part);
}

/** The same package with word/document.xml changed, as if edited in Word. */
function editDocument(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const entries = readZip(bytes, DOCX_LIMITS);
  return writeZip([...entries].map(([name, data]) => ({ name, data: name === 'word/document.xml' ? edit(new TextDecoder().decode(data)) : data })));
}

/** A minimal hand-made package around a body, the way another program might write one. */
function packageWith(body: string, parts: { styles?: string; documentXml?: string } = {}): Uint8Array {
  return writeZip([
    { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'word/document.xml', data: parts.documentXml ?? `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>` },
    ...(parts.styles !== undefined ? [{ name: 'word/styles.xml', data: `<w:styles ${W}>${parts.styles}</w:styles>` }] : []),
  ]);
}

function errorOf(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

const p = (text: string, style?: string) =>
  `<w:p>${style !== undefined ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('DOCX exporters', () => {
  it.each([
    [docxExporter, 'docx'],
    [docxTrackedExporter, 'docx-tracked'],
    [targetDocxExporter, 'target-docx'],
  ])('%#: %s is a .docx in the Word media type', (exporter, id) => {
    expect(exporter.id).toBe(id);
    expect(exporter.mediaType).toBe(DOCX_MEDIA_TYPE);
    expect(exporter.extension).toBe('docx');
    expect(exporter.write(sampleDocument)).toBeInstanceOf(Uint8Array);
  });

  it('writes a complete minimal package with the title and creation time in the core properties', () => {
    const bytes = writeBilingualDocx(sampleDocument);
    const names = [...readZip(bytes, DOCX_LIMITS).keys()];
    expect(names).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels', 'docProps/core.xml']);
    const core = partOf(bytes, 'docProps/core.xml');
    expect(core).toContain('<dc:title>China-Rusia Perkuat Kerja Sama</dc:title>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-02T09:30:00Z</dcterms:created>');
    for (const name of names) expect(() => parseXmlPart(partOf(bytes, name), name)).not.toThrow();
  });

  it('writes the same bytes for the same document', () => {
    expect(writeBilingualDocx(reviewedDocument)).toEqual(writeBilingualDocx(reviewedDocument));
  });

  it('repeats the header row on every page and marks each row with a bookmark carrying id, paragraph and kind', () => {
    const xml = partOf(writeBilingualDocx(sampleDocument), 'word/document.xml');
    expect(xml).toContain('<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    expect(xml.match(/w:name="jembatan_s\d+_p\d+_v\d+(?:_skip|_head)?"/g)).toEqual([
      'w:name="jembatan_s1_p1_v3_head"',
      'w:name="jembatan_s2_p2_v2"',
      'w:name="jembatan_s3_p2_v1"',
      'w:name="jembatan_s4_p3_v4"',
      'w:name="jembatan_s5_p4_v0_skip"',
      'w:name="jembatan_s6_p5_v0"',
    ]);
  });

  it('uses unique w:id values for bookmarks and tracked changes', () => {
    const xml = partOf(writeTrackedDocx(reviewedDocument), 'word/document.xml');
    const ids = [...xml.matchAll(/<w:(?:bookmarkStart|ins|del) w:id="(\d+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(6);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows a reviewer change as Word revisions with author and a second-precision date', () => {
    const xml = partOf(writeTrackedDocx(reviewedDocument), 'word/document.xml');
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="rina" w:date="2026-11-01T10:07:00Z"><w:r><w:rPr>.*?<\/w:rPr><w:delText xml:space="preserve">trillion<\/w:delText><\/w:r><\/w:del>/);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="rina" w:date="2026-11-01T10:07:00Z"><w:r><w:rPr>.*?<\/w:rPr><w:t xml:space="preserve">quadrillion<\/w:t><\/w:r><\/w:ins>/);
    expect(partOf(writeTrackedDocx(reviewedDocument), 'word/settings.xml')).toContain('<w:trackRevisions/>');
    expect(partOf(writeBilingualDocx(reviewedDocument), 'word/document.xml')).not.toContain('<w:ins ');
  });

  it('drops characters XML cannot carry and escapes the rest', () => {
    const doc = aDocument([aSegment({ id: 1, source: 'a\u0001b <c> & "d"', target: 'x\uFFFEy' })]);
    const xml = partOf(writeBilingualDocx(doc), 'word/document.xml');
    expect(xml).toContain('ab &lt;c&gt; &amp; &quot;d&quot;');
    expect(xml).toContain('>xy<');
  });

  // Set UPDATE_GOLDEN=1 to rewrite the files after an intended change; review the diff before committing.
  it.each<[string, (doc: ExportDocument) => Uint8Array, string]>([
    ['docx', writeBilingualDocx, 'sample.docx.document.xml'],
    ['docx-tracked', writeTrackedDocx, 'sample.docx-tracked.document.xml'],
    ['target-docx', writeTargetDocx, 'sample.target-docx.document.xml'],
  ])('%s: word/document.xml of the reviewed sample equals __golden__/%s exactly', (_, write, file) => {
    const actual = partOf(write(reviewedDocument), 'word/document.xml');
    const goldenPath = path.join(goldenDir, file);
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(goldenPath, actual);
    expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
  });
});

describe('readBilingualDocx', () => {
  it('reads back segment ids, texts, states, comments, kinds and paragraphs', () => {
    const file = readBilingualDocx(writeBilingualDocx(reviewedDocument), [englishStates, indonesianStates]);
    expect(file).toMatchObject({ format: 'docx', sourceLang: null, targetLang: null, original: 'China-Rusia Perkuat Kerja Sama' });
    expect(file.units.map((u) => [u.segmentId, u.ref, u.state, u.kind, u.paragraph, u.glueAfter])).toEqual([
      [1, 'row 1', 'approved', 'heading', 0, ''],
      [2, 'row 2', 'translated', 'text', 1, ' '],
      [3, 'row 3', 'draft', 'text', 1, ''],
      [4, 'row 4', 'rejected', 'text', 2, ''],
      [5, 'row 5', null, 'skip', 3, ''],
      [6, 'row 6', 'new', 'text', 4, ''],
    ]);
    const unit4 = file.units[3]!;
    expect(unit4.source).toBe('Nilai perdagangan mencapai Rp 1.500.000,50 triliun.');
    expect(unit4.target).toBe('Trade reached IDR 1.5 quadrillion.');
    expect(unit4.comments).toEqual(['Periksa angkanya.', 'Fixed:\n"quadrillion" is right.']);
    expect(file.units[2]!.source).toBe('Keduanya membahas kerja sama "strategis" & ekonomi <2024>.');
    expect(file.units[5]!.target).toBe('');
    expect(file.units[4]!.target).toBe('');
  });

  it('round-trips any text, state, kind and comment (property)', () => {
    const tricky = fc.constantFrom('a', 'Z', ' ', '  ', '\u00A0', '"', "'", '&', '<', '>', '&amp;', '\t', '\n', '😀', '\u200F', '\u202B', 'é', 'ب', ':', '—', ']]>');
    const text = fc.string({ unit: tricky, maxLength: 12 });
    const segment = fc.record({
      source: text,
      target: text,
      state: fc.constantFrom(...SEGMENT_STATES),
      kind: fc.constantFrom(...SEGMENT_KINDS),
      comments: fc.array(fc.record({ author: text, body: text.filter((body) => body.trim() !== '') }), { maxLength: 3 }),
      newParagraph: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), (specs) => {
        let paragraph = 0;
        const segments: ExportSegment[] = specs.map((spec, index) => {
          if (index === 0 || spec.newParagraph) paragraph++;
          return aSegment({
            id: 100 + index,
            paragraph,
            source: spec.source,
            target: spec.target,
            state: spec.state,
            kind: spec.kind,
            comments: spec.comments.map((c) => ({ ...c, createdAt: '2026-11-01T10:00:00.000Z' })),
          });
        });
        const units = readBilingualDocx(docxExporter.write(aDocument(segments)) as Uint8Array).units;
        expect(units.map((u) => u.segmentId)).toEqual(segments.map((s) => s.id));
        expect(units.map((u) => u.source)).toEqual(segments.map((s) => s.source));
        expect(units.map((u) => u.target)).toEqual(segments.map((s) => (s.kind === 'skip' ? '' : s.target)));
        expect(units.map((u) => u.state)).toEqual(segments.map((s) => (s.kind === 'skip' ? null : s.state)));
        expect(units.map((u) => u.kind)).toEqual(segments.map((s) => s.kind));
        expect(units.map((u) => u.comments)).toEqual(segments.map((s) => s.comments.map((c) => c.body)));
        const firstOfParagraph = segments.map((s, i) => i === 0 || s.paragraph !== segments[i - 1]!.paragraph);
        expect(units.map((u, i) => i === 0 || u.paragraph !== units[i - 1]!.paragraph)).toEqual(firstOfParagraph);
      }),
      { numRuns: 150 },
    );
  });

  it('accepts our tracked changes: the reader gets the current target (property)', () => {
    const word = fc.constantFrom('China', 'Rusia', 'kerja', 'sama', '1.500', '&', '"x"', '😀', ' ', '  ', '\t', '\n', ',');
    const text = fc.array(word, { maxLength: 10 }).map((words) => words.join(''));
    fc.assert(
      fc.property(text, text, (confirmed, target) => {
        const segment = aSegment({ id: 1, target, state: 'translated', revised: { confirmed, confirmedBy: 'budi', revisedBy: 'rina', revisedAt: '2026-11-01T10:07:00.000Z' } });
        const units = readBilingualDocx(writeTrackedDocx(aDocument([segment]))).units;
        expect(units[0]!.target).toBe(target);
      }),
      { numRuns: 150 },
    );
  });

  it('accepts tracked changes a reviewer makes in Word, and reads new comment paragraphs whole', () => {
    const bytes = editDocument(writeTrackedDocx(reviewedDocument), (xml) =>
      xml
        // A new deletion and insertion inside segment 2's target.
        .replace(
          '<w:t xml:space="preserve">Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Tuesday (April 9).</w:t></w:r>',
          '<w:t xml:space="preserve">Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on </w:t></w:r>'
            + '<w:del w:id="900" w:author="Editor"><w:r><w:delText>Tuesday</w:delText></w:r></w:del>'
            + '<w:ins w:id="901" w:author="Editor"><w:r><w:t>Tuesday, 9 April</w:t></w:r></w:ins>'
            + '<w:r><w:t xml:space="preserve"> (April 9).</w:t></w:r>',
        )
        // A comment paragraph typed in Word, without our author prefix.
        .replace(
          /(<w:tc><w:tcPr><w:tcW w:w="2998" w:type="dxa"\/><\/w:tcPr>)<w:p><w:pPr><w:pStyle w:val="JembatanCell"\/><\/w:pPr><\/w:p>/,
          '$1<w:p><w:r><w:t>Lebih baik “Selasa, 9 April”.</w:t></w:r></w:p>',
        ),
    );
    const units = readBilingualDocx(bytes).units;
    expect(units[1]!.target).toBe('Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Tuesday, 9 April (April 9).');
    expect(units[0]!.comments).toEqual(['Lebih baik “Selasa, 9 April”.']);
    expect(units[3]!.target).toBe('Trade reached IDR 1.5 quadrillion.');
  });

  it('accepts a deleted paragraph mark and a deleted row', () => {
    const body = [
      '<w:tbl>',
      '<w:tr>', ...['#', 'S', 'T', 'State', 'C'].map((t) => `<w:tc>${p(t)}</w:tc>`), '</w:tr>',
      '<w:tr><w:trPr><w:del w:id="1" w:author="x"/></w:trPr>', ...['1', 'gone', 'gone', 'new', ''].map((t) => `<w:tc>${p(t)}</w:tc>`), '</w:tr>',
      '<w:tr>', `<w:tc>${p('2')}</w:tc><w:tc>${p('sumber')}</w:tc>`,
      '<w:tc><w:p><w:pPr><w:rPr><w:del w:id="2" w:author="x"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">one </w:t></w:r></w:p>', p('line'), '</w:tc>',
      `<w:tc>${p('Disetujui')}</w:tc><w:tc>${p('')}</w:tc>`, '</w:tr>',
      '</w:tbl>',
    ].join('');
    const units = readBilingualDocx(packageWith(body), [englishStates, indonesianStates]).units;
    expect(units).toEqual([
      { segmentId: null, ref: 'row 1', version: null, source: 'sumber', target: 'one line', state: 'approved', comments: [], paragraph: 0, kind: 'text', label: null, glueAfter: '' },
    ]);
  });

  it('maps state names of either UI language and raw state ids; anything else is null', () => {
    const doc = aDocument([aSegment({ id: 1, state: 'approved' })], { labels: { ...sampleDocument.labels, states: indonesianStates, skipped: 'Dilewati' } });
    const bytes = writeBilingualDocx(doc);
    expect(readBilingualDocx(bytes, [englishStates, indonesianStates]).units[0]!.state).toBe('approved');
    expect(readBilingualDocx(bytes).units[0]!.state).toBeNull();
    const raw = editDocument(bytes, (xml) => xml.replace('>Disetujui<', '> Draft <'));
    expect(readBilingualDocx(raw).units[0]!.state).toBe('draft');
    const unknown = editDocument(bytes, (xml) => xml.replace('>Disetujui<', '>Perhaps<'));
    expect(readBilingualDocx(unknown, [englishStates, indonesianStates]).units[0]!.state).toBeNull();
  });

  it('recognises skipped rows by their label when the bookmark is gone', () => {
    const doc = aDocument([aSegment({ id: 5, kind: 'skip', source: 'Baca Juga' }), aSegment({ id: 6 })], { labels: { ...sampleDocument.labels, skipped: 'Dilewati' } });
    const bytes = editDocument(writeBilingualDocx(doc), (xml) => xml.replace(/<w:bookmark(Start|End)[^>]*\/>/g, ''));
    const units = readBilingualDocx(bytes, [], { skippedNames: ['Skipped', 'Dilewati'] }).units;
    expect(units.map((u) => [u.segmentId, u.kind, u.paragraph])).toEqual([[null, 'skip', 0], [null, 'text', 1]]);
  });

  it('finds a five-column table without bookmarks and reads ids as null', () => {
    const row = (cells: string[]) => `<w:tr>${cells.map((t) => `<w:tc>${p(t)}</w:tc>`).join('')}</w:tr>`;
    const body = p('Judul', 'Title') + `<w:tbl>${row(['a', 'b'])}</w:tbl>` + `<w:tbl>${row(['#', 'S', 'T', 'St', 'C'])}${row(['1', 'Satu.', 'One.', 'translated', 'ok'])}</w:tbl>`;
    const file = readBilingualDocx(packageWith(body));
    expect(file.original).toBe('Judul');
    expect(file.units).toMatchObject([{ segmentId: null, source: 'Satu.', target: 'One.', state: 'translated', comments: ['ok'] }]);
  });

  it('refuses a document without our table', () => {
    expect(errorOf(() => readBilingualDocx(writeTargetDocx(sampleDocument))).code).toBe('docx.noTable');
  });

  it('refuses a row with the wrong number of cells and says which row', () => {
    const bytes = editDocument(writeBilingualDocx(sampleDocument), (xml) => {
      const rows = xml.split('<w:tr>');
      rows[3] = rows[3]!.replace(/<w:tc>.*?<\/w:tc>/, '');
      return rows.join('<w:tr>');
    });
    const error = errorOf(() => readBilingualDocx(bytes));
    expect(error.code).toBe('docx.badRow');
    expect(error.details).toEqual({ row: 2, cells: 4 });
  });
});

describe('DOCX package checks', () => {
  it('refuses a PNG renamed to .docx', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(100)]);
    expect(errorOf(() => readBilingualDocx(png)).code).toBe('docx.notZip');
    expect(errorOf(() => readArticleDocx(png)).code).toBe('docx.notZip');
  });

  it('refuses packages without [Content_Types].xml or the main document', () => {
    const noTypes = writeZip([{ name: 'word/document.xml', data: `<w:document ${W}><w:body/></w:document>` }]);
    expect(errorOf(() => readArticleDocx(noTypes))).toMatchObject({ code: 'docx.missingPart', details: { part: '[Content_Types].xml' } });
    const noDocument = writeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }]);
    expect(errorOf(() => readArticleDocx(noDocument))).toMatchObject({ code: 'docx.missingPart', details: { part: 'word/document.xml' } });
  });

  it('follows the package relationship to a main document with another name', () => {
    const bytes = writeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: '_rels/.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>' },
      { name: 'word/document2.xml', data: `<w:document ${W}><w:body>${p('Isi.')}</w:body></w:document>` },
    ]);
    expect(readArticleDocx(bytes).text).toBe('Isi.');
  });

  it.each([
    ['a DOCTYPE', `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]><w:document ${W}><w:body>${p('&a;')}</w:body></w:document>`],
    ['an undeclared entity', `<w:document ${W}><w:body>${p('&nbsp;')}</w:body></w:document>`],
    ['a bare ampersand', `<w:document ${W}><w:body>${p('a & b')}</w:body></w:document>`],
    ['mismatched tags', `<w:document ${W}><w:body><w:p></w:body></w:p></w:document>`],
    ['a truncated part', `<w:document ${W}><w:body>${p('Isi')}`],
    ['deep nesting', `<w:document ${W}><w:body>${'<w:sdt>'.repeat(500)}${'</w:sdt>'.repeat(500)}</w:body></w:document>`],
    ['invalid UTF-8', `<w:document ${W}><w:body>${p('\uFFFD')}</w:body></w:document>`],
  ])('refuses XML with %s', (reason, documentXml) => {
    let bytes = packageWith('', { documentXml });
    if (reason === 'invalid UTF-8') {
      const entries = readZip(bytes, DOCX_LIMITS);
      const xml = Buffer.from(entries.get('word/document.xml')!);
      const at = xml.indexOf(Buffer.from('\uFFFD'));
      xml[at] = 0xc3;
      xml[at + 1] = 0x28;
      bytes = writeZip([...entries].map(([name, data]) => ({ name, data: name === 'word/document.xml' ? new Uint8Array(xml) : data })));
    }
    expect(errorOf(() => readArticleDocx(bytes))).toMatchObject({ code: 'docx.badXml', details: { part: 'word/document.xml' } });
  });

  it('refuses a DOCTYPE in any part it reads, not only the document', () => {
    const bytes = writeZip([
      { name: '[Content_Types].xml', data: '<!DOCTYPE Types SYSTEM "http://example.com/x.dtd"><Types/>' },
      { name: 'word/document.xml', data: `<w:document ${W}><w:body>${p('Isi.')}</w:body></w:document>` },
    ]);
    expect(errorOf(() => readArticleDocx(bytes))).toMatchObject({ code: 'docx.badXml', details: { part: '[Content_Types].xml' } });
  });

  it('refuses a document nested 300 elements deep, naming the XML reader\'s refusal as the cause', () => {
    const documentXml = `<w:document ${W}><w:body>${'<w:sdt>'.repeat(298)}${'</w:sdt>'.repeat(298)}</w:body></w:document>`;
    expect(errorOf(() => readArticleDocx(packageWith('', { documentXml })))).toMatchObject({
      code: 'docx.badXml',
      details: { part: 'word/document.xml', reason: 'nesting too deep', cause: 'xml.tooDeep' },
    });
  });

  it('refuses a document with 200,000 numeric character references', () => {
    const bytes = packageWith(p('&#65;'.repeat(200_000)));
    expect(errorOf(() => readArticleDocx(bytes))).toMatchObject({
      code: 'docx.badXml',
      details: { part: 'word/document.xml', cause: 'xml.tooManyReferences' },
    });
  });

  it('keeps the XML reader\'s code and line of a refused DOCTYPE', () => {
    const documentXml = `<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY a "a">]>\n<w:document ${W}><w:body/></w:document>`;
    expect(errorOf(() => readArticleDocx(packageWith('', { documentXml })))).toMatchObject({
      code: 'docx.badXml',
      details: { part: 'word/document.xml', cause: 'xml.doctype', line: 2 },
    });
  });

  it('reads a part written in UTF-16 with a byte order mark', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16" standalone="yes"?><w:document ${W}><w:body>${p('Isi dalam UTF-16.')}</w:body></w:document>`;
    const documentXml = new Uint8Array(Buffer.from(`\uFEFF${xml}`, 'utf16le'));
    const bytes = writeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: documentXml }]);
    expect(readArticleDocx(bytes).text).toBe('Isi dalam UTF-16.');
  });
});

describe('parseXmlPart', () => {
  it('decodes the predefined entities, character references and CDATA; keeps ">" inside attribute values', () => {
    const root = parseXmlPart('<?xml version="1.0"?><!-- c --><a x="1 &gt; 0" y=\'&quot;\'>&lt;&amp;&gt;&apos;&quot;&#65;&#x1F600;<![CDATA[<raw&>]]></a>', 'test.xml');
    expect(root).toEqual({ name: 'a', attributes: { x: '1 > 0', y: '"' }, children: ['<&>\'"A😀', '<raw&>'] });
  });

  it('rewrites another prefix (or a default namespace) for WordprocessingML to w:', () => {
    const root = parseXmlPart('<d xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body ns:a="1" xmlns:ns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/></d>', 'test.xml');
    expect(root.name).toBe('w:d');
    expect(root.children[0]).toMatchObject({ name: 'w:body' });
    const other = parseXmlPart('<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body x:val="v"/></x:document>', 't');
    expect(other).toEqual({ name: 'w:document', attributes: { 'xmlns:x': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main' }, children: [{ name: 'w:body', attributes: { 'w:val': 'v' }, children: [] }] });
  });

  it.each(['<a>&#0;</a>', '<a>&#xD800;</a>', '<a b="1" b="2"/>', '<a/><b/>', 'text<a/>', '<a><!ENTITY x "y"></a>'])('refuses %j', (xml) => {
    expect(errorOf(() => parseXmlPart(xml, 'test.xml')).code).toBe('docx.badXml');
  });
});

describe('readArticleDocx', () => {
  it('reads the title and the paragraphs (table cells too), tracked changes accepted, field codes and notes left out', () => {
    const body = [
      p('Catatan redaksi', 'Normal'),
      p('China-Rusia Perkuat Kerja Sama', 'Judul1'),
      '<w:p><w:r><w:t xml:space="preserve">Menlu Rusia </w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>Lavrov</w:delText></w:r></w:del>',
      '<w:ins w:id="2" w:author="x"><w:r><w:t>Sergei Lavrov</w:t></w:r></w:ins><w:r><w:footnoteReference w:id="1"/></w:r>',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
      '<w:r><w:t xml:space="preserve"> bertemu</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
      '<w:hyperlink r:id="rId9" xmlns:r="r"><w:r><w:t xml:space="preserve"> Wang Yi.</w:t></w:r></w:hyperlink></w:p>',
      '<w:p/>',
      `<w:tbl><w:tr><w:tc>${p('Sel satu.')}${p('Baris dua.')}</w:tc><w:tc>${p('Sel dua.')}</w:tc></w:tr></w:tbl>`,
      '<w:p><w:r><w:t>Kolom</w:t><w:tab/><w:t>kedua</w:t><w:br/><w:t>baris baru.</w:t></w:r></w:p>',
      p('Judul kedua', 'Title'),
      '<w:sectPr/>',
    ].join('');
    const styles = '<w:style w:type="paragraph" w:styleId="Judul1"><w:name w:val="heading 1"/></w:style>';
    expect(readArticleDocx(packageWith(body, { styles }))).toEqual({
      title: 'China-Rusia Perkuat Kerja Sama',
      text: 'Catatan redaksi\n\nMenlu Rusia Sergei Lavrov bertemu Wang Yi.\n\nSel satu.\n\nBaris dua.\n\nSel dua.\n\nKolom\tkedua\nbaris baru.\n\nJudul kedua',
    });
  });

  it('gives no title when no paragraph has the Title or Heading 1 style', () => {
    expect(readArticleDocx(packageWith(p('Satu.') + p('Dua.')))).toEqual({ title: null, text: 'Satu.\n\nDua.' });
  });

  it('reads our target document back as title and paragraphs', () => {
    expect(readArticleDocx(writeTargetDocx(sampleDocument))).toEqual({
      title: 'China and Russia Strengthen Cooperation',
      text: 'Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Tuesday (April 9). The two discussed\n\nTrade reached IDR 1.5 quadrillion.\n\nHubungan kedua negara terus membaik.',
    });
  });

  it('refuses a document without text as an empty article', () => {
    expect(errorOf(() => readArticleDocx(packageWith('<w:p/>'))).code).toBe('import.empty');
  });
});
