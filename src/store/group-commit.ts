/** What one write in a group came to: its value, or the error that rolled back its savepoint. */
export type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

interface Waiting<I, O> {
  readonly input: I;
  readonly resolve: (value: O) => void;
  readonly reject: (error: unknown) => void;
}

export interface GroupCommitOptions {
  /** When a flush runs (default: `setImmediate`, after the requests the event loop has at hand). */
  readonly schedule?: (flush: () => void) => void;
  /**
   * Makes what `commit` wrote durable, off the event loop (an fsync on a libuv thread). Without it,
   * `commit` itself must be durable when it returns.
   */
  readonly sync?: () => Promise<void>;
}

/**
 * Group commit. Writes submitted while the event loop works through the requests at hand wait
 * for one flush; the flush hands them all to `commit`, which writes them in one transaction and
 * says how each one went, then `sync` makes that transaction durable. Every write is answered only
 * after that: one fsync for the group instead of one per write. Writes submitted while a group is
 * being made durable wait for the next flush, which runs as soon as that fsync is done; the event
 * loop goes on serving requests meanwhile.
 */
export class GroupCommit<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private scheduled = false;
  /** The group being made durable, if any: the next flush waits for it. */
  private syncing: Promise<void> | null = null;
  /**
   * Why writes are refused from now on: the commit was closed, or a sync failed. After a failed
   * fsync nothing later may be acknowledged either: the kernel may have dropped the unwritten
   * pages and reported it once, so a later fsync "succeeds" over frames that never reached the
   * disk (and WAL recovery stops at the first missing one).
   */
  private refusal: Error | null = null;
  private readonly schedule: (flush: () => void) => void;
  private readonly sync: (() => Promise<void>) | undefined;

  constructor(private readonly commit: (inputs: readonly I[]) => readonly Settled<O>[], options: GroupCommitOptions = {}) {
    this.schedule = options.schedule ?? ((flush) => setImmediate(flush));
    this.sync = options.sync;
  }

  submit(input: I): Promise<O> {
    if (this.refusal !== null) return Promise.reject(this.refusal);
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.plan();
    });
  }

  /** The failed sync's error, once one has failed (then every write is refused); null while all is well. */
  get failure(): Error | null {
    return this.refusal instanceof ClosedError ? null : this.refusal;
  }

  /** Commits what is waiting now, unless a group is still being made durable (then it runs after it). */
  flush(): void {
    this.scheduled = false;
    if (this.syncing !== null) return;
    const group = this.waiting;
    if (group.length === 0) return;
    this.waiting = [];
    let outcomes: readonly Settled<O>[];
    try {
      outcomes = this.commit(group.map((waiting) => waiting.input));
    } catch (error) {
      // The transaction as a whole failed (disk full, I/O error): nothing of the group was written.
      for (const waiting of group) waiting.reject(error);
      return;
    }
    if (this.sync === undefined) {
      answer(group, outcomes);
      return;
    }
    this.syncing = this.sync().then(
      () => answer(group, outcomes),
      // Written, but not known to be on disk: none of the group may be reported saved, nor anything after it.
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        this.refusal ??= failure;
        for (const waiting of [...group, ...this.waiting.splice(0)]) waiting.reject(failure);
      },
    ).finally(() => {
      this.syncing = null;
      // What arrived during the sync has waited long enough: it goes now, as the next group.
      this.flush();
    });
  }

  /** On close: refuses new writes, commits everything accepted so far and waits until it is durable. */
  async close(): Promise<void> {
    this.refusal ??= new ClosedError();
    for (;;) {
      if (this.syncing !== null) await this.syncing;
      if (this.waiting.length === 0) return;
      this.flush();
    }
  }

  private plan(): void {
    if (this.scheduled || this.syncing !== null || this.waiting.length === 0) return;
    this.scheduled = true;
    this.schedule(() => this.flush());
  }
}

class ClosedError extends Error {
  constructor() {
    super('group commit: closed');
  }
}

function answer<I, O>(group: readonly Waiting<I, O>[], outcomes: readonly Settled<O>[]): void {
  group.forEach((waiting, index) => {
    const outcome = outcomes[index];
    if (outcome === undefined) waiting.reject(new Error('group commit: no outcome for a write'));
    else if (outcome.ok) waiting.resolve(outcome.value);
    else waiting.reject(outcome.error);
  });
}
