/** How long a row's text must rest after a draft is stored before its findings are asked for. */
export const SETTLE_MS = 1500;

export interface SettleTimers {
  set(run: () => void, ms: number): number;
  clear(handle: number): void;
}

const windowTimers: SettleTimers = {
  set: (run, ms) => window.setTimeout(run, ms),
  clear: (handle) => window.clearTimeout(handle),
};

/**
 * When to ask for the QA findings of a row whose drafts the server stored without them.
 *
 * An autosave is answered without findings: checking every pause in typing would cost the server a QA
 * run per pause and show findings about half-typed sentences. A row is checked once its text
 * has rested for `SETTLE_MS` after its last stored draft, or at once when the person leaves it.
 * Typing again puts the check off; a confirmation answers with its findings and cancels it.
 */
export class QaWhenSettled {
  private readonly waiting = new Map<number, number>();

  constructor(
    private readonly check: (rowId: number) => void,
    private readonly timers: SettleTimers = windowTimers,
    private readonly delayMs = SETTLE_MS,
  ) {}

  /** A draft of the row was stored; `active` while the person is still in the row. */
  drafted(rowId: number, active: boolean): void {
    this.cancel(rowId);
    if (!active) return this.check(rowId);
    this.waiting.set(rowId, this.timers.set(() => {
      this.waiting.delete(rowId);
      this.check(rowId);
    }, this.delayMs));
  }

  /** The person typed in the row again: the next stored draft starts the wait again. */
  typing(rowId: number): void {
    this.cancel(rowId);
  }

  /** The person left the row: a check that waits happens now. */
  left(rowId: number): void {
    if (!this.waiting.has(rowId)) return;
    this.cancel(rowId);
    this.check(rowId);
  }

  /** The row's findings arrived with a save (a confirmation): nothing left to ask. */
  checked(rowId: number): void {
    this.cancel(rowId);
  }

  private cancel(rowId: number): void {
    const handle = this.waiting.get(rowId);
    if (handle === undefined) return;
    this.timers.clear(handle);
    this.waiting.delete(rowId);
  }
}
