/**
 * Aligns a document's old segments with the sources of a re-imported article, so that targets
 * survive edits made after publication: anchors first (same source), then edited sentences
 * paired inside the gaps between anchors, the rest added or removed.
 */
import { normaliseSource, wordProfiles } from './compare-sources.js';
import { findAnchors } from './find-anchors.js';
import { matchGap } from './match-gap.js';
import type { AlignOptions, Alignment, AlignmentStep, AlignmentSummary, NewSource, OldSegment, SegmentPair } from './types.js';

export const DEFAULT_MIN_SIMILARITY = 0.5;

export function alignSegments(old: readonly OldSegment[], next: readonly NewSource[], options: AlignOptions = {}): Alignment {
  const minSimilarity = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  if (!(minSimilarity >= 0 && minSimilarity <= 1)) throw new RangeError(`minSimilarity must be within 0..1, got ${minSimilarity}`);
  const oldSources = old.map((segment) => normaliseSource(segment.source));
  const newSources = next.map((source) => normaliseSource(source.source));
  const pairs = pairSegments(oldSources, newSources, minSimilarity);
  const steps = toSteps(old, newSources, oldSources, pairs);
  return { steps, summary: summarise(steps) };
}

/** Anchors and gap pairs together, increasing on both sides. */
function pairSegments(oldSources: readonly string[], newSources: readonly string[], minSimilarity: number): SegmentPair[] {
  const keys = new Map<string, number>();
  const keyOf = (source: string): number => {
    if (!keys.has(source)) keys.set(source, keys.size);
    return keys.get(source) ?? -1;
  };
  const anchors = findAnchors(oldSources.map(keyOf), newSources.map(keyOf));
  const dictionary = new Map<string, number>();
  const pairs: SegmentPair[] = [];
  let oldLo = 0;
  let newLo = 0;
  for (const anchor of [...anchors, { oldIndex: oldSources.length, newIndex: newSources.length }]) {
    if (anchor.oldIndex > oldLo && anchor.newIndex > newLo) {
      // Words are only needed inside gaps with segments on both sides.
      const old = wordProfiles(oldSources.slice(oldLo, anchor.oldIndex), dictionary);
      const next = wordProfiles(newSources.slice(newLo, anchor.newIndex), dictionary);
      for (const pair of matchGap({ old, next, minSimilarity })) {
        pairs.push({ ...pair, oldIndex: pair.oldIndex + oldLo, newIndex: pair.newIndex + newLo });
      }
    }
    if (anchor.oldIndex < oldSources.length) pairs.push({ ...anchor, similarity: 1 });
    oldLo = anchor.oldIndex + 1;
    newLo = anchor.newIndex + 1;
  }
  return pairs;
}

/**
 * Steps in new-article order. Old segments left unpaired are removed right after the step of the
 * pair before them, i.e. where they stood; they come before the additions of the same gap.
 */
function toSteps(
  old: readonly OldSegment[],
  newSources: readonly string[],
  oldSources: readonly string[],
  pairs: readonly SegmentPair[],
): AlignmentStep[] {
  const steps: AlignmentStep[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  const end = { oldIndex: old.length, newIndex: newSources.length, similarity: 0 };
  for (const pair of [...pairs, end]) {
    for (; oldIndex < pair.oldIndex; oldIndex++) steps.push({ op: 'remove', oldId: idAt(old, oldIndex) });
    for (; newIndex < pair.newIndex; newIndex++) steps.push({ op: 'add', newIndex });
    if (pair === end) break;
    const oldId = idAt(old, oldIndex);
    // Same normalised source is a keep wherever it was paired (anchor or not).
    steps.push(oldSources[oldIndex] === newSources[newIndex]
      ? { op: 'keep', oldId, newIndex }
      : { op: 'change', oldId, newIndex, similarity: pair.similarity });
    oldIndex++;
    newIndex++;
  }
  return steps;
}

function idAt(old: readonly OldSegment[], index: number): number {
  const segment = old[index];
  if (segment === undefined) throw new RangeError(`no old segment at ${index}`);
  return segment.id;
}

function summarise(steps: readonly AlignmentStep[]): AlignmentSummary {
  const count = (op: AlignmentStep['op']): number => steps.filter((step) => step.op === op).length;
  return { kept: count('keep'), changed: count('change'), added: count('add'), removed: count('remove') };
}
