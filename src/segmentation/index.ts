/** Public API of segmentation: article → paragraphs → segments, and glue back (pure). */
export { segmentArticle, type SegmentDraft } from './segment-article.js';
export { splitSentences, type SentencePart } from './split-sentences.js';
export { parseExceptionList, MAX_PROJECT_EXCEPTIONS, type SegmentationOptions } from './segmentation-options.js';
export { glueSegments, type GluePart } from './glue-segments.js';
export { normaliseArticle, splitParagraphs } from './normalise-article.js';
export { findDateline } from './find-dateline.js';
export { classifyParagraphs, type ParagraphClass } from './classify-paragraphs.js';
