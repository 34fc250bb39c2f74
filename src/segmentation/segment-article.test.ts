import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from './segment-article.js';

const SAMPLE = readFileSync(new URL('../../data/samples/egindo-lavrov-wang-yi.txt', import.meta.url), 'utf8');
const segments = segmentArticle(SAMPLE);

/** [paragraph, kind, label, start of the source] for every segment of the sample, in order. */
const EXPECTED: readonly (readonly [number, string, string | null, string])[] = [
  [0, 'heading', 'title', 'China-Rusia Perkuat Kerja Sama Strategis Seiring Kunjungan Lavrov'],
  [1, 'text', 'caption', 'Menlu Rusia Sergei Lavrov bertemu mitra Wang Yi'],
  [2, 'text', 'caption', 'Menlu Rusia Sergei Lavrov bertemu mitra Wang Yi'],
  [3, 'text', 'dateline', 'Beijing | EGINDO.co – Diplomat utama Tiongkok'],
  [4, 'text', null, 'Lavrov tiba di Tiongkok'],
  [5, 'text', null, 'Rusia dan Tiongkok dalam beberapa tahun'],
  [6, 'text', null, 'Namun para analis'],
  [7, 'text', null, 'Dan dalam pertemuan pada hari Selasa'],
  [8, 'text', null, '“Beijing dan Moskow'],
  [9, 'skip', 'boilerplate.related', 'Baca Juga : China Kritik Rencana AS Paksa Penjualan TikTok'],
  [10, 'text', null, '“Di bawah kepemimpinan kuat'],
  [11, 'text', null, 'Lavrov, pada gilirannya'],
  [12, 'text', null, '“Xi Jinping… termasuk orang pertama'],
  [13, 'text', null, '“Hasil pemilu'],
  [14, 'text', null, '“Hal ini juga berlaku'],
  [15, 'skip', 'boilerplate.related', 'Baca Juga : Macron Minta Xi'],
  [16, 'heading', 'subheading', 'Rusia dan China'],
  [17, 'text', null, 'Lavrov terakhir kali'],
  [18, 'text', null, 'Pada konferensi pers'],
  [19, 'text', null, '“Tiongkok dan Rusia harus'],
  [20, 'text', null, '“(Kita harus) menentang'],
  [21, 'text', null, 'Wang juga mengatakan'],
  [22, 'text', null, '“Sebagai kekuatan perdamaian'],
  [23, 'text', null, 'Negara-negara Barat'],
  [24, 'skip', 'boilerplate.related', 'Baca Juga : Bijih Besi Menguat'],
  [25, 'text', null, 'Para pejabat AS'],
  [26, 'text', null, 'Di Brussel pekan lalu'],
  [27, 'text', null, 'Dan Menteri Keuangan Janet Yellen'],
  [28, 'text', null, 'Lavrov pada hari Selasa'],
  [29, 'text', null, '“Kebijakan ini juga'],
  [30, 'text', null, 'Ia menuduh negara-negara Barat'],
  [31, 'skip', 'boilerplate.source', 'Sumber : CNA/SL'],
  [32, 'skip', 'boilerplate.share', 'Bagikan :'],
  [33, 'skip', 'boilerplate.navigation', 'Scroll to Top'],
];

describe('segmentArticle on the EGINDO sample', () => {
  it('makes one segment per paragraph (every paragraph is a single sentence or line)', () => {
    expect(segments).toHaveLength(EXPECTED.length);
    expect(segments.map((segment) => segment.glueAfter).every((glue) => glue === '')).toBe(true);
  });

  it.each(EXPECTED.map((row, index) => [index, ...row] as const))(
    'segment %i is paragraph %i, %s, label %s: "%s…"',
    (index, paragraph, kind, label, start) => {
      const segment = segments[index];
      expect(segment).toMatchObject({ paragraph, kind, label });
      expect(segment?.source.startsWith(start)).toBe(true);
    },
  );

  it('keeps both copies of the repeated caption as separate segments', () => {
    expect(segments.filter((segment) => segment.label === 'caption').map((segment) => segment.paragraph)).toEqual([1, 2]);
  });

  it('turns the NBSP after "Baca Juga :" into a plain space', () => {
    expect(segments[9]?.source).toBe('Baca Juga : China Kritik Rencana AS Paksa Penjualan TikTok');
  });

  it('keeps the promise quoted after a colon, with "(Vladimir) Putin.”", as one sentence', () => {
    expect(segments[7]?.source.endsWith('di bawah kepemimpinan (Vladimir) Putin.”')).toBe(true);
  });

  it('keeps the space before the full stop in "Telegram ."', () => {
    expect(segments[12]?.source.endsWith('di Telegram .')).toBe(true);
  });
});

describe('segmentArticle', () => {
  it('returns no segments for empty or blank input', () => {
    expect(segmentArticle('')).toEqual([]);
    expect(segmentArticle(' \r\n\t\u00a0\n\r')).toEqual([]);
  });

  it('splits ordinary paragraphs into sentences with one-space glue', () => {
    const text = 'Judul Berita Hari Ini\n\nJAKARTA, KOMPAS.com - Dr. Budi tiba. Ia disambut warga.\r\nHarga naik dll. Pedagang mengeluh.';
    expect(segmentArticle(text)).toEqual([
      { paragraph: 0, kind: 'heading', label: 'title', source: 'Judul Berita Hari Ini', glueAfter: '' },
      { paragraph: 1, kind: 'text', label: 'dateline', source: 'JAKARTA, KOMPAS.com - Dr. Budi tiba.', glueAfter: ' ' },
      { paragraph: 1, kind: 'text', label: null, source: 'Ia disambut warga.', glueAfter: '' },
      { paragraph: 2, kind: 'text', label: null, source: 'Harga naik dll.', glueAfter: ' ' },
      { paragraph: 2, kind: 'text', label: null, source: 'Pedagang mengeluh.', glueAfter: '' },
    ]);
  });

  it('looks for a dateline only in the first ordinary paragraph', () => {
    const text = 'JAKARTA - Harga naik.\nBANDUNG - Harga turun.';
    expect(segmentArticle(text).map((segment) => segment.label)).toEqual(['dateline', null]);
  });

  it('never splits a boilerplate line', () => {
    expect(segmentArticle('Ia datang.\nBaca juga: Polisi Tangkap Dua Orang. Warga Lega.')).toHaveLength(2);
  });

  it('segments a 256 KB article line without line breaks into every sentence', () => {
    const sentence = 'Menlu Wang Yi, S.H., bertemu Sdr. Lavrov di Jl. Diaoyutai No. 2 pukul 14.30 WIB… dan berjanji. ';
    const count = Math.ceil((256 * 1024) / sentence.length);
    expect(segmentArticle(sentence.repeat(count))).toHaveLength(count);
  });

  it('treats "\\r" alone as a line ending', () => {
    expect(segmentArticle('Ia datang.\rIa pergi.').map((segment) => segment.paragraph)).toEqual([0, 1]);
  });
});
