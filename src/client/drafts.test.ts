import { describe, expect, it } from 'vitest';
import { Drafts, MAX_DRAFT_AGE_MS, MAX_DRAFTS, planRestore, type Draft, type DraftStorage, type RowNow } from './drafts.js';

/** localStorage's behaviour over a Map (insertion order is as good as the browser's). */
function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
  };
}

const DAY = 24 * 3600 * 1000;

describe('Drafts', () => {
  it('keeps the latest unsent text of each segment and forgets it once the server has it', () => {
    const drafts = new Drafts(memoryStorage(), 'ayu', '7', () => 1000);
    drafts.keep(12, 3, 'The minister');
    drafts.keep(12, 3, 'The minister said');
    drafts.keep(13, 0, 'Wang Yi');
    expect(drafts.list()).toEqual([
      { segmentId: 12, baseVersion: 3, text: 'The minister said', savedAt: 1000 },
      { segmentId: 13, baseVersion: 0, text: 'Wang Yi', savedAt: 1000 },
    ]);
    drafts.forget(12);
    expect(drafts.list().map((draft) => draft.segmentId)).toEqual([13]);
  });

  it('never offers one person’s edits to another, nor one document’s to another', () => {
    const storage = memoryStorage();
    new Drafts(storage, 'ayu', '7').keep(12, 3, 'Ayu’s text');
    new Drafts(storage, 'ayu', '8').keep(40, 1, 'Another document');
    expect(new Drafts(storage, 'budi', '7').list()).toEqual([]);
    expect(new Drafts(storage, 'ayu', '7').list().map((draft) => draft.text)).toEqual(['Ayu’s text']);
  });

  it('keeps names apart that only a separator would tell apart', () => {
    const storage = memoryStorage();
    new Drafts(storage, 'a|1', '2').keep(3, 0, 'x');
    expect(new Drafts(storage, 'a', '1|2').list()).toEqual([]);
  });

  it('drops edits older than a week, of anyone, and unreadable entries', () => {
    const storage = memoryStorage();
    let now = 0;
    new Drafts(storage, 'budi', '9', () => now).keep(1, 0, 'old');
    now = 5 * DAY;
    new Drafts(storage, 'ayu', '7', () => now).keep(2, 0, 'recent');
    storage.setItem('jembatan.draft.v1|ayu|7|3', 'not json');
    storage.setItem('someone.else', 'left alone');
    now = 7 * DAY + 1;
    new Drafts(storage, 'ayu', '7', () => now).prune();
    expect([...storage.map.keys()]).toEqual(['jembatan.draft.v1|ayu|7|2', 'someone.else']);
    expect(MAX_DRAFT_AGE_MS).toBe(7 * DAY);
  });

  it('keeps at most a bounded number of entries, dropping the oldest', () => {
    const storage = memoryStorage();
    let now = 0;
    const drafts = new Drafts(storage, 'ayu', '7', () => now);
    for (let id = 1; id <= MAX_DRAFTS + 5; id += 1) {
      now = id;
      drafts.keep(id, 0, `text ${id}`);
    }
    drafts.prune();
    const ids = drafts.list().map((draft) => draft.segmentId);
    expect(ids).toHaveLength(MAX_DRAFTS);
    expect(ids[0]).toBe(6);
  });

  it('goes on without storage when the browser refuses it', () => {
    const refusing: DraftStorage = {
      length: 1, key: () => { throw new Error('SecurityError'); }, getItem: () => null,
      setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined,
    };
    const drafts = new Drafts(refusing, 'ayu', '7');
    expect(() => drafts.keep(1, 0, 'x')).not.toThrow();
    expect(drafts.list()).toEqual([]);
    expect(new Drafts(null, 'ayu', '7').list()).toEqual([]);
  });
});

describe('planRestore', () => {
  const draft = (segmentId: number, baseVersion: number, text: string): Draft => ({ segmentId, baseVersion, text, savedAt: 0 });
  const rows: Record<number, RowNow> = {
    1: { version: 2, text: 'Saved text', editable: true },
    2: { version: 5, text: 'Newer text by someone', editable: true },
    3: { version: 1, text: 'Typed', editable: true },
    4: { version: 1, text: '', editable: false },
  };

  it('sorts kept edits into current, outdated, homeless and arrived', () => {
    const plan = planRestore([draft(1, 2, 'Saved text, more'), draft(2, 4, 'Mine on version 4'), draft(3, 0, 'Typed'), draft(4, 1, 'Skipped now'), draft(9, 0, 'Merged away')],
      (id) => rows[id] ?? null);
    expect(plan.current.map((d) => d.segmentId)).toEqual([1]);
    expect(plan.outdated.map((d) => d.segmentId)).toEqual([2]);
    expect(plan.arrived.map((d) => d.segmentId)).toEqual([3]);
    expect(plan.homeless.map((d) => d.segmentId)).toEqual([4, 9]);
  });
});
