import { describe, expect, it } from 'vitest';
import { GroupCommit, type Settled } from './group-commit.js';

/** A group commit whose flushes run when the test says, recording each group. */
function manual(commit: (inputs: readonly number[]) => readonly Settled<string>[]) {
  const groups: number[][] = [];
  let pending: (() => void) | null = null;
  const group = new GroupCommit<number, string>((inputs) => {
    groups.push([...inputs]);
    return commit(inputs);
  }, { schedule: (flush) => { pending = flush; } });
  return { group, groups, flush: () => { const run = pending; pending = null; run?.(); } };
}

const allOk = (inputs: readonly number[]) => inputs.map((n): Settled<string> => ({ ok: true, value: `saved ${n}` }));

describe('GroupCommit', () => {
  it('commits every write submitted before the flush in one group, in order, and answers each', async () => {
    const { group, groups, flush } = manual(allOk);
    const answers = [group.submit(1), group.submit(2), group.submit(3)];
    expect(groups).toEqual([]);
    flush();
    await expect(Promise.all(answers)).resolves.toEqual(['saved 1', 'saved 2', 'saved 3']);
    expect(groups).toEqual([[1, 2, 3]]);
  });

  it('does not answer a write before its group has been committed', async () => {
    const { group, flush } = manual(allOk);
    let answered = false;
    const answer = group.submit(1).then(() => { answered = true; });
    await Promise.resolve();
    expect(answered).toBe(false);
    flush();
    await answer;
    expect(answered).toBe(true);
  });

  it('puts writes submitted after a flush into the next group', async () => {
    const { group, groups, flush } = manual(allOk);
    const first = group.submit(1);
    flush();
    const second = group.submit(2);
    flush();
    await Promise.all([first, second]);
    expect(groups).toEqual([[1], [2]]);
  });

  it('rejects only the write that failed, and answers the others of its group', async () => {
    const refused = new Error('stale');
    const { group, flush } = manual((inputs) => inputs.map((n): Settled<string> => (n === 2 ? { ok: false, error: refused } : { ok: true, value: `saved ${n}` })));
    const answers = [1, 2, 3].map((n) => group.submit(n).then((value) => value, (error: unknown) => error));
    flush();
    expect(await Promise.all(answers)).toEqual(['saved 1', refused, 'saved 3']);
  });

  it('rejects the whole group when its transaction fails', async () => {
    const diskFull = new Error('disk full');
    const { group, flush } = manual(() => { throw diskFull; });
    const answers = [1, 2].map((n) => group.submit(n).then((value) => value, (error: unknown) => error));
    flush();
    expect(await Promise.all(answers)).toEqual([diskFull, diskFull]);
  });

  it('commits what waits when flushed directly (on close), and a later scheduled flush finds nothing', async () => {
    const { group, groups, flush } = manual(allOk);
    const answer = group.submit(7);
    group.flush();
    await expect(answer).resolves.toBe('saved 7');
    flush();
    expect(groups).toEqual([[7]]);
  });

  it('flushes by itself on the next turn of the event loop by default', async () => {
    const groups: number[][] = [];
    const group = new GroupCommit<number, number>((inputs) => {
      groups.push([...inputs]);
      return inputs.map((n) => ({ ok: true, value: n * 10 }));
    });
    await expect(Promise.all([group.submit(1), group.submit(2)])).resolves.toEqual([10, 20]);
    expect(groups).toEqual([[1, 2]]);
  });

  describe('with a sync that makes each group durable off the event loop', () => {
    /** Syncs that finish when the test says. */
    function withSync() {
      const groups: number[][] = [];
      const syncs: { resolve: () => void; reject: (error: Error) => void }[] = [];
      const group = new GroupCommit<number, string>((inputs) => {
        groups.push([...inputs]);
        return allOk(inputs);
      }, { sync: () => new Promise<void>((resolve, reject) => syncs.push({ resolve, reject })) });
      return { group, groups, syncs };
    }
    const turn = () => new Promise((resolve) => setImmediate(resolve));

    it('answers a group only once its sync is done', async () => {
      const { group, groups, syncs } = withSync();
      let answered = false;
      const answer = group.submit(1).then((value) => { answered = true; return value; });
      await turn();
      expect(groups).toEqual([[1]]);
      expect(answered).toBe(false);
      syncs[0]!.resolve();
      await expect(answer).resolves.toBe('saved 1');
    });

    it('puts every write that arrives during a sync into one next group, committed once that sync is done', async () => {
      const { group, groups, syncs } = withSync();
      const first = group.submit(1);
      await turn();
      const later = [group.submit(2), group.submit(3)];
      await turn();
      const laterStill = group.submit(4);
      await turn();
      expect(groups).toEqual([[1]]);
      syncs[0]!.resolve();
      await first;
      await turn();
      expect(groups).toEqual([[1], [2, 3, 4]]);
      syncs[1]!.resolve();
      await expect(Promise.all([...later, laterStill])).resolves.toEqual(['saved 2', 'saved 3', 'saved 4']);
    });

    it('once a sync fails, reports none of its group saved, nor any write after it, and says why', async () => {
      const { group, groups, syncs } = withSync();
      const settle = (answer: Promise<string>) => answer.then((value) => value, (error: unknown) => error);
      const failing = settle(group.submit(1));
      await turn();
      const waiting = settle(group.submit(2));
      const ioError = new Error('EIO');
      expect(group.failure).toBeNull();
      syncs[0]!.reject(ioError);
      expect(await failing).toBe(ioError);
      expect(await waiting).toBe(ioError);
      expect(await settle(group.submit(3))).toBe(ioError);
      expect(group.failure).toBe(ioError);
      expect(groups).toEqual([[1]]);
    });

    it('on close, refuses new writes, commits what waits and returns only once all of it is durable', async () => {
      const { group, groups, syncs } = withSync();
      const answers = [group.submit(1), group.submit(2)];
      let closed = false;
      const closing = group.close().then(() => { closed = true; });
      await expect(group.submit(3)).rejects.toThrow('closed');
      await turn();
      expect(groups).toEqual([[1, 2]]);
      expect(closed).toBe(false);
      syncs[0]!.resolve();
      await closing;
      await expect(Promise.all(answers)).resolves.toEqual(['saved 1', 'saved 2']);
      expect(group.failure).toBeNull();
    });
  });
});
