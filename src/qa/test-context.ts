/** Builds a `QaContext` for tests: Indonesian source, English target unless overridden. */
import type { QaCheck, QaContext, QaFinding } from './types.js';

export function qaContext(source: string, target: string, more: Partial<QaContext> = {}): QaContext {
  return { source, target, sourceLang: 'id', targetLang: 'en', ...more };
}

/** `code value` per finding, the shortest readable summary for table tests. */
export function summarise(findings: readonly QaFinding[]): string[] {
  return findings.map((f) => [f.code, f.params['value'] ?? f.params['word'] ?? f.params['mark'] ?? ''].join(' ').trim());
}

export function runCheck(check: QaCheck, source: string, target: string, more: Partial<QaContext> = {}): QaFinding[] {
  return check.run(qaContext(source, target, more));
}
