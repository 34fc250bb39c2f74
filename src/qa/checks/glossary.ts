/**
 * `glossary`: for each glossary hit in the source, the agreed rendering should be in the target
 * (warning `glossary.missing`) and the forbidden rendering must not be (error `glossary.forbidden`).
 * Case-insensitive, whole words, any whitespace; in English also plural and possessive forms
 * ("minister" matches "Ministers", "minister's", "ministers’"; "policy" matches "policies").
 */
import { escapeRegExp, isBlank, knownLang, span, WORD_END, WORD_START } from '../read/text.js';
import type { QaCheck, QaContext, QaFinding, QaSpan, QaTerm } from '../types.js';

const ID = 'glossary';

export const glossaryCheck: QaCheck = {
  id: ID,
  severity: 'error',
  codes: ['glossary.forbidden', 'glossary.missing'],
  run: checkGlossary,
};

function checkGlossary(ctx: QaContext): QaFinding[] {
  if (isBlank(ctx.target) || ctx.terms === undefined) return [];
  const inflect = knownLang(ctx.targetLang) === 'en';
  const findings: QaFinding[] = [];
  const seen = new Set<string>();
  for (const term of ctx.terms) {
    const key = `${term.sourceTerm.toLowerCase()}\u0000${term.target.toLowerCase()}\u0000${(term.forbidden ?? '').toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(...checkTerm(term, ctx, inflect));
  }
  return findings;
}

function checkTerm(term: QaTerm, ctx: QaContext, inflect: boolean): QaFinding[] {
  const expected = findPhrase(ctx.target, term.target, inflect);
  const source = sourceSpan(term, ctx.source);
  const findings: QaFinding[] = [];
  const forbidden = term.forbidden?.trim() ?? '';
  if (forbidden !== '') {
    // "Minister" forbidden while "Foreign Minister" is agreed: an agreed rendering is not a forbidden one.
    const used = findPhrase(ctx.target, forbidden, inflect).find((hit) => !expected.some((e) => e.start <= hit.start && hit.end <= e.end));
    if (used !== undefined) {
      findings.push({
        check: ID, severity: 'error', code: 'glossary.forbidden',
        params: { term: term.sourceTerm, forbidden: ctx.target.slice(used.start, used.end), expected: term.target },
        target: used, ...(source === undefined ? {} : { source }),
      });
    }
  }
  if (term.target.trim() !== '' && expected.length === 0) {
    findings.push({
      check: ID, severity: 'warning', code: 'glossary.missing',
      params: { term: term.sourceTerm, expected: term.target }, ...(source === undefined ? {} : { source }),
    });
  }
  return findings;
}

/** Where `phrase` occurs in `text`: case-insensitive, whole words, the last word optionally inflected. */
function findPhrase(text: string, phrase: string, inflect: boolean): QaSpan[] {
  const pattern = phrasePattern(phrase, inflect);
  if (pattern === null || cannotContain(text, phrase, inflect)) return [];
  return [...text.matchAll(pattern)].map((m) => span(m.index, m.index + m[0].length));
}

const ASCII = /^[\p{ASCII}]*$/u;

/**
 * A quick no: an ASCII text without the first letters of the phrase (in any case) cannot match
 * it. Most of a project's terms are not in a given target, and the patterns (Unicode word edges)
 * are far slower to run than this. Only ASCII texts and letters: there, lowercasing and the
 * pattern's case-insensitive matching agree letter for letter. Inflection changes only the end
 * of the last word ("spy" → "spies"), so a one-word phrase gives at most all but its last letter.
 */
function cannotContain(text: string, phrase: string, inflect: boolean): boolean {
  const words = phrase.trim().split(/\s+/u);
  const first = words[0] ?? '';
  const letters = /^[A-Za-z]*/.exec(first)![0].slice(0, words.length === 1 && inflect ? Math.min(3, first.length - 1) : 3);
  if (letters === '' || !ASCII.test(text)) return false;
  return !text.toLowerCase().includes(letters.toLowerCase());
}

/** A project's terms come back on every save of every segment that has them: each pattern is compiled once. */
const phrasePatterns = new Map<string, RegExp | null>();
const PATTERNS_KEPT = 10_000;

function phrasePattern(phrase: string, inflect: boolean): RegExp | null {
  const key = `${inflect ? 1 : 0}${phrase}`;
  let pattern = phrasePatterns.get(key);
  if (pattern === undefined) {
    const words = phrase.trim().split(/\s+/u).filter((w) => w !== '');
    const last = words.length - 1;
    const parts = words.map((word, i) => (i === last && inflect ? inflected(word) : escapeRegExp(word)));
    // matchAll works on a copy of a global pattern, so one pattern can serve every call.
    pattern = words.length === 0 ? null : new RegExp(`${WORD_START}${parts.join(String.raw`\s+`)}${WORD_END}`, 'giu');
    if (phrasePatterns.size >= PATTERNS_KEPT) phrasePatterns.delete(phrasePatterns.keys().next().value as string);
    phrasePatterns.set(key, pattern);
  }
  return pattern;
}

/** "policy" → policy|policies, "minister" → minister, ministers, minister's, ministers’ … */
function inflected(word: string): string {
  const stem = /[^aeiou]y$/iu.test(word) ? `${escapeRegExp(word.slice(0, -1))}(?:y|ies)` : `${escapeRegExp(word)}(?:e?s)?`;
  return `${stem}(?:['’]s?)?`;
}

function sourceSpan(term: QaTerm, source: string): QaSpan | undefined {
  const valid = Number.isInteger(term.start) && Number.isInteger(term.end) && term.start >= 0 && term.start < term.end && term.end <= source.length;
  return valid ? span(term.start, term.end) : undefined;
}
