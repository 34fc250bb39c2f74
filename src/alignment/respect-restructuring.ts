import { normaliseSource } from './compare-sources.js';

/** What regrouping needs of a new sentence; other fields are carried along. */
export interface Regroupable {
  readonly paragraph: number;
  readonly source: string;
  readonly glueAfter: string;
}

const MAX_JOIN = 4;

/**
 * Joins or cuts the sentences of a re-imported article so that a translator's
 * own merges and splits survive it: where consecutive new sentences of one
 * paragraph together equal an existing segment, they become one; where one new
 * sentence equals several consecutive existing segments, it is cut the same way.
 */
export function respectRestructuring<T extends Regroupable>(old: readonly { readonly source: string }[], drafts: readonly T[]): T[] {
  const known = new Set(old.map((segment) => normaliseSource(segment.source)));
  const result: T[] = [];
  for (let index = 0; index < drafts.length;) {
    const draft = drafts[index]!;
    if (known.has(normaliseSource(draft.source))) {
      result.push(draft);
      index += 1;
      continue;
    }
    const joined = joinToKnown(drafts, index, known);
    if (joined) {
      result.push(joined.draft);
      index += joined.count;
      continue;
    }
    result.push(...(cutLikeOld(draft, old) ?? [draft]));
    index += 1;
  }
  return result;
}

function joinToKnown<T extends Regroupable>(drafts: readonly T[], start: number, known: ReadonlySet<string>): { draft: T; count: number } | null {
  const first = drafts[start]!;
  let source = first.source;
  for (let count = 2; count <= MAX_JOIN; count += 1) {
    const previous = drafts[start + count - 2]!;
    const next = drafts[start + count - 1];
    if (!next || next.paragraph !== first.paragraph) return null;
    source = source + (previous.glueAfter || ' ') + next.source;
    if (known.has(normaliseSource(source))) return { draft: { ...first, source, glueAfter: next.glueAfter }, count };
  }
  return null;
}

/** The draft cut at the boundaries of consecutive old segments whose sources make it up, or null. */
function cutLikeOld<T extends Regroupable>(draft: T, old: readonly { readonly source: string }[]): T[] | null {
  const whole = normaliseSource(draft.source);
  for (let start = 0; start < old.length; start += 1) {
    const parts: string[] = [];
    let covered = '';
    for (let index = start; index < old.length && index - start < MAX_JOIN; index += 1) {
      const part = normaliseSource(old[index]!.source);
      covered = covered === '' ? part : `${covered} ${part}`;
      if (!whole.startsWith(covered)) break;
      parts.push(old[index]!.source);
      if (covered === whole && parts.length > 1) {
        return parts.map((source, at) => ({ ...draft, source, glueAfter: at === parts.length - 1 ? draft.glueAfter : ' ' }));
      }
    }
  }
  return null;
}
