/** After this long without input, the clock stops counting (a row left focused over lunch is not hours of work). */
export const IDLE_MS = 2 * 60 * 1000;
/** The most one save reports; the server refuses more. */
export const MAX_ELAPSED_MS = 30 * 60 * 1000;

/** What the saver needs of the clock: the time a row's save carries, and giving it back when the save failed. */
export interface EditingTiming {
  take(rowId: number): number;
  giveBack(rowId: number, ms: number): void;
}

/**
 * Measures, per row, how long someone edits it between saves: from focus (or the last save) to
 * the save, while the tab is visible. Every stretch between two marks (focus, input, save)
 * counts at most `idleMs`, so idle time beyond that is left out. Time not yet sent is banked per
 * row until that row's next save.
 */
export class EditingClock implements EditingTiming {
  private readonly banked = new Map<number, number>();
  private focused: number | null = null;
  private hidden = false;
  /** The focused row and the last mark on it, while the clock runs. */
  private running: { id: number; last: number } | null = null;

  constructor(private readonly now: () => number, private readonly idleMs = IDLE_MS) {}

  focus(rowId: number): void {
    this.stop();
    this.focused = rowId;
    if (!this.hidden) this.running = { id: rowId, last: this.now() };
  }

  blur(rowId: number): void {
    if (this.focused !== rowId) return;
    this.stop();
    this.focused = null;
  }

  /** Typing in a row: counts the stretch since the last mark (and starts the clock if it was not running there). */
  input(rowId: number): void {
    if (this.focused !== rowId) this.focus(rowId);
    else if (this.running) this.mark();
    else if (!this.hidden) this.running = { id: rowId, last: this.now() };
  }

  hide(): void {
    this.stop();
    this.hidden = true;
  }

  show(): void {
    this.hidden = false;
    if (this.focused !== null && !this.running) this.running = { id: this.focused, last: this.now() };
  }

  /** The milliseconds to send with a save of this row (at most `MAX_ELAPSED_MS`); the row starts again from zero. */
  take(rowId: number): number {
    if (this.running?.id === rowId) this.mark();
    const ms = Math.round(Math.min(this.banked.get(rowId) ?? 0, MAX_ELAPSED_MS));
    this.banked.delete(rowId);
    return ms;
  }

  /** The save did not reach the server: its time goes with the next one. */
  giveBack(rowId: number, ms: number): void {
    if (ms > 0) this.banked.set(rowId, (this.banked.get(rowId) ?? 0) + ms);
  }

  private mark(): void {
    if (!this.running) return;
    const at = this.now();
    this.giveBack(this.running.id, Math.min(Math.max(0, at - this.running.last), this.idleMs));
    this.running.last = at;
  }

  private stop(): void {
    this.mark();
    this.running = null;
  }
}
