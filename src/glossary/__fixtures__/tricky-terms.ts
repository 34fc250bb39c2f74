/** Test-only: glossary terms made of the characters that break writers (quotes, &, <, CR, emoji, formula starts). */
import fc from 'fast-check';
import type { NewGlossaryTerm } from '../types.js';
import { validateTerm } from '../validate-term.js';

const tricky = fc.string({
  unit: fc.constantFrom('a', 'Z', 'é', ' ', '\u00a0', '"', "'", '&', '<', '>', ']]>', ',', ';', '=', '+', '-', '@', '\t', '\n', '\r', '😀', '\u200b'),
  maxLength: 12,
});

const trickyTerm = fc
  .record({ source: tricky, target: tricky, note: fc.option(tricky), forbidden: fc.option(tricky) })
  .map((input): NewGlossaryTerm | null => {
    try {
      return validateTerm(input);
    } catch {
      return null;
    }
  })
  .filter((term): term is NewGlossaryTerm => term !== null);

export const trickyTerms = fc.array(trickyTerm, { maxLength: 8 });
