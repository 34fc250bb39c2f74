import { Buffer } from 'node:buffer';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32Combine, DeflatedRuns, deflatePiece, gzipStream, storedPiece } from './gzip-pieces.js';

const bytes = fc.uint8Array({ maxLength: 3000 }).map((array) => Buffer.from(array));
const text = fc.string({ unit: 'grapheme', maxLength: 400 }).map((s) => Buffer.from(`<li class="row">${s}</li>\n`));

describe('crc32Combine', () => {
  it('gives the CRC-32 of two byte strings one after the other, from their own CRCs and the second length', () => {
    fc.assert(fc.property(bytes, bytes, (a, b) => {
      expect(crc32Combine(zlib.crc32(a), zlib.crc32(b), b.length)).toBe(zlib.crc32(Buffer.concat([a, b])));
    }));
  });

  it('handles lengths beyond 32 bits: shifting by 2^32 + 7 bytes is shifting by 2^31, then by 2^31 + 7', () => {
    const a = zlib.crc32(Buffer.from('kopi'));
    expect(crc32Combine(a, 0, 2 ** 32 + 7)).toBe(crc32Combine(crc32Combine(a, 0, 2 ** 31), 0, 2 ** 31 + 7));
    expect(crc32Combine(a, 0, 2 ** 32 + 7)).not.toBe(crc32Combine(a, 0, 7));
  });
});

describe('gzipStream', () => {
  it('joins stored and deflated pieces into one gzip stream that inflates to the pieces in order', () => {
    fc.assert(fc.property(fc.array(fc.oneof(bytes, text), { maxLength: 8 }), bytes, (middle, last) => {
      const pieces = [...middle.map((piece, i) => (i % 2 === 0 ? deflatePiece(piece) : storedPiece(piece))), storedPiece(last, true)];
      const gz = Buffer.concat(gzipStream(pieces));
      expect(zlib.gunzipSync(gz).equals(Buffer.concat([...middle, last]))).toBe(true);
    }), { numRuns: 200 });
  });

  it('splits a stored piece longer than one stored block holds (65,535 bytes), and writes an empty one', () => {
    for (const size of [0, 65_535, 65_536, 150_000]) {
      const piece = Buffer.alloc(size, 'a');
      const gz = Buffer.concat(gzipStream([storedPiece(piece), deflatePiece(Buffer.from('tengah')), storedPiece(piece, true)]));
      expect(zlib.gunzipSync(gz).equals(Buffer.concat([piece, Buffer.from('tengah'), piece]))).toBe(true);
    }
  });

  it('keeps text made per request out of any compression: its bytes appear in the stream as they are', () => {
    const secret = Buffer.from('data-csrf="c2VjcmV0LXRva2VuLXZhbHVl"');
    const gz = Buffer.concat(gzipStream([storedPiece(secret, true)]));
    expect(gz.includes(secret)).toBe(true);
  });

  it('compresses kept pieces (a page of similar rows to well under a third)', () => {
    const rows = Array.from({ length: 200 }, (_, i) => Buffer.from(`<li class="row state-new" id="segment-${i}"><textarea aria-label="Translation of segment ${i}"></textarea></li>\n`));
    const raw = Buffer.concat(rows).length;
    const gz = Buffer.concat(gzipStream([...new DeflatedRuns().pieces(rows), storedPiece(Buffer.alloc(0), true)]));
    expect(gz.length).toBeLessThan(raw / 3);
  });
});

describe('DeflatedRuns', () => {
  const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`<li>row ${i}</li>`));

  it('hands out the same deflated run while its buffers are the same objects', () => {
    const runs = new DeflatedRuns(4);
    const rows = rowsOf(10);
    const first = runs.pieces(rows);
    const again = runs.pieces([...rows]);
    expect(first).toHaveLength(3);
    again.forEach((piece, i) => expect(piece).toBe(first[i]));
  });

  it('deflates again only the run whose buffer changed', () => {
    const runs = new DeflatedRuns(4);
    const rows = rowsOf(10);
    const first = runs.pieces(rows);
    rows[5] = Buffer.from('<li>row 5, saved again</li>');
    const again = runs.pieces(rows);
    expect(again[0]).toBe(first[0]);
    expect(again[1]).not.toBe(first[1]);
    expect(again[2]).toBe(first[2]);
    const gz = Buffer.concat(gzipStream([...again, storedPiece(Buffer.alloc(0), true)]));
    expect(zlib.gunzipSync(gz).toString()).toBe(Buffer.concat(rows).toString());
  });

  it('answers a frozen list seen before with its pieces as they were, and a frozen copy with the same runs', () => {
    const runs = new DeflatedRuns(4);
    const rows = Object.freeze(rowsOf(10));
    const first = runs.pieces(rows);
    expect(runs.pieces(rows)).toBe(first);
    const copy = runs.pieces(Object.freeze([...rows]));
    expect(copy).not.toBe(first);
    copy.forEach((piece, i) => expect(piece).toBe(first[i]));
    const gz = Buffer.concat(gzipStream([...first, storedPiece(Buffer.alloc(0), true)]));
    expect(zlib.gunzipSync(gz).toString()).toBe(Buffer.concat(rows).toString());
  });

  it('does not use a run again when rows were added to it or taken from it', () => {
    const runs = new DeflatedRuns(4);
    const rows = rowsOf(6);
    const first = runs.pieces(rows);
    const fewer = runs.pieces(rows.slice(0, 5));
    expect(fewer[0]).toBe(first[0]);
    expect(fewer[1]).not.toBe(first[1]);
    const gz = Buffer.concat(gzipStream([...fewer, storedPiece(Buffer.alloc(0), true)]));
    expect(zlib.gunzipSync(gz).toString()).toBe(Buffer.concat(rows.slice(0, 5)).toString());
  });
});
