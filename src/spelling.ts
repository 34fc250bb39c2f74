/**
 * The English spell checker for the QA checks: Hunspell's en_US dictionary (the
 * `dictionary-en` package, MIT and BSD) read by nspell. Loaded once, on first use,
 * because reading the dictionary takes a moment and some megabytes.
 */
import type { QaSpeller } from './qa/index.js';

let loading: Promise<QaSpeller> | null = null;

export function englishSpeller(): Promise<QaSpeller> {
  loading ??= load();
  return loading;
}

async function load(): Promise<QaSpeller> {
  const [{ default: nspell }, { default: dictionary }] = await Promise.all([import('nspell'), import('dictionary-en')]);
  const spell = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
  return {
    correct: (word) => spell.correct(word),
    suggest: (word) => spell.suggest(word),
  };
}
