/** Public API of alignment: pair a document's old segments with a re-imported article (pure). */
export type {
  Alignment,
  AlignmentStep,
  AlignmentSummary,
  AlignOptions,
  NewSource,
  OldSegment,
} from './types.js';
export { alignSegments, DEFAULT_MIN_SIMILARITY } from './align-segments.js';
export { normaliseSource, sourceSimilarity } from './compare-sources.js';
export { respectRestructuring, type Regroupable } from './respect-restructuring.js';
