import { describe, expect, it } from 'vitest';
import { compileFilter, filterSearch, NO_FILTER, parseFilter, sinceTime, type Filter, type RowFacts } from './filters.js';

const row = (facts: Partial<RowFacts> = {}): RowFacts => ({
  kind: 'text', state: 'new', sourceChanged: false, hasQa: false, hasComments: false, hasUnresolved: false, updatedAt: null,
  source: 'Menlu Rusia Sergei Lavrov tiba di Beijing.', target: '', ...facts,
});
const matches = (filter: Partial<Filter>, facts: Partial<RowFacts> = {}) => compileFilter({ ...NO_FILTER, ...filter }).matches(row(facts));

describe('compileFilter', () => {
  it('lets every row through when nothing is set, boilerplate included', () => {
    expect(matches({})).toBe(true);
    expect(matches({}, { kind: 'skip' })).toBe(true);
  });

  it('matches any of the chosen states', () => {
    expect(matches({ states: ['draft', 'rejected'] }, { state: 'rejected' })).toBe(true);
    expect(matches({ states: ['draft', 'rejected'] }, { state: 'translated' })).toBe(false);
  });

  it('treats "source changed" as one more state to choose', () => {
    expect(matches({ states: ['source-changed'] }, { state: 'translated', sourceChanged: true })).toBe(true);
    expect(matches({ states: ['source-changed'] }, { state: 'translated' })).toBe(false);
    expect(matches({ states: ['draft', 'source-changed'] }, { state: 'draft' })).toBe(true);
  });

  it('never selects boilerplate by state, findings, comments or time', () => {
    expect(matches({ states: ['new'] }, { kind: 'skip', state: 'new' })).toBe(false);
    expect(matches({ qa: true }, { kind: 'skip', hasQa: true })).toBe(false);
    expect(matches({ since: '2026-01-01' }, { kind: 'skip', updatedAt: '2026-05-01T00:00:00.000Z' })).toBe(false);
  });

  it('combines criteria: every one must hold', () => {
    const filter: Partial<Filter> = { states: ['draft'], qa: true, comments: true, q: 'lavrov' };
    expect(matches(filter, { state: 'draft', hasQa: true, hasComments: true })).toBe(true);
    expect(matches(filter, { state: 'draft', hasQa: true, hasComments: false })).toBe(false);
    expect(matches(filter, { state: 'draft', hasQa: false, hasComments: true })).toBe(false);
    expect(matches({ ...filter, q: 'Putin' }, { state: 'draft', hasQa: true, hasComments: true })).toBe(false);
  });

  it('finds plain text in source or target, ignoring case', () => {
    expect(matches({ q: 'LAVROV' })).toBe(true);
    expect(matches({ q: 'foreign minister' }, { target: 'Russian Foreign Minister Lavrov' })).toBe(true);
    expect(matches({ q: 'Beijing', in: 'target' }, { target: 'arrives in China' })).toBe(false);
    expect(matches({ q: 'China', in: 'source' }, { target: 'arrives in China' })).toBe(false);
    expect(matches({ q: 'China', in: 'target' }, { target: 'arrives in China' })).toBe(true);
  });

  it('takes regular-expression characters literally unless regex is on', () => {
    expect(matches({ q: 'L.vrov' })).toBe(false);
    expect(matches({ q: 'L.vrov', regex: true })).toBe(true);
    expect(matches({ q: String.raw`^menlu\s+\p{Lu}`, regex: true })).toBe(true);
  });

  it('reports an invalid regular expression instead of throwing, and filters on the rest', () => {
    const { matches: test, problem } = compileFilter({ ...NO_FILTER, q: '(unclosed', regex: true, states: ['draft'] });
    expect(problem).toEqual({ kind: 'badRegex', reason: 'Unterminated group' });
    expect(test(row({ state: 'draft' }))).toBe(true);
    expect(test(row({ state: 'new' }))).toBe(false);
  });

  it('keeps only rows whose comment thread is unresolved, never boilerplate', () => {
    expect(matches({ unresolved: true }, { hasComments: true, hasUnresolved: true })).toBe(true);
    expect(matches({ unresolved: true }, { hasComments: true, hasUnresolved: false })).toBe(false);
    expect(matches({ unresolved: true }, { kind: 'skip', hasUnresolved: true })).toBe(false);
  });

  it('reports a text that is too long', () => {
    expect(compileFilter({ ...NO_FILTER, q: 'a'.repeat(201) }).problem).toEqual({ kind: 'tooLong' });
  });

  it('keeps rows saved on or after the chosen day (local midnight)', () => {
    const midnight = new Date(2026, 10, 1).getTime();
    expect(matches({ since: '2026-11-01' }, { updatedAt: new Date(midnight).toISOString() })).toBe(true);
    expect(matches({ since: '2026-11-01' }, { updatedAt: new Date(midnight - 1).toISOString() })).toBe(false);
    expect(matches({ since: '2026-11-01' }, { updatedAt: null })).toBe(false);
  });
});

describe('the filter in the URL', () => {
  const shared = '?state=draft,rejected&q=Lavrov&in=source&re=0&qa=1&comments=1&unresolved=1&since=2026-11-01';

  it('reads every criterion from the query string', () => {
    expect(parseFilter(shared)).toEqual({
      states: ['draft', 'rejected'], q: 'Lavrov', in: 'source', regex: false, qa: true, comments: true, unresolved: true, since: '2026-11-01',
    });
  });

  it('ignores values it does not know', () => {
    expect(parseFilter('?state=draft,bogus&in=everywhere&since=yesterday&qa=maybe')).toEqual({ ...NO_FILTER, states: ['draft'] });
    expect(parseFilter('?since=2026-02-30').since).toBe('');
  });

  it('writes only what is set, readably, and reads back the same filter', () => {
    const filter = parseFilter(shared);
    const search = filterSearch(filter);
    expect(search).toBe('?state=draft,rejected&q=Lavrov&in=source&qa=1&comments=1&unresolved=1&since=2026-11-01');
    expect(parseFilter(search)).toEqual(filter);
    expect(filterSearch({ ...NO_FILTER, q: 'a&b=c', regex: true })).toBe('?q=a%26b%3Dc&re=1');
    expect(parseFilter(filterSearch({ ...NO_FILTER, q: 'a&b=c', regex: true })).q).toBe('a&b=c');
  });

  it('keeps other parameters and drops the filter when it is cleared', () => {
    expect(filterSearch(NO_FILTER, '?q=old&state=new&lang=id')).toBe('?lang=id');
    expect(filterSearch(NO_FILTER, shared)).toBe('');
  });

  it('knows real days only', () => {
    expect(sinceTime('2026-11-01')).toBe(new Date(2026, 10, 1).getTime());
    expect(sinceTime('2026-13-01')).toBeNull();
    expect(sinceTime('1 Nov 2026')).toBeNull();
  });
});
