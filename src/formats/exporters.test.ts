import { describe, expect, it } from 'vitest';
import { aDocument, aSegment, sampleDocument } from './__fixtures__/sample-document.js';
import { exportFileName, exporters, findExporter } from './exporters.js';
import type { ExportDocument, ExportFormatId, ExportHistory } from './types.js';

function nameFor(title: string, id = 42): string {
  const doc = aDocument([aSegment({ id: 1 })], { document: { id, title, originalName: null } });
  return exportFileName(doc, exporters.xliff21);
}

describe('exporters registry', () => {
  it.each<[ExportFormatId, string, string]>([
    ['xliff12', 'application/x-xliff+xml', 'xlf'],
    ['xliff21', 'application/xliff+xml', 'xlf'],
    ['tmx', 'application/x-tmx+xml', 'tmx'],
    ['csv', 'text/csv; charset=utf-8', 'csv'],
    ['html', 'text/html; charset=utf-8', 'html'],
    ['txt', 'text/plain; charset=utf-8', 'txt'],
    ['md', 'text/markdown; charset=utf-8', 'md'],
    ['target-html', 'text/html; charset=utf-8', 'html'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['docx-tracked', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['target-docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ])('registers %s as %s with extension .%s', (id, mediaType, extension) => {
    const exporter = exporters[id];
    expect(exporter.id).toBe(id);
    expect(exporter.mediaType).toBe(mediaType);
    expect(exporter.extension).toBe(extension);
  });

  it('finds an exporter by id and nothing for unknown or inherited names', () => {
    expect(findExporter('html')).toBe(exporters.html);
    expect(findExporter('pdf')).toBeUndefined();
    expect(findExporter('constructor')).toBeUndefined();
    expect(findExporter('__proto__')).toBeUndefined();
  });
});

/** The document as an export hands it to a writer that reads only `reads` of the history. */
function withHistory(doc: ExportDocument, reads: readonly ExportHistory[]): ExportDocument {
  return {
    ...doc,
    segments: doc.segments.map(({ createdBy, createdAt, updatedBy, ...segment }) => ({
      ...segment,
      ...(reads.includes('authors') ? { createdBy, createdAt, updatedBy } : {}),
      comments: reads.includes('comments') ? segment.comments : [],
      rejection: reads.includes('rejection') ? segment.rejection : null,
      revised: reads.includes('revised') ? segment.revised : null,
    })),
  };
}

describe('what each exporter reads of the history', () => {
  const all: readonly ExportHistory[] = ['authors', 'comments', 'rejection', 'revised'];
  const cases = Object.values(exporters).map((exporter) => [exporter.id, exporter] as const);

  it.each(cases)('%s writes the same file without the history it does not name in `reads`', (_, exporter) => {
    expect(exporter.write(withHistory(sampleDocument, exporter.reads))).toEqual(exporter.write(sampleDocument));
  });

  it.each(cases)('%s writes a different file without any part it names', (_, exporter) => {
    for (const part of exporter.reads) {
      expect(exporter.write(withHistory(sampleDocument, all.filter((other) => other !== part)))).not.toEqual(exporter.write(sampleDocument));
    }
  });
});

describe('which segments each exporter reads', () => {
  const finished = (doc: ExportDocument): ExportDocument => ({ ...doc, segments: doc.segments.filter((s) => s.state === 'translated' || s.state === 'approved') });
  const cases = Object.values(exporters).map((exporter) => [exporter.id, exporter] as const);

  it('has segments that are not finished in the sample, so that the cases below can fail', () => {
    expect(finished(sampleDocument).segments.length).toBeLessThan(sampleDocument.segments.length);
  });

  it.each(cases.filter(([, exporter]) => exporter.segments === 'finished'))('%s writes the same file from the finished segments alone', (_, exporter) => {
    expect(exporter.write(finished(sampleDocument))).toEqual(exporter.write(sampleDocument));
  });

  it.each(cases.filter(([, exporter]) => exporter.segments === undefined))('%s writes a different file without the segments that are not finished', (_, exporter) => {
    expect(exporter.write(finished(sampleDocument))).not.toEqual(exporter.write(sampleDocument));
  });
});

describe('exportFileName', () => {
  it('is the slug of the title, the target language and the extension', () => {
    expect(exportFileName(sampleDocument, exporters.xliff21)).toBe('china-rusia-perkuat-kerja-sama.id-en.xlf');
    expect(exportFileName(sampleDocument, exporters.txt)).toBe('china-rusia-perkuat-kerja-sama.en.txt');
  });

  it('gives every format of one document its own file name', () => {
    const names = Object.values(exporters).map((exporter) => exportFileName(sampleDocument, exporter));
    expect(new Set(names).size).toBe(names.length);
    expect(exportFileName(sampleDocument, exporters['docx-tracked'])).toBe('china-rusia-perkuat-kerja-sama.id-en.tracked.docx');
    expect(exportFileName(sampleDocument, exporters['target-docx'])).toBe('china-rusia-perkuat-kerja-sama.en.docx');
  });

  it('turns slashes, dots and quotes into dashes so the name is never a path', () => {
    expect(nameFor('../../etc/passwd "x" \'y\'\\z')).toBe('etc-passwd-x-y-z.id-en.xlf');
  });

  it('folds accents to ASCII and drops other scripts', () => {
    expect(nameFor('Café Ñandú – Übersicht 北京')).toBe('cafe-nandu-ubersicht.id-en.xlf');
  });

  it('cuts very long titles to 60 characters without a trailing dash', () => {
    const name = nameFor('Presiden '.repeat(40));
    const slug = name.replace(/\.id-en\.xlf$/, '');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('cuts a long title at a word boundary, never in half a word', () => {
    expect(nameFor('China-Rusia Perkuat Kerja Sama Strategis Seiring Kunjungan Lavrov'))
      .toBe('china-rusia-perkuat-kerja-sama-strategis-seiring-kunjungan.id-en.xlf');
  });

  it('falls back to document-<id> when nothing usable is left', () => {
    expect(nameFor('北京 — “”', 9)).toBe('document-9.id-en.xlf');
    expect(nameFor('', 10)).toBe('document-10.id-en.xlf');
  });

  it('only ever contains safe characters', () => {
    for (const title of ['a/b\\c', '"><script>', 'x\u0000y\nz', 'Ω'.repeat(300)]) {
      expect(nameFor(title)).toMatch(/^[a-z0-9-]+\.id-en\.xlf$/);
    }
  });
});
