import { createApi, type ConflictDetails } from './api.js';
import { openConflict, openHistory } from './dialogs.js';
import { refreshProgress } from './progress.js';
import { Saver } from './saver.js';
import { rowOf, SegmentRow } from './segment-row.js';

/** The editor page: autosave, confirm and move, keyboard navigation, history and conflicts. */
interface Strings { states: Record<string, string>; saving: string; saved: string; failed: string; emptyTarget: string }

const root = document.getElementById('editor');
if (root) start(root);

function start(editor: HTMLElement): void {
  const strings = JSON.parse(editor.dataset.i18n ?? '{}') as Strings;
  const api = createApi(editor.dataset.csrf ?? '');
  const status = document.getElementById('save-status');
  const saver: Saver = new Saver(api, {
    onSaved: (row, segment) => {
      row.apply(segment, strings.states);
      refreshProgress(editor);
    },
    onConflict: (row, details) => resolveConflict(row, details),
    onStatus: (value, message) => {
      if (status) status.textContent = message ?? strings[value];
    },
  });

  function resolveConflict(row: SegmentRow, details: ConflictDetails): void {
    openConflict(details, (choice) => {
      const theirs = { ...details.segment, kind: row.element.dataset.kind ?? 'text' };
      row.apply(theirs, strings.states, choice === 'theirs');
      refreshProgress(editor);
      if (choice === 'mine') void saver.now(row, 'edit');
      row.input?.focus();
    });
  }

  editor.addEventListener('input', (event) => {
    const row = rowOf(event.target as Element);
    if (row) saver.schedule(row);
  });
  editor.addEventListener('keydown', (event) => void onKey(event));
  editor.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('[data-history]');
    if (!link) return;
    event.preventDefault();
    void showHistory(new SegmentRow(link.closest('.row') as HTMLElement));
  });
  window.addEventListener('beforeunload', (event) => {
    if (saver.busy) event.preventDefault();
  });

  async function onKey(event: KeyboardEvent): Promise<void> {
    const row = rowOf(event.target as Element);
    if (!row?.input) return;
    const key = event.key;
    if ((event.ctrlKey || event.metaKey) && key === 'Enter') {
      event.preventDefault();
      if (row.input.value.trim() === '') {
        if (status) status.textContent = strings.emptyTarget;
        return;
      }
      // Move on at once so fast typists never type into the segment they just confirmed;
      // the save goes on in the background and a conflict still opens its dialog.
      focusRow(nextUnconfirmed(row));
      await saver.now(row, 'confirm');
    } else if (event.altKey && (key === 'ArrowDown' || key === 'ArrowUp')) {
      event.preventDefault();
      focusRow(neighbour(row, key === 'ArrowDown' ? 1 : -1));
    } else if ((event.ctrlKey && event.shiftKey && key.toLowerCase() === 'c') || (event.ctrlKey && key === 'Insert')) {
      event.preventDefault();
      row.input.value = row.source;
      await saver.now(row, 'edit', 'source-copy');
    } else if (event.ctrlKey && event.shiftKey && key.toLowerCase() === 'h') {
      event.preventDefault();
      await showHistory(row);
    }
  }

  async function showHistory(row: SegmentRow): Promise<void> {
    await openHistory(api, row, (segment) => {
      row.apply(segment, strings.states, true);
      row.flash();
      refreshProgress(editor);
    });
  }

  function editableRows(): SegmentRow[] {
    return [...editor.querySelectorAll<HTMLElement>('.row:not([data-kind="skip"])')].map((element) => new SegmentRow(element));
  }

  function neighbour(row: SegmentRow, step: 1 | -1): SegmentRow | undefined {
    const rows = editableRows();
    return rows[rows.findIndex((candidate) => candidate.id === row.id) + step];
  }

  function nextUnconfirmed(row: SegmentRow): SegmentRow | undefined {
    const rows = editableRows();
    const index = rows.findIndex((candidate) => candidate.id === row.id);
    const ordered = [...rows.slice(index + 1), ...rows.slice(0, index)];
    return ordered.find((candidate) => !['translated', 'approved'].includes(candidate.state));
  }
}

function focusRow(row: SegmentRow | undefined): void {
  if (!row?.input) return;
  row.input.focus();
  row.input.setSelectionRange(row.input.value.length, row.input.value.length);
  row.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
