import type {
  Comment, DocumentInfo, Project, ProjectRole, ProjectSettings, ReviewEvent, Revision, Segment, SegmentEvent, SegmentKind, SegmentState, TargetOrigin, TmEntry, WordCounts,
} from '../core/types.js';
import type { MergedSegment, SplitPlan } from '../restructure/index.js';
import type { SegmentImport } from '../review/import-plan.js';
import type { AccountStore } from './account-store.js';
import type { FeedStore } from './feed-store.js';
import type { TeamworkStore } from './teamwork-store.js';

/**
 * The persistence boundary. Every method is one whole unit of work in one
 * transaction and returns a Promise, so that a PostgreSQL store can implement
 * the same interface (DESIGN.md §2, §10). No transaction spans two calls.
 */
/** What the consistency check needs of another segment. */
export type RelatedSegment = Pick<Segment, 'id' | 'position' | 'kind' | 'source' | 'target'>;

/** A review event of a document, with the target and author of the revision it names. */
export type DocumentReviewEvent = ReviewEvent & { readonly revisionTarget: string | null; readonly revisionAuthor: string | null };

export interface Store extends AccountStore, FeedStore, TeamworkStore {
  createProject(input: NewProject): Promise<Project>;
  listProjects(): Promise<ProjectSummary[]>;
  findProject(id: number): Promise<Project | null>;
  findProjectByName(name: string): Promise<Project | null>;

  /** Creates the document and all its segments at once (with the targets of an imported bilingual file, if given). */
  createDocument(input: NewDocument): Promise<DocumentInfo>;
  /**
   * Applies a bilingual file brought back onto its document: every segment's steps
   * and comments, all in one transaction, or nothing if any segment moved from the
   * version the plan was computed on.
   */
  applyImport(input: ImportWrite): Promise<{ readonly done: boolean; readonly memory: readonly TmChange[] }>;
  listDocuments(projectId: number): Promise<DocumentSummary[]>;
  findDocument(id: number): Promise<DocumentInfo | null>;
  listSegments(documentId: number): Promise<readonly Segment[]>;
  /** Live, translated segments of a document with this source or this target (case-insensitive), for consistency checks. */
  /** The live, translated segments whose source or target is this one's (loosely: case, outer spaces), with what QA compares. */
  relatedSegments(documentId: number, source: string, target: string): Promise<RelatedSegment[]>;
  findSegment(id: number): Promise<Segment | null>;
  /** A live segment and the project its document belongs to, in one read (every segment-level request needs both). */
  findSegmentInProject(id: number): Promise<{ segment: Segment; projectId: number } | null>;

  /**
   * Compare-and-set: writes the target only if the segment is still at
   * `baseVersion`, appending a revision with the new version. Otherwise
   * returns the current segment untouched.
   */
  saveTarget(input: TargetWrite): Promise<SaveOutcome>;
  listRevisions(segmentId: number): Promise<Revision[]>;
  /** Every revision of a document's live segments, by segment and version. */
  listDocumentRevisions(documentId: number): Promise<Revision[]>;
  findRevision(id: number): Promise<Revision | null>;
  listSegmentEvents(segmentId: number): Promise<SegmentEvent[]>;
  listReviewEvents(segmentId: number): Promise<ReviewEvent[]>;
  addComment(input: { segmentId: number; author: string; body: string }): Promise<Comment>;
  listComments(segmentId: number): Promise<Comment[]>;
  /** Every comment on a document's live segments, oldest first. */
  listDocumentComments(documentId: number): Promise<Comment[]>;
  /** Comment counts of a document's segments (segments without comments are left out). */
  countComments(documentId: number): Promise<Readonly<Record<number, number>>>;
  /** Every review event of a document's live segments, oldest first, with the text of the revision each was about. */
  listDocumentReviewEvents(documentId: number): Promise<readonly DocumentReviewEvent[]>;
  /** A document's live segments in position order with what an export reads of their history, from one snapshot. */
  listExportSegments(documentId: number, reads: ExportReads): Promise<SegmentExportRecord[]>;

  /** Joins a segment with the next one (both at the versions given), removing the second. */
  mergeSegments(input: MergeWrite): Promise<StructureOutcome>;
  /** Cuts a segment in two; the second part is inserted right after it. */
  splitSegment(input: SplitWrite): Promise<StructureOutcome>;
  /** Applies a re-imported article's alignment, if the document's segments are still the ones it was computed on. */
  reimportDocument(input: ReimportWrite): Promise<ReimportOutcome>;
  updateProjectSettings(projectId: number, settings: ProjectSettings): Promise<Project>;
  /** Marks a segment as boilerplate or as text to translate (compare-and-set on its version). */
  setSegmentKind(input: KindWrite): Promise<StructureOutcome>;
  /** The document of a segment merged away or removed by a re-import (its row and history are kept), else null. */
  removedSegmentDocument(segmentId: number): Promise<number | null>;
  /** A segment that was merged away or removed (for its read-only history), else null. */
  findRemovedSegment(segmentId: number): Promise<Segment | null>;

  /** Adds translation-memory entries in one transaction; pairs the project already has are counted, not added. */
  addTmEntries(projectId: number, entries: readonly NewTmEntry[]): Promise<{ readonly added: number; readonly duplicates: number; readonly ids: readonly { id: number; source: string }[] }>;
  countTmEntries(projectId: number): Promise<number>;
  /** A project's entries after `afterId` in id order (id and source only), for building the fuzzy index. */
  pageTmSources(projectId: number, afterId: number, limit: number): Promise<{ id: number; source: string }[]>;
  findTmEntries(ids: readonly number[]): Promise<TmEntry[]>;
  listTmEntries(projectId: number): Promise<TmEntry[]>;
  /** Entries whose source or target contains the text, newest first (concordance and the memory page). */
  searchTm(projectId: number, query: string, limit: number): Promise<TmEntry[]>;
  updateTmEntry(id: number, target: string, author: string): Promise<TmEntry | null>;
  /** The sources just before and after a segment in its document (in-context matches). */
  neighbourSources(segmentId: number): Promise<{ readonly prev: string | null; readonly next: string | null }>;
  deleteTmEntry(id: number): Promise<TmEntry | null>;

  /** Frozen, and the same array while the project's terms are unchanged. */
  listGlossary(projectId: number): Promise<readonly GlossaryEntry[]>;
  findGlossaryEntry(id: number): Promise<GlossaryEntry | null>;
  /** Adds terms in one transaction; a source/target pair the project has already is counted, not added. */
  addGlossaryEntries(projectId: number, terms: readonly NewGlossaryEntry[], author: string): Promise<{ readonly added: number; readonly duplicates: number }>;
  /** Null when the term is gone; `glossary.duplicate` when the project has the new pair already. */
  updateGlossaryEntry(id: number, term: NewGlossaryEntry, author: string): Promise<GlossaryEntry | null>;
  deleteGlossaryEntry(id: number): Promise<boolean>;

  /** A reviewer saw a QA warning on this version of the segment and let it pass. */
  acknowledgeQa(input: { segmentId: number; version: number; code: string; actor: string }): Promise<void>;
  /** Warning keys acknowledged on the current versions of a document's segments. */
  qaAcknowledgements(documentId: number): Promise<ReadonlyMap<number, ReadonlySet<string>>>;
  qaAcknowledgementsOfSegment(segmentId: number): Promise<Set<string>>;

  /** The user's role in each project they are a member of (the dashboard). */
  listRolesOf(userId: number): Promise<ReadonlyMap<number, ProjectRole>>;
  /** The documents of these projects with their words per state, newest first. */
  listDocumentsOf(projectIds: readonly number[]): Promise<DocumentSummary[]>;
  /** Live segments of these projects that are rejected and were last confirmed by this user, latest rejection first. */
  listReturnedSegments(username: string, projectIds: readonly number[], limit: number): Promise<ReturnedSegment[]>;
  /** The latest revisions in these projects, newest first, each with the review decision it was saved with. */
  listRecentActivity(projectIds: readonly number[], limit: number): Promise<ActivityEntry[]>;

  /** Writes a consistent copy of the database to `file` (which must not exist) while work goes on. */
  backup(file: string): Promise<void>;
  /** Whether the database answers, and its migrations against this code's (for /healthz). */
  /** `savesDurable` turns false for good once a save's fsync has failed (saves are then refused). */
  health(): Promise<{ readonly database: boolean; readonly savesDurable: boolean; readonly applied: number; readonly expected: number }>;

  close(): Promise<void>;
}

export interface NewGlossaryEntry {
  readonly source: string;
  readonly target: string;
  readonly note: string | null;
  readonly forbidden: string | null;
}

export interface GlossaryEntry extends NewGlossaryEntry {
  readonly id: number;
  readonly projectId: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly changedBy: string | null;
  readonly changedAt: string | null;
}

export interface NewTmEntry {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly source: string;
  readonly target: string;
  readonly origin: 'tmx' | 'segment';
  readonly createdBy: string | null;
  /** ISO time; the import time when the file has none. */
  readonly createdAt: string | null;
  readonly changedBy: string | null;
  readonly changedAt: string | null;
  readonly props: Readonly<Record<string, string>>;
}

export interface NewProject {
  readonly name: string;
  readonly sourceLang: string;
  readonly targetLang: string;
}

export interface ProjectSummary extends Project {
  readonly documentCount: number;
  readonly words: WordCounts;
}

export interface NewSegment {
  readonly paragraph: number;
  readonly kind: SegmentKind;
  readonly label: string | null;
  readonly source: string;
  readonly glueAfter: string;
  readonly wordCount: number;
}

export interface NewDocument {
  readonly projectId: number;
  readonly title: string;
  readonly sourceFormat: string;
  readonly originalName: string | null;
  readonly segments: readonly NewSegment[];
  /** Targets, states and comments from an imported bilingual file, by index in `segments`. */
  readonly imports?: ReadonlyMap<number, Omit<SegmentImport, 'segmentId' | 'baseVersion'>> | undefined;
  /** Who imported the file (author of those revisions and comments). */
  readonly author?: string | undefined;
}

export interface ImportWrite {
  readonly segments: readonly SegmentImport[];
  readonly author: string;
}

export interface DocumentSummary extends DocumentInfo {
  /** Segments to translate (boilerplate not included). */
  readonly segmentCount: number;
  readonly skippedCount: number;
  readonly words: WordCounts;
}

export interface TargetWrite {
  readonly segmentId: number;
  readonly baseVersion: number;
  readonly target: string;
  readonly state: SegmentState;
  readonly origin: TargetOrigin;
  readonly author: string;
  /** A decision to log with the new revision, in the same transaction. */
  readonly review?: ReviewWrite | undefined;
  /** The match score when the text came from the translation memory. */
  readonly originScore?: number | null | undefined;
  /** Mirror the segment in the translation memory (or take it out), in the same transaction. */
  readonly memory?: MemoryAction | undefined;
  /**
   * Editing time to record with the save (ms, within the `editing_times` bounds), in the same
   * group commit; a time that cannot be recorded is dropped, never failing the save.
   */
  readonly editingMs?: number | undefined;
}

/** What a write does to the segment's translation-memory entry. */
export type MemoryAction = 'remember' | 'forget' | null;

/** A change of the translation memory, for the in-memory index to follow. */
export type TmChange =
  | { readonly op: 'upsert'; readonly projectId: number; readonly id: number; readonly source: string }
  | { readonly op: 'remove'; readonly projectId: number; readonly id: number };

export interface ReviewWrite {
  readonly action: ReviewEvent['action'];
  readonly category?: string | undefined;
  readonly severity?: string | undefined;
  readonly comment?: string | undefined;
}

export type SaveOutcome =
  | { readonly saved: true; readonly segment: Segment; readonly revision: Revision; readonly memory: TmChange | null }
  | { readonly saved: false; readonly current: Segment };

export interface MergeWrite {
  readonly first: { readonly id: number; readonly version: number };
  readonly second: { readonly id: number; readonly version: number };
  readonly merged: MergedSegment;
  readonly author: string;
}

export interface SplitWrite {
  readonly segmentId: number;
  readonly baseVersion: number;
  readonly plan: SplitPlan;
  readonly author: string;
}

export type StructureOutcome =
  | { readonly done: true; readonly segments: readonly Segment[] }
  | { readonly done: false; readonly current: readonly Segment[] };

/** One step of a re-import, in the new article's order (removals carry no position). */
export type ReimportStep =
  | { readonly op: 'keep' | 'change'; readonly segmentId: number; readonly segment: NewSegment }
  | { readonly op: 'add'; readonly segment: NewSegment }
  | { readonly op: 'remove'; readonly segmentId: number };

export interface ReimportWrite {
  readonly documentId: number;
  /** The live segment ids, in order, that the steps were computed from. */
  readonly basedOn: readonly number[];
  readonly steps: readonly ReimportStep[];
  readonly author: string;
}

export type ReimportOutcome = { readonly done: true } | { readonly done: false };

export interface KindWrite {
  readonly segmentId: number;
  readonly baseVersion: number;
  readonly kind: SegmentKind;
  readonly author: string;
}

/**
 * One live segment as an export reads it: the segment, and what its history says as far as the
 * export asked (ExportReads); what it did not ask for is left out (authors), empty or null.
 */
export interface SegmentExportRecord extends Pick<Segment,
  'id' | 'position' | 'paragraph' | 'kind' | 'label' | 'source' | 'target' | 'state' | 'version' | 'glueAfter' | 'updatedAt'> {
  /** Author and ISO time of the first revision (by version), author of the latest; null without revisions. */
  readonly createdBy?: string | null;
  readonly createdAt?: string | null;
  readonly updatedBy?: string | null;
  /** The segment's comments, oldest first. */
  readonly comments: readonly { readonly author: string; readonly body: string; readonly createdAt: string }[];
  /** The latest rejection of a rejected segment, unless an approval came after it. */
  readonly rejection: {
    readonly author: string; readonly category: string | null; readonly severity: string | null; readonly comment: string | null; readonly createdAt: string;
  } | null;
  /**
   * Of a translated or approved segment whose target is no longer the text the translator last confirmed:
   * that text and its author, and the author and ISO time of the latest revision.
   */
  readonly revised: { readonly confirmed: string; readonly confirmedBy: string; readonly revisedBy: string; readonly revisedAt: string } | null;
}

/** Which parts of the segments' history an export reads; each costs lookups per segment, so only these are read. */
export interface ExportReads {
  /** Only translated and approved segments (for an exporter that writes no others). */
  readonly finishedOnly: boolean;
  readonly authors: boolean;
  readonly comments: boolean;
  readonly rejections: boolean;
  readonly revised: boolean;
}

/** A rejected segment on its way back to the translator who confirmed it. */
export interface ReturnedSegment {
  readonly segment: Pick<Segment, 'id' | 'documentId' | 'source'>;
  readonly document: Pick<DocumentInfo, 'id' | 'projectId' | 'title'>;
  readonly rejection: ReviewEvent;
}

/** One revision as the activity feed shows it: who, what, where, when. */
export interface ActivityEntry {
  readonly revisionId: number;
  readonly segmentId: number;
  readonly author: string;
  readonly origin: TargetOrigin;
  /** The review decision logged with the revision, or null for an edit. */
  readonly action: ReviewEvent['action'] | null;
  readonly document: Pick<DocumentInfo, 'id' | 'projectId' | 'title'>;
  readonly createdAt: string;
}
