import type { SegmentRow } from './segment-row.js';

/** What the editor can do from the keyboard; the key map below is the one place that names keys. */
export interface EditorCommands {
  confirmAndNext(row: SegmentRow): Promise<void>;
  move(row: SegmentRow, step: 1 | -1): void;
  copySource(row: SegmentRow): Promise<void>;
  showHistory(row: SegmentRow): Promise<void>;
  mergeWithNext(row: SegmentRow): Promise<void>;
  split(row: SegmentRow): void;
  nextRejected(row: SegmentRow): void;
  insertMatch(row: SegmentRow, n: number): Promise<void>;
  /** Set by terms.ts: the first glossary term of the row not yet in its target. */
  insertTerm?(row: SegmentRow): void;
  /** Ctrl+F and Ctrl+H: the filter's text box, the Replace dialog (with the text selected in `row`, if any). */
  focusFilter(): void;
  openReplace(row: SegmentRow | null): void;
}

type Command = (commands: EditorCommands, row: SegmentRow) => Promise<void> | void;

const KEYMAP: readonly { matches: (event: KeyboardEvent) => boolean; run: Command }[] = [
  { matches: (e) => (e.ctrlKey || e.metaKey) && e.key === 'Enter', run: (c, row) => c.confirmAndNext(row) },
  { matches: (e) => e.altKey && e.key === 'ArrowDown', run: (c, row) => c.move(row, 1) },
  { matches: (e) => e.altKey && e.key === 'ArrowUp', run: (c, row) => c.move(row, -1) },
  { matches: (e) => (e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'c') || (e.ctrlKey && e.key === 'Insert'), run: (c, row) => c.copySource(row) },
  { matches: (e) => e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'h', run: (c, row) => c.showHistory(row) },
  { matches: (e) => e.altKey && !e.ctrlKey && e.code === 'KeyR', run: (c, row) => c.nextRejected(row) },
  { matches: (e) => e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'm', run: (c, row) => c.mergeWithNext(row) },
  { matches: (e) => e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 's', run: (c, row) => c.split(row) },
  { matches: (e) => e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'g', run: (c, row) => c.insertTerm?.(row) },
  // Ctrl+1…Ctrl+5: insert a translation-memory match (by the key's place, so that it works on every keyboard layout).
  ...[1, 2, 3, 4, 5].map((n) => ({
    matches: (e: KeyboardEvent) => e.ctrlKey && !e.shiftKey && !e.altKey && e.code === `Digit${n}`, run: (c: EditorCommands, row: SegmentRow) => c.insertMatch(row, n),
  })),
];

/** Keys that work anywhere in the editor (not only in a target field); the browser's own find stays outside it. */
const EDITOR_KEYMAP: readonly { matches: (event: KeyboardEvent) => boolean; run: (commands: EditorCommands, row: SegmentRow | null) => void }[] = [
  { matches: (e) => (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f', run: (c) => c.focusFilter() },
  { matches: (e) => e.ctrlKey && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'h', run: (c, row) => c.openReplace(row) },
];

/** Runs an editor-wide command; true when the key was one of them. */
export function handleEditorKey(event: KeyboardEvent, row: SegmentRow | null, commands: EditorCommands): boolean {
  const binding = EDITOR_KEYMAP.find((entry) => entry.matches(event));
  if (!binding) return false;
  event.preventDefault();
  binding.run(commands, row);
  return true;
}

/** Runs the command bound to a key pressed in a target field; other keys type as usual. */
export function handleKey(event: KeyboardEvent, row: SegmentRow, commands: EditorCommands): void {
  const binding = KEYMAP.find((entry) => entry.matches(event));
  if (!binding) return;
  event.preventDefault();
  void binding.run(commands, row);
}
