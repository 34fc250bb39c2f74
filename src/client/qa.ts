import type { Api, FindingDto } from './api.js';
import type { SegmentRow } from './segment-row.js';

export interface QaStrings { rowLabel: string; acknowledge: string; acknowledged: string; severity: Record<string, string> }

/** The other segments (ids) a row's findings shown now compare it with (its consistency findings). */
export function comparedSegments(row: SegmentRow): number[] {
  return [...row.element.querySelectorAll<HTMLElement>('.qa-findings [data-qa-segments]')]
    .flatMap((item) => (item.dataset.qaSegments ?? '').split(' ').filter((id) => id !== '').map(Number));
}

/**
 * The rows (ids) to check again when a row's findings change: every segment its consistency
 * findings compared it with, before and after (such a warning stands on both rows of a pair, so
 * it appears or goes on the others too), never the row itself.
 */
export function rowsToRecheck(self: number, before: readonly number[], after: readonly { segmentIds?: readonly number[] }[]): number[] {
  const ids = new Set(before);
  for (const finding of after) for (const id of finding.segmentIds ?? []) ids.add(id);
  ids.delete(self);
  return [...ids];
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
    if (finding.segmentIds !== undefined) item.dataset.qaSegments = finding.segmentIds.join(' ');
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
