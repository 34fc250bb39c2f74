import { colourSlot, fill, initialsOf, peopleBySegment, typistIn, type LiveData, type PersonDto } from './live-model.js';
import { rowOf, type SegmentRow } from './segment-row.js';

type Report = (body: { segmentId: number | null; typing: boolean; leaving?: boolean }) => Promise<unknown>;

const SLOTS = 6;
/** A new report of typing at most this often while typing goes on (the server holds it for 10 s). */
const TYPING_REPORT_MS = 4_000;
/** Still here: well inside the server's 60 s presence window. */
const HEARTBEAT_MS = 20_000;
/** Moving through rows quickly (Alt+↓ held) reports only the row one stops on. */
const SETTLE_MS = 250;

/**
 * Who else is where: initials badges on the rows teammates are on, everyone in the document
 * in the live bar, and a warning on the row one is in while a teammate types there (a soft
 * lock: it warns, it never blocks). Also reports this person's own row and typing.
 */
export class PresenceBadges {
  private people: PersonDto[] = [];
  private readonly badged = new Set<HTMLElement>();
  private last: { segmentId: number | null; typing: boolean; at: number } | null = null;
  private heartbeat: number | undefined;
  private settling: number | undefined;

  constructor(
    private readonly editor: HTMLElement,
    private readonly everyone: HTMLElement,
    private readonly strings: LiveData['strings'],
    private readonly report: Report,
  ) {}

  start(): void {
    this.editor.addEventListener('focusin', (event) => {
      const row = rowOf(event.target as Element);
      if (!row?.input || event.target !== row.input) return;
      window.clearTimeout(this.settling);
      // Typing there meanwhile has reported the row already (and that one is typing).
      this.settling = window.setTimeout(() => {
        if (this.last?.segmentId !== row.id) this.send(row.id, false);
      }, SETTLE_MS);
      this.showSoftLock();
    });
    // Leaving a row for a control outside the grid takes its warning away (focus has moved once the event is handled).
    this.editor.addEventListener('focusout', () => window.setTimeout(() => this.showSoftLock(), 0));
    this.editor.addEventListener('input', (event) => {
      const row = rowOf(event.target as Element);
      if (!row) return;
      const stale = !this.last?.typing || this.last.segmentId !== row.id || Date.now() - this.last.at >= TYPING_REPORT_MS;
      if (stale) this.send(row.id, true);
    });
    this.resume();
  }

  /** Back on the page (or first arrival): say where one is, and keep saying it. */
  resume(): void {
    window.clearInterval(this.heartbeat);
    this.send(this.focusedRow()?.id ?? this.last?.segmentId ?? null, false);
    this.heartbeat = window.setInterval(() => {
      if (this.last && Date.now() - this.last.at >= HEARTBEAT_MS - 1000) this.send(this.last.segmentId, false);
    }, HEARTBEAT_MS);
  }

  /** Off the page: teammates stop seeing one at once rather than after the presence window. */
  leave(): void {
    window.clearInterval(this.heartbeat);
    void this.report({ segmentId: null, typing: false, leaving: true }).catch(() => undefined);
  }

  /** The server's list of everyone else in the document, as it changes. */
  update(people: PersonDto[]): void {
    this.people = people;
    for (const meta of this.badged) meta.querySelector('[data-presence]')?.remove();
    this.badged.clear();
    for (const [segmentId, here] of peopleBySegment(people)) {
      const meta = document.getElementById(`segment-${segmentId}`)?.querySelector<HTMLElement>('.meta');
      if (!meta) continue;
      const list = document.createElement('span');
      list.className = 'presence-badges';
      list.dataset.presence = '';
      list.append(...here.map((person) => this.badge(person, person.typing ? this.strings.typing : this.strings.here)));
      meta.prepend(list);
      this.badged.add(meta);
    }
    const label = document.createElement('span');
    label.textContent = this.strings.alsoHere;
    this.everyone.replaceChildren(label, ...people.map((person) => this.badge(person, null)));
    this.everyone.hidden = people.length === 0;
    this.showSoftLock();
  }

  /** Shows the warning on the focused row while a teammate types in it; removes it everywhere else. */
  private showSoftLock(): void {
    const row = this.focusedRow();
    const typist = row ? typistIn(this.people, row.id) : null;
    for (const warning of this.editor.querySelectorAll<HTMLElement>('[data-soft-lock]')) {
      if (typist && row && warning.dataset.softLock === String(row.id) && warning.dataset.person === typist.username) continue;
      this.describe(warning.closest<HTMLElement>('.row'), warning.id, false);
      warning.remove();
    }
    if (!row || !typist || row.element.querySelector('[data-soft-lock]')) return;
    const warning = document.createElement('p');
    warning.className = 'soft-lock';
    warning.id = `soft-lock-${row.id}`;
    warning.dataset.softLock = String(row.id);
    warning.dataset.person = typist.username;
    warning.setAttribute('role', 'alert');
    warning.textContent = fill(this.strings.softLock, { name: typist.name });
    row.input?.insertAdjacentElement('afterend', warning);
    this.describe(row.element, warning.id, true);
  }

  /** Adds (or takes away) the warning in the text box's description, so a screen reader reads it with the box. */
  private describe(row: HTMLElement | null, id: string, add: boolean): void {
    const input = row?.querySelector('textarea');
    if (!input) return;
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((part) => part !== '' && part !== id);
    input.setAttribute('aria-describedby', [...ids, ...(add ? [id] : [])].join(' '));
  }

  private badge(person: PersonDto, template: string | null): HTMLElement {
    const badge = document.createElement('span');
    badge.className = `avatar slot-${colourSlot(person.username, SLOTS)}${person.typing ? ' typing' : ''}`;
    badge.textContent = initialsOf(person.name);
    const label = template ? fill(template, { name: person.name }) : person.name;
    badge.title = label;
    badge.setAttribute('role', 'img');
    badge.setAttribute('aria-label', label);
    return badge;
  }

  private focusedRow(): SegmentRow | null {
    const row = rowOf(document.activeElement);
    return row?.input && document.activeElement === row.input ? row : null;
  }

  private send(segmentId: number | null, typing: boolean): void {
    this.last = { segmentId, typing, at: Date.now() };
    void this.report({ segmentId, typing }).catch(() => undefined);
  }
}
