/** A small fixed document used by the exporter tests and the golden files. */
import type { ExportDocument, ExportLabels, ExportSegment } from '../types.js';

export const englishLabels: ExportLabels = {
  uiLocale: 'en',
  title: 'Bilingual export',
  number: '#',
  source: 'Source',
  target: 'Target',
  state: 'State',
  states: { new: 'New', draft: 'Draft', translated: 'Translated', rejected: 'Rejected', approved: 'Approved' },
  skipped: 'Skipped',
  comments: 'Comments',
  generatedAt: 'Generated at',
};

/** Builds a segment with defaults; tests override only what they care about. */
export function aSegment(overrides: Partial<ExportSegment> & Pick<ExportSegment, 'id'>): ExportSegment {
  return {
    position: overrides.id,
    paragraph: 1,
    kind: 'text',
    label: null,
    source: `Kalimat ${overrides.id}.`,
    target: '',
    state: 'new',
    version: 0,
    glueAfter: '',
    updatedAt: null,
    comments: [],
    rejection: null,
    revised: null,
    ...overrides,
  };
}

export function aDocument(segments: readonly ExportSegment[], overrides: Partial<ExportDocument> = {}): ExportDocument {
  return {
    project: { id: 7, name: 'Berita Dunia', sourceLang: 'id', targetLang: 'en' },
    document: { id: 42, title: 'China-Rusia Perkuat Kerja Sama', originalName: 'lavrov-wang-yi.txt' },
    segments,
    exportedAt: '2026-11-02T09:30:00.000Z',
    labels: englishLabels,
    ...overrides,
  };
}

/** A heading, a two-sentence paragraph, a boilerplate paragraph, and every state. */
export const sampleDocument: ExportDocument = aDocument([
  aSegment({
    id: 1, paragraph: 1, kind: 'heading', source: 'China-Rusia Perkuat Kerja Sama', target: 'China and Russia Strengthen Cooperation', state: 'approved', version: 3, updatedAt: '2026-11-01T10:00:00.000Z',
    revised: { confirmed: 'China and Russia Strengthen Ties', confirmedBy: 'tari', revisedBy: 'rina', revisedAt: '2026-11-01T10:00:00.000Z' },
  }),
  aSegment({ id: 2, paragraph: 2, source: 'Menlu Rusia Sergei Lavrov bertemu Wang Yi di Beijing, Selasa (9/4).', target: 'Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Tuesday (April 9).', state: 'translated', version: 2, glueAfter: ' ', updatedAt: '2026-11-01T10:05:00.000Z', createdBy: 'tari', createdAt: '2026-11-01T10:02:00.000Z', updatedBy: 'rina' }),
  aSegment({ id: 3, paragraph: 2, source: 'Keduanya membahas kerja sama "strategis" & ekonomi <2024>.', target: 'The two discussed', state: 'draft', version: 1, updatedAt: '2026-11-01T10:06:00.000Z' }),
  aSegment({
    id: 4, paragraph: 3, source: 'Nilai perdagangan mencapai Rp 1.500.000,50 triliun.', target: 'Trade reached IDR 1.5 quadrillion.', state: 'rejected', version: 4, updatedAt: '2026-11-01T10:07:00.000Z',
    rejection: { author: 'rina', category: 'accuracy', severity: 'major', comment: '1.500.000,50 triliun is 1.5 million trillion.', createdAt: '2026-11-01T11:00:00.000Z' },
    comments: [
      { author: 'rina', body: 'Angka Indonesia: titik memisahkan ribuan, koma desimal.', createdAt: '2026-11-01T11:01:00.000Z' },
      { author: 'tari', body: 'Noted — "quadrillion" was wrong & <sloppy>.', createdAt: '2026-11-01T11:05:00.000Z' },
    ],
  }),
  aSegment({ id: 5, paragraph: 4, kind: 'skip', label: 'boilerplate.related', source: 'Baca Juga : Putin Kunjungi Beijing' }),
  aSegment({ id: 6, paragraph: 5, source: 'Hubungan kedua negara terus membaik.', state: 'new' }),
]);
