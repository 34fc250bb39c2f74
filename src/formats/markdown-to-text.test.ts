import { describe, expect, it } from 'vitest';
import { inlineToText, markdownToText } from './markdown-to-text.js';

describe('markdownToText', () => {
  it('takes the first "# " heading as title and keeps it as the first line', () => {
    expect(markdownToText('# China-Rusia Perkuat Kerja Sama\n\nIsi.')).toEqual({
      title: 'China-Rusia Perkuat Kerja Sama',
      text: 'China-Rusia Perkuat Kerja Sama\n\nIsi.',
    });
  });

  it('drops heading markers of every level but only a level-1 heading becomes the title', () => {
    expect(markdownToText('## Sub\n### Kecil ###\n# Utama')).toEqual({ title: 'Utama', text: 'Sub\nKecil\nUtama' });
  });

  it('has no title without a "# " heading', () => {
    expect(markdownToText('Teks biasa.').title).toBeNull();
  });

  it('does not read a hashtag as a heading', () => {
    expect(markdownToText('#BeritaHariIni ramai').text).toBe('#BeritaHariIni ramai');
  });

  it('removes list markers, blockquote markers and task boxes', () => {
    expect(markdownToText('- satu\n* dua\n+ tiga\n1. empat\n2) lima\n> kutipan\n- [x] selesai').text).toBe(
      'satu\ndua\ntiga\nempat\nlima\nkutipan\nselesai',
    );
  });

  it('does not take a year at the start of a line for a list number', () => {
    expect(markdownToText('2024. Tahun politik.').text).toBe('2024. Tahun politik.');
  });

  it('keeps code as text without the fences', () => {
    expect(markdownToText('Sebelum\n\n```js\nconst a = *b*;\n```\n\nSesudah').text).toBe(
      'Sebelum\n\nconst a = *b*;\n\nSesudah',
    );
  });

  it('removes horizontal rules and setext underlines, collapsing the blank lines left behind', () => {
    expect(markdownToText('Satu\n\n---\n\n***\n\nDua\n===\n\n\n\nTiga\n').text).toBe('Satu\n\nDua\n\nTiga');
  });

  it('removes reference link definitions', () => {
    expect(markdownToText('Baca [berita][1].\n\n[1]: https://example.com/x').text).toBe('Baca berita.');
  });
});

describe('inlineToText', () => {
  it.each([
    ['**tebal** dan __tebal__', 'tebal dan tebal'],
    ['*miring* dan _miring_', 'miring dan miring'],
    ['***keduanya***', 'keduanya'],
    ['~~coret~~', 'coret'],
    ['[Kompas](https://kompas.com) melaporkan', 'Kompas melaporkan'],
    ['Foto: ![Lavrov](https://x/y.jpg) kiri', 'Foto:  kiri'],
    ['lihat <https://antaranews.com>', 'lihat https://antaranews.com'],
    ['kode `npm ci` jalan', 'kode npm ci jalan'],
    ['nama_file_ini tetap', 'nama_file_ini tetap'],
    ['5 * 3 * 2 = 30', '5 * 3 * 2 = 30'],
    ['\\*bukan miring\\* dan \\[kurung\\]', '*bukan miring* dan [kurung]'],
    ['baris dengan hard break  ', 'baris dengan hard break'],
  ])('turns %j into %j', (markdown, text) => {
    expect(inlineToText(markdown)).toBe(text);
  });
});
