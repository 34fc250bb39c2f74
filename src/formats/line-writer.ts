/**
 * Lines of a large text file (an XLIFF or TMX export of 10,000 segments), joined with LF.
 * Lines are joined into chunks of about a quarter million characters as they come: such a
 * chunk is one flat string the garbage collector never moves, and the many small line
 * strings die young, instead of 100,000 of them living (and being copied) until the end.
 */
const CHUNK = 256 * 1024;

export class LineWriter {
  private readonly chunks: string[] = [];
  private pending: string[] = [];
  private pendingLength = 0;

  push(...lines: string[]): void {
    for (const line of lines) {
      this.pending.push(line);
      this.pendingLength += line.length + 1;
    }
    if (this.pendingLength >= CHUNK) this.flush();
  }

  /** Every line, each followed by LF. */
  result(): string {
    this.flush();
    return this.chunks.join('');
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.pending.push('');
    this.chunks.push(this.pending.join('\n'));
    this.pending = [];
    this.pendingLength = 0;
  }
}
