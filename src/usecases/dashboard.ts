import type { Actor, Comment, ProjectRole } from '../core/types.js';
import { byDueDay } from '../review/due-dates.js';
import { isThreadUnresolved } from '../review/threads.js';
import type { ActivityEntry, DocumentSummary, ProjectSummary, ReturnedSegment } from '../store/store.js';
import type { MentionEntry } from '../store/teamwork-store.js';
import type { Deps } from './deps.js';
import { todayOf, withDue, type DocumentWithDue } from './due-dates.js';

/** How much each part of the dashboard shows. */
export const DASHBOARD_LIMITS = { documentsPerProject: 5, returned: 20, activity: 15, mentions: 20 } as const;

/** Mentions read to fill the list; those in resolved threads are left out. */
const MENTIONS_READ = 100;

/** Revisions read to build the activity feed; runs of autosaves fold into one item each. */
const ACTIVITY_READ = 200;

export type DashboardRole = ProjectRole | 'admin';

export interface DashboardProject extends ProjectSummary {
  readonly role: DashboardRole;
  /** The newest documents (at most `DASHBOARD_LIMITS.documentsPerProject`); `documentCount` has them all. */
  readonly documents: readonly DocumentWithDue[];
}

/** A document with work for this user: words to translate (new and draft) or to review (translated); earliest due first. */
export interface WaitingDocument {
  readonly document: DocumentWithDue;
  readonly projectName: string;
  readonly words: number;
}

/** What happened: a review decision, or how the text changed. */
export type ActivityKind = 'edit' | 'confirm' | 'approve' | 'reject' | 'reopen' | 'revert' | 'import' | 'merge' | 'split';

/** One line of the activity feed: one person's run of the same kind of change on one document. */
export interface ActivityItem {
  readonly kind: ActivityKind;
  readonly author: string;
  readonly document: ActivityEntry['document'];
  readonly projectName: string;
  /** Distinct segments in the run. */
  readonly segments: number;
  /** The latest segment of the run (the link goes there). */
  readonly segmentId: number;
  /** When the latest change of the run was saved. */
  readonly at: string;
}

/** A comment that mentions the user, and where. */
export interface MentionItem {
  readonly comment: Comment;
  readonly document: MentionEntry['document'];
  readonly projectName: string;
}

export interface Dashboard {
  readonly projects: readonly DashboardProject[];
  /** Null when the user translates in none of the projects (the list is not shown). */
  readonly toTranslate: readonly WaitingDocument[] | null;
  /** Null when the user reviews in none of the projects. */
  readonly toReview: readonly WaitingDocument[] | null;
  /** Segments rejected since this user confirmed them. */
  readonly returned: readonly ReturnedSegment[];
  /** Comments that mention this user, in threads not resolved yet, newest first. */
  readonly mentions: readonly MentionItem[];
  readonly activity: readonly ActivityItem[];
}

const TRANSLATES: ReadonlySet<DashboardRole> = new Set(['translator', 'manager', 'admin']);
const REVIEWS: ReadonlySet<DashboardRole> = new Set(['reviewer', 'manager', 'admin']);

/**
 * The home page of a signed-in user: their projects and documents, what waits for them
 * by role, and what happened lately. Only projects the user belongs to (all, for an admin).
 */
export async function getDashboard(deps: Deps, actor: Actor): Promise<Dashboard> {
  const [all, roles] = await Promise.all([deps.store.listProjects(), actor.isAdmin ? null : deps.store.listRolesOf(actor.userId)]);
  const roleIn = (projectId: number): DashboardRole | undefined => (roles ? roles.get(projectId) : 'admin');
  const projects = all.filter((project) => roleIn(project.id) !== undefined);
  const ids = projects.map((project) => project.id);
  if (ids.length === 0) return { projects: [], toTranslate: null, toReview: null, returned: [], mentions: [], activity: [] };

  const [summaries, returned, entries, mentioned] = await Promise.all([
    deps.store.listDocumentsOf(ids),
    deps.store.listReturnedSegments(actor.username, ids, DASHBOARD_LIMITS.returned),
    deps.store.listRecentActivity(ids, ACTIVITY_READ),
    deps.store.listMentionsOf(actor.userId, ids, MENTIONS_READ),
  ]);
  const today = todayOf(deps.clock);
  const documents = summaries.map((document) => withDue(document, today));
  const names = new Map(projects.map((project) => [project.id, project.name]));
  const waiting = (allowed: ReadonlySet<DashboardRole>, words: (document: DocumentSummary) => number): WaitingDocument[] | null => {
    if (!projects.some((project) => allowed.has(roleIn(project.id)!))) return null;
    return documents
      .filter((document) => allowed.has(roleIn(document.projectId)!) && words(document) > 0)
      .sort(byDueDay)
      .map((document) => ({ document, projectName: names.get(document.projectId) ?? '', words: words(document) }));
  };
  const mentions = mentioned
    .filter((entry) => isThreadUnresolved(entry.thread.lastCommentId, entry.thread.lastEvent))
    .slice(0, DASHBOARD_LIMITS.mentions)
    .map(({ comment, document }) => ({ comment, document, projectName: names.get(document.projectId) ?? '' }));

  return {
    projects: projects.map((project) => ({
      ...project,
      role: roleIn(project.id)!,
      documents: documents.filter((document) => document.projectId === project.id).slice(0, DASHBOARD_LIMITS.documentsPerProject),
    })),
    toTranslate: waiting(TRANSLATES, (document) => document.words.new + document.words.draft),
    toReview: waiting(REVIEWS, (document) => document.words.translated),
    returned,
    mentions,
    activity: foldActivity(entries, names).slice(0, DASHBOARD_LIMITS.activity),
  };
}

/** Folds consecutive revisions (newest first) of one author, document and kind into one item. */
export function foldActivity(entries: readonly ActivityEntry[], projectNames: ReadonlyMap<number, string>): ActivityItem[] {
  const items: { item: ActivityItem; segments: Set<number> }[] = [];
  for (const entry of entries) {
    const kind = kindOf(entry);
    const last = items.at(-1);
    if (last && last.item.kind === kind && last.item.author === entry.author && last.item.document.id === entry.document.id) {
      last.segments.add(entry.segmentId);
      last.item = { ...last.item, segments: last.segments.size };
      continue;
    }
    items.push({
      segments: new Set([entry.segmentId]),
      item: {
        kind, author: entry.author, document: entry.document, projectName: projectNames.get(entry.document.projectId) ?? '',
        segments: 1, segmentId: entry.segmentId, at: entry.createdAt,
      },
    });
  }
  return items.map(({ item }) => item);
}

function kindOf(entry: ActivityEntry): ActivityKind {
  if (entry.action) return entry.action;
  return entry.origin === 'revert' || entry.origin === 'import' || entry.origin === 'merge' || entry.origin === 'split' ? entry.origin : 'edit';
}
