import type { RequestHandler } from 'express';
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
    t: rememberingPlainKeys(i18n.getFixedT(locale)),
    formatDate: dateFormatter(locale, { dateStyle: 'medium' }),
    formatDateTime: dateFormatter(locale, { dateStyle: 'medium', timeStyle: 'medium' }),
  }]));
  return (req, res, next) => {
    res.locals.stateNames = everyStateName;
    const fromCookie = readCookie(req, LOCALE_COOKIE);
    const accepted = req.acceptsLanguages('en', 'id');
    const locale: UiLocale = isUiLocale(fromCookie) ? fromCookie : isUiLocale(accepted) ? accepted : defaultLocale;
    const { t, formatDate, formatDateTime } = perLocale.get(locale)!;
    res.locals.locale = locale;
    res.locals.t = t;
    res.locals.formatDate = formatDate;
    res.locals.formatDateTime = formatDateTime;
    next();
  };
}

/**
 * A page looks up the same fixed labels on every render (the editor: a few hundred). A key asked
 * for without options always gives the same text, so it is looked up once; calls with options
 * (values, plurals, defaults) go to i18next each time.
 */
function rememberingPlainKeys(t: Translate): Translate {
  const known = new Map<string, string>();
  const remembering = (key: unknown, ...rest: unknown[]): unknown => {
    if (typeof key !== 'string' || rest.length > 0) return (t as unknown as (...args: unknown[]) => unknown)(key, ...rest);
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = t(key)));
    return text;
  };
  return Object.assign(remembering, t);
}

/** Dates in the UI language, always in UTC (and labelled so where the time is shown). */
function dateFormatter(locale: UiLocale, options: Intl.DateTimeFormatOptions): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return (iso) => format.format(new Date(iso)) + (options.timeStyle ? ' UTC' : '');
}
