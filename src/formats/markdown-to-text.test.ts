import fc from 'fast-check';
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

/** The inline rules as plain regular expressions (quadratic on hostile lines): the reference the linear scan must equal. */
function inlineByRegex(line: string): string {
  return line
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|<])/g, (_, ch: string) => String.fromCharCode(0xe000 + ch.charCodeAt(0)))
    .replace(/!\[[^\][]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
    .replace(/!\[[^\][]*\]\[[^\][]*\]/g, '')
    .replace(/\[([^\][]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\][]+)\]\[[^\][]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^<>\s]+)>/g, '$1')
    .replace(/`+([^`]+?)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/[ \t]+$/, '')
    .replace(/[\uE000-\uE07F]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe000));
}

describe('inlineToText on hostile lines', () => {
  it('removes emphasis exactly as the regular expressions do, on generated lines (property)', () => {
    const unit = fc.constantFrom('*', '**', '_', '__', '~~', '~', '`', '[', ']', '(', ')', '!', '<', '>', '\\', ' ', '\t', '\r', '\u2028', '\u00a0', 'a', 'é', '1', '😀', 'http:', '\uD800');
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }).map((parts) => parts.join('')), (line) => {
      expect(inlineToText(line)).toBe(inlineByRegex(line));
    }), { numRuns: 2000 });
  });

  it.each([
    ['unclosed brackets', '['.repeat(100_000) + ']('.repeat(100_000)],
    ['unclosed image openers', '!['.repeat(100_000)],
    ['unclosed autolinks', '<http:'.repeat(100_000)],
    ['stars after spaces', '*a '.repeat(100_000)],
    ['underscores after spaces', ' _a'.repeat(100_000)],
    ['spaces and tabs before the end', `a${' \t'.repeat(100_000)}x`],
  ])('strips a line of %s in one pass (it used to take hours at upload size)', (_name, line) => {
    expect(inlineToText(line).length).toBeLessThanOrEqual(line.length);
  });

  it('reads a reference definition followed by a line separator in one pass', () => {
    expect(markdownToText(`[a]: ${'x'.repeat(200_000)}\u2028y`).text.length).toBeGreaterThan(200_000);
  });
});
