import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Writer } from './utf8-writer.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('Utf8Writer', () => {
  it('gives the UTF-8 of the pieces one after another, going on in a new chunk inside a piece and between pieces', () => {
    // 3-byte and 4-byte characters, more than the first chunk (64 KB) and the next (1 MB) hold.
    const pieces = ['<p>', '€'.repeat(30_000), '😀 Rp 1.500.000,50 — “kutip”\n', '', '北京'.repeat(200_000), 'x'.repeat(500_000), '</p>\n'];
    const writer = new Utf8Writer();
    for (const piece of pieces) writer.write(piece);
    expect(decode(writer.result())).toBe(pieces.join(''));
    expect(writer.result().length).toBe(new TextEncoder().encode(pieces.join('')).length);
  });

  it('encodes any pieces as TextEncoder encodes them joined', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 30 }), (pieces) => {
      const writer = new Utf8Writer();
      for (const piece of pieces) writer.write(piece);
      expect(writer.result()).toEqual(new TextEncoder().encode(pieces.join('')));
    }));
  });

  it('gives no bytes when nothing was written', () => {
    expect(new Utf8Writer().result()).toEqual(new Uint8Array());
  });
});
