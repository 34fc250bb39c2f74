import { REJECT_CATEGORIES, REJECT_SEVERITIES, SEVERITY_WEIGHTS, type RejectCategory, type RejectSeverity } from './reject-reason.js';

/** Penalty points per 1,000 words above which a document fails LQA, unless the project sets its own. */
export const DEFAULT_LQA_THRESHOLD = 10;

/** One error a reviewer recorded (a reject reason, or an LQA finding without rejection). */
export interface LqaFinding {
  readonly category: RejectCategory;
  readonly severity: RejectSeverity;
}

export type LqaCounts = Readonly<Record<RejectCategory, Readonly<Record<RejectSeverity, number>>>>;

/** A document's language quality assessment (issue 4). */
export interface LqaSummary {
  /** Errors by category and severity; every cell present, zero when none. */
  readonly byCategory: LqaCounts;
  /** Sum of severity weights (minor 1, major 5, critical 10). */
  readonly penaltyPoints: number;
  /** Penalty points per 1,000 words, rounded to 2 decimals; 0 for a document without words. */
  readonly perThousandWords: number;
  /** The threshold it was judged against. */
  readonly threshold: number;
  /** True when `perThousandWords` does not exceed the threshold. */
  readonly passed: boolean;
}

/**
 * Summarises findings over a document of `words` words (skipped segments
 * excluded by the caller). Passing is judged on the rounded figure, so the page
 * and the verdict never disagree.
 */
export function summariseLqa(findings: readonly LqaFinding[], words: number, thresholdPerThousand: number): LqaSummary {
  const byCategory = emptyCounts();
  let penaltyPoints = 0;
  for (const { category, severity } of findings) {
    byCategory[category][severity] += 1;
    penaltyPoints += SEVERITY_WEIGHTS[severity];
  }
  const perThousandWords = words > 0 ? roundTo2((penaltyPoints * 1000) / words) : 0;
  return { byCategory, penaltyPoints, perThousandWords, threshold: thresholdPerThousand, passed: perThousandWords <= thresholdPerThousand };
}

function emptyCounts(): Record<RejectCategory, Record<RejectSeverity, number>> {
  const zeros = (): Record<RejectSeverity, number> => ({ minor: 0, major: 0, critical: 0 });
  return Object.fromEntries(REJECT_CATEGORIES.map((category) => [category, zeros()])) as Record<RejectCategory, Record<RejectSeverity, number>>;
}

/** Half away from zero at 2 decimals, corrected for binary fractions (1.005 → 1.01). */
function roundTo2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** Total errors of one severity across categories (for the summary's footer row). */
export function countBySeverity(counts: LqaCounts): Readonly<Record<RejectSeverity, number>> {
  const totals = { minor: 0, major: 0, critical: 0 };
  for (const category of REJECT_CATEGORIES) {
    for (const severity of REJECT_SEVERITIES) totals[severity] += counts[category][severity];
  }
  return totals;
}
