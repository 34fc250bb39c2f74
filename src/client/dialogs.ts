import type { Api, ConflictDetails, SegmentDto } from './api.js';
import type { SegmentRow } from './segment-row.js';

/** Fills an element with a word diff, each part as text (never HTML). */
export function renderDiff(target: Element, parts: ConflictDetails['diff']): void {
  target.replaceChildren(...parts.map((part) => {
    const element = document.createElement(part.op === 'insert' ? 'ins' : part.op === 'delete' ? 'del' : 'span');
    element.textContent = part.text;
    return element;
  }));
}

/** The 409 dialog: both texts and the diff between them; the person chooses. */
export function openConflict(details: ConflictDetails, choose: (choice: 'mine' | 'theirs') => void): void {
  const dialog = document.getElementById('conflict-dialog') as HTMLDialogElement | null;
  if (!dialog) return;
  dialog.querySelector('[data-conflict="mine"]')!.textContent = details.sent;
  dialog.querySelector('[data-conflict="theirs"]')!.textContent = details.segment.target;
  renderDiff(dialog.querySelector('[data-conflict="diff"]')!, details.diff);
  dialog.querySelectorAll<HTMLButtonElement>('[data-conflict-action]').forEach((button) => {
    button.onclick = () => {
      dialog.close();
      choose(button.dataset.conflictAction === 'theirs' ? 'theirs' : 'mine');
    };
  });
  // Escape closes without choosing: the typed text stays on screen and the next save asks again.
  dialog.showModal();
}

/** The history dialog: the server renders the escaped panel; revert forms are sent with fetch. */
export async function openHistory(api: Api, row: SegmentRow, reverted: (segment: SegmentDto) => void): Promise<void> {
  const dialog = document.getElementById('history-dialog') as HTMLDialogElement | null;
  const content = document.getElementById('history-content');
  if (!dialog || !content) return;
  content.innerHTML = await api.historyHtml(row.id);
  content.querySelectorAll<HTMLFormElement>('form[data-revert]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      void api.revert(row.id, { revisionId: Number(data.get('revisionId')), baseVersion: row.version })
        .then((segment) => {
          reverted(segment);
          return openHistory(api, row, reverted);
        })
        .catch(() => openHistory(api, row, reverted));
    });
  });
  dialog.querySelector<HTMLButtonElement>('[data-close-dialog]')!.onclick = () => dialog.close();
  dialog.addEventListener('close', () => row.input?.focus(), { once: true });
  if (!dialog.open) dialog.showModal();
}
