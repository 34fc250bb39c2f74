import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import type { Response } from 'express';
import { escapeHtml } from '../formats/index.js';
import { DeflatedRuns, deflatePiece, gzipStream, storedPiece, type DeflatedPiece } from './gzip-pieces.js';

/**
 * A page rendered once and kept for as long as what it shows stays the same (its key), with
 * holes for what differs from one request to the next: the CSRF token, the path it was asked
 * for, a feed position, the editor's rows (kept apart, row by row).
 *
 * The text between the holes is kept as UTF-8 and deflated once. A hole is filled per request
 * and, in a gzip answer, sent in stored blocks, never compressed: the CSRF token never shares a
 * compression window with text someone else wrote (the BREACH attack; see gzip-pieces.ts).
 */
export interface KeptPage {
  /** The page's bytes between the holes: one more than `holes`. */
  readonly between: readonly Buffer[];
  /** The same, each deflated on its own. */
  readonly deflated: readonly DeflatedPiece[];
  /** The name of each hole, in the order they come on the page (a name may come more than once). */
  readonly holes: readonly string[];
}

/**
 * The kept pages, by key, the least recently used going first beyond `limit`. A key must hold
 * everything the page shows apart from its holes; `render` must see nothing else (see the editor
 * route: it renders with `app.render`, which does not add the request's locals).
 */
export class KeptPages {
  private readonly kept = new Map<string, KeptPage>();

  constructor(private readonly limit = 64) {}

  /**
   * The page for `key`, rendered now if it is not kept. `render` gets a marker per hole name to
   * write where the hole goes; each must appear in the HTML at least once.
   */
  async page(key: string, names: readonly string[], render: (markers: Readonly<Record<string, string>>) => Promise<string>): Promise<KeptPage> {
    const known = this.kept.get(key);
    if (known !== undefined) {
      this.kept.delete(key);
      this.kept.set(key, known);
      return known;
    }
    const made = await splitAtHoles(names, render);
    // Another request may have made it meanwhile: either is right.
    this.kept.delete(key);
    while (this.kept.size >= this.limit) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(key, made);
    return made;
  }

  get size(): number {
    return this.kept.size;
  }
}

/**
 * Markers are letters and digits only, so that HTML escaping (and JSON) writes them unchanged;
 * random per rendering, so that no text on the page (a title, a name) can stand in for one.
 */
async function splitAtHoles(names: readonly string[], render: (markers: Readonly<Record<string, string>>) => Promise<string>): Promise<KeptPage> {
  const nonce = randomBytes(12).toString('hex');
  const markers = Object.fromEntries(names.map((name, index) => [name, `jbthole${index}x${nonce}`]));
  const nameOf = new Map(names.map((name) => [markers[name]!, name]));
  const html = await render(markers);
  const between: Buffer[] = [];
  const holes: string[] = [];
  const pattern = new RegExp(`jbthole\\d+x${nonce}`, 'g');
  let from = 0;
  for (const match of html.matchAll(pattern)) {
    const name = nameOf.get(match[0]);
    if (name === undefined) throw new Error(`kept page: a marker for no hole (${match[0]})`);
    between.push(Buffer.from(html.slice(from, match.index)));
    holes.push(name);
    from = match.index + match[0].length;
  }
  between.push(Buffer.from(html.slice(from)));
  const missing = names.filter((name) => !holes.includes(name));
  if (missing.length > 0) throw new Error(`kept page: the view does not write ${missing.join(', ')}`);
  return { between, deflated: between.map((bytes) => deflatePiece(bytes)), holes };
}

/** The editor's rows, deflated in runs and kept (see gzip-pieces.ts): one set for the whole process. */
const deflatedRuns = new DeflatedRuns();

/** A hole's value: text (escaped here), or bytes that are HTML already (the editor's rows, each kept). */
export type HoleValue = string | readonly Buffer[];

/**
 * Sends a kept page with its holes filled. A browser that accepts gzip gets it gzipped: the kept
 * text deflated once, byte runs deflated once and kept, text holes in stored blocks.
 */
export function sendKept(res: Response, page: KeptPage, values: Readonly<Record<string, HoleValue>>): void {
  const fill = (name: string): HoleValue => {
    const value = values[name];
    if (value === undefined) throw new Error(`kept page: no value for the hole ${name}`);
    return typeof value === 'string' ? escapeHtml(value) : value;
  };
  // The answer differs with Accept-Encoding: a cache between us and the browser must know it.
  res.type('html').vary('Accept-Encoding');
  const out: Buffer[] = [];
  if (res.req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    const pieces: DeflatedPiece[] = [page.deflated[0]!];
    page.holes.forEach((name, index) => {
      const value = fill(name);
      if (typeof value === 'string') pieces.push(storedPiece(Buffer.from(value)));
      else pieces.push(...deflatedRuns.pieces(value));
      pieces.push(page.deflated[index + 1]!);
    });
    pieces.push(storedPiece(Buffer.alloc(0), true));
    out.push(...gzipStream(pieces));
  } else {
    out.push(page.between[0]!);
    page.holes.forEach((name, index) => {
      const value = fill(name);
      if (typeof value === 'string') out.push(Buffer.from(value));
      else out.push(...value);
      out.push(page.between[index + 1]!);
    });
  }
  let length = 0;
  for (const piece of out) length += piece.length;
  res.setHeader('Content-Length', length);
  // Written corked rather than joined into one buffer (a copy of the whole page): the pieces leave together, in one writev.
  res.cork();
  for (let i = 0; i < out.length - 1; i += 1) res.write(out[i]);
  res.end(out[out.length - 1]);
}
