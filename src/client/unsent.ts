import { Drafts, planRestore, type Draft } from './drafts.js';
import type { SegmentDto } from './api.js';
import { focusRow } from './navigation.js';
import { SegmentRow } from './segment-row.js';

interface UnsentStrings {
  foundOne: string; foundOther: string; segment: string; outdated: string; homeless: string;
  restoredOne: string; restoredOther: string; discarded: string;
}

/**
 * Work not yet on the server: every pending edit is kept in the browser (see drafts.ts) until
 * the server acknowledges it; on the next visit, what never arrived is offered back
 * ("2 unsent edits from your last visit — Restore / Discard"); while the server cannot be
 * reached a banner says so (the saver keeps retrying).
 */
export class UnsentWork {
  private readonly drafts: Drafts;
  private readonly strings: UnsentStrings;

  constructor(
    private readonly editor: HTMLElement,
    private readonly banner: HTMLElement | null,
    private readonly offline: HTMLElement | null,
    private readonly say: (text: string) => void,
  ) {
    this.strings = JSON.parse(banner?.dataset.strings ?? '{}') as UnsentStrings;
    this.drafts = new Drafts(browserStorage(), banner?.dataset.user ?? '', editor.dataset.documentId ?? '');
  }

  /** The row has text to send: keep it until the server has it. */
  queued(row: SegmentRow): void {
    if (row.input) this.drafts.keep(row.id, row.version, row.input.value);
  }

  /** The server stored a save of this row (already applied to it): forget the text, unless more was typed meanwhile. */
  saved(row: SegmentRow, segment: SegmentDto): void {
    if (!row.input || row.input.value === segment.target) this.drafts.forget(row.id);
    else this.drafts.keep(row.id, row.version, row.input.value);
  }

  /** "Take theirs" in a conflict: the unsent text was let go on purpose. */
  dropped(row: SegmentRow): void {
    this.drafts.forget(row.id);
  }

  reachable(yes: boolean): void {
    if (this.offline) this.offline.hidden = yes;
  }

  /**
   * On page load: drops old entries, then offers what this person left unsent in this document.
   * `restore` puts one edit back into its row and saves it through the saver.
   */
  offer(restore: (row: SegmentRow, draft: Draft) => void): void {
    this.drafts.prune();
    const plan = this.plan();
    plan.arrived.forEach((draft) => this.drafts.forget(draft.segmentId));
    const shown = [...this.inGridOrder([...plan.current, ...plan.outdated]), ...plan.homeless];
    if (!this.banner || shown.length === 0) return;
    const count = shown.length;
    const title = this.banner.querySelector<HTMLElement>('[data-draft-title]')!;
    title.textContent = this.plural(count, this.strings.foundOne, this.strings.foundOther);
    this.banner.querySelector('[data-draft-list]')!.replaceChildren(...shown.map((draft) => this.item(draft, plan.outdated.includes(draft), plan.homeless.includes(draft))));
    // A labelled region just above the grid (not announced: the status line would only repeat its heading).
    this.banner.hidden = false;
    this.banner.querySelector('[data-draft-restore]')!.addEventListener('click', () => this.restoreAll(restore), { once: true });
    this.banner.querySelector('[data-draft-discard]')!.addEventListener('click', () => this.discardAll(), { once: true });
  }

  private restoreAll(restore: (row: SegmentRow, draft: Draft) => void): void {
    // Planned again: anything typed since the page opened has replaced its entry and is being saved already.
    const plan = this.plan();
    const restorable = this.inGridOrder([...plan.current, ...plan.outdated]);
    for (const draft of restorable) restore(this.rowOf(draft.segmentId)!, draft);
    [...plan.homeless, ...plan.arrived].forEach((draft) => this.drafts.forget(draft.segmentId));
    this.close(this.plural(restorable.length, this.strings.restoredOne, this.strings.restoredOther));
    const first = restorable[0] && this.rowOf(restorable[0].segmentId);
    if (first) focusRow(first);
  }

  private discardAll(): void {
    this.drafts.list().forEach((draft) => this.drafts.forget(draft.segmentId));
    this.close(this.strings.discarded);
  }

  private close(message: string): void {
    if (this.banner) this.banner.hidden = true;
    this.say(message);
  }

  private plan() {
    return planRestore(this.drafts.list(), (segmentId) => {
      const row = this.rowOf(segmentId);
      if (!row) return null;
      return { version: row.version, text: row.input?.value ?? '', editable: row.input !== null && !row.input.readOnly };
    });
  }

  private inGridOrder(drafts: Draft[]): Draft[] {
    const place = (draft: Draft) => Number(this.rowOf(draft.segmentId)?.number ?? Infinity);
    return drafts.sort((a, b) => place(a) - place(b));
  }

  private rowOf(segmentId: number): SegmentRow | null {
    const element = this.editor.querySelector<HTMLElement>(`#segment-${segmentId}`);
    return element ? new SegmentRow(element) : null;
  }

  /** One line of the list: which segment, the text (never as HTML), and what restoring it will mean. */
  private item(draft: Draft, outdated: boolean, homeless: boolean): HTMLLIElement {
    const item = document.createElement('li');
    const row = this.rowOf(draft.segmentId);
    if (row && !homeless) {
      const number = document.createElement('strong');
      number.textContent = this.strings.segment.replace('{{number}}', row.number);
      item.append(number, ' ');
    }
    const text = document.createElement('q');
    text.textContent = draft.text;
    item.append(text);
    const note = outdated ? this.strings.outdated : homeless ? this.strings.homeless : '';
    if (note) {
      const small = document.createElement('span');
      small.className = 'draft-note';
      small.textContent = note;
      item.append(' ', small);
    }
    return item;
  }

  private plural(count: number, one: string, other: string): string {
    const form = new Intl.PluralRules(document.documentElement.lang || 'en').select(count);
    return (form === 'one' ? one : other).replace('{{count}}', String(count));
  }
}

/** localStorage, or null where the browser refuses it (then nothing is kept, and nothing breaks). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
