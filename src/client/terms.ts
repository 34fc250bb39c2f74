import type { EditorCommands } from './keyboard.js';
import { rowOf, type SegmentRow } from './segment-row.js';

/**
 * Glossary terms in the editor. The server marks each term in the source (`mark.term`) and lists
 * them under it (`.term-insert`), both with `data-term-target`. A click puts the target into the
 * row's translation at the cursor (or at the end when the field is not focused); Ctrl+Shift+G
 * puts in the first term of the row that the translation does not have yet. The editor's
 * `input` listener then autosaves it, as if it had been typed.
 */
export function wireTerms(editor: HTMLElement, commands: EditorCommands): void {
  editor.addEventListener('mousedown', (event) => {
    // Keeps the cursor (and any selection) in the translation while the term is clicked.
    if ((event.target as Element).closest('[data-term-target]')) event.preventDefault();
  });
  editor.addEventListener('click', (event) => {
    const term = (event.target as Element).closest<HTMLElement>('[data-term-target]');
    const row = term && rowOf(term);
    if (!term || !row) return;
    event.preventDefault();
    insertTerm(row, term.dataset.termTarget ?? '');
  });
  commands.insertTerm = (row) => {
    const missing = targetsOf(row).find((target) => !row.input?.value.toLowerCase().includes(target.toLowerCase()));
    if (missing !== undefined) insertTerm(row, missing);
  };
}

/** The row's term targets in the order their terms occur in the source. */
function targetsOf(row: SegmentRow): string[] {
  return [...row.element.querySelectorAll<HTMLElement>('mark.term[data-term-target]')].map((mark) => mark.dataset.termTarget ?? '').filter(Boolean);
}

function insertTerm(row: SegmentRow, text: string): void {
  const input = row.input;
  if (!input || input.readOnly || text === '') return;
  const focused = document.activeElement === input;
  const start = focused ? input.selectionStart : input.value.length;
  const end = focused ? input.selectionEnd : input.value.length;
  // A space where the term would otherwise run into a neighbouring word (or, appended, into the text).
  const before = (focused ? /[\p{L}\p{N}]$/u : /\S$/u).test(input.value.slice(0, start)) ? ' ' : '';
  const after = /^[\p{L}\p{N}]/u.test(input.value.slice(end)) ? ' ' : '';
  input.focus();
  input.setRangeText(`${before}${text}${after}`, start, end, 'end');
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
