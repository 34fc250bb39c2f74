/** The vocabulary of aligning a document's old segments with a re-imported article (see CONTEXT.md). */

/** A segment of the document as it stands: its id is what keeps its target and history. */
export interface OldSegment {
  readonly id: number;
  readonly source: string;
}

/** A sentence of the re-imported article, in article order. */
export interface NewSource {
  readonly source: string;
}

/**
 * One step from the old document to the new article. `keep`: same source after whitespace
 * normalisation; `change`: an edited source, similar enough to be the same sentence.
 */
export type AlignmentStep =
  | { readonly op: 'keep'; readonly oldId: number; readonly newIndex: number }
  | { readonly op: 'change'; readonly oldId: number; readonly newIndex: number; readonly similarity: number }
  | { readonly op: 'add'; readonly newIndex: number }
  | { readonly op: 'remove'; readonly oldId: number };

export interface AlignmentSummary {
  readonly kept: number;
  readonly changed: number;
  readonly added: number;
  readonly removed: number;
}

/**
 * Every new index appears exactly once (keep, change, add) and every old id exactly once
 * (keep, change, remove). Steps follow the new article; a `remove` sits where its old segment stood.
 */
export interface Alignment {
  readonly steps: readonly AlignmentStep[];
  readonly summary: AlignmentSummary;
}

export interface AlignOptions {
  /** Below this `sourceSimilarity` an old and a new segment are not the same sentence (default 0.5). */
  readonly minSimilarity?: number;
}

/** An old segment (by position) paired with a new segment (by index), with their similarity. */
export interface SegmentPair {
  readonly oldIndex: number;
  readonly newIndex: number;
  readonly similarity: number;
}
