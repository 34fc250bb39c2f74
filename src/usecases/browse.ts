import { NotFoundError } from '../core/errors.js';
import type { Actor, DocumentInfo, Membership, Project, ProjectRole, Segment, WordCounts } from '../core/types.js';
import { tallyWords } from '../core/words.js';
import { reviewStates, type LoggedReview } from '../review/review-state.js';
import { diffWords, type DiffPart } from '../revisions/word-diff.js';
import type { ProjectSummary } from '../store/store.js';
import { requireAccess } from './access.js';
import type { Deps } from './deps.js';
import { todayOf, withDue, type DocumentWithDue } from './due-dates.js';
import { loadDocument } from './load.js';

/** Read-only views used by pages and the API; each shows only what the actor may see. */
export async function listProjects(deps: Deps, actor: Actor): Promise<ProjectSummary[]> {
  const projects = await deps.store.listProjects();
  if (actor.isAdmin) return projects;
  const mine = new Set(await deps.store.listProjectIdsOf(actor.userId));
  return projects.filter((project) => mine.has(project.id));
}

export interface ProjectView {
  readonly project: Project;
  /** Newest first, each with where it stands against its due day. */
  readonly documents: DocumentWithDue[];
  readonly role: ProjectRole | 'admin';
  /** Shown to managers (and admins) only. */
  readonly members: Membership[] | null;
  /** Entries in the project's translation memory. */
  readonly tmEntries: number;
}

export async function getProject(deps: Deps, actor: Actor, id: number): Promise<ProjectView> {
  const role = await requireAccess(deps, actor, id, 'read');
  const project = await deps.store.findProject(id);
  if (!project) throw new NotFoundError('project.notFound', { id });
  const manages = role === 'admin' || role === 'manager';
  const [documents, members, tmEntries] = await Promise.all([
    deps.store.listDocuments(id), manages ? deps.store.listMemberships(id) : null, deps.store.countTmEntries(id),
  ]);
  const today = todayOf(deps.clock);
  return { project, documents: documents.map((document) => withDue(document, today)), role, members, tmEntries };
}

export interface OpenDocument {
  readonly project: Project;
  readonly document: DocumentInfo;
  readonly segments: readonly Segment[];
  readonly words: WordCounts;
  readonly role: ProjectRole | 'admin';
  /** For segments whose source a re-import changed: a word diff from the old source to the new one. */
  readonly sourceChanges: Readonly<Record<number, DiffPart[]>>;
  /** What the translator should see from review: the reason of a rejection, a reviewer's change as a diff. */
  readonly reviewNotes: Readonly<Record<number, ReviewNote>>;
  /** Comment counts per segment (segments without comments are left out). */
  readonly commentCounts: Readonly<Record<number, number>>;
  /** The newest entry of the document's live feed when it was read: an editor follows the changes after it. */
  readonly feedId: number;
}

export interface ReviewNote {
  readonly rejection: LoggedReview | null;
  /** The reviewer's change since the translator confirmed: confirmed text → current text. */
  readonly revised: { readonly diff: DiffPart[]; readonly confirmedBy: string | null } | null;
}

export async function openDocument(deps: Deps, actor: Actor, id: number): Promise<OpenDocument> {
  const document = await loadDocument(deps, actor, id, 'read');
  // The feed position is read first: a change between it and the segments is sent again (harmless), never missed.
  const feedId = await deps.store.latestFeedId(id);
  const [project, segments, role, events, commentCounts] = await Promise.all([
    deps.store.findProject(document.projectId), deps.store.listSegments(id), requireAccess(deps, actor, document.projectId, 'read'),
    deps.store.listDocumentReviewEvents(id), deps.store.countComments(id),
  ]);
  return { project: project!, document, segments, ...fromSegments(segments, events), role, commentCounts, feedId };
}

type FromSegments = Pick<OpenDocument, 'words' | 'sourceChanges' | 'reviewNotes'>;

/**
 * What the editor and the review page work out from a document's segments and review events. The
 * store hands out the same frozen lists while they are current, so this is kept by their identity.
 */
function fromSegments(segments: readonly Segment[], events: readonly LoggedReview[]): FromSegments {
  const known = workedOut.get(segments);
  if (known !== undefined && known.events === events) return known.value;
  // Shared by the requests that come while the lists are current: frozen.
  const value: FromSegments = {
    words: Object.freeze(tallyWords(segments)),
    sourceChanges: Object.freeze(Object.fromEntries(segments
      .filter((segment) => segment.sourceBefore !== null)
      .map((segment) => [segment.id, diffWords(segment.sourceBefore ?? '', segment.source)]))),
    reviewNotes: Object.freeze(reviewNotesOf(segments, events)),
  };
  workedOut.set(segments, { events, value });
  return value;
}

const workedOut = new WeakMap<readonly Segment[], { readonly events: readonly LoggedReview[]; readonly value: FromSegments }>();

function reviewNotesOf(segments: readonly Segment[], events: readonly LoggedReview[]): Record<number, ReviewNote> {
  const states = reviewStates(events);
  const notes: Record<number, ReviewNote> = {};
  for (const segment of segments) {
    const state = states.get(segment.id);
    if (!state) continue;
    const rejection = segment.state === 'rejected' ? state.lastRejection : null;
    const confirmed = state.lastConfirmed?.revisionTarget;
    const revised = confirmed !== undefined && confirmed !== null && confirmed !== segment.target && segment.state !== 'draft' && segment.state !== 'rejected'
      ? { diff: diffWords(confirmed, segment.target), confirmedBy: state.lastConfirmed?.revisionAuthor ?? null } : null;
    if (rejection || revised) notes[segment.id] = { rejection, revised };
  }
  return notes;
}
