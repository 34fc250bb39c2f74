import { diffWordsWithSpace } from 'diff';

/** One run of a word-level diff. Rendered by escaping `text`; never stored as HTML. */
export interface DiffPart {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/** Word-level diff from `before` to `after`, whitespace kept so the parts rebuild both texts. */
export function diffWords(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
}

/** Counts of inserted and deleted words, for summaries ("+3 −1"). */
export function diffStats(parts: readonly DiffPart[]): { inserted: number; deleted: number } {
  const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
  return parts.reduce(
    (stats, part) => ({
      inserted: stats.inserted + (part.op === 'insert' ? words(part.text) : 0),
      deleted: stats.deleted + (part.op === 'delete' ? words(part.text) : 0),
    }),
    { inserted: 0, deleted: 0 },
  );
}
