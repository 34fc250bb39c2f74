import type { ReviewEvent } from '../core/types.js';

/** A review event with the text of the revision it was about. */
export type LoggedReview = ReviewEvent & { readonly revisionTarget: string | null; readonly revisionAuthor: string | null };

/** What review needs to know of one segment's log. */
export interface SegmentReviewState {
  /** The text a reviewer last approved, if any. */
  readonly lastApproved: LoggedReview | null;
  /** The text the translator last confirmed, if any. */
  readonly lastConfirmed: LoggedReview | null;
  /** The latest rejection, if the segment is still rejected or was rejected since its last approval. */
  readonly lastRejection: LoggedReview | null;
}

/** Folds a document's review log (oldest first) into the state of each segment. */
export function reviewStates(events: readonly LoggedReview[]): Map<number, SegmentReviewState> {
  const states = new Map<number, SegmentReviewState>();
  for (const event of events) {
    const state = states.get(event.segmentId) ?? { lastApproved: null, lastConfirmed: null, lastRejection: null };
    if (event.action === 'approve') states.set(event.segmentId, { ...state, lastApproved: event, lastRejection: null });
    else if (event.action === 'confirm') states.set(event.segmentId, { ...state, lastConfirmed: event });
    else if (event.action === 'reject') states.set(event.segmentId, { ...state, lastRejection: event });
    else states.set(event.segmentId, state);
  }
  return states;
}
