import type { Api, ReplacementDto, ReplaceQueryDto, SegmentDto } from './api.js';
import { renderDiff } from './conflicts.js';

type Plural = { one: string; other: string };
interface ReplaceStrings { found: Plural; apply: Plural; done: Plural; none: string; segment: string; skipped: string; refused: string }

export interface ReplaceHooks {
  /** Saves what is still unsent; a message if something is still pending or undecided. */
  settle(): Promise<string | null>;
  /** A segment the replacement changed: update its row. */
  replaced(segment: SegmentDto): void;
}

const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), template);
const plural = (forms: Plural, count: number) => fill(count === 1 ? forms.one : forms.other, { count });

/**
 * The Replace dialog: Preview asks the server which targets would change and shows each as a
 * word diff; "Replace N" sends back the versions it saw, so a segment saved meanwhile is left
 * alone and reported. Changing a field hides the preview: only what was shown is applied.
 */
export class ReplaceDialog {
  private readonly strings: ReplaceStrings;
  private readonly form: HTMLFormElement;
  private shown: { query: ReplaceQueryDto; replacements: ReplacementDto[] } | null = null;

  constructor(private readonly dialog: HTMLDialogElement, private readonly api: Api, private readonly documentId: string, private readonly hooks: ReplaceHooks) {
    this.strings = JSON.parse(dialog.dataset.strings ?? '{}') as ReplaceStrings;
    this.form = dialog.querySelector<HTMLFormElement>('[data-replace-form]')!;
    dialog.querySelector('[data-close-dialog]')?.addEventListener('click', () => dialog.close());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.preview();
    });
    this.form.addEventListener('input', () => this.forgetPreview());
    this.part('[data-replace-apply]').addEventListener('click', () => void this.apply());
  }

  open(selected = ''): void {
    const find = this.form.elements.namedItem('find') as HTMLInputElement;
    if (selected !== '' && !selected.includes('\n')) find.value = selected;
    this.forgetPreview();
    this.part('[data-replace-done]').hidden = true;
    if (!this.dialog.open) this.dialog.showModal();
    find.focus();
    find.select();
  }

  private query(): ReplaceQueryDto {
    const data = new FormData(this.form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    return {
      find: text('find'), replace: text('replace'),
      caseSensitive: data.has('caseSensitive'), wholeWord: data.has('wholeWord'), regex: data.has('regex'), includeApproved: data.has('includeApproved'),
    };
  }

  private async preview(): Promise<void> {
    this.say(null);
    this.part('[data-replace-done]').hidden = true;
    const pending = await this.hooks.settle();
    if (pending !== null) return this.say(pending);
    const query = this.query();
    try {
      const replacements = await this.api.previewReplace(this.documentId, query);
      this.shown = { query, replacements };
      this.showPreview(replacements);
    } catch (error) {
      this.say(error);
    }
  }

  private showPreview(replacements: readonly ReplacementDto[]): void {
    this.part('[data-replace-found]').textContent = replacements.length === 0 ? this.strings.none : plural(this.strings.found, replacements.length);
    this.part('[data-replace-list]').replaceChildren(...replacements.map((item) => {
      const entry = document.createElement('li');
      const label = document.createElement('span');
      label.className = 'replace-number';
      label.textContent = fill(this.strings.segment, { number: item.number });
      const diff = document.createElement('p');
      diff.className = 'diff';
      diff.lang = (this.form.elements.namedItem('find') as HTMLInputElement).lang;
      renderDiff(diff, item.diff);
      entry.append(label, diff);
      return entry;
    }));
    const apply = this.part<HTMLButtonElement>('[data-replace-apply]');
    apply.hidden = replacements.length === 0;
    apply.textContent = plural(this.strings.apply, replacements.length);
    this.part('[data-replace-preview]').hidden = false;
  }

  private async apply(): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    const apply = this.part<HTMLButtonElement>('[data-replace-apply]');
    apply.disabled = true;
    try {
      const pending = await this.hooks.settle();
      if (pending !== null) return this.say(pending);
      const versions = Object.fromEntries(shown.replacements.map((item) => [String(item.segmentId), item.version]));
      const result = await this.api.applyReplace(this.documentId, shown.query, versions);
      for (const { segment } of result.replaced) this.hooks.replaced(segment);
      this.forgetPreview();
      this.report(result.replaced.length, result.skipped);
    } catch (error) {
      this.say(error);
    } finally {
      apply.disabled = false;
    }
  }

  private report(count: number, skipped: readonly { number: number | null; reason: string }[]): void {
    const numbers = (reason: (value: string) => boolean) => skipped.filter((item) => reason(item.reason)).map((item) => item.number ?? '?').join(', ');
    const changed = numbers((reason) => reason === 'changed');
    const refused = numbers((reason) => reason !== 'changed');
    const done = this.part('[data-replace-done]');
    done.textContent = [
      plural(this.strings.done, count),
      changed && fill(this.strings.skipped, { numbers: changed }),
      refused && fill(this.strings.refused, { numbers: refused }),
    ].filter(Boolean).join(' ');
    done.hidden = false;
  }

  private forgetPreview(): void {
    this.shown = null;
    this.part('[data-replace-preview]').hidden = true;
  }

  /** Shows a refusal (an error, or a message), or clears it with null. */
  private say(problem: unknown): void {
    const alert = this.part('[data-replace-error]');
    alert.hidden = problem === null;
    alert.textContent = problem instanceof Error ? problem.message : typeof problem === 'string' ? problem : '';
  }

  private part<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.dialog.querySelector<T>(selector)!;
  }
}
