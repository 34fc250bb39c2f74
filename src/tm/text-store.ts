// Normalised sources as UTF-8 in shared 4 MiB pages: about one byte per character for
// Indonesian and no JS string per entry. An address is page · 4 MiB + offset; a text never
// crosses a page, so reading one back is a tight loop over one Uint8Array.
import { growLastPage } from './byte-pages.js';

const PAGE_BITS = 22;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;
const FIRST_PAGE_SIZE = 1 << 14;

function utf8Length(points: ArrayLike<number>, length: number): number {
  let bytes = length;
  for (let i = 0; i < length; i += 1) {
    const point = points[i]!;
    if (point >= 0x80) bytes += point < 0x800 ? 1 : point < 0x10000 ? 2 : 3;
  }
  return bytes;
}

export class TextStore {
  private readonly pages: Uint8Array[] = [];
  private pageUsed = PAGE_SIZE;
  private bytesWritten = 0;

  /** Stores `points[0..length)`; returns its address. */
  append(points: ArrayLike<number>, length: number): number {
    const bytes = utf8Length(points, length);
    if (bytes > PAGE_SIZE) throw new RangeError(`a source of ${bytes} bytes is longer than the store allows (${PAGE_SIZE})`);
    if (this.pages.length === 0 || this.pageUsed + bytes > PAGE_SIZE) {
      if (this.pages.length >= 511) throw new RangeError('the text store is full (2 GiB)');
      // A new page starts small (a small memory stays small) and doubles up to PAGE_SIZE.
      this.pages.push(new Uint8Array(this.pages.length === 0 ? FIRST_PAGE_SIZE : PAGE_SIZE));
      this.pageUsed = 0;
    }
    growLastPage(this.pages, this.pageUsed + bytes);
    const address = (this.pages.length - 1) * PAGE_SIZE + this.pageUsed;
    const page = this.pages[this.pages.length - 1]!;
    let offset = this.pageUsed;
    for (let i = 0; i < length; i += 1) {
      const point = points[i]!;
      if (point < 0x80) {
        page[offset++] = point;
      } else if (point < 0x800) {
        page[offset++] = 0xc0 | (point >>> 6);
        page[offset++] = 0x80 | (point & 0x3f);
      } else if (point < 0x10000) {
        page[offset++] = 0xe0 | (point >>> 12);
        page[offset++] = 0x80 | ((point >>> 6) & 0x3f);
        page[offset++] = 0x80 | (point & 0x3f);
      } else {
        page[offset++] = 0xf0 | (point >>> 18);
        page[offset++] = 0x80 | ((point >>> 12) & 0x3f);
        page[offset++] = 0x80 | ((point >>> 6) & 0x3f);
        page[offset++] = 0x80 | (point & 0x3f);
      }
    }
    this.pageUsed = offset;
    this.bytesWritten += bytes;
    return address;
  }

  /** Decodes the `length` code points stored at `address` into `out`. */
  read(address: number, length: number, out: Int32Array): void {
    const page = this.pages[address >>> PAGE_BITS]!;
    let offset = address & PAGE_MASK;
    for (let i = 0; i < length; i += 1) {
      const byte = page[offset++]!;
      if (byte < 0x80) {
        out[i] = byte;
      } else if (byte < 0xe0) {
        out[i] = ((byte & 0x1f) << 6) | (page[offset++]! & 0x3f);
      } else if (byte < 0xf0) {
        out[i] = ((byte & 0x0f) << 12) | ((page[offset++]! & 0x3f) << 6) | (page[offset++]! & 0x3f);
      } else {
        out[i] = ((byte & 0x07) << 18) | ((page[offset++]! & 0x3f) << 12) | ((page[offset++]! & 0x3f) << 6) | (page[offset++]! & 0x3f);
      }
    }
  }

  /** Bytes of text stored (removed entries included). */
  get usedBytes(): number {
    return this.bytesWritten;
  }

  memoryBytes(): number {
    return this.pages.reduce((total, page) => total + page.byteLength, 0);
  }
}
