/** What one write in a group came to: its value, or the error that rolled back its savepoint. */
export type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

interface Waiting<I, O> {
  readonly input: I;
  readonly resolve: (value: O) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit. Writes submitted while the event loop works through the requests at hand wait
 * for one flush, scheduled after them (`setImmediate`); the flush hands them all to `commit`,
 * which writes them in one transaction and says how each one went. Every write is answered only
 * once `commit` has returned, that is, after its transaction is durable: one fsync for the group
 * instead of one per write. Writes submitted during a flush wait for the next one.
 */
export class GroupCommit<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private scheduled = false;

  constructor(
    private readonly commit: (inputs: readonly I[]) => readonly Settled<O>[],
    private readonly schedule: (flush: () => void) => void = (flush) => setImmediate(flush),
  ) {}

  submit(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        this.schedule(() => this.flush());
      }
    });
  }

  /** Commits what is waiting now (also called on close, so that no accepted write is dropped). */
  flush(): void {
    this.scheduled = false;
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
    group.forEach((waiting, index) => {
      const outcome = outcomes[index];
      if (outcome === undefined) waiting.reject(new Error('group commit: no outcome for a write'));
      else if (outcome.ok) waiting.resolve(outcome.value);
      else waiting.reject(outcome.error);
    });
  }
}
