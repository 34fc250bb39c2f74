import { ApiError, ConflictResponse, type Api, type ConflictDetails, type SegmentDto } from './api.js';
import type { EditingTiming } from './editing-clock.js';
import type { SegmentRow } from './segment-row.js';

export type SaveAction = 'edit' | 'confirm';
interface Job { action: SaveAction; origin: string }

export interface SaverHooks {
  onSaved(row: SegmentRow, segment: SegmentDto): void;
  /** The server holds a newer version; `action` is what the person was doing (to redo it on "keep mine"). */
  onConflict(row: SegmentRow, details: ConflictDetails, action: SaveAction): void;
  onStatus(status: 'saving' | 'saved' | 'failed', message?: string): void;
  /** A row has text to send (typed, copied, inserted, restored): the editor keeps it in the browser until it is stored. */
  onQueued?(row: SegmentRow): void;
  /** Whether the last answer came from the server: false after a network failure or a server error, true once one answers. */
  onReachable?(reachable: boolean): void;
  /** The editing time each save carries (`elapsedMs`); given back when the save does not reach the server's store. */
  timing?: EditingTiming;
}

const RETRY_MS = 3000;

/**
 * Batches autosaves per segment: one request in flight per segment, typing
 * meanwhile is sent after it with the new base version. Failed saves stay
 * pending and are retried; a stale save waits for the person's choice. While
 * anything is pending or undecided, `busy` is true and leaving the page warns.
 */
export class Saver {
  private readonly timers = new Map<number, number>();
  private readonly inFlight = new Map<number, Promise<boolean>>();
  private readonly pending = new Map<number, Job>();
  private readonly conflicted = new Set<number>();
  private readonly rows = new Map<number, SegmentRow>();

  constructor(private readonly api: Api, private readonly hooks: SaverHooks, private readonly delayMs = 700) {}

  get busy(): boolean {
    return this.timers.size > 0 || this.inFlight.size > 0 || this.pending.size > 0 || this.conflicted.size > 0;
  }

  /** This row has text not stored yet (waiting, in flight or failed) or a conflict not answered: a teammate's text must not replace it. */
  holds(row: SegmentRow): boolean {
    return this.timers.has(row.id) || this.inFlight.has(row.id) || this.pending.has(row.id) || this.conflicted.has(row.id);
  }

  /** Schedules an autosave after a pause in typing. */
  schedule(row: SegmentRow, origin = 'typed'): void {
    this.rows.set(row.id, row);
    this.mark(row.id, { action: 'edit', origin });
    this.hooks.onQueued?.(row);
    this.retryLater(row, this.delayMs);
  }

  /** Saves now (confirm, copy source, before a revert); resolves when the server has answered. */
  async now(row: SegmentRow, action: SaveAction, origin = 'typed'): Promise<void> {
    this.rows.set(row.id, row);
    this.mark(row.id, { action, origin });
    this.hooks.onQueued?.(row);
    await this.flush(row);
  }

  /** Sends everything still unsent, on every row, and waits for the answers. */
  async settleAll(): Promise<void> {
    await Promise.all([...this.rows.values()].map((row) => this.settle(row)));
  }

  /** Sends whatever is still unsent for this row and waits for it. */
  async settle(row: SegmentRow): Promise<void> {
    if (this.pending.has(row.id) || this.inFlight.has(row.id)) await this.flush(row);
  }

  /** After a conflict: "keep mine" resends on the server's version, "take theirs" drops the unsent text. */
  async resolve(row: SegmentRow, choice: 'mine' | 'theirs', action: SaveAction): Promise<void> {
    this.conflicted.delete(row.id);
    if (choice === 'mine') await this.now(row, action);
    else if (!this.busy) this.hooks.onStatus('saved');
  }

  private mark(id: number, job: Job): void {
    const previous = this.pending.get(id);
    this.pending.set(id, { action: previous?.action === 'confirm' ? 'confirm' : job.action, origin: job.origin });
  }

  private retryLater(row: SegmentRow, delay: number): void {
    window.clearTimeout(this.timers.get(row.id));
    this.timers.set(row.id, window.setTimeout(() => void this.flush(row), delay));
  }

  private async flush(row: SegmentRow): Promise<void> {
    window.clearTimeout(this.timers.get(row.id));
    this.timers.delete(row.id);
    await this.inFlight.get(row.id);
    const job = this.pending.get(row.id);
    if (!job || !row.input || this.conflicted.has(row.id)) return;
    this.pending.delete(row.id);
    const request = this.send(row, job).finally(() => this.inFlight.delete(row.id));
    this.inFlight.set(row.id, request);
    if ((await request) && !this.busy) this.hooks.onStatus('saved');
  }

  /** Sends one save; true when the server stored it. */
  private async send(row: SegmentRow, job: Job): Promise<boolean> {
    this.hooks.onStatus('saving');
    const elapsedMs = this.hooks.timing?.take(row.id) ?? 0;
    try {
      // A text from the memory travels as `tm:<score>` until it is sent.
      const [origin, score] = job.origin.split(':') as [string, string | undefined];
      const body = {
        target: row.input?.value ?? '', baseVersion: row.version, action: job.action, origin,
        ...(score === undefined ? {} : { originScore: Number(score) }), ...(elapsedMs > 0 ? { elapsedMs } : {}),
      };
      const saved = await this.api.saveTarget(row.id, body);
      this.hooks.onReachable?.(true);
      this.hooks.onSaved(row, saved);
      return true;
    } catch (error) {
      this.hooks.timing?.giveBack(row.id, elapsedMs);
      this.handleFailure(row, job, error);
      return false;
    }
  }

  private handleFailure(row: SegmentRow, job: Job, error: unknown): void {
    this.hooks.onReachable?.(error instanceof ConflictResponse || (error instanceof ApiError && error.status > 0 && error.status < 500));
    if (error instanceof ConflictResponse) {
      this.conflicted.add(row.id);
      this.hooks.onConflict(row, error.details, job.action);
    } else if (error instanceof ApiError && error.code === 'segment.removed') {
      // The message carries the typed text; keeping the row "undecided" makes leaving the page warn.
      this.conflicted.add(row.id);
      this.hooks.onStatus('failed', error.message);
    } else if (error instanceof ApiError && !error.retryable) {
      // The server refused this text (too long, skipped segment…): retrying cannot help; say why.
      this.hooks.onStatus('failed', error.message);
    } else {
      this.hooks.onStatus('failed', error instanceof ApiError && error.status === 403 ? error.message : undefined);
      // Typing may have queued a newer job meanwhile: keep its origin, and keep a confirm from either.
      const newer = this.pending.get(row.id);
      this.pending.set(row.id, { action: newer?.action === 'confirm' ? 'confirm' : job.action, origin: newer?.origin ?? job.origin });
      this.retryLater(row, RETRY_MS);
    }
  }
}
