// 32-bit hashing of code-point runs, for feature keys and for finding identical sources.
// Collisions are harmless by design: they only add candidates, which the exact score rejects.

/** MurmurHash3's finaliser: spreads every input bit over the whole word. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Folds `value` into the running hash `h`. */
export function combine(h: number, value: number): number {
  const k = Math.imul(value | 0, 0xcc9e2d51);
  const rotated = (h ^ ((k << 15) | (k >>> 17))) | 0;
  return (Math.imul((rotated << 13) | (rotated >>> 19), 5) + 0xe6546b64) | 0;
}

/** Hash of `points[start..end)` under `seed` (different seeds keep feature kinds apart). */
export function hashPoints(points: ArrayLike<number>, start: number, end: number, seed: number): number {
  let h = seed | 0;
  for (let i = start; i < end; i += 1) h = combine(h, points[i]!);
  return mix32(h ^ (end - start));
}
