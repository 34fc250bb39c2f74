import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from './classify-paragraphs.js';

const BODY = 'Lavrov tiba di Tiongkok untuk kunjungan resmi dua hari pada hari Senin.';

/** Classifies `line` as the second paragraph, after an ordinary one. */
const classifyLine = (line: string) => classifyParagraphs([BODY, line])[1];

describe('classifyParagraphs: boilerplate', () => {
  it.each([
    ['Baca Juga : China Kritik Rencana AS Paksa Penjualan TikTok', 'boilerplate.related'],
    ['Baca Juga : China Kritik Rencana AS Paksa Penjualan TikTok. Lalu?', 'boilerplate.related'],
    ['BACA JUGA: Harga Emas Naik Lagi', 'boilerplate.related'],
    ['Baca juga:', 'boilerplate.related'],
    ['Artikel terkait', 'boilerplate.related'],
    ['Berita terkait: Banjir Jakarta', 'boilerplate.related'],
    ['Lihat juga: Video Banjir Bandang', 'boilerplate.related'],
    ['Bagikan :', 'boilerplate.share'],
    ['Share:', 'boilerplate.share'],
    ['Bagikan artikel ini', 'boilerplate.share'],
    ['Scroll to Top', 'boilerplate.navigation'],
    ['Kembali ke atas', 'boilerplate.navigation'],
    ['Sumber : CNA/SL', 'boilerplate.source'],
    ['Sumber: Antara', 'boilerplate.source'],
    ['(ant/sl)', 'boilerplate.source'],
    ['(*)', 'boilerplate.source'],
    ['Penulis: Budi Santoso', 'boilerplate.byline'],
    ['Editor : Siti Aminah', 'boilerplate.byline'],
    ['Reporter: Andi', 'boilerplate.byline'],
    ['(Foto: Reuters/Tingshu Wang)', 'boilerplate.photo'],
    ['Foto: ANTARA/Sigid Kurniawan', 'boilerplate.photo'],
    ['Keterangan foto Menlu Rusia Sergei Lavrov di Beijing', 'boilerplate.photo'],
  ])('classifies "%s" as skip, %s', (line, label) => {
    expect(classifyLine(line)).toEqual({ kind: 'skip', label });
  });

  it.each([
    'Berita terkait kasus ini sudah dilaporkan ke polisi sejak Senin.',
    'Sumber dana proyek itu berasal dari APBN.',
    'Editor senior itu mengundurkan diri kemarin.',
    'Foto-foto banjir beredar luas di media sosial.',
  ])('keeps the sentence "%s" as ordinary text', (line) => {
    expect(classifyLine(line)).toEqual({ kind: 'text', label: null });
  });

  it('never treats a very long line as boilerplate', () => {
    expect(classifyLine(`Baca juga: ${'kata '.repeat(100)}`)).toEqual({ kind: 'text', label: null });
  });
});

describe('classifyParagraphs: headings and captions', () => {
  it('makes a short first line without final punctuation the title', () => {
    expect(classifyParagraphs(['China-Rusia Perkuat Kerja Sama Strategis', BODY])[0]).toEqual({ kind: 'heading', label: 'title' });
  });

  it('makes a later short line without final punctuation a subheading', () => {
    expect(classifyLine('Rusia dan China')).toEqual({ kind: 'heading', label: 'subheading' });
  });

  it('makes a line repeated by the next line a caption, both copies', () => {
    const caption = 'Menlu Rusia Sergei Lavrov bertemu mitra Wang Yi';
    expect(classifyParagraphs(['Judul Berita', caption, caption, BODY])).toEqual([
      { kind: 'heading', label: 'title' },
      { kind: 'text', label: 'caption' },
      { kind: 'text', label: 'caption' },
      { kind: 'text', label: null },
    ]);
  });

  it.each([
    ['ends with a full stop', 'Rusia dan China bertemu.'],
    ['ends with a question mark', 'Mengapa China mendukung Rusia?'],
    ['ends with a colon', 'Berikut daftarnya:'],
    ['starts with a lower-case letter', 'dan kemudian mereka pergi'],
    ['has more than 20 words', 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh '.repeat(3).trim().replace(/^s/u, 'S')],
  ])('keeps a line that %s as text', (_why, line) => {
    expect(classifyLine(line)).toEqual({ kind: 'text', label: null });
  });
});
