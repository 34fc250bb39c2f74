export { planMerge, type MergedSegment } from './plan-merge.js';
export { planSplit, type SplitPart, type SplitPlan } from './plan-split.js';
