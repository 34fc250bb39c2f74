import { Buffer } from 'node:buffer';

/**
 * Lines of a large text file (an XLIFF or TMX export of 10,000 segments), each followed by LF.
 *
 * As text (`result()`), lines are joined into chunks of about a quarter million characters as
 * they come: such a chunk is one flat string the garbage collector never moves, and the many
 * small line strings die young, instead of 100,000 of them living (and being copied) until the end.
 *
 * As bytes (a writer made with `encode`), each line is written in UTF-8 straight into a buffer of
 * a megabyte as it comes. No string of the file is ever built: joining the lines of a
 * 10,000-segment XLIFF into chunks and encoding the chunks took three times as long as writing
 * the same lines one by one (33 against 11 ms), most of all once a chunk held one curly quote and
 * became a string of two bytes a character.
 *
 * A line written with the `line` tag is not even built as a string: its fixed parts are encoded
 * once for each place in the code that writes it, and its values are written between them. A
 * line built from a template is a rope that has to be flattened, copying every character once
 * more, before it can be encoded: for the same export, about a quarter of the writing's time.
 * Lines whose values are short (ids, states) are still built whole, which costs less than
 * writing them piece by piece.
 */
const CHUNK = 256 * 1024;
const BYTES_CHUNK = 1024 * 1024;
const LF = 0x0a;
/** Up to this many characters of values, a `line` is built as a string and written whole. */
const SHORT_VALUES = 64;
/** The longest a number prints as (`-0.0000026214355981225523`); the room for it is three bytes a character all the same. */
const NUMBER_LENGTH = 25;

export class LineWriter {
  private readonly chunks: string[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly full: Buffer[] = [];
  private buffer: Buffer | null = null;
  private used = 0;

  /** `encode`: the lines become UTF-8 bytes as they are pushed; ask for `bytes()`, not `result()`. */
  constructor(private readonly options: { encode?: boolean } = {}) {}

  push(...lines: string[]): void {
    if (this.options.encode === true) {
      for (const line of lines) this.write(line);
      return;
    }
    for (const line of lines) {
      this.pending.push(line);
      this.pendingLength += line.length + 1;
    }
    if (this.pendingLength >= CHUNK) this.flush();
  }

  /**
   * One line from a template, for example ``lines.line`<source>${xmlText(text)}</source>` ``.
   * The values are written as they are: escape them first, as for `push`.
   */
  line(strings: TemplateStringsArray, ...values: (string | number)[]): void {
    let valueLength = 0;
    let splitsAPair = false;
    for (const value of values) {
      if (typeof value !== 'string') valueLength += NUMBER_LENGTH;
      else {
        valueLength += value.length;
        // A value that starts with the second half of a surrogate pair or ends with a first half:
        // encoded alone, the half would become U+FFFD, where the whole line has the character.
        splitsAPair ||= isLowSurrogate(value.charCodeAt(0)) || isHighSurrogate(value.charCodeAt(value.length - 1));
      }
    }
    // A line of short values (ids, states) is cheaper to build whole than to write piece by piece.
    if (this.options.encode !== true || valueLength <= SHORT_VALUES || splitsAPair) {
      let line = strings[0]!;
      for (let i = 0; i < values.length; i++) line += String(values[i]) + strings[i + 1]!;
      this.push(line);
      return;
    }
    const parts = encodedParts(strings);
    const buffer = this.room(parts.bytes + valueLength * 3);
    let at = this.used;
    for (let i = 0; i < values.length; i++) {
      const part = parts.encoded[i]!;
      if (part.length > 0) {
        buffer.set(part, at);
        at += part.length;
      }
      const value = values[i]!;
      at += buffer.write(typeof value === 'string' ? value : String(value), at);
    }
    const last = parts.encoded[values.length]!;
    buffer.set(last, at);
    this.used = at + last.length;
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
    // Copied to its exact size: a view into the last buffer would keep a whole megabyte alive
    // for an export of a few kilobytes.
    return Buffer.concat(this.buffer === null ? this.full : [...this.full, this.buffer.subarray(0, this.used)]);
  }

  private write(line: string): void {
    // UTF-8 takes at most three bytes for a UTF-16 unit (a surrogate pair, two units, takes four).
    const buffer = this.room(line.length * 3 + 1);
    this.used += buffer.write(line, this.used);
    buffer[this.used++] = LF;
  }

  /** The buffer to write in, with at least `bytes` free after `used`. */
  private room(bytes: number): Buffer {
    if (this.buffer === null || this.used + bytes > this.buffer.length) {
      if (this.buffer !== null) this.full.push(this.buffer.subarray(0, this.used));
      this.buffer = Buffer.allocUnsafe(Math.max(BYTES_CHUNK, bytes));
      this.used = 0;
    }
    return this.buffer;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.pending.push('');
    this.chunks.push(this.pending.join('\n'));
    this.pending = [];
    this.pendingLength = 0;
  }
}

/** A template's fixed parts in UTF-8, the last one with its LF; worked out once for each template in the code. */
interface EncodedParts {
  readonly encoded: readonly Uint8Array[];
  readonly bytes: number;
}

const partsOf = new WeakMap<TemplateStringsArray, EncodedParts>();

function encodedParts(strings: TemplateStringsArray): EncodedParts {
  let parts = partsOf.get(strings);
  if (parts === undefined) {
    const encoded = strings.map((part, i) => Buffer.from(i === strings.length - 1 ? `${part}\n` : part, 'utf8'));
    parts = { encoded, bytes: encoded.reduce((sum, part) => sum + part.length, 0) };
    partsOf.set(strings, parts);
  }
  return parts;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
