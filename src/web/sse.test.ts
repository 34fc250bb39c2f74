import { describe, expect, it } from 'vitest';
import { formatRetry, formatSse, resumePoint } from './sse.js';

describe('formatSse', () => {
  it('writes id, event and the data as one JSON line, ended by a blank line', () => {
    expect(formatSse({ id: 42, event: 'segment', data: { target: 'Satu\ndua' } })).toBe('id: 42\nevent: segment\ndata: {"target":"Satu\\ndua"}\n\n');
  });

  it('leaves the id out when there is none (the browser keeps its last one)', () => {
    expect(formatSse({ event: 'presence', data: [] })).toBe('event: presence\ndata: []\n\n');
  });

  it('cannot be made to end a message early by a line break in the event name', () => {
    expect(formatSse({ event: 'a\n\nb', data: 1 })).toBe('event: ab\ndata: 1\n\n');
  });

  it('tells the browser how long to wait before reconnecting', () => {
    expect(formatRetry(3000)).toBe('retry: 3000\n\n');
  });
});

describe('resumePoint', () => {
  it('prefers the browser\'s Last-Event-ID over the page\'s since', () => {
    expect(resumePoint('17', '5')).toBe(17);
  });

  it('uses since on a first connect, and nothing when neither is given', () => {
    expect(resumePoint(undefined, '5')).toBe(5);
    expect(resumePoint(undefined, undefined)).toBeUndefined();
  });

  it('takes an empty Last-Event-ID as none', () => {
    expect(resumePoint('', '5')).toBe(5);
  });

  it.each(['-1', '1.5', 'abc', '1e3'])('refuses %j as a feed id', (raw) => {
    expect(resumePoint(raw, undefined)).toBeNull();
  });
});
