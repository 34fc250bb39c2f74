import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { idParam, parse } from '../inputs/schemas.js';
import type { Translate } from '../../i18n/index.js';
import { DeflatedRuns, gzipStream, storedPiece } from '../gzip-pieces.js';
import type { Actor, SegmentState, UiLocale } from '../../core/types.js';

/** Per-request values the middleware put on res.locals, typed in one place. */
export interface RequestContext {
  readonly t: Translate;
  readonly locale: UiLocale;
  readonly actor: Actor;
  /** State names in every UI language (a DOCX state column may be in either). */
  readonly stateNames: readonly Readonly<Record<SegmentState, string>>[];
}

/** For routes behind requireSignedIn: the translator, the locale and who is acting. */
export function contextOf(res: Response): RequestContext {
  const locals = res.locals as Partial<RequestContext>;
  if (!locals.t || !locals.locale || !locals.actor || !locals.stateNames) throw new Error('request context middleware did not run');
  return { t: locals.t, locale: locals.locale, actor: locals.actor, stateNames: locals.stateNames };
}

/** The numeric `:id` of a route, or a typed 400. */
export const idOf = (req: Request): number => parse(idParam, req.params).id;

/** The editor's rows, deflated in runs and kept (see gzip-pieces.ts): one set for the whole process. */
const deflatedRows = new DeflatedRuns();

/**
 * Renders a view with `bytes` (HTML already encoded, such as the editor's rows) in place of the
 * local `slot` names: the page around them is encoded per request; the bytes are neither copied into a string nor joined.
 * A browser that accepts gzip gets the page gzipped: the bytes from runs deflated once and kept,
 * the page around them in stored blocks (never compressed, so its CSRF token cannot leak through the length).
 */
export function renderAround(res: Response, view: string, locals: Record<string, unknown>, slot: string, bytes: readonly Buffer[]): Promise<void> {
  // Unguessable, so that no text on the page (a title, a name) can stand in for it.
  const marker = `\u0000${slot}:${randomUUID()}\u0000`;
  const writeAround = (html: string) => {
    const at = html.indexOf(marker);
    if (at < 0) throw new Error(`view ${view} does not write ${slot}`);
    const head = Buffer.from(html.slice(0, at));
    const tail = Buffer.from(html.slice(at + marker.length));
    // The answer differs with Accept-Encoding: a cache between us and the browser must know it.
    res.type('html').vary('Accept-Encoding');
    let pieces: Buffer[];
    if (res.req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      res.setHeader('Content-Encoding', 'gzip');
      pieces = gzipStream([storedPiece(head), ...deflatedRows.pieces(bytes), storedPiece(tail, true)]);
    } else {
      pieces = [head, ...bytes, tail];
    }
    let length = 0;
    for (const piece of pieces) length += piece.length;
    res.setHeader('Content-Length', length);
    // Written corked rather than joined into one buffer (a copy of the whole page): the pieces leave together, in one writev.
    res.cork();
    for (let i = 0; i < pieces.length - 1; i += 1) res.write(pieces[i]);
    res.end(pieces[pieces.length - 1]);
  };
  return new Promise((resolve, reject) => {
    res.render(view, { ...locals, [slot]: marker }, (error: Error | null, html: string) => {
      if (error) return reject(error);
      try {
        writeAround(html);
        resolve();
      } catch (failure) {
        reject(failure instanceof Error ? failure : new Error(String(failure)));
      }
    });
  });
}
