import { describe, expect, it } from 'vitest';
import type { WordCounts } from '../core/types.js';
import { byDueDay, daysUntil, dueOf, isCalendarDay } from './due-dates.js';

const words = (counts: Partial<WordCounts>): WordCounts => {
  const all = { new: 0, draft: 0, translated: 0, rejected: 0, approved: 0, ...counts };
  return { ...all, total: all.new + all.draft + all.translated + all.rejected + all.approved };
};
const halfDone = words({ new: 10, approved: 10 });

describe('isCalendarDay', () => {
  it.each(['2026-05-10', '2028-02-29', '2026-12-31'])('accepts %s', (day) => expect(isCalendarDay(day)).toBe(true));
  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-5-10', '10/05/2026', '2026-05-10T00:00:00Z', ''])('refuses %j', (day) => {
    expect(isCalendarDay(day)).toBe(false);
  });
});

describe('dueOf', () => {
  it.each([
    ['2026-05-07', 'overdue', -3],
    ['2026-05-09', 'overdue', -1],
    ['2026-05-10', 'today', 0],
    ['2026-05-11', 'soon', 1],
    ['2026-05-12', 'soon', 2],
    ['2026-05-13', 'later', 3],
  ] as const)('calls a document due on %s, seen on 2026-05-10, %s', (dueOn, status, days) => {
    expect(dueOf(dueOn, '2026-05-10', halfDone)).toEqual({ on: dueOn, status, days });
  });

  it('counts days across a month and a year end', () => {
    expect(daysUntil('2027-01-01', '2026-12-30')).toBe(2);
    expect(daysUntil('2026-03-01', '2026-02-28')).toBe(1);
  });

  it('calls a fully approved document done, however late', () => {
    expect(dueOf('2026-05-01', '2026-05-10', words({ approved: 40 }))?.status).toBe('done');
  });

  it('is null without a due day', () => {
    expect(dueOf(null, '2026-05-10', halfDone)).toBeNull();
  });
});

describe('byDueDay', () => {
  it('puts the earliest day first and documents without one last, in their order', () => {
    const docs = [{ id: 1, dueOn: null }, { id: 2, dueOn: '2026-06-01' }, { id: 3, dueOn: null }, { id: 4, dueOn: '2026-05-20' }];
    expect([...docs].sort(byDueDay).map((doc) => doc.id)).toEqual([4, 2, 1, 3]);
  });
});
