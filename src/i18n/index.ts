import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n, type TFunction } from 'i18next';
import { UI_LOCALES, type UiLocale } from '../core/types.js';

export type Translate = TFunction;
export type Resources = Record<UiLocale, Record<string, Record<string, unknown>>>;

const LOCALES_DIR = fileURLToPath(new URL('./locales', import.meta.url));

/** Reads every `locales/<locale>/<namespace>.json`. */
export function loadResources(dir: string = LOCALES_DIR): Resources {
  const resources = {} as Resources;
  for (const locale of UI_LOCALES) {
    resources[locale] = {};
    for (const file of readdirSync(`${dir}/${locale}`).filter((name) => name.endsWith('.json'))) {
      resources[locale][file.replace(/\.json$/, '')] = JSON.parse(readFileSync(`${dir}/${locale}/${file}`, 'utf8')) as Record<string, unknown>;
    }
  }
  return resources;
}

/**
 * One i18next instance for the process; each request gets its own fixed `t`
 * (never `changeLanguage` on the shared instance). EJS escapes, so i18next does not.
 */
export async function createI18n(resources: Resources = loadResources()): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: 'en',
    fallbackLng: false,
    supportedLngs: [...UI_LOCALES],
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}
