/**
 * `spaces` (warning): doubled spaces inside the target, leading or trailing whitespace that
 * differs from the source's, and a space before `, . ; : ! ?` (not before "..." or ".5").
 */
import { isBlank, isWhitespace, leadingLength, span, trailingLength } from '../read/text.js';
import type { QaCheck, QaContext, QaFinding } from '../types.js';

const ID = 'spaces';

export const spacesCheck: QaCheck = {
  id: ID,
  severity: 'warning',
  codes: ['spaces.leading', 'spaces.trailing', 'spaces.doubled', 'spaces.beforePunctuation'],
  run: checkSpaces,
};

const DOUBLED = /(?<=\S)[ \u00a0]{2,}(?=\S)/gu;
const BEFORE_PUNCTUATION = /(?<=\S)[ \u00a0]+(?=([,.;:!?])(?![.\d]))/gu;

function checkSpaces(ctx: QaContext): QaFinding[] {
  if (isBlank(ctx.target)) return [];
  const { source, target } = ctx;
  const findings: QaFinding[] = [];
  const finding = (code: string, start: number, end: number, params: Record<string, string> = {}): QaFinding => ({
    check: ID, severity: 'warning', code, params, ...(end > start ? { target: span(start, end) } : {}),
  });
  const lead = (text: string): string => text.slice(0, leadingLength(text, isWhitespace));
  const trail = (text: string): string => text.slice(text.length - trailingLength(text, isWhitespace));
  if (lead(source) !== lead(target)) findings.push(finding('spaces.leading', 0, lead(target).length));
  if (trail(source) !== trail(target)) findings.push(finding('spaces.trailing', target.length - trail(target).length, target.length));
  for (const m of target.matchAll(DOUBLED)) findings.push(finding('spaces.doubled', m.index, m.index + m[0].length));
  for (const m of target.matchAll(BEFORE_PUNCTUATION)) {
    findings.push(finding('spaces.beforePunctuation', m.index, m.index + m[0].length, { mark: m[1] ?? '' }));
  }
  return findings;
}
