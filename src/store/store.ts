import type {
  DocumentInfo, Project, Revision, Segment, SegmentKind, SegmentState, TargetOrigin, WordCounts,
} from '../core/types.js';

/**
 * The persistence boundary. Every method is one whole unit of work in one
 * transaction and returns a Promise, so that a PostgreSQL store can implement
 * the same interface (DESIGN.md §2, §10). No transaction spans two calls.
 */
export interface Store {
  createProject(input: NewProject): Promise<Project>;
  listProjects(): Promise<ProjectSummary[]>;
  findProject(id: number): Promise<Project | null>;
  findProjectByName(name: string): Promise<Project | null>;

  /** Creates the document and all its segments at once. */
  createDocument(input: NewDocument): Promise<DocumentInfo>;
  listDocuments(projectId: number): Promise<DocumentSummary[]>;
  findDocument(id: number): Promise<DocumentInfo | null>;
  listSegments(documentId: number): Promise<Segment[]>;
  findSegment(id: number): Promise<Segment | null>;

  /**
   * Compare-and-set: writes the target only if the segment is still at
   * `baseVersion`, appending a revision with the new version. Otherwise
   * returns the current segment untouched.
   */
  saveTarget(input: TargetWrite): Promise<SaveOutcome>;
  listRevisions(segmentId: number): Promise<Revision[]>;
  findRevision(id: number): Promise<Revision | null>;

  close(): Promise<void>;
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
}

export type SaveOutcome =
  | { readonly saved: true; readonly segment: Segment; readonly revision: Revision }
  | { readonly saved: false; readonly current: Segment };
