// Translation memory: normalised sources, the exact fuzzy score and the index that finds matches.
export { FuzzyIndex } from './fuzzy-index.js';
export type { FuzzyIndexOptions, SearchOptions } from './fuzzy-index.js';
export { levenshtein } from './edit-distance.js';
export { normalizeSource } from './normalize.js';
export { matchPercent, similarity } from './similarity.js';
export { MatchScan, scanMatches } from './scan.js';
export type { FuzzyMatch } from './top-matches.js';
