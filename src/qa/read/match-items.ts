/**
 * Pairs what the source says with what the target says, by key. Hard items must be paired;
 * soft ones ("dua", "noon") may pair with a hard item on the other side but are never reported.
 */
export interface Matchable {
  readonly keys: readonly string[];
  readonly soft: boolean;
}

export interface Unmatched<S, T> {
  /** Hard source items with no partner in the target. */
  readonly missing: S[];
  /** Hard target items with no partner in the source. */
  readonly extra: T[];
}

export function matchItems<S extends Matchable, T extends Matchable>(source: readonly S[], target: readonly T[]): Unmatched<S, T> {
  // Target indices per key and softness, consumed front to back through a cursor: linear overall.
  const queues = new Map<string, { readonly items: number[]; next: number }>();
  target.forEach((item, index) => {
    for (const key of item.keys) {
      const name = `${item.soft ? 's' : 'h'}${key}`;
      const queue = queues.get(name);
      if (queue === undefined) queues.set(name, { items: [index], next: 0 });
      else queue.items.push(index);
    }
  });
  const sourceUsed = new Set<number>();
  const targetUsed = new Set<number>();
  const take = (key: string, soft: boolean): number | undefined => {
    const queue = queues.get(`${soft ? 's' : 'h'}${key}`);
    if (queue === undefined) return undefined;
    while (queue.next < queue.items.length && targetUsed.has(queue.items[queue.next] ?? -1)) queue.next += 1;
    const index = queue.items[queue.next];
    if (index !== undefined) queue.next += 1;
    return index;
  };
  const pair = (sourceSoft: boolean, targetSoft: boolean): void => {
    source.forEach((item, s) => {
      if (item.soft !== sourceSoft || sourceUsed.has(s)) return;
      for (const key of item.keys) {
        const t = take(key, targetSoft);
        if (t === undefined) continue;
        sourceUsed.add(s);
        targetUsed.add(t);
        return;
      }
    });
  };
  pair(false, false);
  pair(false, true);
  pair(true, false);
  return {
    missing: source.filter((item, index) => !item.soft && !sourceUsed.has(index)),
    extra: target.filter((item, index) => !item.soft && !targetUsed.has(index)),
  };
}
