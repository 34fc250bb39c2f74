import type { Response } from 'express';
import { TooManyRequestsError } from '../core/errors.js';
import type { DocumentFollower } from '../usecases/live-feed.js';
import { formatRetry, formatSse, HEARTBEAT } from './sse.js';

export interface StreamOptions {
  /** Open streams one person may hold on this node (each is a connection and a poll loop). */
  readonly maxPerUser: number;
  /** How often the feed is read: the delay before a teammate's change shows. */
  readonly pollMs: number;
  /** A comment line after this long without anything to send. */
  readonly heartbeatMs: number;
  /** How often a stream checks that its reader is still a member with an enabled account. */
  readonly recheckMs: number;
  /** The browser's wait before reconnecting. */
  readonly retryMs: number;
}

const DEFAULTS: StreamOptions = { maxPerUser: 10, pollMs: 400, heartbeatMs: 15_000, recheckMs: 30_000, retryMs: 3_000 };

/**
 * The event streams open on this app node, per person. Changes and presence come from
 * the store, so every node serves the same events; only the connections are local.
 * `close()` ends them all (graceful shutdown must not wait for readers that never stop).
 */
export class LiveStreams {
  private readonly open = new Map<number, Set<EventStream>>();
  private readonly options: StreamOptions;
  private closing = false;

  constructor(options: Partial<StreamOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Starts sending `follower`'s changes after `cursor`; refused (429) past the per-person limit. */
  start(userId: number, res: Response, follower: DocumentFollower, cursor: number, onError: (error: unknown) => void = () => {}): void {
    const mine = this.open.get(userId) ?? new Set<EventStream>();
    if (mine.size >= this.options.maxPerUser) throw new TooManyRequestsError('live.tooManyStreams', { max: this.options.maxPerUser });
    const stream = new EventStream(res, follower, cursor, this.options, onError, () => {
      mine.delete(stream);
      if (mine.size === 0 && this.open.get(userId) === mine) this.open.delete(userId);
    });
    mine.add(stream);
    this.open.set(userId, mine);
    stream.begin();
    // Shutting down: the browser is told when to come back, and the stream ends at once.
    if (this.closing) stream.end();
  }

  /** How many streams are open on this node (all people). */
  get size(): number {
    let count = 0;
    for (const streams of this.open.values()) count += streams.size;
    return count;
  }

  /** Ends every open stream, and those started from now on (the server is stopping). */
  close(): void {
    this.closing = true;
    for (const streams of [...this.open.values()]) for (const stream of [...streams]) stream.end();
  }
}

/** One reader's stream: polls the follower, writes new events and presence, heartbeats, ends on close. */
class EventStream {
  private timer: NodeJS.Timeout | undefined;
  private ended = false;
  private presenceKey: string | null = null;
  private lastWrite = Date.now();
  private lastCheck = Date.now();

  constructor(
    private readonly res: Response,
    private readonly follower: DocumentFollower,
    private cursor: number,
    private readonly options: StreamOptions,
    private readonly onError: (error: unknown) => void,
    private readonly onEnd: () => void,
  ) {}

  begin(): void {
    this.res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      // Proxies such as nginx would otherwise hold the events back in their buffers.
      'X-Accel-Buffering': 'no',
      Connection: 'keep-alive',
    });
    this.res.flushHeaders();
    this.res.socket?.setNoDelay(true);
    this.res.on('close', () => this.end());
    this.write(formatRetry(this.options.retryMs));
    this.schedule(0);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.timer);
    if (!this.res.writableEnded) this.res.end();
    this.onEnd();
  }

  private schedule(delay: number): void {
    if (!this.ended) this.timer = setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    let more = false;
    try {
      // A reader that does not keep up gets nothing more until it has taken what was sent.
      if (!this.res.writableNeedDrain) more = await this.sendChanges();
      if (Date.now() - this.lastCheck >= this.options.recheckMs) {
        this.lastCheck = Date.now();
        if (!(await this.follower.stillAllowed())) return this.end();
      }
      if (Date.now() - this.lastWrite >= this.options.heartbeatMs) this.write(HEARTBEAT);
    } catch (error) {
      // E.g. the store closing under a stopping server: the browser reconnects and resumes.
      if (!this.ended) this.onError(error);
      return this.end();
    }
    this.schedule(more ? 0 : this.options.pollMs);
  }

  /** Writes new events and a changed presence; true when more events wait. */
  private async sendChanges(): Promise<boolean> {
    const page = await this.follower.changesAfter(this.cursor);
    for (const event of page.events) this.write(formatSse({ id: event.id, event: event.type, data: event }));
    this.cursor = page.lastEventId;
    const people = await this.follower.presence();
    const key = JSON.stringify(people);
    if (key !== this.presenceKey) {
      this.presenceKey = key;
      this.write(formatSse({ event: 'presence', data: { people } }));
    }
    return page.more;
  }

  private write(text: string): void {
    if (this.ended || this.res.writableEnded) return;
    this.res.write(text);
    this.lastWrite = Date.now();
  }
}
