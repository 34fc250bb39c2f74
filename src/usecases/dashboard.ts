import type { Actor, ProjectRole } from '../core/types.js';
import type { ActivityEntry, DocumentSummary, ProjectSummary, ReturnedSegment } from '../store/store.js';
import type { Deps } from './deps.js';

/** How much each part of the dashboard shows. */
export const DASHBOARD_LIMITS = { documentsPerProject: 5, returned: 20, activity: 15 } as const;

/** Revisions read to build the activity feed; runs of autosaves fold into one item each. */
const ACTIVITY_READ = 200;

export type DashboardRole = ProjectRole | 'admin';

export interface DashboardProject extends ProjectSummary {
  readonly role: DashboardRole;
  /** The newest documents (at most `DASHBOARD_LIMITS.documentsPerProject`); `documentCount` has them all. */
  readonly documents: readonly DocumentSummary[];
}

/** A document with work for this user: words to translate (new and draft) or to review (translated). */
export interface WaitingDocument {
  readonly document: DocumentSummary;
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

export interface Dashboard {
  readonly projects: readonly DashboardProject[];
  /** Null when the user translates in none of the projects (the list is not shown). */
  readonly toTranslate: readonly WaitingDocument[] | null;
  /** Null when the user reviews in none of the projects. */
  readonly toReview: readonly WaitingDocument[] | null;
  /** Segments rejected since this user confirmed them. */
  readonly returned: readonly ReturnedSegment[];
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
  if (ids.length === 0) return { projects: [], toTranslate: null, toReview: null, returned: [], activity: [] };

  const [documents, returned, entries] = await Promise.all([
    deps.store.listDocumentsOf(ids),
    deps.store.listReturnedSegments(actor.username, ids, DASHBOARD_LIMITS.returned),
    deps.store.listRecentActivity(ids, ACTIVITY_READ),
  ]);
  const names = new Map(projects.map((project) => [project.id, project.name]));
  const waiting = (allowed: ReadonlySet<DashboardRole>, words: (document: DocumentSummary) => number): WaitingDocument[] | null => {
    if (!projects.some((project) => allowed.has(roleIn(project.id)!))) return null;
    return documents
      .filter((document) => allowed.has(roleIn(document.projectId)!) && words(document) > 0)
      .map((document) => ({ document, projectName: names.get(document.projectId) ?? '', words: words(document) }));
  };

  return {
    projects: projects.map((project) => ({
      ...project,
      role: roleIn(project.id)!,
      documents: documents.filter((document) => document.projectId === project.id).slice(0, DASHBOARD_LIMITS.documentsPerProject),
    })),
    toTranslate: waiting(TRANSLATES, (document) => document.words.new + document.words.draft),
    toReview: waiting(REVIEWS, (document) => document.words.translated),
    returned,
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
