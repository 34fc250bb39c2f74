/**
 * Text written piece by piece straight into UTF-8 bytes, for a large XML part (a
 * 10,000-row DOCX table): each piece becomes bytes as soon as it is written, so the
 * part is never held as thousands of strings and then once more as one. Bytes go into
 * chunks of a megabyte, copied once into the result (no doubling and re-copying).
 */
const utf8 = new TextEncoder();
const FIRST_CHUNK = 64 * 1024;
const CHUNK = 1024 * 1024;

export class Utf8Writer {
  private readonly full: Uint8Array[] = [];
  private chunk = new Uint8Array(FIRST_CHUNK);
  private used = 0;

  write(text: string): void {
    // encodeInto stops before a character that does not fit; `done` counts UTF-16 units of the text.
    for (let done = 0; ;) {
      const { read, written } = utf8.encodeInto(done === 0 ? text : text.slice(done), this.chunk.subarray(this.used));
      this.used += written;
      done += read;
      if (done >= text.length) return;
      this.full.push(this.chunk.subarray(0, this.used));
      // Room for the rest at three bytes per UTF-16 unit, the most UTF-8 takes.
      this.chunk = new Uint8Array(Math.max(CHUNK, (text.length - done) * 3));
      this.used = 0;
    }
  }

  /** The bytes written so far. */
  result(): Uint8Array {
    const last = this.chunk.subarray(0, this.used);
    if (this.full.length === 0) return last;
    const out = new Uint8Array(this.full.reduce((sum, chunk) => sum + chunk.length, last.length));
    let at = 0;
    for (const chunk of [...this.full, last]) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}
