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
  const words = phrase.trim().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return [];
  const last = words.length - 1;
  const parts = words.map((word, i) => (i === last && inflect ? inflected(word) : escapeRegExp(word)));
  const pattern = new RegExp(`${WORD_START}${parts.join(String.raw`\s+`)}${WORD_END}`, 'giu');
  return [...text.matchAll(pattern)].map((m) => span(m.index, m.index + m[0].length));
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
