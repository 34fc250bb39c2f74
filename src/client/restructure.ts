import type { Api } from './api.js';
import type { SegmentRow } from './segment-row.js';

/**
 * Merge and split change the grid's structure: unsent typing is saved first,
 * then the server does the work, then the page is reloaded at the row (the
 * server renders the grid; a reload keeps client and server in step).
 */
export class Restructure {
  private splitting: SegmentRow | null = null;

  constructor(
    private readonly api: Api,
    private readonly settleAll: () => Promise<void>,
    private readonly busy: () => boolean,
    private readonly dialog: HTMLDialogElement,
    private readonly say: (message: string) => void,
    private readonly messages: { lastInParagraph: string; unsaved: string },
  ) {
    // Not readonly (browsers then hide the caret and ignore arrow keys); typing is blocked instead.
    this.sourceField.addEventListener('beforeinput', (event) => event.preventDefault());
    this.sourceField.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void this.confirmSplit();
      }
    });
    dialog.querySelector('[data-split-confirm]')?.addEventListener('click', () => void this.confirmSplit());
    dialog.querySelector('[data-split-cancel]')?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => this.splitting?.input?.focus());
  }

  async mergeWithNext(row: SegmentRow): Promise<void> {
    const next = row.next();
    if (!next || row.paragraphEnd) return this.say(this.messages.lastInParagraph);
    if (!(await this.settled())) return;
    await this.run(() => this.api.mergeNext(row.id, { baseVersion: row.version, nextBaseVersion: next.version }), row.id, (m) => this.say(m));
  }

  /** Boilerplate the translator wants translated after all (a caption, say). */
  async unskip(row: SegmentRow): Promise<void> {
    if (!(await this.settled())) return;
    await this.run(() => this.api.setSkipped(row.id, { baseVersion: row.version, skipped: false }), row.id, (m) => this.say(m));
  }

  openSplit(row: SegmentRow): void {
    this.splitting = row;
    this.sourceField.value = row.source;
    this.error.hidden = true;
    this.dialog.showModal();
    const caret = defaultCut(row.source);
    this.sourceField.focus();
    this.sourceField.setSelectionRange(caret, caret);
  }

  private async confirmSplit(): Promise<void> {
    const row = this.splitting;
    if (!row) return;
    const at = this.sourceField.selectionStart;
    if (!(await this.settled())) return;
    await this.run(() => this.api.split(row.id, { baseVersion: row.version, at }), row.id, (message) => {
      this.error.textContent = message;
      this.error.hidden = false;
    });
  }

  /** Unsent or undecided edits first: a structure change on top of them could lose them. */
  private async settled(): Promise<boolean> {
    await this.settleAll();
    if (this.busy()) this.say(this.messages.unsaved);
    return !this.busy();
  }

  private async run(request: () => Promise<unknown>, focusId: number, fail: (message: string) => void): Promise<void> {
    try {
      await request();
      window.location.hash = `segment-${focusId}`;
      window.location.reload();
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }

  private get sourceField(): HTMLTextAreaElement {
    return this.dialog.querySelector<HTMLTextAreaElement>('#split-source')!;
  }

  private get error(): HTMLElement {
    return this.dialog.querySelector<HTMLElement>('[data-split-error]')!;
  }
}

/** The space nearest the middle after a sentence end if there is one, else the space nearest the middle. */
function defaultCut(source: string): number {
  const sentenceEnd = source.search(/[.!?…]["”’)]*\s/);
  if (sentenceEnd > 0) return source.indexOf(' ', sentenceEnd) + 1;
  const middle = Math.floor(source.length / 2);
  const before = source.lastIndexOf(' ', middle);
  const after = source.indexOf(' ', middle);
  const space = after < 0 || (before >= 0 && middle - before <= after - middle) ? before : after;
  return space > 0 ? space + 1 : middle;
}
