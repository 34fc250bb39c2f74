/**
 * Reading a large TMX (a whole translation memory, a million units) in pieces of bounded
 * size: the text arrives in chunks; each piece handed out is a complete, small TMX document
 * (the file's own header, a run of whole `<tu>` elements, the closing tags) that
 * `readTmxUnits` reads with all its guards. Memory stays about one piece, never the file.
 *
 * A piece ends after a `</tu>`, which cannot occur inside text (its `<` would be escaped);
 * one inside a comment or CDATA section makes a piece malformed, and it is refused.
 */
import { InvalidInputError } from '../core/errors.js';

const MAX_HEAD = 1 << 20;
const TU_END = '</tu>';
const CLOSING = '\n</body>\n</tmx>\n';

export class TmxChunker {
  private head: string | null = null;
  private buffer = '';

  /** @param pieceChars about how many characters of `<tu>`s each piece holds */
  constructor(private readonly pieceChars = 4_000_000) {}

  /** Adds text; returns the pieces that are complete. */
  push(text: string): string[] {
    this.buffer += this.head === null && this.buffer === '' ? text.replace(/^\uFEFF/, '') : text;
    if (this.head === null && !this.takeHead()) return [];
    const pieces: string[] = [];
    while (this.buffer.length >= this.pieceChars) {
      // The first </tu> past the piece size; or, failing that, the last one there is.
      let end = this.buffer.indexOf(TU_END, Math.max(0, this.pieceChars - TU_END.length));
      if (end === -1) end = this.buffer.lastIndexOf(TU_END);
      if (end === -1) break;
      const cut = end + TU_END.length;
      pieces.push(this.head! + this.buffer.slice(0, cut) + CLOSING);
      this.buffer = this.buffer.slice(cut);
    }
    return pieces;
  }

  /** The last piece: what is left, with the file's own closing tags. */
  end(): string[] {
    if (this.head === null) {
      // No <body> at all: hand the whole (small) text over, so that the reader names the problem.
      const whole = this.buffer;
      this.buffer = '';
      return [whole];
    }
    const rest = this.buffer;
    this.buffer = '';
    return [this.head + rest];
  }

  /** Everything up to and including the `<body>` start tag becomes the head of every piece. */
  private takeHead(): boolean {
    const body = /<body(\s[^>]*)?>/.exec(this.buffer);
    if (body === null) {
      if (this.buffer.length > MAX_HEAD) throw new InvalidInputError('tmx.unsupported', { version: '' });
      return false;
    }
    const end = body.index + body[0].length;
    this.head = this.buffer.slice(0, end);
    this.buffer = this.buffer.slice(end);
    return true;
  }
}
