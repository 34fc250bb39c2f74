/** Server-Sent Events framing (the `text/event-stream` format of the HTML standard). */

export interface SseMessage {
  /** Becomes the stream's last event id (sent back as `Last-Event-ID` when the browser reconnects). */
  readonly id?: number;
  readonly event?: string;
  readonly data: unknown;
}

/** One message: the data as JSON, each of its lines behind `data:` (JSON has none, but a line break must never end a message early). */
export function formatSse(message: SseMessage): string {
  const lines: string[] = [];
  if (message.id !== undefined) lines.push(`id: ${message.id}`);
  if (message.event !== undefined) lines.push(`event: ${message.event.replace(/[\r\n]/g, '')}`);
  for (const line of JSON.stringify(message.data).split(/\r\n|\r|\n/)) lines.push(`data: ${line}`);
  return `${lines.join('\n')}\n\n`;
}

/** How long the browser waits before reconnecting after the stream ends or breaks. */
export const formatRetry = (ms: number): string => `retry: ${Math.round(ms)}\n\n`;

/** A comment line: keeps proxies and the browser from taking a quiet stream for a dead one. */
export const HEARTBEAT = ':\n\n';

/**
 * Where a follower resumes: the browser's `Last-Event-ID` on a reconnect wins over the
 * `since` the page asked for on its first connect. Undefined when neither is given;
 * null when one is given but is not a feed id.
 */
export function resumePoint(lastEventId: string | undefined, since: unknown): number | undefined | null {
  const raw = (lastEventId?.trim() || undefined) ?? (typeof since === 'string' ? since.trim() : undefined);
  if (raw === undefined) return undefined;
  return /^\d{1,15}$/.test(raw) ? Number(raw) : null;
}
