/**
 * `untranslated` (error): the target is empty, or equals a source that is Indonesian prose.
 * A source of names, numbers and codes ("Joko Widodo", "COVID-19", "Beijing | EGINDO.co –")
 * may stay as it is. This is the only check that reports on an empty target.
 */
import { COMMON_INDONESIAN_WORDS, INDONESIAN_SUFFIX } from '../read/indonesian-words.js';
import { isBlank, normaliseForCompare } from '../read/text.js';
import { readWords } from '../read/words.js';
import type { QaCheck, QaContext, QaFinding } from '../types.js';

const ID = 'untranslated';

export const untranslatedCheck: QaCheck = {
  id: ID,
  severity: 'error',
  codes: ['untranslated.empty', 'untranslated.copy'],
  run: checkUntranslated,
};

function checkUntranslated(ctx: QaContext): QaFinding[] {
  if (isBlank(ctx.source)) return [];
  if (isBlank(ctx.target)) return [{ check: ID, severity: 'error', code: 'untranslated.empty', params: {} }];
  if (normaliseForCompare(ctx.source) !== normaliseForCompare(ctx.target) || !hasProse(ctx.source)) return [];
  return [{ check: ID, severity: 'error', code: 'untranslated.copy', params: {}, target: { start: 0, end: ctx.target.length } }];
}

/** Some word is a common Indonesian word, or a lowercase word (names and acronyms are capitalised). */
function hasProse(source: string): boolean {
  return readWords(source).some(({ text }) => {
    const lower = text.toLowerCase();
    if (COMMON_INDONESIAN_WORDS.has(lower) || INDONESIAN_SUFFIX.test(lower)) return true;
    return /^\p{Ll}[\p{Ll}'’-]+$/u.test(text);
  });
}
