// Posting lists that grow one entry at a time without a JS object per term or per entry.
// Each term's list is a chain of byte slices in shared 1 MiB pages (as Lucene's in-memory
// postings do): slices double in size up to 2 KiB and end in a 4-byte link to the next one.
// Entries are slot numbers, always appended in increasing order, stored as varint gaps.
import { IntMap } from './int-map.js';
import { growLastPage } from './byte-pages.js';

const PAGE_BITS = 20;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;
const SLICE_SIZES = [8, 16, 32, 64, 128, 256, 512, 1024, 2048];
const LAST_LEVEL = SLICE_SIZES.length - 1;
const LINK_BYTES = 4;

export class PostingLists {
  private readonly terms = new IntMap(1024);
  private termCount = 0;
  /** Per term: address of the first slice, next write address, link address of the last slice, its level, last slot, list length. */
  private head = new Int32Array(1024);
  private write = new Int32Array(1024);
  private sliceEnd = new Int32Array(1024);
  private level = new Uint8Array(1024);
  private last = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private readonly pages: Uint8Array[] = [];
  private pageUsed = PAGE_SIZE;

  /** The term id of `key`, or −1 when no entry has it. */
  termOf(key: number): number {
    return this.terms.get(key);
  }

  /** How many slots the term's list holds (removed entries included). */
  countOf(term: number): number {
    return this.counts[term]!;
  }

  /** Appends `slot` to the list of `key`; slots must come in increasing order; a repeat is ignored. */
  add(key: number, slot: number): void {
    let term = this.terms.get(key);
    if (term < 0) {
      term = this.newTerm(key);
    } else if (this.last[term] === slot) {
      return;
    }
    const gap = this.counts[term] === 0 ? slot + 1 : slot - this.last[term]!;
    this.writeVarint(term, gap);
    this.last[term] = slot;
    this.counts[term] = this.counts[term]! + 1;
  }

  /** Decodes the list of `term` into `out` (at least `countOf(term)` long); returns the count. */
  decode(term: number, out: Int32Array): number {
    const count = this.counts[term]!;
    let position = this.head[term]!;
    let page = this.pages[position >>> PAGE_BITS]!;
    let offset = position & PAGE_MASK;
    let level = 0;
    let end = offset + SLICE_SIZES[0]! - LINK_BYTES;
    let slot = -1;
    for (let n = 0; n < count; n += 1) {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        if (offset === end) {
          position = page[offset]! | (page[offset + 1]! << 8) | (page[offset + 2]! << 16) | (page[offset + 3]! << 24);
          page = this.pages[position >>> PAGE_BITS]!;
          offset = position & PAGE_MASK;
          if (level < LAST_LEVEL) level += 1;
          end = offset + SLICE_SIZES[level]! - LINK_BYTES;
        }
        byte = page[offset]!;
        offset += 1;
        value |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte >= 0x80);
      slot += value;
      out[n] = slot;
    }
    return count;
  }

  /**
   * Adds one to `counts[n]` for every number n in the list of `term`, noting in `touched` (from
   * `touchedCount` on) each n seen for the first time and keeping `histogram[c]` = how many have
   * count c. Returns the new touched count. Decoding and counting in one pass saves a buffer.
   */
  countInto(term: number, counts: Uint16Array, touched: Int32Array, touchedCount: number, histogram: Int32Array): number {
    const count = this.counts[term]!;
    let position = this.head[term]!;
    let page = this.pages[position >>> PAGE_BITS]!;
    let offset = position & PAGE_MASK;
    let level = 0;
    let end = offset + SLICE_SIZES[0]! - LINK_BYTES;
    let slot = -1;
    let seen = touchedCount;
    for (let n = 0; n < count; n += 1) {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        if (offset === end) {
          position = page[offset]! | (page[offset + 1]! << 8) | (page[offset + 2]! << 16) | (page[offset + 3]! << 24);
          page = this.pages[position >>> PAGE_BITS]!;
          offset = position & PAGE_MASK;
          if (level < LAST_LEVEL) level += 1;
          end = offset + SLICE_SIZES[level]! - LINK_BYTES;
        }
        byte = page[offset]!;
        offset += 1;
        value |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte >= 0x80);
      slot += value;
      const before = counts[slot]!;
      if (before === 0) touched[seen++] = slot;
      counts[slot] = before + 1;
      histogram[before] = histogram[before]! - 1;
      histogram[before + 1] = histogram[before + 1]! + 1;
    }
    return seen;
  }

  get termsCount(): number {
    return this.termCount;
  }

  memoryBytes(): number {
    const perTerm = this.head.byteLength + this.write.byteLength + this.sliceEnd.byteLength + this.level.byteLength + this.last.byteLength + this.counts.byteLength;
    return perTerm + this.terms.memoryBytes() + this.pages.reduce((total, page) => total + page.byteLength, 0);
  }

  private newTerm(key: number): number {
    const term = this.termCount;
    if (term === this.head.length) this.growTerms();
    this.termCount += 1;
    this.terms.set(key, term);
    const start = this.allocate(SLICE_SIZES[0]!);
    this.head[term] = start;
    this.write[term] = start;
    this.sliceEnd[term] = start + SLICE_SIZES[0]! - LINK_BYTES;
    this.level[term] = 0;
    this.counts[term] = 0;
    return term;
  }

  private writeVarint(term: number, value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.writeByte(term, (rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    this.writeByte(term, rest);
  }

  private writeByte(term: number, byte: number): void {
    let position = this.write[term]!;
    if (position === this.sliceEnd[term]) {
      const level = Math.min(this.level[term]! + 1, LAST_LEVEL);
      const next = this.allocate(SLICE_SIZES[level]!);
      const page = this.pages[position >>> PAGE_BITS]!;
      const offset = position & PAGE_MASK;
      page[offset] = next & 0xff;
      page[offset + 1] = (next >>> 8) & 0xff;
      page[offset + 2] = (next >>> 16) & 0xff;
      page[offset + 3] = next >>> 24;
      this.level[term] = level;
      this.sliceEnd[term] = next + SLICE_SIZES[level]! - LINK_BYTES;
      position = next;
    }
    this.pages[position >>> PAGE_BITS]![position & PAGE_MASK] = byte;
    this.write[term] = position + 1;
  }

  /** A slice of `size` bytes that does not cross a page boundary. */
  private allocate(size: number): number {
    if (this.pageUsed + size > PAGE_SIZE) {
      if (this.pages.length >= 2047) throw new RangeError('posting lists are full (2 GiB)');
      this.pages.push(new Uint8Array(this.pages.length === 0 ? 1 << 12 : PAGE_SIZE));
      this.pageUsed = 0;
    }
    growLastPage(this.pages, this.pageUsed + size);
    const address = (this.pages.length - 1) * PAGE_SIZE + this.pageUsed;
    this.pageUsed += size;
    return address;
  }

  private growTerms(): void {
    const size = this.head.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(array);
      return next;
    };
    this.head = grow(this.head, (n) => new Int32Array(n));
    this.write = grow(this.write, (n) => new Int32Array(n));
    this.sliceEnd = grow(this.sliceEnd, (n) => new Int32Array(n));
    this.level = grow(this.level, (n) => new Uint8Array(n));
    this.last = grow(this.last, (n) => new Int32Array(n));
    this.counts = grow(this.counts, (n) => new Int32Array(n));
  }
}
