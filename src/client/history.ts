import { ConflictResponse, type Api, type SegmentDto } from './api.js';
import type { SegmentRow } from './segment-row.js';

/**
 * The history dialog. The server renders the escaped panel; restore forms are
 * sent with fetch after any unsent typing has been saved, so nothing is lost.
 * After each render, `onThread` hears whether the segment's comment thread is open.
 */
export class HistoryDialog {
  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly content: HTMLElement,
    private readonly api: Api,
    private readonly staleMessage: string,
    private readonly onThread: (segmentId: number, state: 'none' | 'open' | 'resolved') => void = () => undefined,
  ) {
    dialog.querySelector<HTMLButtonElement>('[data-close-dialog]')?.addEventListener('click', () => dialog.close());
  }

  async open(row: SegmentRow, beforeRevert: () => Promise<void>, reverted: (segment: SegmentDto) => void): Promise<void> {
    this.content.innerHTML = await this.api.historyHtml(row.id);
    const thread = this.content.querySelector<HTMLElement>('[data-thread]')?.dataset.thread;
    if (thread === 'none' || thread === 'open' || thread === 'resolved') this.onThread(row.id, thread);
    this.content.querySelectorAll<HTMLFormElement>('form[data-revert]').forEach((form) => {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        void this.revert(row, Number(new FormData(form).get('revisionId')), beforeRevert, reverted);
      });
    });
    this.content.querySelector<HTMLFormElement>('form[data-comment]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const field = (event.target as HTMLFormElement).elements.namedItem('body') as HTMLTextAreaElement | null;
      const body = field?.value ?? '';
      void this.api.comment(row.id, body).then(() => this.open(row, beforeRevert, reverted)).catch((error: unknown) => this.alert(error));
    });
    this.content.querySelector<HTMLFormElement>('form[data-thread-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const resolved = new FormData(event.target as HTMLFormElement).get('resolved') === '1';
      void this.api.thread(row.id, resolved).then(() => this.open(row, beforeRevert, reverted)).catch((error: unknown) => this.alert(error));
    });
    if (!this.dialog.open) {
      this.dialog.addEventListener('close', () => row.input?.focus(), { once: true });
      this.dialog.showModal();
    }
  }

  private alert(error: unknown): void {
    const alert = document.createElement('p');
    alert.className = 'form-error';
    alert.setAttribute('role', 'alert');
    alert.textContent = error instanceof Error ? error.message : String(error);
    this.content.prepend(alert);
  }

  private async revert(row: SegmentRow, revisionId: number, beforeRevert: () => Promise<void>, reverted: (segment: SegmentDto) => void) {
    try {
      await beforeRevert();
      reverted(await this.api.revert(row.id, { revisionId, baseVersion: row.version }));
      await this.open(row, beforeRevert, reverted);
    } catch (error) {
      // Someone saved meanwhile: show the fresh history, then say why nothing was restored.
      if (error instanceof ConflictResponse) await this.open(row, beforeRevert, reverted);
      this.alert(error instanceof ConflictResponse ? this.staleMessage : error);
    }
  }
}
