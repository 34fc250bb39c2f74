/**
 * A small ZIP writer and a guarded ZIP reader, enough for DOCX packages.
 *
 * The reader trusts nothing: every limit (archive size, entry count, declared
 * sizes, compression ratio, names, features) is checked from the central
 * directory BEFORE a single byte is inflated, and inflating can never produce
 * more than an entry's declared size. Errors are typed with `docx.*` codes
 * (i18n keys, namespace `errors`), since DOCX is the only ZIP format we read.
 */
import * as zlib from 'node:zlib';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { InvalidInputError, TooLargeError } from '../core/errors.js';

export interface ZipEntryInput {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Deflate (the default) or STORE (false), e.g. for an EPUB/ODF `mimetype`. */
  readonly compress?: boolean;
}

export interface WriteZipOptions {
  /** Modification time of every entry (UTC fields); default 1980-01-01 so output is reproducible. */
  readonly date?: Date;
}

export interface ZipLimits {
  /** Size of the archive itself, in bytes. */
  readonly maxArchiveBytes: number;
  /** Default 1,000. */
  readonly maxEntries?: number;
  /** Sum of the declared uncompressed sizes; default 50 MB. */
  readonly maxTotalBytes?: number;
  /** Largest uncompressed/compressed ratio of an entry above 1 MB; default 200 (real DOCX XML is about 10–20). */
  readonly maxRatio?: number;
}

/** What the central directory says about one entry; nothing here has been inflated. */
export interface ZipEntryInfo {
  readonly name: string;
  /** 0 STORE, 8 DEFLATE (the only ones accepted). */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
  readonly dataOffset: number;
}

/** An archive whose directory has passed every guard; entries are inflated only on `read`. */
export interface ZipReader {
  readonly entries: readonly ZipEntryInfo[];
  has(name: string): boolean;
  /** Inflates and verifies one entry; throws `docx.missingPart` when there is no such entry. */
  read(name: string): Uint8Array;
}

export const DEFAULT_MAX_ENTRIES = 1000;
export const DEFAULT_MAX_TOTAL_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_RATIO = 200;
/** Entries smaller than this are never refused for their ratio (small XML parts compress very well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const METHOD_STORE = 0;
const METHOD_DEFLATE = 8;
const VERSION = 20; // 2.0: deflate, folders

// ---------------------------------------------------------------------------
// CRC-32 (IEEE 802.3, as ZIP uses it)

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 with the table above; `crc32` uses it where Node has no zlib.crc32 (before 20.15). */
export function tableCrc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// Native, and much faster on the megabytes of a large document.xml.
const zlibCrc32 = (zlib as Partial<typeof zlib>).crc32;

export function crc32(data: Uint8Array): number {
  return zlibCrc32 !== undefined ? zlibCrc32(data) >>> 0 : tableCrc32(data);
}

// ---------------------------------------------------------------------------
// Writing

const utf8 = new TextEncoder();

/** A complete archive: local headers and data, central directory, end record. Same input and date, same bytes. */
export function writeZip(entries: readonly ZipEntryInput[], opts: WriteZipOptions = {}): Uint8Array {
  if (entries.length > 0xffff) throw new Error('writeZip: too many entries for a ZIP without ZIP64');
  const { time, date } = dosDateTime(opts.date ?? new Date(Date.UTC(1980, 0, 1)));
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!isSafeName(entry.name) || seen.has(entry.name)) throw new Error(`writeZip: bad or duplicate entry name ${JSON.stringify(entry.name)}`);
    seen.add(entry.name);
    const name = utf8.encode(entry.name);
    const raw = typeof entry.data === 'string' ? utf8.encode(entry.data) : entry.data;
    const compress = entry.compress ?? true;
    const body = compress ? asBytes(deflateRawSync(raw)) : raw;
    const fields: HeaderFields = {
      method: compress ? METHOD_DEFLATE : METHOD_STORE,
      time,
      date,
      crc: crc32(raw),
      compressedSize: body.length,
      size: raw.length,
      nameLength: name.length,
    };
    if (offset + LOCAL_HEADER_SIZE + name.length + body.length > 0xffffffff) throw new Error('writeZip: archive too large without ZIP64');
    locals.push(localHeader(fields), name, body);
    centrals.push(centralHeader(fields, offset), name);
    offset += LOCAL_HEADER_SIZE + name.length + body.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(EOCD_SIZE));
  end.setUint32(0, SIG_EOCD, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...locals, ...centrals, new Uint8Array(end.buffer)]);
}

interface HeaderFields {
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
}

function localHeader(f: HeaderFields): Uint8Array {
  const view = new DataView(new ArrayBuffer(LOCAL_HEADER_SIZE));
  view.setUint32(0, SIG_LOCAL, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, FLAG_UTF8, true);
  view.setUint16(8, f.method, true);
  view.setUint16(10, f.time, true);
  view.setUint16(12, f.date, true);
  view.setUint32(14, f.crc, true);
  view.setUint32(18, f.compressedSize, true);
  view.setUint32(22, f.size, true);
  view.setUint16(26, f.nameLength, true);
  return new Uint8Array(view.buffer);
}

function centralHeader(f: HeaderFields, localOffset: number): Uint8Array {
  const view = new DataView(new ArrayBuffer(CENTRAL_HEADER_SIZE));
  view.setUint32(0, SIG_CENTRAL, true);
  view.setUint16(4, VERSION, true); // made by: MS-DOS, 2.0 (no external attributes to interpret)
  view.setUint16(6, VERSION, true);
  view.setUint16(8, FLAG_UTF8, true);
  view.setUint16(10, f.method, true);
  view.setUint16(12, f.time, true);
  view.setUint16(14, f.date, true);
  view.setUint32(16, f.crc, true);
  view.setUint32(20, f.compressedSize, true);
  view.setUint32(24, f.size, true);
  view.setUint16(28, f.nameLength, true);
  view.setUint32(42, localOffset, true);
  return new Uint8Array(view.buffer);
}

/** MS-DOS time and date from the UTC fields (2-second resolution, 1980–2107). */
function dosDateTime(value: Date): { time: number; date: number } {
  const year = Math.min(Math.max(value.getUTCFullYear(), 1980), 2107);
  return {
    time: (value.getUTCHours() << 11) | (value.getUTCMinutes() << 5) | (value.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((value.getUTCMonth() + 1) << 5) | value.getUTCDate(),
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Reading

/** Reads the central directory and checks every guard; nothing is inflated until `read`. */
export function openZip(bytes: Uint8Array, limits: ZipLimits): ZipReader {
  if (bytes.length > limits.maxArchiveBytes) {
    throw new TooLargeError('docx.tooLarge', { limitMb: toMb(limits.maxArchiveBytes) });
  }
  if (bytes.length < LOCAL_HEADER_SIZE + EOCD_SIZE || readU32(bytes, 0) !== SIG_LOCAL) {
    throw new InvalidInputError('docx.notZip');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(view);
  const entries = readCentralDirectory(view, eocd, limits);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return {
    entries,
    has: (name) => byName.has(name),
    read: (name) => {
      const entry = byName.get(name);
      if (entry === undefined) throw new InvalidInputError('docx.missingPart', { part: name });
      return inflateEntry(bytes, entry);
    },
  };
}

/** The named entries (all when `names` is omitted), inflated and verified; missing names are left out. */
export function readZip(bytes: Uint8Array, limits: ZipLimits, names?: readonly string[]): Map<string, Uint8Array> {
  const zip = openZip(bytes, limits);
  const wanted = names ?? zip.entries.map((entry) => entry.name);
  const out = new Map<string, Uint8Array>();
  for (const name of wanted) if (zip.has(name)) out.set(name, zip.read(name));
  return out;
}

interface EndRecord {
  entryCount: number;
  centralSize: number;
  centralOffset: number;
  offset: number;
}

/** The end-of-central-directory record, searched backwards over the largest possible comment. */
function findEndRecord(view: DataView): EndRecord {
  const length = view.byteLength;
  const stop = Math.max(0, length - EOCD_SIZE - MAX_COMMENT);
  for (let at = length - EOCD_SIZE; at >= stop; at--) {
    if (view.getUint32(at, true) !== SIG_EOCD) continue;
    const commentLength = view.getUint16(at + 20, true);
    if (at + EOCD_SIZE + commentLength > length) continue;
    const disk = view.getUint16(at + 4, true);
    const centralDisk = view.getUint16(at + 6, true);
    const entriesOnDisk = view.getUint16(at + 8, true);
    const entryCount = view.getUint16(at + 10, true);
    const centralSize = view.getUint32(at + 12, true);
    const centralOffset = view.getUint32(at + 16, true);
    const zip64Locator = at >= 20 && view.getUint32(at - 20, true) === SIG_ZIP64_LOCATOR;
    if (zip64Locator || entryCount === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) {
      throw new InvalidInputError('docx.unsupported', { feature: 'zip64' });
    }
    if (disk !== 0 || centralDisk !== 0 || entriesOnDisk !== entryCount) {
      throw new InvalidInputError('docx.unsupported', { feature: 'multi-disk' });
    }
    return { entryCount, centralSize, centralOffset, offset: at };
  }
  throw new InvalidInputError('docx.notZip');
}

function readCentralDirectory(view: DataView, eocd: EndRecord, limits: ZipLimits): ZipEntryInfo[] {
  const maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  if (eocd.entryCount > maxEntries) throw new InvalidInputError('docx.tooManyEntries', { max: maxEntries });
  if (eocd.centralOffset + eocd.centralSize > eocd.offset) throw new InvalidInputError('docx.corrupt');
  const maxTotal = limits.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const maxRatio = limits.maxRatio ?? DEFAULT_MAX_RATIO;
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntryInfo[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = eocd.centralOffset;
  const end = eocd.centralOffset + eocd.centralSize;
  for (let index = 0; index < eocd.entryCount; index++) {
    if (at + CENTRAL_HEADER_SIZE > end || view.getUint32(at, true) !== SIG_CENTRAL) throw new InvalidInputError('docx.corrupt');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > end) throw new InvalidInputError('docx.corrupt');
    const name = decoder.decode(new Uint8Array(view.buffer, view.byteOffset + at + CENTRAL_HEADER_SIZE, nameLength));
    at = next;

    if (!isSafeName(name)) throw new InvalidInputError('docx.badPath', { name });
    if (names.has(name)) throw new InvalidInputError('docx.corrupt', { name });
    names.add(name);
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) throw new InvalidInputError('docx.unsupported', { name, feature: 'encryption' });
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      throw new InvalidInputError('docx.unsupported', { name, feature: 'zip64' });
    }
    if (method !== METHOD_STORE && method !== METHOD_DEFLATE) throw new InvalidInputError('docx.unsupported', { name, feature: 'compression' });
    if (method === METHOD_STORE && compressedSize !== uncompressedSize) throw new InvalidInputError('docx.corrupt', { name });

    total += uncompressedSize;
    if (total > maxTotal) throw new TooLargeError('docx.tooLarge', { limitMb: toMb(maxTotal) });
    if (uncompressedSize > RATIO_FLOOR_BYTES && uncompressedSize / Math.max(compressedSize, 1) > maxRatio) {
      throw new TooLargeError('docx.tooLarge', { limitMb: toMb(maxTotal) });
    }
    const dataOffset = localDataOffset(view, localOffset, name, compressedSize, eocd.centralOffset);
    entries.push({ name, method, compressedSize, uncompressedSize, crc32: crc, dataOffset });
  }
  return entries;
}

/** Where an entry's data starts, after checking its local header agrees with the directory and fits the file. */
function localDataOffset(view: DataView, offset: number, name: string, compressedSize: number, centralOffset: number): number {
  if (offset + LOCAL_HEADER_SIZE > centralOffset || view.getUint32(offset, true) !== SIG_LOCAL) {
    throw new InvalidInputError('docx.corrupt', { name });
  }
  const flags = view.getUint16(offset + 6, true);
  if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) throw new InvalidInputError('docx.unsupported', { name, feature: 'encryption' });
  const nameLength = view.getUint16(offset + 26, true);
  const extraLength = view.getUint16(offset + 28, true);
  const dataOffset = offset + LOCAL_HEADER_SIZE + nameLength + extraLength;
  if (dataOffset + compressedSize > centralOffset) throw new InvalidInputError('docx.corrupt', { name });
  return dataOffset;
}

/** Inflates at most the declared size, then checks size and CRC: a lying header cannot expand. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  const body = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === METHOD_STORE) {
    data = body.slice();
  } else {
    try {
      // maxOutputLength must be at least 1; an empty entry that inflates to 1 byte fails the size check below.
      data = asBytes(inflateRawSync(body, { maxOutputLength: Math.max(entry.uncompressedSize, 1) }));
    } catch {
      throw new InvalidInputError('docx.corrupt', { name: entry.name });
    }
  }
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) {
    throw new InvalidInputError('docx.corrupt', { name: entry.name });
  }
  return data;
}

/** Relative, forward-slash names without `..`, drive letters or control characters. */
function isSafeName(name: string): boolean {
  if (name === '' || name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  // eslint-disable-next-line no-control-regex -- control characters have no place in a part name
  if (/[\x00-\x1f\x7f]/.test(name)) return false;
  return name.split('/').every((segment) => segment !== '..' && segment !== '.');
}

/** A plain Uint8Array view of a Buffer, so callers and tests see one type. */
function asBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function readU32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function toMb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
