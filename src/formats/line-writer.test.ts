import { describe, expect, it } from 'vitest';
import { LineWriter } from './line-writer.js';

describe('LineWriter', () => {
  it('gives every line followed by LF, in order, across the chunks it joins on the way', () => {
    // About 3 MB of lines, so that many chunks are joined before the end.
    const lines = Array.from({ length: 60_000 }, (_, i) => `      <source>Kalimat ${i} — “kutip” &amp; lagi.</source>`);
    const writer = new LineWriter();
    for (let i = 0; i < lines.length; i += 3) writer.push(...lines.slice(i, i + 3));
    expect(writer.result()).toBe(lines.join('\n') + '\n');
  });

  it('gives an empty text when no line was pushed, and an empty line as a lone LF', () => {
    expect(new LineWriter().result()).toBe('');
    const writer = new LineWriter();
    writer.push('');
    expect(writer.result()).toBe('\n');
  });
});
