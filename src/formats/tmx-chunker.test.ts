import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TmxChunker } from './tmx-chunker.js';
import { readTmx, readTmxUnits } from './tmx-read.js';
import type { TmxUnit } from './types.js';

const langs = { sourceLang: 'id', targetLang: 'en' };
const tmx = (units: readonly [string, string][]) => `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/>
<body>
${units.map(([s, t], i) => `<tu tuid="${i}"><tuv xml:lang="id"><seg>${s}</seg></tuv><tuv xml:lang="en"><seg>${t}</seg></tuv></tu>`).join('\n')}
</body>
</tmx>
`;

/** Feeds the text in the given chunk sizes and reads every piece. */
function readInPieces(text: string, chunks: readonly number[], pieceChars: number): TmxUnit[] {
  const chunker = new TmxChunker(pieceChars);
  const units: TmxUnit[] = [];
  const read = (piece: string) => readTmxUnits(piece, langs, (unit) => units.push(unit));
  let at = 0;
  for (const size of chunks) {
    chunker.push(text.slice(at, at + size)).forEach(read);
    at += size;
  }
  chunker.push(text.slice(at)).forEach(read);
  chunker.end().forEach(read);
  return units;
}

describe('TmxChunker', () => {
  it('hands out pieces that read back to exactly the units of the whole file, however the text arrives', () => {
    const pairs = Array.from({ length: 300 }, (_, i): [string, string] => [`Kalimat &amp; nomor ${i} &lt;b&gt;.`, `Sentence number ${i}.`]);
    const text = tmx(pairs);
    const whole = readTmx(text, langs).units;
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 900 }), { maxLength: 40 }), fc.integer({ min: 50, max: 5000 }), (chunks, pieceChars) => {
      expect(readInPieces(text, chunks, pieceChars)).toEqual(whole);
    }), { numRuns: 60 });
  });

  it('keeps each piece small', () => {
    const text = tmx(Array.from({ length: 2000 }, (_, i): [string, string] => [`Kalimat ${i}.`, `Sentence ${i}.`]));
    const chunker = new TmxChunker(10_000);
    const pieces = [...chunker.push(text), ...chunker.end()];
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(20_000);
  });

  it('refuses a piece cut inside a comment that holds </tu>', () => {
    const text = tmx([['Satu.', 'One.']]).replace('<body>', '<body><!-- a </tu> in a comment -->');
    const chunker = new TmxChunker(1);
    expect(() => [...chunker.push(text), ...chunker.end()].forEach((piece) => readTmxUnits(piece, langs, () => {}))).toThrow();
  });

  it('still refuses a DOCTYPE with an internal subset in the head', () => {
    const text = tmx([['Satu.', 'One.']]).replace('<!DOCTYPE tmx SYSTEM "tmx14.dtd">', '<!DOCTYPE tmx [<!ENTITY x "y">]>');
    const chunker = new TmxChunker(10);
    expect(() => [...chunker.push(text), ...chunker.end()].forEach((piece) => readTmxUnits(piece, langs, () => {}))).toThrow(expect.objectContaining({ code: 'xml.doctype' }));
  });
});
