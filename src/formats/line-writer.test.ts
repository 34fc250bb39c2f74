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

  it('gives the same lines as UTF-8 bytes when made to encode, and says which result each kind gives', () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `<seg>Kalimat ${i} — “kutip” 🙂</seg>`);
    const writer = new LineWriter({ encode: true });
    for (const line of lines) writer.push(line);
    expect(Buffer.from(writer.bytes()).toString('utf8')).toBe(lines.join('\n') + '\n');
    expect(() => writer.result()).toThrow(/bytes\(\)/);
    expect(() => new LineWriter().bytes()).toThrow(/result\(\)/);
  });

  it('encodes lines longer than its first buffer, and characters of every UTF-8 length, whole', () => {
    // 1, 2, 3 and 4 bytes a character, then one line of 3 MB (more than the first buffer and than its growth).
    const lines = ['a', 'é', '—“”', '🙂🙂', 'x'.repeat(3 * 1024 * 1024), 'Ç'.repeat(700_000), ''];
    const writer = new LineWriter({ encode: true });
    writer.push(...lines);
    const bytes = writer.bytes();
    expect(Buffer.from(bytes).toString('utf8')).toBe(lines.join('\n') + '\n');
    expect(bytes.byteLength).toBe(Buffer.byteLength(lines.join('\n') + '\n'));
  });

  it('gives no bytes when nothing was pushed, and an LF for an empty line', () => {
    expect(new LineWriter({ encode: true }).bytes().byteLength).toBe(0);
    const writer = new LineWriter({ encode: true });
    writer.push('');
    expect([...writer.bytes()]).toEqual([0x0a]);
  });
});
