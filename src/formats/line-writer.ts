import { Buffer } from 'node:buffer';

/**
 * Lines of a large text file (an XLIFF or TMX export of 10,000 segments), joined with LF.
 * Lines are joined into chunks of about a quarter million characters as they come: such a
 * chunk is one flat string the garbage collector never moves, and the many small line
 * strings die young, instead of 100,000 of them living (and being copied) until the end.
 */
const CHUNK = 256 * 1024;

export class LineWriter {
  private readonly chunks: string[] = [];
  private readonly encoded: Buffer[] = [];
  private pending: string[] = [];
  private pendingLength = 0;

  /**
   * `encode`: each chunk becomes UTF-8 bytes as soon as it is joined (for `bytes()`), so that the
   * file is never held as one long string (two bytes a character, once curly quotes are in it) and
   * then again as the bytes sent.
   */
  constructor(private readonly options: { encode?: boolean } = {}) {}

  push(...lines: string[]): void {
    for (const line of lines) {
      this.pending.push(line);
      this.pendingLength += line.length + 1;
    }
    if (this.pendingLength >= CHUNK) this.flush();
  }

  /** Every line, each followed by LF. */
  result(): string {
    if (this.options.encode === true) throw new Error('LineWriter: made to encode; ask for bytes()');
    this.flush();
    return this.chunks.join('');
  }

  /** Every line, each followed by LF, in UTF-8 (a writer made with `encode`). */
  bytes(): Uint8Array {
    if (this.options.encode !== true) throw new Error('LineWriter: not made to encode; ask for result()');
    this.flush();
    return Buffer.concat(this.encoded);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.pending.push('');
    const chunk = this.pending.join('\n');
    if (this.options.encode === true) this.encoded.push(Buffer.from(chunk, 'utf8'));
    else this.chunks.push(chunk);
    this.pending = [];
    this.pendingLength = 0;
  }
}
