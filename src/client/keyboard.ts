import { comboOf, ctrlForMeta } from './key-combo.js';
import type { SegmentRow } from './segment-row.js';

/** What the editor can do from the keyboard; which keys run what comes from the person's keymap. */
export interface EditorCommands {
  confirmAndNext(row: SegmentRow): Promise<void>;
  move(row: SegmentRow, step: 1 | -1): void;
  nextUnconfirmed(row: SegmentRow): void;
  copySource(row: SegmentRow): Promise<void>;
  showHistory(row: SegmentRow): Promise<void>;
  mergeWithNext(row: SegmentRow): Promise<void>;
  split(row: SegmentRow): void;
  nextRejected(row: SegmentRow): void;
  insertMatch(row: SegmentRow, n: number): Promise<void>;
  /** Set by terms.ts: the first glossary term of the row not yet in its target. */
  insertTerm?(row: SegmentRow): void;
  /** The filter's text box, the Replace dialog (with the text selected in `row`, if any). */
  focusFilter(): void;
  openReplace(row: SegmentRow | null): void;
}

type RowCommand = (commands: EditorCommands, row: SegmentRow) => Promise<void> | void;
type EditorCommand = (commands: EditorCommands, row: SegmentRow | null) => void;

/** Commands of a target field, by the keymap's action names (src/keymap/keymap.ts). */
const ROW_COMMANDS: Readonly<Record<string, RowCommand>> = {
  confirmAndNext: (c, row) => c.confirmAndNext(row),
  previousSegment: (c, row) => c.move(row, -1),
  nextSegment: (c, row) => c.move(row, 1),
  nextUnconfirmed: (c, row) => c.nextUnconfirmed(row),
  copySource: (c, row) => c.copySource(row),
  history: (c, row) => c.showHistory(row),
  nextRejected: (c, row) => c.nextRejected(row),
  merge: (c, row) => c.mergeWithNext(row),
  split: (c, row) => c.split(row),
  insertTerm: (c, row) => c.insertTerm?.(row),
  ...Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`insertMatch${n}`, (c: EditorCommands, row: SegmentRow) => c.insertMatch(row, n)])),
};

/** Commands that work anywhere in the editor, not only in a target field (the browser's own find stays outside it). */
const EDITOR_COMMANDS: Readonly<Record<string, EditorCommand>> = {
  focusFilter: (c) => c.focusFilter(),
  openReplace: (c, row) => c.openReplace(row),
};

/** Which action each combination runs, from the keymap the page carries (`{ action: [combo, …] }`). */
export class KeyBindings {
  private readonly actions = new Map<string, string>();

  constructor(keymap: Readonly<Record<string, readonly string[]>>) {
    for (const [action, combos] of Object.entries(keymap)) for (const combo of combos) this.actions.set(combo, action);
  }

  actionOf(event: KeyboardEvent): string | undefined {
    const combo = comboOf(event);
    if (!combo) return undefined;
    const meta = ctrlForMeta(combo);
    return this.actions.get(combo) ?? (meta ? this.actions.get(meta) : undefined);
  }

  /** Runs an editor-wide command; true when the key was one of them. */
  handleEditorKey(event: KeyboardEvent, row: SegmentRow | null, commands: EditorCommands): boolean {
    const command = EDITOR_COMMANDS[this.actionOf(event) ?? ''];
    if (!command) return false;
    event.preventDefault();
    command(commands, row);
    return true;
  }

  /** Runs the command bound to a key pressed in a target field; other keys type as usual. */
  handleKey(event: KeyboardEvent, row: SegmentRow, commands: EditorCommands): void {
    const command = ROW_COMMANDS[this.actionOf(event) ?? ''];
    if (!command) return;
    event.preventDefault();
    void command(commands, row);
  }
}
