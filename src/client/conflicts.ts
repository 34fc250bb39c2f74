import type { ConflictDetails } from './api.js';
import type { SaveAction } from './saver.js';
import type { SegmentRow } from './segment-row.js';

export type ConflictChoice = 'mine' | 'theirs';
interface Conflict { row: SegmentRow; details: ConflictDetails; action: SaveAction; decide: (choice: ConflictChoice) => void }

/** Fills an element with a word diff, each part as text (never HTML). */
export function renderDiff(target: Element, parts: ConflictDetails['diff']): void {
  target.replaceChildren(...parts.map((part) => {
    const element = document.createElement(part.op === 'insert' ? 'ins' : part.op === 'delete' ? 'del' : 'span');
    element.textContent = part.text;
    return element;
  }));
}

/**
 * The 409 dialog: which segment, both texts and the diff between them. It
 * must be answered (Escape does not dismiss it), and conflicts on several
 * segments are asked one after the other.
 */
export class ConflictDialog {
  private readonly queue: Conflict[] = [];
  private current: Conflict | null = null;

  constructor(private readonly dialog: HTMLDialogElement) {
    dialog.addEventListener('cancel', (event) => event.preventDefault());
    dialog.querySelectorAll<HTMLButtonElement>('[data-conflict-action]').forEach((button) => {
      button.addEventListener('click', () => this.answer(button.dataset.conflictAction === 'theirs' ? 'theirs' : 'mine'));
    });
  }

  ask(conflict: Conflict): void {
    this.queue.push(conflict);
    if (!this.current) this.next();
  }

  private next(): void {
    this.current = this.queue.shift() ?? null;
    if (!this.current) return;
    const { row, details } = this.current;
    this.field('segment').textContent = `${row.number} · ${row.source}`;
    this.field('mine').textContent = details.sent;
    this.field('theirs').textContent = details.segment.target;
    renderDiff(this.field('diff'), details.diff);
    row.element.scrollIntoView({ block: 'center' });
    if (!this.dialog.open) this.dialog.showModal();
  }

  private answer(choice: ConflictChoice): void {
    const answered = this.current;
    this.dialog.close();
    this.current = null;
    answered?.decide(choice);
    this.next();
  }

  private field(name: string): HTMLElement {
    return this.dialog.querySelector<HTMLElement>(`[data-conflict="${name}"]`)!;
  }
}
