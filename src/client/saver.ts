import { ApiError, ConflictResponse, type Api, type ConflictDetails, type SegmentDto } from './api.js';
import type { SegmentRow } from './segment-row.js';

type Action = 'edit' | 'confirm';
interface Pending { action: Action; origin: string }

/**
 * Batches autosaves per segment: one request in flight per segment, typing
 * meanwhile is sent after it with the new base version. A stale save is
 * handed to `onConflict`; nothing typed is dropped.
 */
export class Saver {
  private readonly timers = new Map<number, number>();
  private readonly inFlight = new Map<number, Promise<boolean>>();
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly api: Api,
    private readonly hooks: {
      onSaved(row: SegmentRow, segment: SegmentDto): void;
      onConflict(row: SegmentRow, details: ConflictDetails): void;
      onStatus(status: 'saving' | 'saved' | 'failed', message?: string): void;
    },
    private readonly delayMs = 700,
  ) {}

  get busy(): boolean {
    return this.timers.size > 0 || this.inFlight.size > 0 || this.pending.size > 0;
  }

  /** Schedules an autosave after a pause in typing. */
  schedule(row: SegmentRow, origin = 'typed'): void {
    this.mark(row, 'edit', origin);
    window.clearTimeout(this.timers.get(row.id));
    this.timers.set(row.id, window.setTimeout(() => void this.flush(row), this.delayMs));
  }

  /** Saves now (confirm, copy source, leaving the page); resolves when the server has answered. */
  async now(row: SegmentRow, action: Action, origin = 'typed'): Promise<void> {
    this.mark(row, action, origin);
    await this.flush(row);
  }

  private mark(row: SegmentRow, action: Action, origin: string): void {
    const previous = this.pending.get(row.id);
    this.pending.set(row.id, { action: previous?.action === 'confirm' ? 'confirm' : action, origin });
  }

  private async flush(row: SegmentRow): Promise<void> {
    window.clearTimeout(this.timers.get(row.id));
    this.timers.delete(row.id);
    await this.inFlight.get(row.id);
    const job = this.pending.get(row.id);
    if (!job || !row.input) return;
    this.pending.delete(row.id);
    const request = this.send(row, job).finally(() => this.inFlight.delete(row.id));
    this.inFlight.set(row.id, request);
    const ok = await request;
    if (ok && !this.busy) this.hooks.onStatus('saved');
  }

  /** Sends one save; true when the server stored it. */
  private async send(row: SegmentRow, job: Pending): Promise<boolean> {
    this.hooks.onStatus('saving');
    try {
      const body = { target: row.input?.value ?? '', baseVersion: row.version, action: job.action, origin: job.origin };
      this.hooks.onSaved(row, await this.api.saveTarget(row.id, body));
      return true;
    } catch (error) {
      if (error instanceof ConflictResponse) {
        this.hooks.onConflict(row, error.details);
        return false;
      }
      if (error instanceof ApiError && error.status < 500) {
        // The server refused this text (too long, skipped segment…): retrying cannot help; say why.
        this.hooks.onStatus('failed', error.message);
        return false;
      }
      this.hooks.onStatus('failed');
      this.pending.set(row.id, job);
      this.timers.set(row.id, window.setTimeout(() => void this.flush(row), 3000));
      return false;
    }
  }
}
