import type { Api, FindingDto } from './api.js';
import type { SegmentRow } from './segment-row.js';

export interface QaStrings { rowLabel: string; acknowledge: string; acknowledged: string; severity: Record<string, string> }

/** The grid numbers of the other segments a row's findings shown now compare it with (its consistency findings). */
export function comparedNumbers(row: SegmentRow): number[] {
  return [...row.element.querySelectorAll<HTMLElement>('.qa-findings [data-qa-number]')].map((item) => Number(item.dataset.qaNumber));
}

/**
 * The rows (grid numbers) to check again when a row's findings change: those its findings
 * compared it with before and after (a consistency warning stands on both rows of a pair, so it
 * appears or goes on the other row too), never the row itself.
 */
export function rowsToRecheck(self: number, before: readonly number[], after: readonly { segmentNumber?: number }[]): number[] {
  const numbers = new Set(before);
  for (const finding of after) if (finding.segmentNumber !== undefined) numbers.add(finding.segmentNumber);
  numbers.delete(self);
  return [...numbers];
}

/**
 * The QA findings under a row, as the server last reported them. Errors and
 * warnings say so in words; a reviewer may let a warning pass.
 */
export class QaFindings {
  constructor(private readonly api: Api, private readonly strings: QaStrings, private readonly reviewer: boolean) {}

  show(row: SegmentRow, findings: readonly FindingDto[] | undefined): void {
    if (findings === undefined) return;
    let list = row.element.querySelector<HTMLElement>('.qa-findings');
    if (findings.length === 0) {
      list?.remove();
      return;
    }
    if (!list) {
      list = document.createElement('ul');
      list.className = 'qa-findings';
      list.setAttribute('aria-label', this.strings.rowLabel);
      const meta = row.element.querySelector('.meta');
      meta?.after(list);
    }
    list.replaceChildren(...findings.map((finding) => this.item(row, finding)));
  }

  private item(row: SegmentRow, finding: FindingDto): HTMLElement {
    const item = document.createElement('li');
    item.className = `severity-${finding.severity}${finding.acknowledged ? ' acknowledged' : ''}`;
    item.dataset.qaCode = finding.code;
    if (finding.segmentNumber !== undefined) item.dataset.qaNumber = String(finding.segmentNumber);
    const label = document.createElement('strong');
    label.textContent = `${this.strings.severity[finding.severity] ?? finding.severity}: `;
    item.append(label, document.createTextNode(finding.message));
    if (finding.acknowledged) item.append(document.createTextNode(` (${this.strings.acknowledged})`));
    else if (this.reviewer && finding.severity === 'warning') {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      button.textContent = this.strings.acknowledge;
      button.addEventListener('click', () => {
        button.disabled = true;
        void this.api.acknowledge(row.id, { version: row.version, key: finding.key })
          .then((findings) => this.show(row, findings))
          .catch(() => { button.disabled = false; });
      });
      item.append(document.createTextNode(' '), button);
    }
    return item;
  }
}
