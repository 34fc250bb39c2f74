import { createApi, type ConflictDetails, type FindingDto } from './api.js';
import { ConflictDialog } from './conflicts.js';
import { EditingClock } from './editing-clock.js';
import { HistoryDialog } from './history.js';
import { MatchesPanel, type MatchStrings } from './matches.js';
import { comparedSegments, QaFindings, rowsToRecheck, type QaStrings } from './qa.js';
import { QaWhenSettled } from './qa-settle.js';
import { FilterBar } from './filters.js';
import { KeyBindings, type EditorCommands } from './keyboard.js';
import { focusRow, moveTo, neighbour, nextRejected, nextUnconfirmed } from './navigation.js';
import { refreshProgress } from './progress.js';
import { ReplaceDialog } from './replace.js';
import { Restructure } from './restructure.js';
import { Saver, type SaveAction } from './saver.js';
import { rowOf, SegmentRow } from './segment-row.js';
import { UnsentWork } from './unsent.js';
import { LiveUpdates } from './live.js';
import type { LiveData } from './live-model.js';
import { wireShortcuts } from './shortcuts.js';
import { wireTerms } from './terms.js';
import { UnresolvedThreads } from './threads.js';

/** The editor page: autosave, confirm and move, keyboard commands, history and conflicts. */
interface Strings {
  states: Record<string, string>; saving: string; saved: string; failed: string; emptyTarget: string; stale: string;
  lastInParagraph: string; unsaved: string; moved: string; tm: MatchStrings; qa: QaStrings;
}

const root = document.getElementById('editor');
if (root) start(root);

function start(editor: HTMLElement): void {
  const strings = JSON.parse(editor.dataset.i18n ?? '{}') as Strings;
  const api = createApi(editor.dataset.csrf ?? '');
  const status = document.getElementById('save-status');
  const say = (text: string) => {
    if (status && status.textContent !== text) status.textContent = text;
  };
  const conflicts = new ConflictDialog(document.getElementById('conflict-dialog') as HTMLDialogElement);
  const restructure = new Restructure(api, () => saver.settleAll(), () => saver.busy,
    document.getElementById('split-dialog') as HTMLDialogElement, say, { lastInParagraph: strings.lastInParagraph, unsaved: strings.unsaved });
  const threads = new UnresolvedThreads(document.getElementById('thread-count'), () => filters);
  const history = new HistoryDialog(
    document.getElementById('history-dialog') as HTMLDialogElement, document.getElementById('history-content')!, api, strings.stale,
    (segmentId, state) => threads.set(segmentId, state === 'open'));

  const matches = new MatchesPanel(api, strings.tm, (row, n) => void commands.insertMatch(row, n));
  const offer = document.getElementById('repetition-offer');
  const qa = new QaFindings(api, strings.qa, editor.dataset.reviewer === 'true');
  /** Rows whose findings are asked for one after another (a teammate's import can change hundreds). */
  let findingsOfRows = Promise.resolve();
  /** Rows queued there to be checked again for another row's sake, each once. */
  const rechecking = new Set<number>();
  /** Asks for a row's findings; an answer about another version than the row holds when it arrives is dropped (a newer one brings its own). */
  const refreshFindings = (row: SegmentRow, related = true): Promise<void> =>
    api.segmentQa(row.id).then((answer) => { if (answer.version === row.version) showFindings(row, answer.qa, related); }, () => undefined);
  /**
   * Shows a row's findings. With `related`, the rows its consistency findings name, before and
   * after, are checked again too (one level only: their answers do not spread further), so that
   * such a warning appears or goes on every row of the set.
   */
  function showFindings(row: SegmentRow, findings: readonly FindingDto[], related: boolean): void {
    const before = related ? comparedSegments(row) : [];
    qa.show(row, findings);
    if (!related) return;
    for (const id of rowsToRecheck(row.id, before, findings)) {
      const element = document.getElementById(`segment-${id}`);
      // Already waiting for a check, or holding text of its own not stored yet (its own save brings its findings).
      if (!element || rechecking.has(id) || saver.holds(new SegmentRow(element))) continue;
      rechecking.add(id);
      findingsOfRows = findingsOfRows.then(() => {
        rechecking.delete(id);
        return refreshFindings(new SegmentRow(element), false);
      });
    }
  }
  // Drafts come back without findings: a row is checked once its text rests, or when the person leaves it.
  const settling = new QaWhenSettled((rowId) => {
    const element = document.getElementById(`segment-${rowId}`);
    if (element) void refreshFindings(new SegmentRow(element));
  });
  const filterForm = document.getElementById('filters') as HTMLFormElement | null;
  const filters = filterForm ? new FilterBar(editor, filterForm) : null;
  threads.load(JSON.parse(filterForm?.dataset.unresolved ?? '[]') as number[]);
  const replace = new ReplaceDialog(document.getElementById('replace-dialog') as HTMLDialogElement, api, editor.dataset.documentId ?? '', {
    settle: async () => {
      await saver.settleAll();
      return saver.busy ? strings.unsaved : null;
    },
    replaced: (segment) => {
      const element = document.getElementById(`segment-${segment.id}`);
      if (!element) return;
      const row = new SegmentRow(element);
      row.apply(segment, strings.states, true);
      row.flash();
      refreshProgress(editor);
      void refreshFindings(row);
    },
  });

  const unsent = new UnsentWork(editor, document.getElementById('draft-banner'), document.getElementById('connection-banner'), say);
  // Time spent editing each row, sent with its saves (the document's statistics page sums it).
  const clock = new EditingClock(() => performance.now());
  const saver: Saver = new Saver(api, {
    timing: clock,
    onQueued: (row) => {
      unsent.queued(row);
      settling.typing(row.id);
    },
    onReachable: (reachable) => unsent.reachable(reachable),
    onSaved: (row, segment) => {
      const wasConfirmed = row.confirmed;
      row.apply(segment, strings.states);
      unsent.saved(row, segment);
      // Newer text typed while this draft was on its way: its own save starts the wait.
      if (segment.qa === undefined && row.input !== null && row.input.value !== segment.target) settling.typing(row.id);
      else if (segment.qa === undefined) settling.drafted(row.id, document.activeElement === row.input);
      else {
        settling.checked(row.id);
        showFindings(row, segment.qa, true);
      }
      refreshProgress(editor);
      if (!wasConfirmed && row.confirmed) {
        matches.forget();
        void offerRepetitions(row);
      }
    },
    onConflict: (row, details, action) => askAboutConflict(row, details, action),
    onStatus: (value, message) => say(message ?? strings[value]),
  });

  function askAboutConflict(row: SegmentRow, details: ConflictDetails, action: SaveAction): void {
    conflicts.ask({
      row, details, action,
      decide: (choice) => {
        // Either way the row now builds on the server's version; "mine" then saves the typed text on top.
        row.apply(details.segment, strings.states, choice === 'theirs');
        if (choice === 'theirs') {
          unsent.dropped(row);
          void refreshFindings(row);
        }
        refreshProgress(editor);
        void saver.resolve(row, choice, action);
        row.input?.focus();
      },
    });
  }

  const commands: EditorCommands = {
    async confirmAndNext(row) {
      if (!row.input || row.input.value.trim() === '') return say(strings.emptyTarget);
      // Move on at once so fast typists never type into the segment they just confirmed;
      // the save goes on in the background and a conflict still opens its dialog.
      // Its answer brings the findings: leaving the row must not ask for them as well.
      settling.checked(row.id);
      focusRow(nextUnconfirmed(editor, row));
      await saver.now(row, 'confirm');
    },
    move: (row, step) => moveTo(neighbour(editor, row, step), say, strings.moved),
    nextUnconfirmed: (row) => moveTo(nextUnconfirmed(editor, row), say, strings.moved),
    async copySource(row) {
      if (!row.input) return;
      await saver.settle(row); // what was typed goes into the history first
      row.input.value = row.source;
      await saver.now(row, 'edit', 'source-copy');
    },
    mergeWithNext: (row) => restructure.mergeWithNext(row),
    nextRejected: (row) => focusRow(nextRejected(editor, row)),
    async insertMatch(row, n) {
      const match = matches.pick(row, n);
      if (!match || !row.input || row.input.readOnly) return;
      await saver.settle(row);
      row.input.value = match.target;
      row.input.focus();
      await saver.now(row, 'edit', `tm:${match.score}`);
    },
    split: (row) => restructure.openSplit(row),
    focusFilter: () => filters?.focusText(),
    openReplace: (row) => replace.open(row?.input ? row.input.value.slice(row.input.selectionStart, row.input.selectionEnd) : ''),
    async showHistory(row) {
      await saver.settle(row); // the history then includes what was just typed
      await history.open(row, () => saver.settle(row), (segment) => {
        row.apply(segment, strings.states, true);
        row.flash();
        refreshProgress(editor);
        void refreshFindings(row);
      });
    },
  };
  wireTerms(editor, commands);
  wireShortcuts(document.getElementById('shortcuts-dialog') as HTMLDialogElement | null);

  editor.addEventListener('input', (event) => {
    const row = rowOf(event.target as Element);
    if (row?.input && event.target === row.input) clock.input(row.id);
    if (row) saver.schedule(row);
  });
  editor.addEventListener('focusin', (event) => {
    const row = rowOf(event.target as Element);
    if (row?.input && event.target === row.input) {
      clock.focus(row.id);
      void matches.show(row);
    }
  });
  editor.addEventListener('focusout', (event) => {
    const row = rowOf(event.target as Element);
    if (row?.input && event.target === row.input) {
      clock.blur(row.id);
      settling.left(row.id);
    }
  });
  document.addEventListener('visibilitychange', () => (document.hidden ? clock.hide() : clock.show()));

  /** After a confirm: identical sentences without a translation can take this one (as drafts). */
  async function offerRepetitions(row: SegmentRow): Promise<void> {
    if (!offer) return;
    const count = await api.repetitions(row.id).catch(() => 0);
    if (count === 0) return;
    if (editor.dataset.autoPropagate === 'true') return fillRepetitions(row);
    offer.hidden = false;
    offer.querySelector('[data-offer-text]')!.textContent = strings.tm.repetitions.replace('{{count}}', String(count));
    const button = offer.querySelector<HTMLButtonElement>('[data-offer-fill]')!;
    button.onclick = () => void fillRepetitions(row);
  }

  async function fillRepetitions(row: SegmentRow): Promise<void> {
    if (offer) offer.hidden = true;
    const filled = await api.propagate(row.id).catch(() => []);
    for (const segment of filled) {
      const other = document.getElementById(`segment-${segment.id}`);
      if (!other) continue;
      const otherRow = new SegmentRow(other);
      otherRow.apply(segment, strings.states, true);
      otherRow.flash();
      // One at a time, as for a teammate's changes.
      findingsOfRows = findingsOfRows.then(() => refreshFindings(otherRow));
    }
    refreshProgress(editor);
    say(strings.tm.filled.replace('{{count}}', String(filled.length)));
  }

  const keys = new KeyBindings(JSON.parse(editor.dataset.keymap ?? '{}') as Record<string, string[]>);
  editor.addEventListener('keydown', (event) => {
    const row = rowOf(event.target as Element);
    if (keys.handleEditorKey(event, row, commands)) return;
    if (row?.input) keys.handleKey(event, row, commands);
  });
  editor.querySelector('[data-open-replace]')?.addEventListener('click', () => commands.openReplace(null));
  editor.querySelector('[data-next-rejected]')?.addEventListener('click', () => {
    focusRow(nextRejected(editor, rowOf(document.activeElement)));
  });
  editor.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-history], [data-merge], [data-split], [data-unskip]');
    if (!control) return;
    event.preventDefault();
    const row = new SegmentRow(control.closest('.row') as HTMLElement);
    if (control.hasAttribute('data-history')) void commands.showHistory(row);
    else if (control.hasAttribute('data-merge')) void commands.mergeWithNext(row);
    else if (control.hasAttribute('data-unskip')) void restructure.unskip(row);
    else commands.split(row);
  });
  // Teammates' saves, decisions and whereabouts, live (the page says where its rows stand in the feed).
  if (editor.dataset.live) {
    const live: LiveData = { ...(JSON.parse(editor.dataset.live) as Omit<LiveData, 'since'>), since: Number(editor.dataset.liveSince) };
    new LiveUpdates(editor, live, strings.states, {
      say, holds: (row) => saver.holds(row),
      applied: (rows) => {
        refreshProgress(editor);
        // One request at a time, however many rows a teammate's import changed.
        findingsOfRows = rows.reduce((queue, row) => queue.then(() => refreshFindings(row)), findingsOfRows);
      },
    }, api).start();
  }
  window.addEventListener('beforeunload', (event) => {
    if (saver.busy) event.preventDefault();
  });
  // Offline: say so at once. Back online: send what waits now rather than at the next retry.
  window.addEventListener('offline', () => unsent.reachable(false));
  window.addEventListener('online', () => {
    unsent.reachable(true);
    void saver.settleAll();
  });
  // What this person typed here last time and never reached the server: offered back. The text
  // goes into its row on the version it was typed on, so a segment saved since asks, as any conflict.
  unsent.offer((row, draft) => {
    row.input!.value = draft.text;
    row.element.dataset.version = String(draft.baseVersion);
    saver.schedule(row);
  });
  // After a merge, split or reload at #segment-N: the cursor goes back into that row.
  const target = /^#segment-(\d+)$/.exec(window.location.hash)?.[1];
  if (target) focusRow(new SegmentRow(document.getElementById(`segment-${target}`) ?? editor));

  // Coming back with the Back button must not show an old copy of the page with old versions.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) window.location.reload();
  });
}
