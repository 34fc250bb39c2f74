/**
 * `consistency` (warning): the same source (whitespace and case aside) translated differently
 * elsewhere in the document, and the same target given to a different source.
 */
import { isBlank, normaliseForCompare } from '../read/text.js';
import type { QaCheck, QaContext, QaFinding } from '../types.js';

const ID = 'consistency';

export const consistencyCheck: QaCheck = {
  id: ID,
  severity: 'warning',
  codes: ['consistency.target', 'consistency.source'],
  run: checkConsistency,
};

function checkConsistency(ctx: QaContext): QaFinding[] {
  if (isBlank(ctx.target) || isBlank(ctx.source) || ctx.others === undefined) return [];
  const source = normaliseForCompare(ctx.source);
  const target = normaliseForCompare(ctx.target);
  const findings: QaFinding[] = [];
  const reported = new Set<string>();
  for (const other of ctx.others) {
    if (isBlank(other.target) || isBlank(other.source)) continue;
    const otherSource = normaliseForCompare(other.source);
    const otherTarget = normaliseForCompare(other.target);
    if (otherSource === source && otherTarget !== target && !reported.has(`t${otherTarget}`)) {
      reported.add(`t${otherTarget}`);
      findings.push({
        check: ID, severity: 'warning', code: 'consistency.target',
        params: { segment: other.id, other: other.target.trim() }, target: { start: 0, end: ctx.target.length },
      });
    } else if (otherTarget === target && otherSource !== source && !reported.has(`s${otherSource}`)) {
      reported.add(`s${otherSource}`);
      findings.push({
        check: ID, severity: 'warning', code: 'consistency.source',
        params: { segment: other.id, other: other.source.trim() }, source: { start: 0, end: ctx.source.length },
      });
    }
  }
  return findings;
}
