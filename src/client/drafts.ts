/**
 * Unsent edits kept in the browser (localStorage) until the server has them, so that a closed
 * tab, a crash or a lost connection never loses typed text. One entry per person, document and
 * segment: the text and the version it was typed on. Entries older than a week are dropped.
 */
export interface Draft {
  readonly segmentId: number;
  /** The segment's version the text was typed on. */
  readonly baseVersion: number;
  readonly text: string;
  /** When it was last typed (ms since the epoch). */
  readonly savedAt: number;
}

/** The part of `Storage` used here (tests pass a Map-backed one). */
export type DraftStorage = Pick<Storage, 'length' | 'key' | 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'jembatan.draft.v1|';
export const MAX_DRAFT_AGE_MS = 7 * 24 * 3600 * 1000;
/** Past this many entries in the browser (all people and documents), the oldest go first. */
export const MAX_DRAFTS = 2000;

export class Drafts {
  private readonly prefix: string;

  constructor(private readonly storage: DraftStorage | null, user: string, documentId: string, private readonly now: () => number = Date.now) {
    this.prefix = `${PREFIX}${encodeURIComponent(user)}|${encodeURIComponent(documentId)}|`;
  }

  /** Remembers the unsent text of a segment (replacing what was kept for it). */
  keep(segmentId: number, baseVersion: number, text: string): void {
    this.attempt(() => this.storage?.setItem(this.prefix + segmentId, JSON.stringify({ baseVersion, text, savedAt: this.now() })));
  }

  /** The server has this segment's text: nothing to keep any more. */
  forget(segmentId: number): void {
    this.attempt(() => this.storage?.removeItem(this.prefix + segmentId));
  }

  /** This person's kept edits of this document, oldest first. */
  list(): Draft[] {
    return this.entries().filter(({ key }) => key.startsWith(this.prefix))
      .map(({ key, draft }) => ({ ...draft, segmentId: Number(key.slice(this.prefix.length)) }))
      .filter((draft) => Number.isInteger(draft.segmentId) && draft.segmentId > 0)
      .sort((a, b) => a.savedAt - b.savedAt);
  }

  /** Drops entries (of anyone, any document) older than a week or unreadable, then the oldest past the cap. */
  prune(): void {
    const all = this.entries();
    const cutoff = this.now() - MAX_DRAFT_AGE_MS;
    const stale = all.filter(({ draft }) => draft.savedAt < cutoff);
    const fresh = all.filter(({ draft }) => draft.savedAt >= cutoff).sort((a, b) => b.draft.savedAt - a.draft.savedAt);
    for (const { key } of [...stale, ...fresh.slice(MAX_DRAFTS)]) this.attempt(() => this.storage?.removeItem(key));
  }

  private entries(): { key: string; draft: Omit<Draft, 'segmentId'> }[] {
    const out: { key: string; draft: Omit<Draft, 'segmentId'> }[] = [];
    this.attempt(() => {
      const storage = this.storage;
      if (!storage) return;
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key?.startsWith(PREFIX) === true);
      for (const key of keys) out.push({ key, draft: readDraft(storage.getItem(key)) });
    });
    return out;
  }

  /** Storage can be full, or refused (private windows, settings): the editor still works without it. */
  private attempt(action: () => void): void {
    try {
      action();
    } catch {
      // Nothing more to do: saving to the server goes on as before.
    }
  }
}

/** An unreadable entry reads as very old, so that pruning removes it. */
function readDraft(value: string | null): Omit<Draft, 'segmentId'> {
  try {
    const parsed = JSON.parse(value ?? '') as Partial<Draft>;
    if (typeof parsed.text === 'string' && Number.isInteger(parsed.baseVersion) && typeof parsed.savedAt === 'number') {
      return { text: parsed.text, baseVersion: parsed.baseVersion!, savedAt: parsed.savedAt };
    }
  } catch {
    // falls through
  }
  return { text: '', baseVersion: 0, savedAt: 0 };
}

/** A segment as the page shows it now. */
export interface RowNow {
  readonly version: number;
  readonly text: string;
  /** False for a row that cannot take text here (skipped, read-only for this person). */
  readonly editable: boolean;
}

export interface RestorePlan {
  /** Typed on the version the page shows: restoring saves them as any typing would. */
  readonly current: Draft[];
  /** Typed on an older version: someone saved the segment since, so restoring asks, as any conflict does. */
  readonly outdated: Draft[];
  /** Their segment is no longer in the document (merged, removed) or cannot be edited here: shown, not restorable. */
  readonly homeless: Draft[];
  /** The page already shows this text (it was saved, only the answer was lost): nothing to offer. */
  readonly arrived: Draft[];
}

/** Sorts the kept edits by what restoring them would mean, against the rows as the page shows them. */
export function planRestore(drafts: readonly Draft[], rowOf: (segmentId: number) => RowNow | null): RestorePlan {
  const plan: { current: Draft[]; outdated: Draft[]; homeless: Draft[]; arrived: Draft[] } = { current: [], outdated: [], homeless: [], arrived: [] };
  for (const draft of drafts) {
    const row = rowOf(draft.segmentId);
    if (row && row.text === draft.text) plan.arrived.push(draft);
    else if (!row || !row.editable) plan.homeless.push(draft);
    else if (row.version === draft.baseVersion) plan.current.push(draft);
    else plan.outdated.push(draft);
  }
  return plan;
}
