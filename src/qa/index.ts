/**
 * Public API of qa: the registered checks and `runQa`. Pure; run on save, shown on the segment.
 * Errors block approval, warnings can be acknowledged by a reviewer (see CONTEXT.md).
 */
import { bracketsQuotesCheck } from './checks/brackets-quotes.js';
import { consistencyCheck } from './checks/consistency.js';
import { datesCheck } from './checks/dates.js';
import { glossaryCheck } from './checks/glossary.js';
import { numbersCheck } from './checks/numbers.js';
import { punctuationCheck } from './checks/punctuation.js';
import { spacesCheck } from './checks/spaces.js';
import { spellingCheck } from './checks/spelling.js';
import { untranslatedCheck } from './checks/untranslated.js';
import type { QaCheck, QaContext, QaFinding } from './types.js';

export type { QaCheck, QaContext, QaFinding, QaOtherSegment, QaSeverity, QaSpan, QaSpeller, QaTerm } from './types.js';

/** Every check, in the order their findings are listed. */
export const QA_CHECKS: readonly QaCheck[] = [
  untranslatedCheck,
  numbersCheck,
  datesCheck,
  glossaryCheck,
  consistencyCheck,
  bracketsQuotesCheck,
  spacesCheck,
  punctuationCheck,
  spellingCheck,
];

/** Runs the checks in order; errors come before warnings, otherwise the checks' order is kept. */
export function runQa(ctx: QaContext, checks: readonly QaCheck[] = QA_CHECKS): QaFinding[] {
  const findings = checks.flatMap((check) => check.run(ctx));
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
}

/** Whether the findings stop a segment from being approved: any error does. */
export function blocksApproval(findings: readonly QaFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
