import type { Translate } from '../../i18n/index.js';
import type { ShownFinding } from '../../usecases/qa.js';

/** A finding with its message in the UI language, as the editor, the review page and the API show it. */
export interface PresentedFinding {
  readonly key: string;
  readonly check: string;
  readonly severity: ShownFinding['severity'];
  readonly code: string;
  readonly message: string;
  readonly acknowledged: boolean;
}

export function presentFindings(t: Translate, findings: readonly ShownFinding[]): PresentedFinding[] {
  return findings.map((finding) => ({
    key: finding.key,
    check: finding.check,
    severity: finding.severity,
    code: finding.code,
    message: t(`qa:${finding.code}`, { ...finding.params }),
    acknowledged: finding.acknowledged,
  }));
}
