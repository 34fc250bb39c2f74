import type { Api, SegmentDto } from './api.js';
import { PresenceBadges } from './live-presence.js';
import { fill, planRowUpdate, type LiveData, type LiveEventDto, type PersonDto } from './live-model.js';
import { SegmentRow } from './segment-row.js';

export interface LiveHooks {
  /** The ARIA live region. */
  say(text: string): void;
  /** The row has text not stored yet or a conflict not answered (the saver knows). */
  holds(row: SegmentRow): boolean;
  /** Teammates' changes were applied to these rows (progress, QA findings); called once per burst of events. */
  applied(rows: SegmentRow[]): void;
}

/** A short outage (a reconnect) is not worth a message; a longer one is. */
const QUIET_MS = 2_000;
/** After the server refused the stream (too many open, signed out…): try again this much later. */
const RETRY_REFUSED_MS = 30_000;

/**
 * Teammates' work as it happens (issue 7): the document's event stream updates rows, shows
 * who is where, and resumes after a break from the last event it had (the browser sends
 * `Last-Event-ID`; a stream opened anew asks with `since`). Closed while the page is hidden,
 * so that background tabs do not hold the browser's few connections to the server.
 */
export class LiveUpdates {
  private source: EventSource | null = null;
  private lastId: number;
  private quiet: number | undefined;
  private retry: number | undefined;
  private readonly touched = new Map<number, SegmentRow>();
  private flushing: number | undefined;
  private readonly bar: HTMLElement;
  private readonly status: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly presence: PresenceBadges;

  constructor(
    private readonly editor: HTMLElement,
    private readonly data: LiveData,
    private readonly states: Record<string, string>,
    private readonly hooks: LiveHooks,
    api: Api,
  ) {
    this.lastId = data.since;
    this.bar = element('div', 'live-bar');
    this.status = element('p', 'live-status');
    this.status.setAttribute('role', 'status');
    this.notice = element('p', 'live-notice');
    this.notice.setAttribute('role', 'status');
    const everyone = element('div', 'live-people');
    this.bar.append(everyone, this.status, this.notice);
    for (const part of [everyone, this.status, this.notice]) part.hidden = true;
    const documentId = editor.dataset.documentId ?? '';
    this.presence = new PresenceBadges(editor, everyone, data.strings, (body) => api.presence(documentId, body));
  }

  start(): void {
    (document.getElementById('save-status') ?? this.editor.firstElementChild)?.insertAdjacentElement('afterend', this.bar);
    this.presence.start();
    this.connect();
    window.addEventListener('offline', () => this.disconnect(this.data.strings.offline));
    window.addEventListener('online', () => this.connect());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') {
        this.disconnect(null);
        this.presence.leave();
      } else {
        this.connect();
        this.presence.resume();
      }
    });
    window.addEventListener('pagehide', () => {
      this.disconnect(null);
      this.presence.leave();
    });
    // A row marked "changed meanwhile" is settled once it holds that version (the conflict dialog was answered).
    new MutationObserver((changes) => changes.forEach((change) => clearSettledNote(change.target as HTMLElement)))
      .observe(this.editor, { subtree: true, attributes: true, attributeFilter: ['data-version'] });
  }

  private connect(): void {
    if (!navigator.onLine || document.visibilityState === 'hidden') return;
    this.source?.close();
    window.clearTimeout(this.retry);
    const source = new EventSource(`/api/documents/${this.editor.dataset.documentId ?? ''}/events?since=${this.lastId}`);
    this.source = source;
    source.addEventListener('open', () => this.showStatus(null));
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        // Refused (not a broken connection): the browser will not retry by itself.
        this.showStatus(this.data.strings.unavailable);
        this.retry = window.setTimeout(() => this.connect(), RETRY_REFUSED_MS);
      } else if (this.quiet === undefined) {
        this.quiet = window.setTimeout(() => this.showStatus(this.data.strings.reconnecting), QUIET_MS);
      }
    });
    for (const type of ['segment', 'comment', 'structure'] as const) {
      source.addEventListener(type, (event) => {
        const message = event as MessageEvent<string>;
        if (message.lastEventId !== '') this.lastId = Number(message.lastEventId);
        this.handle(JSON.parse(message.data) as LiveEventDto);
      });
    }
    source.addEventListener('presence', (event) => {
      this.presence.update((JSON.parse((event as MessageEvent<string>).data) as { people: PersonDto[] }).people);
    });
  }

  private disconnect(message: string | null): void {
    this.source?.close();
    this.source = null;
    window.clearTimeout(this.retry);
    if (message) this.showStatus(message);
  }

  private showStatus(message: string | null): void {
    window.clearTimeout(this.quiet);
    this.quiet = undefined;
    this.status.textContent = message ?? '';
    this.status.hidden = message === null;
    this.bar.classList.toggle('live-down', message !== null);
  }

  private handle(event: LiveEventDto): void {
    if (event.type === 'structure') return this.structureChanged(event.actorName);
    const element = document.getElementById(`segment-${event.type === 'segment' ? event.segment.id : event.segmentId}`);
    if (!element) return;
    const row = new SegmentRow(element);
    if (event.type === 'comment') {
      row.flash();
      return this.hooks.say(fill(this.data.strings.actions.comment ?? '', { name: event.actorName, number: row.number }));
    }
    const plan = planRowUpdate({
      rowVersion: row.version, eventVersion: event.segment.version, rowHasUnsentText: this.hooks.holds(row), fromMe: event.actor === this.data.me,
    });
    if (plan === 'warn') this.noteChangedMeanwhile(row, event.actorName, event.segment.version);
    if (plan !== 'apply') return;
    this.applyToRow(row, event.segment);
    row.flash();
    this.hooks.say(fill(this.data.strings.actions[event.action] ?? this.data.strings.actions.save ?? '', { name: event.actorName, number: row.number }));
    this.touch(row);
  }

  /** A catch-up or a teammate's import may change hundreds of rows at once: the editor hears of them together. */
  private touch(row: SegmentRow): void {
    this.touched.set(row.id, row);
    this.flushing ??= window.setTimeout(() => {
      const rows = [...this.touched.values()];
      this.touched.clear();
      this.flushing = undefined;
      this.hooks.applied(rows);
    }, 50);
  }

  /** The teammate's text, state and version, keeping the caret where it was if the person is in this row. */
  private applyToRow(row: SegmentRow, segment: SegmentDto): void {
    const input = row.input;
    const focused = input !== null && document.activeElement === input;
    const [start, end] = focused ? [input.selectionStart, input.selectionEnd] : [0, 0];
    row.apply(segment, this.states, true);
    if (input && focused) input.setSelectionRange(Math.min(start, input.value.length), Math.min(end, input.value.length));
    // Translators cannot change approved text (the page renders it read-only; so must a live approval).
    if (input && this.editor.dataset.reviewer !== 'true') input.readOnly = segment.state === 'approved';
  }

  /** The person's unsent text stays; their save will meet the conflict dialog. Say so on the row. */
  private noteChangedMeanwhile(row: SegmentRow, name: string, version: number): void {
    row.element.querySelector('[data-live-changed]')?.remove();
    const note = element('p', 'live-note');
    note.dataset.liveChanged = String(version);
    note.setAttribute('role', 'note');
    note.textContent = fill(this.data.strings.changedWhileEditing, { name });
    (row.input ?? row.element.lastElementChild)?.insertAdjacentElement('afterend', note);
    row.flash();
  }

  private structureChanged(name: string): void {
    const reload = element('button', 'link-button');
    reload.setAttribute('type', 'button');
    reload.textContent = this.data.strings.reload;
    reload.addEventListener('click', () => window.location.reload());
    this.notice.replaceChildren(`${fill(this.data.strings.structure, { name })} `, reload);
    this.notice.hidden = false;
  }
}

function clearSettledNote(row: HTMLElement): void {
  const note = row.querySelector<HTMLElement>('[data-live-changed]');
  if (note && Number(row.dataset.version) >= Number(note.dataset.liveChanged)) note.remove();
}

function element(tag: string, className: string): HTMLElement {
  const created = document.createElement(tag);
  created.className = className;
  return created;
}
