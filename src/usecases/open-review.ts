import type { Actor, Project, Segment } from '../core/types.js';
import { summariseEdits, type AuthorEditStats } from '../review/edit-distance.js';
import { DEFAULT_LQA_THRESHOLD, summariseLqa, type LqaSummary } from '../review/lqa.js';
import type { RejectCategory, RejectSeverity } from '../review/reject-reason.js';
import { reviewStates, type LoggedReview, type SegmentReviewState } from '../review/review-state.js';
import { diffWords, type DiffPart } from '../revisions/word-diff.js';
import { requireAccess } from './access.js';
import { openDocument, type OpenDocument } from './browse.js';
import type { Deps } from './deps.js';

export type ReviewComparison = 'approved' | 'confirmed';

export interface ReviewItem {
  readonly segment: Segment;
  /** What the current target is compared with, and the word diff (null: shown plain). */
  readonly against: { readonly kind: ReviewComparison; readonly text: string; readonly author: string | null } | null;
  readonly diff: DiffPart[] | null;
  readonly lastRejection: LoggedReview | null;
}

export interface ReviewView extends OpenDocument {
  /** Waiting for review (translated) first, then rejected, drafts, approved. */
  readonly items: ReviewItem[];
  readonly compare: ReviewComparison;
  readonly lqa: LqaSummary;
  /** How much reviewers changed per translator: the confirmed text against the current one. */
  readonly edits: AuthorEditStats[];
}

const ORDER: Readonly<Record<Segment['state'], number>> = { translated: 0, rejected: 1, draft: 2, new: 3, approved: 4 };

/**
 * The review view of a document. By default each target is compared with the
 * last approved text (what changed since approval); `confirmed` compares with
 * the translator's last confirmed text (what the reviewer changed).
 */
export async function openReview(deps: Deps, actor: Actor, documentId: number, compare: ReviewComparison): Promise<ReviewView> {
  const opened = await openDocument(deps, actor, documentId);
  await requireAccess(deps, actor, opened.project.id, 'review');
  const events = await deps.store.listDocumentReviewEvents(documentId);
  const states = reviewStates(events);
  const items = opened.segments
    .filter((segment) => segment.kind !== 'skip')
    .map((segment) => reviewItem(segment, states.get(segment.id), compare))
    .sort((a, b) => ORDER[a.segment.state] - ORDER[b.segment.state] || a.segment.position - b.segment.position);
  const edits = summariseEdits(items.flatMap(({ segment }) => {
    const confirmed = states.get(segment.id)?.lastConfirmed;
    return confirmed?.revisionTarget && confirmed.revisionAuthor
      ? [{ author: confirmed.revisionAuthor, before: confirmed.revisionTarget, after: segment.target }] : [];
  }));
  return { ...opened, items, compare, lqa: documentLqa(opened.project, events, opened.words.total), edits };
}

/** A document's LQA: its rejections' categories and severities over its words, against the project's threshold. */
export function documentLqa(project: Project, events: readonly Pick<LoggedReview, 'action' | 'category' | 'severity'>[], words: number): LqaSummary {
  const findings = events
    .filter((event) => event.action === 'reject' && event.category && event.severity)
    .map((event) => ({ category: event.category as RejectCategory, severity: event.severity as RejectSeverity }));
  return summariseLqa(findings, words, project.settings.lqaThreshold ?? DEFAULT_LQA_THRESHOLD);
}

function reviewItem(segment: Segment, state: SegmentReviewState | undefined, compare: ReviewComparison): ReviewItem {
  const base = compare === 'approved' ? state?.lastApproved : state?.lastConfirmed;
  const text = base?.revisionTarget ?? null;
  const against = text === null ? null : { kind: compare, text, author: base?.revisionAuthor ?? null };
  return { segment, against, diff: text === null ? null : diffWords(text, segment.target), lastRejection: state?.lastRejection ?? null };
}
