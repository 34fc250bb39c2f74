import type { SegmentDto } from './api.js';

/** Reads and updates one editor row; the row's data attributes are the client's copy of the segment. */
export class SegmentRow {
  constructor(readonly element: HTMLElement) {}

  get id(): number {
    return Number(this.element.dataset.segmentId);
  }
  get kind(): string {
    return this.element.dataset.kind ?? 'text';
  }
  get confirmed(): boolean {
    return this.state === 'translated' || this.state === 'approved';
  }
  get version(): number {
    return Number(this.element.dataset.version);
  }
  /** The number shown in the grid (1-based, skipped rows included). */
  get number(): string {
    return this.element.querySelector('.num')?.textContent?.trim() ?? '';
  }
  get state(): string {
    return this.element.dataset.state ?? 'new';
  }
  get input(): HTMLTextAreaElement | null {
    return this.element.querySelector('textarea');
  }
  get source(): string {
    return this.element.querySelector<HTMLElement>('[data-source]')?.dataset.source ?? '';
  }
  get paragraphEnd(): boolean {
    return this.element.querySelector('[data-merge]') === null;
  }
  next(): SegmentRow | null {
    const next = this.element.nextElementSibling as HTMLElement | null;
    return next?.dataset.segmentId ? new SegmentRow(next) : null;
  }

  /** Applies what the server answered; the text is replaced only if asked (never under the typist's cursor). */
  apply(segment: SegmentDto, stateNames: Record<string, string>, replaceText = false): void {
    this.element.dataset.version = String(segment.version);
    this.element.dataset.state = segment.state;
    if (segment.updatedAt) this.element.dataset.updated = segment.updatedAt;
    this.element.className = this.element.className.replace(/\bstate-\w+\b/, `state-${segment.state}`);
    const badge = this.element.querySelector<HTMLElement>('[data-badge]');
    if (badge) {
      badge.textContent = stateNames[segment.state] ?? segment.state;
      badge.className = `badge state-${segment.state}`;
    }
    if (replaceText && this.input) this.input.value = segment.target;
  }

  flash(): void {
    this.element.classList.remove('flash');
    void this.element.offsetWidth;
    this.element.classList.add('flash');
  }
}

export function rowOf(element: Element | null): SegmentRow | null {
  const row = element?.closest<HTMLElement>('.row[data-segment-id]');
  return row ? new SegmentRow(row) : null;
}
