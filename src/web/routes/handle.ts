import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { idParam, parse } from '../inputs/schemas.js';
import type { Translate } from '../../i18n/index.js';
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

/**
 * Renders a view with `bytes` (HTML already encoded, such as the editor's rows) in place of the
 * local `slot` names: the page around them is encoded per request; the bytes are neither copied into a string nor joined.
 */
export function renderAround(res: Response, view: string, locals: Record<string, unknown>, slot: string, bytes: readonly Buffer[]): Promise<void> {
  // Unguessable, so that no text on the page (a title, a name) can stand in for it.
  const marker = `\u0000${slot}:${randomUUID()}\u0000`;
  const writeAround = (html: string) => {
    const at = html.indexOf(marker);
    if (at < 0) throw new Error(`view ${view} does not write ${slot}`);
    const head = Buffer.from(html.slice(0, at));
    const tail = Buffer.from(html.slice(at + marker.length));
    let length = head.length + tail.length;
    for (const piece of bytes) length += piece.length;
    res.type('html').setHeader('Content-Length', length);
    // Written corked rather than joined into one buffer (a copy of the whole page): the pieces leave together, in one writev.
    res.cork();
    res.write(head);
    for (const piece of bytes) res.write(piece);
    res.end(tail);
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
