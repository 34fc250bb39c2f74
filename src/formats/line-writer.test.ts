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

  it('writes a lone surrogate as U+FFFD, as Node does for any string, without running past its buffer', () => {
    // A line of lone surrogates takes three bytes a UTF-16 unit, the most any line can take.
    const lines = ['\uD800'.repeat(400_000), 'a\uDC00b', '🙂'];
    const writer = new LineWriter({ encode: true });
    writer.push(...lines);
    expect(Buffer.compare(Buffer.from(writer.bytes()), Buffer.from(lines.join('\n') + '\n', 'utf8'))).toBe(0);
  });

  it('writes a tagged line with its values in place, short or long, as text and as UTF-8 alike', () => {
    // Past 64 characters of values a line is written piece by piece; up to it, built whole.
    const middle = 'Kata “tengah” 🙂 '.repeat(6);
    const long = `“Kutip” ${'panjang '.repeat(40_000)}🙂`;
    const write = (writer: LineWriter) => {
      for (let i = 0; i < 20_000; i++) {
        writer.line`      <segment id="s${i}" state="${i % 2 === 0 ? 'final' : 'initial'}">`;
        writer.line`        <source>Kalimat ${i} — “kutip”</source>`;
        writer.line`${''}${i}${'é'}`;
        writer.line`<p n="${i}">${middle}</p>`;
      }
      writer.line`<target>${long}</target>`;
      writer.push('plain');
      writer.line`no values`;
    };
    const expected = [
      ...Array.from({ length: 20_000 }, (_, i) => [`      <segment id="s${i}" state="${i % 2 === 0 ? 'final' : 'initial'}">`, `        <source>Kalimat ${i} — “kutip”</source>`, `${i}é`, `<p n="${i}">${middle}</p>`]).flat(),
      `<target>${long}</target>`, 'plain', 'no values', '',
    ].join('\n');
    const text = new LineWriter();
    write(text);
    expect(text.result()).toBe(expected);
    const bytes = new LineWriter({ encode: true });
    write(bytes);
    expect(Buffer.from(bytes.bytes()).toString('utf8')).toBe(expected);
  });

  it('keeps a character whose surrogate pair is split between two values of a line, as the text would', () => {
    const [high, low] = ['🙂'.charCodeAt(0), '🙂'.charCodeAt(1)].map((code) => String.fromCharCode(code));
    const long = 'x'.repeat(70);
    const bytes = new LineWriter({ encode: true });
    bytes.line`<seg>${long + high!}${low!}</seg>`;
    bytes.line`<seg>${long}${'\uD800'}${'\uDC00' + long}</seg>`;
    bytes.line`<seg>${long}🙂${'🙂' + long}</seg>`;
    const expected = `<seg>${long}🙂</seg>\n<seg>${long}\u{10000}${long}</seg>\n<seg>${long}🙂🙂${long}</seg>\n`;
    expect(Buffer.compare(Buffer.from(bytes.bytes()), Buffer.from(expected, 'utf8'))).toBe(0);
  });

  it('writes lone surrogates in a value of a tagged line as U+FFFD, as for a pushed line', () => {
    const lone = `${'x'.repeat(70)}\uDC00a\uD800b`;
    const bytes = new LineWriter({ encode: true });
    bytes.line`<seg>${lone}</seg>`;
    expect(Buffer.compare(Buffer.from(bytes.bytes()), Buffer.from(`<seg>${lone}</seg>\n`, 'utf8'))).toBe(0);
  });

  it('gives bytes of their exact size, not a view that keeps a megabyte alive', () => {
    const writer = new LineWriter({ encode: true });
    writer.push('kecil');
    const bytes = writer.bytes();
    expect(bytes.byteLength).toBe(6);
    expect(bytes.buffer.byteLength).toBeLessThan(64 * 1024);
  });

  it('gives no bytes when nothing was pushed, and an LF for an empty line', () => {
    expect(new LineWriter({ encode: true }).bytes().byteLength).toBe(0);
    const writer = new LineWriter({ encode: true });
    writer.push('');
    expect([...writer.bytes()]).toEqual([0x0a]);
  });
});
