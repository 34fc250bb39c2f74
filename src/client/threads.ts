import type { FilterBar } from './filters.js';

/**
 * The segments whose comment threads are not resolved: counted in the editor's header (a link
 * to the "unresolved comments" filter) and known to the filter. The history dialog says when
 * a thread opens or closes.
 */
export class UnresolvedThreads {
  private readonly segments = new Set<number>();
  private readonly strings: { one: string; other: string };
  private readonly plural = new Intl.PluralRules(document.documentElement.lang || 'en');

  constructor(private readonly header: HTMLElement | null, private readonly filters: () => FilterBar | null) {
    this.strings = JSON.parse(header?.dataset.strings ?? '{"one":"","other":""}') as { one: string; other: string };
  }

  load(segmentIds: readonly number[]): void {
    segmentIds.forEach((id) => this.segments.add(id));
  }

  set(segmentId: number, unresolved: boolean): void {
    if (this.segments.has(segmentId) === unresolved) return;
    if (unresolved) this.segments.add(segmentId);
    else this.segments.delete(segmentId);
    this.filters()?.setUnresolved([...this.segments]);
    if (!this.header) return;
    const count = this.segments.size;
    this.header.hidden = count === 0;
    const link = this.header.querySelector('a');
    const template = this.plural.select(count) === 'one' ? this.strings.one : this.strings.other;
    if (link) link.textContent = template.replace('{{count}}', String(count));
  }
}
