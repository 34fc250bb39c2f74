import type { Api, MatchDto } from './api.js';
import type { SegmentRow } from './segment-row.js';

export interface MatchStrings {
  title: string; none: string; insertHint: string; loading: string; failed: string; byOn: string;
  repetitions: string; fill: string; filled: string;
}

/**
 * The translation-memory panel under the active row: up to five matches, best
 * first, each with its score, what differs from this source, and who wrote it.
 * Ctrl+1…Ctrl+5 (or a click) puts a match into the target.
 */
export class MatchesPanel {
  private readonly panel: HTMLElement;
  private current: { row: SegmentRow; matches: MatchDto[] } | null = null;
  private readonly cache = new Map<string, MatchDto[]>();
  private request = 0;

  constructor(private readonly api: Api, private readonly strings: MatchStrings, private readonly insert: (row: SegmentRow, n: number) => void) {
    this.panel = document.createElement('section');
    this.panel.className = 'tm-panel';
    this.panel.setAttribute('aria-label', strings.title);
    this.panel.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-match]');
      if (!button || !this.current) return;
      this.insert(this.current.row, Number(button.dataset.match) + 1);
    });
  }

  /** Shows the matches of the row that got the cursor. */
  async show(row: SegmentRow): Promise<void> {
    if (!row.input || row.kind === 'skip') return;
    if (this.current?.row.element === row.element && this.panel.isConnected) return;
    row.element.append(this.panel);
    const key = `${row.id}:${row.source}`;
    const ticket = ++this.request;
    const cached = this.cache.get(key);
    if (cached) return this.render(row, cached);
    this.panel.replaceChildren(heading(this.strings.title), note(this.strings.loading));
    try {
      const matches = await this.api.matches(row.id);
      this.cache.set(key, matches);
      if (ticket === this.request) this.render(row, matches);
    } catch {
      if (ticket === this.request) this.panel.replaceChildren(heading(this.strings.title), note(this.strings.failed));
    }
  }

  /** Ctrl+n: the n-th match of the row, if it is the one shown. */
  pick(row: SegmentRow, n: number): MatchDto | undefined {
    return this.current?.row.element === row.element ? this.current.matches[n - 1] : undefined;
  }

  /** Drops cached matches (after a save changed the memory). */
  forget(): void {
    this.cache.clear();
  }

  private render(row: SegmentRow, matches: MatchDto[]): void {
    this.current = { row, matches };
    if (matches.length === 0) {
      this.panel.replaceChildren(heading(this.strings.title), note(this.strings.none));
      return;
    }
    const list = document.createElement('ol');
    list.className = 'tm-matches';
    matches.forEach((match, index) => list.append(this.item(match, index)));
    this.panel.replaceChildren(heading(this.strings.title), list, note(this.strings.insertHint));
  }

  private item(match: MatchDto, index: number): HTMLElement {
    const item = document.createElement('li');
    item.className = `tm-match score-${match.score >= 100 ? 'exact' : match.score >= 85 ? 'high' : 'fuzzy'}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'tm-insert';
    button.dataset.match = String(index);
    button.title = `Ctrl+${index + 1}`;
    const score = document.createElement('span');
    score.className = 'tm-score';
    score.textContent = `${match.score}%`;
    button.append(document.createTextNode(`${index + 1}`), score);
    const source = document.createElement('p');
    source.className = 'tm-source diff';
    for (const part of match.sourceDiff) {
      // The match's source against ours: what the match has that ours lacks is struck, what ours adds is marked.
      const node = part.op === 'equal' ? document.createElement('span') : document.createElement(part.op === 'delete' ? 'del' : 'ins');
      node.textContent = part.text;
      source.append(node);
    }
    const target = document.createElement('p');
    target.className = 'tm-target';
    target.textContent = match.target;
    const meta = document.createElement('p');
    meta.className = 'tm-meta muted';
    meta.textContent = this.strings.byOn.replace('{{author}}', match.author ?? '—').replace('{{date}}', match.date.slice(0, 10));
    const body = document.createElement('div');
    body.append(source, target, meta);
    item.append(button, body);
    return item;
  }
}

function heading(text: string): HTMLElement {
  const h = document.createElement('h3');
  h.textContent = text;
  return h;
}

function note(text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'muted tm-note';
  p.textContent = text;
  return p;
}
