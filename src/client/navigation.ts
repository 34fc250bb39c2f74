import { SegmentRow } from './segment-row.js';

/** Moving between editable rows (skipped boilerplate rows and rows hidden by the filter are passed over). */
export function editableRows(editor: HTMLElement): SegmentRow[] {
  return [...editor.querySelectorAll<HTMLElement>('.row:not([data-kind="skip"]):not([hidden])')].map((element) => new SegmentRow(element));
}

export function neighbour(editor: HTMLElement, row: SegmentRow, step: 1 | -1): SegmentRow | undefined {
  const rows = editableRows(editor);
  return rows[rows.findIndex((candidate) => candidate.id === row.id) + step];
}

/** The next row after this one that is not confirmed yet, wrapping around to the top. */
export function nextUnconfirmed(editor: HTMLElement, row: SegmentRow): SegmentRow | undefined {
  const rows = editableRows(editor);
  const index = rows.findIndex((candidate) => candidate.id === row.id);
  return [...rows.slice(index + 1), ...rows.slice(0, index)].find((candidate) => !candidate.confirmed);
}

export function focusRow(row: SegmentRow | undefined): void {
  if (!row?.input) return;
  row.input.focus();
  row.input.setSelectionRange(row.input.value.length, row.input.value.length);
  row.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** Alt+↑/↓: focuses the row and says which it is in the status live region (`template` has `{{number}}`). */
export function moveTo(row: SegmentRow | undefined, say: (text: string) => void, template: string): void {
  if (!row?.input) return;
  focusRow(row);
  say(template.replace('{{number}}', row.number));
}

/** The next rejected row after this one (or after the top), wrapping around. */
export function nextRejected(editor: HTMLElement, after: SegmentRow | null): SegmentRow | undefined {
  const rows = editableRows(editor);
  const index = after ? rows.findIndex((candidate) => candidate.id === after.id) : -1;
  return [...rows.slice(index + 1), ...rows.slice(0, index + 1)].find((candidate) => candidate.state === 'rejected');
}
