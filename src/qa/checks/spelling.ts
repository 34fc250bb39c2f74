/**
 * `spelling` (warning): words of the target the injected speller does not know. Not checked:
 * words that occur in the source (names: "Lavrov", "Tiongkok"), words with digits, acronyms in
 * capitals, URLs and e-mails; a hyphenated word passes when each part does; a possessive is
 * checked without its 's. Each word is reported once, with up to three suggestions.
 */
import { isBlank } from '../read/text.js';
import { readWords, type WordToken } from '../read/words.js';
import type { QaCheck, QaContext, QaFinding, QaSpeller } from '../types.js';

const ID = 'spelling';
const MAX_SUGGESTIONS = 3;
/** Suggesting is slow in nspell; a pasted wall of gibberish must not stall a save. */
const MAX_SUGGESTED_WORDS = 10;

export const spellingCheck: QaCheck = {
  id: ID,
  severity: 'warning',
  codes: ['spelling.suggest', 'spelling.unknown'],
  run: checkSpelling,
};

function checkSpelling(ctx: QaContext): QaFinding[] {
  const speller = ctx.spell;
  if (speller === undefined || isBlank(ctx.target)) return [];
  const sourceWords = wordsOfSource(ctx.source);
  const findings: QaFinding[] = [];
  const reported = new Set<string>();
  for (const word of readWords(ctx.target)) {
    for (const part of misspelledParts(word, speller, sourceWords)) {
      if (reported.has(part.text)) continue;
      reported.add(part.text);
      const suggestions = reported.size <= MAX_SUGGESTED_WORDS ? (speller.suggest?.(part.text) ?? []).slice(0, MAX_SUGGESTIONS) : [];
      findings.push({
        check: ID, severity: 'warning',
        code: suggestions.length > 0 ? 'spelling.suggest' : 'spelling.unknown',
        params: suggestions.length > 0 ? { word: part.text, suggestions: suggestions.join(', ') } : { word: part.text },
        target: { start: part.start, end: part.end },
      });
    }
  }
  return findings;
}

/** A segment's source stays while its target is saved again and again: its words are kept. */
const sourceWordSets = new Map<string, ReadonlySet<string>>();
const SOURCES_KEPT = 2_000;
const SOURCE_KEPT_MAX_LENGTH = 2_000;

/** The source's words and their parts ("Widodo’s": widodo’s, widodo, s), in lowercase. */
function wordsOfSource(source: string): ReadonlySet<string> {
  let words = sourceWordSets.get(source);
  if (words === undefined) {
    words = new Set(readWords(source).flatMap(({ text }) => [text, ...text.split(/['’-]/u)]).map((w) => w.toLowerCase()));
    // Sentences are kept; a pasted wall of text is read each time rather than held on to.
    if (source.length > SOURCE_KEPT_MAX_LENGTH) return words;
    if (sourceWordSets.size >= SOURCES_KEPT) sourceWordSets.delete(sourceWordSets.keys().next().value as string);
    sourceWordSets.set(source, words);
  }
  return words;
}

/** The word itself, or the parts of a hyphenated word, that fail. */
function misspelledParts(word: WordToken, speller: QaSpeller, sourceWords: ReadonlySet<string>): WordToken[] {
  if (isAccepted(word.text, speller, sourceWords)) return [];
  if (!word.text.includes('-')) return [word];
  const parts: WordToken[] = [];
  let offset = 0;
  for (const text of word.text.split('-')) {
    const start = word.start + offset;
    offset += text.length + 1;
    if (text !== '' && !isAccepted(text, speller, sourceWords)) parts.push({ text, start, end: start + text.length });
  }
  return parts;
}

function isAccepted(word: string, speller: QaSpeller, sourceWords: ReadonlySet<string>): boolean {
  if (word.length < 2 || /\p{N}/u.test(word) || isAcronym(word)) return true;
  const stem = word.replace(/['’]s?$/u, '');
  if (sourceWords.has(word.toLowerCase()) || sourceWords.has(stem.toLowerCase())) return true;
  const plain = word.replace(/’/gu, "'");
  return knows(speller, plain) || (stem !== word && knows(speller, stem));
}

/** As written, or in lowercase when only its first letter is a capital ("The" at a sentence start). */
function knows(speller: QaSpeller, word: string): boolean {
  if (speller.correct(word)) return true;
  return /^\p{Lu}[\p{Ll}'’]*$/u.test(word) && speller.correct(word.toLowerCase());
}

function isAcronym(word: string): boolean {
  return /^[\p{Lu}\p{N}'’-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}
