/**
 * The English spell checker for the QA checks: Hunspell's en_US dictionary (the
 * `dictionary-en` package, MIT and BSD) read by nspell. Loaded once, on first use,
 * because reading the dictionary takes a moment and some megabytes.
 */
import type { QaSpeller } from './qa/index.js';

let loading: Promise<QaSpeller> | null = null;
const WORDS_KEPT = 50_000;

export function englishSpeller(): Promise<QaSpeller> {
  loading ??= load();
  return loading;
}

async function load(): Promise<QaSpeller> {
  const [{ default: nspell }, { default: dictionary }] = await Promise.all([import('nspell'), import('dictionary-en')]);
  const spell = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
  // Every save checks every word of its text, and a text's words come back save after save.
  const known = new Map<string, boolean>();
  return {
    correct: (word) => {
      let correct = known.get(word);
      if (correct === undefined) {
        correct = spell.correct(word);
        if (known.size >= WORDS_KEPT) known.delete(known.keys().next().value as string);
        known.set(word, correct);
      }
      return correct;
    },
    suggest: (word) => spell.suggest(word),
  };
}
