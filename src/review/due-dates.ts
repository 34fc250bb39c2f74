import type { WordCounts } from '../core/types.js';

/**
 * Due dates are calendar days (`YYYY-MM-DD`), compared with today's day in UTC. A document is
 * `done` when every word is approved; else `overdue` after its day, `today` on it, `soon` in the
 * two days before it, and `later` before that.
 */
export type DueStatus = 'done' | 'overdue' | 'today' | 'soon' | 'later';

/** Days before the due day that count as "soon". */
export const DUE_SOON_DAYS = 2;

const DAY_MS = 24 * 3600 * 1000;

/** Whether a text is a real calendar day in `YYYY-MM-DD` form (not 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Whole days from `today` to `due` (negative when the day has passed). */
export function daysUntil(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

export interface Due {
  readonly on: string;
  readonly status: DueStatus;
  /** Days until the due day (negative: days late). */
  readonly days: number;
}

/** Where a document stands against its due day, or null without one. */
export function dueOf(dueOn: string | null, today: string, words: WordCounts): Due | null {
  if (dueOn === null) return null;
  const days = daysUntil(dueOn, today);
  const done = words.total > 0 && words.approved === words.total;
  const status: DueStatus = done ? 'done' : days < 0 ? 'overdue' : days === 0 ? 'today' : days <= DUE_SOON_DAYS ? 'soon' : 'later';
  return { on: dueOn, status, days };
}

/** Earliest due day first; documents without one keep their order after those with one. */
export function byDueDay<T extends { readonly dueOn: string | null }>(a: T, b: T): number {
  if (a.dueOn === b.dueOn) return 0;
  if (a.dueOn === null) return 1;
  if (b.dueOn === null) return -1;
  return a.dueOn < b.dueOn ? -1 : 1;
}
