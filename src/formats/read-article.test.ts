import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import { readArticle } from './read-article.js';

function refusal(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected readArticle to refuse the input');
}

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe('readArticle refuses what is not a text article', () => {
  it.each<[string, Buffer | string]>([
    ['an empty buffer', Buffer.alloc(0)],
    ['only whitespace', Buffer.from(' \n\t\r\n ')],
    ['only a BOM and blank lines', Buffer.from('\uFEFF\n\n')],
    ['empty pasted text', '   '],
  ])('refuses %s with import.empty', (_, input) => {
    expect(refusal(() => readArticle(input, {})).code).toBe('import.empty');
  });

  it('refuses PNG bytes with import.binary', () => {
    expect(refusal(() => readArticle(PNG_HEADER, { fileName: 'foto.txt' })).code).toBe('import.binary');
  });

  it('refuses valid UTF-8 full of control characters with import.binary', () => {
    const input = Buffer.from('ab\u0001\u0002\u0003\u0004cd\u0005\u0006\u0007\u0008'.repeat(10));
    expect(refusal(() => readArticle(input, {})).code).toBe('import.binary');
  });

  it('refuses pasted text containing NUL with import.binary', () => {
    expect(refusal(() => readArticle('Halo\u0000dunia', { format: 'paste' })).code).toBe('import.binary');
  });

  it('refuses Latin-1 bytes ("caf\\xe9") with import.encoding and no content in the details', () => {
    const error = refusal(() => readArticle(Buffer.from([0x63, 0x61, 0x66, 0xe9]), { fileName: 'menu.txt' }));
    expect(error.code).toBe('import.encoding');
    expect(error.details).toEqual({});
  });

  it('refuses UTF-16 text with import.encoding rather than import.binary', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Judul berita', 'utf16le')]);
    expect(refusal(() => readArticle(utf16, {})).code).toBe('import.encoding');
  });
});

describe('readArticle decodes text', () => {
  it('strips a UTF-8 BOM', () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Judul\nIsi.')]);
    expect(readArticle(input, {})).toEqual({ title: 'Judul', text: 'Judul\nIsi.', format: 'txt' });
  });

  it('strips a BOM from pasted text too', () => {
    expect(readArticle('\uFEFFJudul', { format: 'paste' }).text).toBe('Judul');
  });

  it('normalises CRLF and CR line endings to LF', () => {
    expect(readArticle(Buffer.from('Satu\r\nDua\rTiga\n'), {}).text).toBe('Satu\nDua\nTiga\n');
  });

  it('keeps Indonesian punctuation and non-ASCII characters', () => {
    const text = '“Kerja sama” senilai Rp 1.500.000,50 — kata Menlu.';
    expect(readArticle(Buffer.from(text, 'utf8'), {}).text).toBe(text);
  });

  it('takes the first non-empty line as title and keeps it in the text', () => {
    const article = readArticle('\n\n  China-Rusia Perkuat Kerja Sama  \nJakarta - Isi berita.', { format: 'paste' });
    expect(article.title).toBe('China-Rusia Perkuat Kerja Sama');
    expect(article.text).toBe('\n\n  China-Rusia Perkuat Kerja Sama  \nJakarta - Isi berita.');
    expect(article.format).toBe('paste');
  });

  it('has no title when the first line is longer than 200 characters', () => {
    expect(readArticle(`${'kata '.repeat(50)}\nDua.`, {}).title).toBeNull();
  });

  it('tolerates a few control characters such as form feeds and tabs', () => {
    expect(readArticle('Satu\fDua\tTiga\u0001', {}).text).toBe('Satu\fDua\tTiga\u0001');
  });
});

describe('readArticle picks the format', () => {
  it.each([['berita.md'], ['BERITA.MARKDOWN'], ['a.b.markdown']])('reads %s as Markdown', (fileName) => {
    const article = readArticle(Buffer.from('# Judul\n\n**Isi** berita.'), { fileName });
    expect(article).toEqual({ title: 'Judul', text: 'Judul\n\nIsi berita.', format: 'md' });
  });

  it('lets an explicit format win over the file name', () => {
    expect(readArticle('# Judul', { fileName: 'a.md', format: 'txt' })).toEqual({ title: '# Judul', text: '# Judul', format: 'txt' });
  });

  it('reads other file names as plain text', () => {
    expect(readArticle('*Judul*', { fileName: 'a.txt' }).text).toBe('*Judul*');
  });

  it('refuses Markdown that holds nothing but markup', () => {
    expect(refusal(() => readArticle('![foto](a.png)\n\n---\n', { format: 'md' })).code).toBe('import.empty');
  });
});
