import type { Request, RequestHandler } from 'express';
import type { i18n } from 'i18next';
import { UI_LOCALES, type UiLocale } from '../../core/types.js';
import { stateNames } from '../presenters/segments.js';
import { isUiLocale } from '../../i18n/index.js';
import { readCookie } from './cookies.js';
import type { Translate } from '../../i18n/index.js';

export const LOCALE_COOKIE = 'jembatan_lang';

/** Picks the UI locale per request (cookie, then Accept-Language, then the default) and exposes a fixed `t`. */
export function localeMiddleware(i18n: i18n, defaultLocale: UiLocale): RequestHandler {
  const everyStateName = UI_LOCALES.map((locale) => stateNames(i18n.getFixedT(locale)));
  // Per locale, made once: an Intl formatter costs far more to build than to use.
  const perLocale = new Map(UI_LOCALES.map((locale) => [locale, {
    t: rememberingLookups(i18n.getFixedT(locale)),
    formatDate: dateFormatter(locale, { dateStyle: 'medium' }),
    formatDateTime: dateFormatter(locale, { dateStyle: 'medium', timeStyle: 'medium' }),
  }]));
  return (req, res, next) => {
    res.locals.stateNames = everyStateName;
    const fromCookie = readCookie(req, LOCALE_COOKIE);
    const accepted = isUiLocale(fromCookie) ? fromCookie : acceptedLocale(req);
    const locale: UiLocale = isUiLocale(accepted) ? accepted : defaultLocale;
    const { t, formatDate, formatDateTime } = perLocale.get(locale)!;
    res.locals.locale = locale;
    res.locals.t = t;
    res.locals.formatDate = formatDate;
    res.locals.formatDateTime = formatDateTime;
    next();
  };
}

/** Browsers send the same few Accept-Language headers again and again: what each chose is kept. */
const chosenFor = new Map<string, string | false>();
const CHOICES_KEPT = 500;

/** The UI language the request's Accept-Language prefers (`req.acceptsLanguages`), remembered per header. */
function acceptedLocale(req: Request): string | false {
  const header = req.headers['accept-language'] ?? '';
  let chosen = chosenFor.get(header);
  if (chosen === undefined) {
    chosen = req.acceptsLanguages('en', 'id');
    if (chosenFor.size >= CHOICES_KEPT) chosenFor.delete(chosenFor.keys().next().value as string);
    chosenFor.set(header, chosen);
  }
  return chosen;
}

/**
 * A page looks up the same labels on every render (the editor: a few hundred, many with values
 * such as counts). With the resources fixed, a key and its options always give the same text:
 * lookups whose options are plain values are remembered (a bounded number per language); the
 * rest (objects in the options, results that are not text) go to i18next each time.
 */
export function rememberingLookups(t: Translate): Translate {
  const known = new Map<string, string>();
  const lookUp = t as unknown as (...args: unknown[]) => unknown;
  const remembering = (key: unknown, ...rest: unknown[]): unknown => {
    const cacheKey = lookupKey(key, rest);
    if (cacheKey === null) return lookUp(key, ...rest);
    const remembered = known.get(cacheKey);
    if (remembered !== undefined) return remembered;
    const text = lookUp(key, ...rest);
    if (typeof text === 'string') {
      if (known.size >= LOOKUPS_PER_LANGUAGE) known.delete(known.keys().next().value as string);
      known.set(cacheKey, text);
    }
    return text;
  };
  return Object.assign(remembering, t);
}

const LOOKUPS_PER_LANGUAGE = 10_000;

/** The key of a lookup with a string key and at most one options object of plain values; null otherwise. */
function lookupKey(key: unknown, rest: readonly unknown[]): string | null {
  if (typeof key !== 'string') return null;
  if (rest.length === 0) return key;
  const [options] = rest;
  if (rest.length > 1 || typeof options !== 'object' || options === null || Array.isArray(options)) return null;
  const values = Object.values(options);
  if (!values.every((value) => value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value))) return null;
  return `${key}\u0000${JSON.stringify(options)}`;
}

/** Dates in the UI language, always in UTC (and labelled so where the time is shown). */
function dateFormatter(locale: UiLocale, options: Intl.DateTimeFormatOptions): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return (iso) => format.format(new Date(iso)) + (options.timeStyle ? ' UTC' : '');
}
