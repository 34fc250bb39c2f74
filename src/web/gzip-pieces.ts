import { Buffer } from 'node:buffer';
import zlib from 'node:zlib';

/**
 * One gzip stream made of pieces deflated on their own, so that the pieces that do not change
 * from one request to the next (the editor's rows) are compressed once and kept.
 *
 * Each piece is raw deflate data that ends on a byte boundary without a final block (a sync
 * flush), from a compressor that saw nothing but the piece: its back-references stay inside it,
 * so pieces can follow one another in any order. The last piece of a stream carries the final
 * block. The gzip trailer's CRC-32 is combined from the pieces' own (see `crc32Combine`), so the
 * kept pieces' bytes are not read again.
 *
 * What is made per request (the page around the rows, which holds the CSRF token and echoes the
 * request's path) goes in *stored* deflate blocks, not compressed: a secret never shares a
 * compression window with text an attacker can put in the page, so the length of the answer says
 * nothing about the secret (the BREACH attack). It also costs nothing but a copy.
 */
export interface DeflatedPiece {
  /** Raw deflate data; ends with a sync flush, or with the final block if `final`. */
  readonly deflated: Buffer;
  /** CRC-32 of the piece's own bytes. */
  readonly crc: number;
  /** Length of the piece's own bytes. */
  readonly length: number;
  /** x^(8·length) modulo the CRC polynomial: what the piece does to the CRC of what came before it (see `crc32Combine`). */
  readonly shift: number;
}

/** A piece compressed (level 6): for bytes that are kept and sent many times. */
export function deflatePiece(bytes: Buffer): DeflatedPiece {
  const deflated = zlib.deflateRawSync(bytes, { level: 6, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  return { deflated, crc: zlib.crc32(bytes), length: bytes.length, shift: shiftOf(bytes.length) };
}

/** The most a stored block holds (its length field has 16 bits). */
const STORED_MOST = 65_535;

/**
 * A piece in stored blocks, not compressed: for bytes made per request (see above). `final` for
 * the last piece of a stream. Written here (RFC 1951 §3.2.4), not by zlib: a stored block is a
 * byte saying whether it is the last, its length, the length's complement, then the bytes as
 * they are; every piece starts on a byte boundary, so no bits are left to align.
 */
export function storedPiece(bytes: Buffer, final = false): DeflatedPiece {
  const parts: Buffer[] = [];
  let at = 0;
  do {
    const size = Math.min(STORED_MOST, bytes.length - at);
    const header = Buffer.allocUnsafe(5);
    header[0] = final && at + size === bytes.length ? 1 : 0;
    header.writeUInt16LE(size, 1);
    header.writeUInt16LE(~size & 0xffff, 3);
    parts.push(header, bytes.subarray(at, at + size));
    at += size;
  } while (at < bytes.length);
  return { deflated: Buffer.concat(parts), crc: zlib.crc32(bytes), length: bytes.length, shift: shiftOf(bytes.length) };
}

/** The fixed gzip header: deflate, no name, no time, unknown OS (RFC 1952). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** The gzip stream of `pieces` in order, as buffers to write one after another; the last piece must be final. */
export function gzipStream(pieces: readonly DeflatedPiece[]): Buffer[] {
  let crc = 0;
  let length = 0;
  const out: Buffer[] = [GZIP_HEADER];
  for (const piece of pieces) {
    crc = (multiply(piece.shift, crc) ^ piece.crc) >>> 0;
    length += piece.length;
    out.push(piece.deflated);
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  out.push(trailer);
  return out;
}

/**
 * Runs of `RUN` consecutive buffers, each run deflated once and kept for as long as its first
 * buffer lives. A run is used again only if it holds the very same buffer objects (the editor's
 * row cache hands out the same buffer while a row is unchanged), so a saved segment costs the
 * compression of its own run at the next opening, and nothing else.
 */
export class DeflatedRuns {
  private readonly kept = new WeakMap<Buffer, { readonly members: readonly Buffer[]; readonly piece: DeflatedPiece }>();
  /**
   * The pieces of a frozen list of buffers (the row cache hands out the same one while no row
   * changed): found again without walking it. A frozen list cannot change which buffers it holds,
   * and the buffers' bytes are never written after they are made (as `kept` already relies on).
   */
  private readonly ofFrozenList = new WeakMap<readonly Buffer[], readonly DeflatedPiece[]>();

  constructor(private readonly run = 32) {}

  pieces(buffers: readonly Buffer[]): readonly DeflatedPiece[] {
    const known = this.ofFrozenList.get(buffers);
    if (known !== undefined) return known;
    const pieces = this.runs(buffers);
    // Only a frozen list is sure to hold the same buffers the next time it is seen.
    if (Object.isFrozen(buffers)) this.ofFrozenList.set(buffers, Object.freeze(pieces));
    return pieces;
  }

  private runs(buffers: readonly Buffer[]): DeflatedPiece[] {
    const pieces: DeflatedPiece[] = [];
    for (let start = 0; start < buffers.length; start += this.run) {
      const end = Math.min(start + this.run, buffers.length);
      const kept = this.kept.get(buffers[start]!);
      if (kept !== undefined && sameMembers(kept.members, buffers, start, end)) {
        pieces.push(kept.piece);
        continue;
      }
      // Sliced only here: `slice` on a frozen array (the row cache hands out frozen ones) takes
      // V8's slow path, ~2–3 µs a run of 32 (~42 µs for the editor's 514 rows) where comparing in
      // place costs next to nothing.
      const members = buffers.slice(start, end);
      const piece = deflatePiece(Buffer.concat(members));
      this.kept.set(members[0]!, { members, piece });
      pieces.push(piece);
    }
    return pieces;
  }
}

/** True when `kept` holds the very same buffers as `buffers[start..end)`. */
function sameMembers(kept: readonly Buffer[], buffers: readonly Buffer[], start: number, end: number): boolean {
  if (kept.length !== end - start) return false;
  for (let i = start; i < end; i += 1) if (kept[i - start] !== buffers[i]) return false;
  return true;
}

// CRC-32 arithmetic: polynomials over GF(2) modulo the CRC-32 polynomial, in its reflected form
// (the highest bit is x^0). The CRC of A followed by B is crc(A)·x^(8·|B|) + crc(B).
const POLY = 0xedb88320;
const X0 = 0x80000000;

/** a·b modulo the polynomial. */
function multiply(a: number, b: number): number {
  let product = 0;
  for (let bit = X0; bit !== 0; bit >>>= 1) {
    if ((a & bit) !== 0) product ^= b;
    b = (b & 1) !== 0 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) modulo the polynomial, for k = 0…31. */
const X_TO_2K: number[] = (() => {
  const table = [X0 >>> 1];
  for (let k = 1; k < 32; k += 1) table.push(multiply(table[k - 1]!, table[k - 1]!));
  return table;
})();

/** x^(8·bytes) modulo the polynomial: the shift that appending `bytes` bytes makes. */
function shiftOf(bytes: number): number {
  let result = X0;
  // 8·bytes = bytes·2^3; walk the bits of `bytes` from k = 3 (a safe integer: no 32-bit operators on it).
  let k = 3;
  for (let n = bytes; n > 0; n = Math.floor(n / 2), k += 1) if (n % 2 === 1) result = multiply(X_TO_2K[k % 32]!, result);
  return result;
}

/** The CRC-32 of A followed by B, from the CRC of A, the CRC of B and the length of B. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multiply(shiftOf(lengthB), crcA >>> 0) ^ (crcB >>> 0)) >>> 0;
}
