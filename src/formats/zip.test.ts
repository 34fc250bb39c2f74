import * as zlib from 'node:zlib';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError, InvalidInputError, TooLargeError } from '../core/errors.js';
import { crc32, openZip, readZip, tableCrc32, writeZip, type ZipLimits } from './zip.js';

// A spy around the real inflate, so tests can prove that a guard fired before anything was inflated.
vi.mock('node:zlib', async (importOriginal) => {
  const actual = await importOriginal<typeof zlib>();
  return { ...actual, inflateRawSync: vi.fn(actual.inflateRawSync) };
});

const LIMITS: ZipLimits = { maxArchiveBytes: 20 * 1024 * 1024 };
const MB = 1024 * 1024;
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

interface CraftedEntry {
  name: string;
  /** The bytes stored in the archive (already deflated for method 8). */
  body: Uint8Array;
  method?: number;
  crc?: number;
  size: number;
  flags?: number;
}

/** Builds an archive field by field, so a test can make any header lie. */
function craftZip(entries: readonly CraftedEntry[], extra: { countOverride?: number } = {}): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? 0x0800, 6);
    local.writeUInt16LE(entry.method ?? 8, 8);
    local.writeUInt32LE(entry.crc ?? 0, 14);
    local.writeUInt32LE(entry.body.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(entry.flags ?? 0x0800, 8);
    header.writeUInt16LE(entry.method ?? 8, 10);
    header.writeUInt32LE(entry.crc ?? 0, 16);
    header.writeUInt32LE(entry.body.length, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, Buffer.from(entry.body));
    central.push(header, name);
    offset += 30 + name.length + entry.body.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(extra.countOverride ?? entries.length, 8);
  end.writeUInt16LE(extra.countOverride ?? entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, centralBytes, end]));
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

describe('crc32', () => {
  it.each([['crc32', crc32], ['tableCrc32', tableCrc32]])('%s gives the standard check value for "123456789"', (_, crc) => {
    expect(crc(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc(new Uint8Array())).toBe(0);
  });

  it('the table CRC (for Node without zlib.crc32) agrees with zlib.crc32 where Node has it', () => {
    if (typeof zlib.crc32 !== 'function') return;
    const data = new Uint8Array(70_000).map((_, i) => (i * 7919) & 0xff);
    expect(tableCrc32(data)).toBe(zlib.crc32(data));
  });
});

describe('writeZip and readZip', () => {
  beforeEach(() => {
    vi.mocked(inflateRawSync).mockClear();
  });

  it('round-trips deflated, stored, empty and UTF-8-named entries', () => {
    const zip = writeZip([
      { name: 'mimetype', data: 'application/x-test', compress: false },
      { name: 'word/document.xml', data: '<w:document>' + 'Kalimat. '.repeat(1000) + '</w:document>' },
      { name: 'empty.txt', data: '' },
      { name: 'berita/ümlaut–北京.bin', data: new Uint8Array([0, 1, 2, 255]) },
    ]);
    const entries = readZip(zip, LIMITS);
    expect([...entries.keys()]).toEqual(['mimetype', 'word/document.xml', 'empty.txt', 'berita/ümlaut–北京.bin']);
    expect(text(entries.get('mimetype'))).toBe('application/x-test');
    expect(text(entries.get('word/document.xml'))).toContain('Kalimat. Kalimat.');
    expect(entries.get('empty.txt')).toEqual(new Uint8Array());
    expect([...entries.get('berita/ümlaut–北京.bin')!]).toEqual([0, 1, 2, 255]);
  });

  it('stores the mimetype entry uncompressed, right after the first local header', () => {
    const zip = writeZip([{ name: 'mimetype', data: 'application/epub+zip', compress: false }]);
    expect(Buffer.from(zip.subarray(38, 58)).toString('latin1')).toBe('application/epub+zip');
  });

  it('writes the same bytes for the same entries and date, with the date in the headers', () => {
    const entries = [{ name: 'a.xml', data: '<a/>' }];
    const date = new Date('2026-11-02T09:30:10Z');
    const first = writeZip(entries, { date });
    expect(writeZip(entries, { date })).toEqual(first);
    const view = new DataView(first.buffer, first.byteOffset);
    expect(view.getUint16(10, true)).toBe((9 << 11) | (30 << 5) | 5);
    expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (11 << 5) | 2);
    expect(view.getUint16(6, true) & 0x0800).toBe(0x0800);
  });

  it('inflates only the entries asked for', () => {
    const zip = writeZip([{ name: 'a.xml', data: '<a/>' }, { name: 'b.xml', data: '<b/>' }]);
    const entries = readZip(zip, LIMITS, ['b.xml', 'missing.xml']);
    expect([...entries.keys()]).toEqual(['b.xml']);
    expect(inflateRawSync).toHaveBeenCalledTimes(1);
  });

  it('lists entries from the directory without inflating any', () => {
    const reader = openZip(writeZip([{ name: 'a.xml', data: '<a/>' }]), LIMITS);
    expect(reader.entries.map((entry) => [entry.name, entry.uncompressedSize])).toEqual([['a.xml', 4]]);
    expect(reader.has('a.xml')).toBe(true);
    expect(inflateRawSync).not.toHaveBeenCalled();
    expect(errorOf(() => reader.read('b.xml')).code).toBe('docx.missingPart');
  });

  it('refuses to write unsafe or duplicate names', () => {
    expect(() => writeZip([{ name: '../x', data: '' }])).toThrow();
    expect(() => writeZip([{ name: 'a', data: '' }, { name: 'a', data: '' }])).toThrow();
  });
});

describe('readZip guards', () => {
  beforeEach(() => {
    vi.mocked(inflateRawSync).mockClear();
  });

  it('refuses a PNG renamed to .docx as not a ZIP', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(200)]);
    const error = errorOf(() => readZip(png, LIMITS));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.code).toBe('docx.notZip');
  });

  it.each([
    ['empty input', new Uint8Array()],
    ['plain text', new TextEncoder().encode('Ini bukan arsip ZIP sama sekali, hanya teks biasa saja.')],
    ['a local header and nothing else', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(60)])],
  ])('refuses %s as not a ZIP', (_, bytes) => {
    expect(errorOf(() => readZip(bytes, LIMITS)).code).toBe('docx.notZip');
  });

  it('refuses an archive above the size limit before reading it', () => {
    const zip = writeZip([{ name: 'a.bin', data: new Uint8Array(5000).map((_, i) => (i * 31) & 0xff), compress: false }]);
    const error = errorOf(() => readZip(zip, { maxArchiveBytes: 4096 }));
    expect(error).toBeInstanceOf(TooLargeError);
    expect(error.code).toBe('docx.tooLarge');
  });

  it('refuses a 100 MB bomb from its declared size, without inflating anything', () => {
    const body = deflateRawSync(Buffer.alloc(MB)); // about 1 KB that claims to be 100 MB
    const zip = craftZip([{ name: 'word/document.xml', body, size: 100 * MB }]);
    const started = Date.now();
    const error = errorOf(() => readZip(zip, LIMITS, ['word/document.xml']));
    expect(error).toBeInstanceOf(TooLargeError);
    expect(error.code).toBe('docx.tooLarge');
    expect(inflateRawSync).not.toHaveBeenCalled();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses an entry whose compression ratio is implausible, even under the total limit', () => {
    const body = deflateRawSync(Buffer.alloc(MB));
    const zip = craftZip([{ name: 'word/document.xml', body, size: 40 * MB }]);
    expect(errorOf(() => readZip(zip, LIMITS)).code).toBe('docx.tooLarge');
    expect(inflateRawSync).not.toHaveBeenCalled();
  });

  it('refuses when the declared sizes of all entries add up above the total limit', () => {
    const entries = Array.from({ length: 3 }, (_, i) => ({ name: `part${i}.bin`, body: new Uint8Array(10), size: 10 }));
    const zip = craftZip(entries.map((entry) => ({ ...entry, method: 0 })));
    expect(errorOf(() => readZip(zip, { ...LIMITS, maxTotalBytes: 25 })).code).toBe('docx.tooLarge');
  });

  it('cannot be made to inflate past the declared size by a lying header', () => {
    const data = Buffer.from('x'.repeat(10_000));
    const zip = craftZip([{ name: 'a.txt', body: deflateRawSync(data), size: 100, crc: crc32(data) }]);
    expect(errorOf(() => readZip(zip, LIMITS)).code).toBe('docx.corrupt');
    const result = vi.mocked(inflateRawSync).mock.calls[0];
    expect(result?.[1]).toMatchObject({ maxOutputLength: 100 });
  });

  it('refuses an entry that inflates to less than it declares', () => {
    const data = Buffer.from('kurang');
    const zip = craftZip([{ name: 'a.txt', body: deflateRawSync(data), size: 50, crc: crc32(data) }]);
    expect(errorOf(() => readZip(zip, LIMITS)).code).toBe('docx.corrupt');
  });

  it('refuses an entry whose CRC does not match', () => {
    const zip = writeZip([{ name: 'a.txt', data: 'isi berkas' }]);
    const broken = zip.slice();
    const view = new DataView(broken.buffer);
    const centralOffset = view.getUint32(broken.length - 22 + 16, true);
    view.setUint32(centralOffset + 16, (view.getUint32(centralOffset + 16, true) ^ 1) >>> 0, true);
    expect(errorOf(() => readZip(broken, LIMITS)).code).toBe('docx.corrupt');
  });

  it('refuses deflate data that is not deflate data', () => {
    const zip = craftZip([{ name: 'a.txt', body: new Uint8Array([0xff, 0xff, 0xff, 0xff]), size: 4 }]);
    expect(errorOf(() => readZip(zip, LIMITS)).code).toBe('docx.corrupt');
  });

  it.each(['../evil', 'word/../../evil', '/etc/passwd', 'C:/Windows/evil', 'c:evil', 'word\\document.xml', 'a/./b', 'nul\u0000byte'])(
    'refuses the entry name %j as a bad path',
    (name) => {
      const zip = craftZip([{ name, body: new Uint8Array(), size: 0, method: 0 }]);
      const error = errorOf(() => readZip(zip, LIMITS));
      expect(error.code).toBe('docx.badPath');
      expect(error.details).toMatchObject({ name });
    },
  );

  it('refuses two entries with the same name', () => {
    const entry = { name: 'word/document.xml', body: new Uint8Array(), size: 0, method: 0 };
    expect(errorOf(() => readZip(craftZip([entry, entry]), LIMITS)).code).toBe('docx.corrupt');
  });

  it('refuses more entries than the limit before reading the directory', () => {
    const entries = Array.from({ length: 1001 }, (_, i) => ({ name: `f${i}`, data: '' }));
    const error = errorOf(() => readZip(writeZip(entries), LIMITS));
    expect(error.code).toBe('docx.tooManyEntries');
    expect(error.details).toEqual({ max: 1000 });
    expect(errorOf(() => readZip(writeZip(entries.slice(0, 11)), { ...LIMITS, maxEntries: 10 })).code).toBe('docx.tooManyEntries');
  });

  it.each([
    ['encrypted entries', { flags: 0x0801 }, 'encryption'],
    ['unknown compression methods', { method: 12 }, 'compression'],
  ])('refuses %s as unsupported', (_, fields, feature) => {
    const zip = craftZip([{ name: 'a.txt', body: new Uint8Array(4), size: 4, ...fields }]);
    const error = errorOf(() => readZip(zip, LIMITS));
    expect(error.code).toBe('docx.unsupported');
    expect(error.details).toMatchObject({ feature });
  });

  it('refuses ZIP64 archives as unsupported', () => {
    const zip = craftZip([{ name: 'a.txt', body: new Uint8Array(), size: 0, method: 0 }], { countOverride: 0xffff });
    expect(errorOf(() => readZip(zip, LIMITS))).toMatchObject({ code: 'docx.unsupported', details: { feature: 'zip64' } });
  });

  it('refuses truncated archives', () => {
    const zip = writeZip([
      { name: 'a.xml', data: '<a>' + 'isi '.repeat(500) + '</a>' },
      { name: 'b.xml', data: '<b/>' },
    ]);
    for (const length of [zip.length - 1, zip.length - 30, Math.floor(zip.length / 2), 40]) {
      expect(['docx.notZip', 'docx.corrupt']).toContain(errorOf(() => readZip(zip.subarray(0, length), LIMITS)).code);
    }
  });

  it('refuses a directory that points past the end of the data', () => {
    const zip = writeZip([{ name: 'a.xml', data: '<a/>' }]).slice();
    const view = new DataView(zip.buffer);
    const centralOffset = view.getUint32(zip.length - 22 + 16, true);
    view.setUint32(centralOffset + 20, 5000, true); // compressed size far beyond the file
    expect(errorOf(() => readZip(zip, LIMITS)).code).toBe('docx.corrupt');
  });
});
