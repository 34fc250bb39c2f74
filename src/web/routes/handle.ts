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
export function idOf(req: Request): number {
  const raw = (req.params as { id?: unknown }).id;
  // Plain digits (every id a page or the editor sends) need no schema: the same number it would give.
  if (typeof raw === 'string' && PLAIN_ID.test(raw)) return Number(raw);
  return parse(idParam, req.params).id;
}

/** A positive whole number that stays exact as a JavaScript number. */
const PLAIN_ID = /^[1-9][0-9]{0,14}$/;
