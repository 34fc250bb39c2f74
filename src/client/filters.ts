/**
 * The editor's filter bar: criteria that combine (state, QA findings, comments, unresolved comment threads, changed since,
 * text in source or target). Rows that do not match get `hidden`; their numbers stay. The
 * filter lives in the URL's query string, so a filtered view can be shared and survives a reload.
 */

export const FILTER_STATES = ['new', 'draft', 'translated', 'rejected', 'approved', 'source-changed'] as const;
export type FilterState = (typeof FILTER_STATES)[number];
export type FilterScope = 'both' | 'source' | 'target';

export interface Filter {
  /** Any of these (empty: any state). `source-changed` is a row whose source an update changed. */
  readonly states: readonly FilterState[];
  readonly q: string;
  readonly in: FilterScope;
  readonly regex: boolean;
  /** Only rows with QA findings not yet let pass. */
  readonly qa: boolean;
  readonly comments: boolean;
  /** Only rows whose comment thread is not resolved. */
  readonly unresolved: boolean;
  /** `YYYY-MM-DD` (local midnight), or "". */
  readonly since: string;
}

export const NO_FILTER: Filter = { states: [], q: '', in: 'both', regex: false, qa: false, comments: false, unresolved: false, since: '' };
export const MAX_FILTER_TEXT = 200;

/** What the filter looks at in a row. */
export interface RowFacts {
  readonly kind: string;
  readonly state: string;
  readonly sourceChanged: boolean;
  readonly hasQa: boolean;
  readonly hasComments: boolean;
  readonly hasUnresolved: boolean;
  readonly updatedAt: string | null;
  readonly source: string;
  readonly target: string;
}

export type FilterProblem = { readonly kind: 'badRegex'; readonly reason: string } | { readonly kind: 'tooLong' };

const on = (value: string | null) => value === '1' || value === 'true';

/** Reads a filter from a query string (`?state=draft,rejected&q=Lavrov&in=source&re=0&qa=1&comments=1&unresolved=1&since=2026-11-01`). */
export function parseFilter(search: string): Filter {
  const params = new URLSearchParams(search);
  const states = (params.get('state') ?? '').split(',').filter((state): state is FilterState => (FILTER_STATES as readonly string[]).includes(state));
  const scope = params.get('in');
  const since = params.get('since') ?? '';
  return {
    states: [...new Set(states)], q: params.get('q') ?? '', in: scope === 'source' || scope === 'target' ? scope : 'both',
    regex: on(params.get('re')), qa: on(params.get('qa')), comments: on(params.get('comments')), unresolved: on(params.get('unresolved')),
    since: sinceTime(since) === null ? '' : since,
  };
}

/** The query string for a filter, keeping any other parameters of `search`; only what differs from no filter is written. */
export function filterSearch(filter: Filter, search = ''): string {
  const params = new URLSearchParams(search);
  for (const name of ['state', 'q', 'in', 're', 'qa', 'comments', 'unresolved', 'since']) params.delete(name);
  if (filter.states.length > 0) params.set('state', filter.states.join(','));
  if (filter.q !== '') params.set('q', filter.q);
  if (filter.q !== '' && filter.in !== 'both') params.set('in', filter.in);
  if (filter.q !== '' && filter.regex) params.set('re', '1');
  if (filter.qa) params.set('qa', '1');
  if (filter.comments) params.set('comments', '1');
  if (filter.unresolved) params.set('unresolved', '1');
  if (filter.since !== '') params.set('since', filter.since);
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

/** Local midnight of a `YYYY-MM-DD` day, in ms; null if it is not one. */
export function sinceTime(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getMonth() === Number(match[2]) - 1 ? date.getTime() : null;
}

/**
 * Compiles a filter into a row test. A bad text (invalid regular expression, too long) is
 * reported and left out of the test; it never throws. Boilerplate rows have no state of
 * their own, so only a text in the source can select them.
 */
export function compileFilter(filter: Filter): { matches: (row: RowFacts) => boolean; problem: FilterProblem | null } {
  const { test, problem } = compileText(filter);
  const since = sinceTime(filter.since);
  const states = new Set<string>(filter.states);
  const matches = (row: RowFacts): boolean => {
    const skip = row.kind === 'skip';
    if (states.size > 0 && (skip || !(states.has(row.state) || (row.sourceChanged && states.has('source-changed'))))) return false;
    if (filter.qa && (skip || !row.hasQa)) return false;
    if (filter.comments && (skip || !row.hasComments)) return false;
    if (filter.unresolved && (skip || !row.hasUnresolved)) return false;
    if (since !== null && (skip || row.updatedAt === null || !(Date.parse(row.updatedAt) >= since))) return false;
    if (!test) return true;
    return (filter.in !== 'target' && test(row.source)) || (filter.in !== 'source' && !skip && test(row.target));
  };
  return { matches, problem };
}

function compileText(filter: Filter): { test: ((text: string) => boolean) | null; problem: FilterProblem | null } {
  if (filter.q.trim() === '') return { test: null, problem: null };
  if (filter.q.length > MAX_FILTER_TEXT) return { test: null, problem: { kind: 'tooLong' } };
  if (!filter.regex) {
    const needle = filter.q.toLowerCase();
    return { test: (text) => text.toLowerCase().includes(needle), problem: null };
  }
  try {
    const pattern = new RegExp(filter.q, 'iu');
    return { test: (text) => pattern.test(text), problem: null };
  } catch (error) {
    // V8 says "Invalid regular expression: /(a/iu: Unterminated group": keep the reason only.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
    return { test: null, problem: { kind: 'badRegex', reason } };
  }
}

interface FilterStrings { count: string; badRegex: string; tooLong: string }

/** The filter bar on the page: reads and writes its form, the rows and the URL. */
export class FilterBar {
  private readonly strings: FilterStrings;
  /** Segments whose comment threads are not resolved (the page says which; the history dialog keeps it current). */
  private unresolved: ReadonlySet<number>;

  constructor(private readonly editor: HTMLElement, private readonly form: HTMLFormElement) {
    this.strings = JSON.parse(form.dataset.strings ?? '{}') as FilterStrings;
    this.unresolved = new Set(JSON.parse(form.dataset.unresolved ?? '[]') as number[]);
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => this.update());
    form.addEventListener('change', () => this.update());
    form.addEventListener('reset', (event) => {
      event.preventDefault();
      this.write(NO_FILTER);
      this.update();
    });
    this.write(parseFilter(window.location.search));
    this.apply(this.read());
  }

  /** A thread was resolved or reopened: the filter follows (rows shown stay shown until the filter changes, as after an edit). */
  setUnresolved(segmentIds: readonly number[]): void {
    this.unresolved = new Set(segmentIds);
  }

  focusText(): void {
    const field = this.field('q');
    field.focus();
    field.select();
  }

  /** Shows the rows that match what the form says, and puts the filter into the URL. */
  private update(): void {
    const filter = this.read();
    this.apply(filter);
    const search = filterSearch(filter, window.location.search);
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }

  private apply(filter: Filter): void {
    const { matches, problem } = compileFilter(filter);
    const rows = [...this.editor.querySelectorAll<HTMLElement>('.row[data-segment-id]')];
    let shown = 0;
    for (const row of rows) {
      const visible = matches(factsOf(row, this.unresolved));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    const count = this.form.querySelector<HTMLElement>('[data-filter-count]');
    const text = this.strings.count.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    if (count && count.textContent !== text) count.textContent = text;
    const error = this.form.querySelector<HTMLElement>('[data-filter-error]');
    if (!error) return;
    error.hidden = problem === null;
    error.textContent = problem === null ? '' : problem.kind === 'badRegex'
      ? this.strings.badRegex.replace('{reason}', problem.reason) : this.strings.tooLong.replace('{max}', String(MAX_FILTER_TEXT));
    this.field('q').setAttribute('aria-invalid', String(problem !== null));
  }

  private read(): Filter {
    const data = new FormData(this.form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const scope = text('in');
    return {
      states: data.getAll('state').filter((state): state is FilterState => (FILTER_STATES as readonly unknown[]).includes(state)),
      q: text('q'), in: scope === 'source' || scope === 'target' ? scope : 'both', regex: data.has('re'),
      qa: data.has('qa'), comments: data.has('comments'), unresolved: data.has('unresolved'), since: sinceTime(text('since')) === null ? '' : text('since'),
    };
  }

  private write(filter: Filter): void {
    this.form.querySelectorAll<HTMLInputElement>('input[name="state"]').forEach((box) => {
      box.checked = (filter.states as readonly string[]).includes(box.value);
    });
    this.field('q').value = filter.q;
    this.form.querySelector<HTMLSelectElement>('select[name="in"]')!.value = filter.in;
    this.field('re').checked = filter.regex;
    this.field('qa').checked = filter.qa;
    this.field('comments').checked = filter.comments;
    this.field('unresolved').checked = filter.unresolved;
    this.field('since').value = filter.since;
  }

  private field(name: string): HTMLInputElement {
    return this.form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  }
}

function factsOf(row: HTMLElement, unresolved: ReadonlySet<number>): RowFacts {
  return {
    kind: row.dataset.kind ?? 'text',
    state: row.dataset.state ?? 'new',
    sourceChanged: row.querySelector('.source-changed') !== null,
    hasQa: row.querySelector('.qa-findings li:not(.acknowledged)') !== null,
    hasComments: row.querySelector('.comment-count') !== null,
    hasUnresolved: unresolved.has(Number(row.dataset.segmentId)),
    updatedAt: row.dataset.updated || null,
    source: row.querySelector<HTMLElement>('[data-source]')?.dataset.source ?? '',
    target: row.querySelector('textarea')?.value ?? '',
  };
}
