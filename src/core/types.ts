/** Shared domain vocabulary (see CONTEXT.md). Pure types, no behaviour. */

/** `text` is translated; `heading` is a title or subheading; `skip` is boilerplate left untranslated. */
export type SegmentKind = 'text' | 'heading' | 'skip';
export const SEGMENT_KINDS: readonly SegmentKind[] = ['text', 'heading', 'skip'];

/** The one state column of a segment (DESIGN.md §4). */
export type SegmentState = 'new' | 'draft' | 'translated' | 'rejected' | 'approved';
export const SEGMENT_STATES: readonly SegmentState[] = ['new', 'draft', 'translated', 'rejected', 'approved'];

/** Where the current target text came from. */
export type TargetOrigin = 'typed' | 'source-copy' | 'revert' | 'tm' | 'mt' | 'import' | 'merge' | 'split';
export const TARGET_ORIGINS: readonly TargetOrigin[] = ['typed', 'source-copy', 'revert', 'tm', 'mt', 'import', 'merge', 'split'];

/** Content languages are BCP 47 tags; never confuse them with the UI locale. */
export type UiLocale = 'en' | 'id';
export const UI_LOCALES: readonly UiLocale[] = ['en', 'id'];

export interface Project {
  readonly id: number;
  readonly name: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly settings: ProjectSettings;
  readonly createdAt: string;
}

export interface DocumentInfo {
  readonly id: number;
  readonly projectId: number;
  readonly title: string;
  readonly sourceFormat: string;
  readonly originalName: string | null;
  readonly createdAt: string;
  /** The day it is due (`YYYY-MM-DD`, set by a manager), or null. */
  readonly dueOn: string | null;
}

export interface Segment {
  readonly id: number;
  readonly documentId: number;
  readonly position: number;
  readonly paragraph: number;
  readonly kind: SegmentKind;
  /** Why a segment got its kind, as an i18n key suffix (e.g. `boilerplate.related`), or null. */
  readonly label: string | null;
  readonly source: string;
  readonly target: string;
  readonly state: SegmentState;
  readonly version: number;
  readonly origin: TargetOrigin | null;
  /** The match score when the current target came from the translation memory. */
  readonly originScore?: number | null;
  /** Whitespace that follows this segment inside its paragraph ("" for the last one). */
  readonly glueAfter: string;
  readonly wordCount: number;
  /** When the current target was saved, or null if never. */
  readonly updatedAt: string | null;
  /** The source before a re-import changed it ("source changed"), until the translator confirms again. */
  readonly sourceBefore: string | null;
}

/** What happened to a segment's structure or source: merged, split, changed or removed by a re-import. */
export type SegmentEventKind = 'merge' | 'split' | 'source-change' | 'remove' | 'add' | 'skip' | 'unskip';

export interface SegmentEvent {
  readonly id: number;
  readonly segmentId: number;
  readonly kind: SegmentEventKind;
  /** e.g. `{ sourceBefore }` for a merge, split or source change. */
  readonly details: Readonly<Record<string, unknown>>;
  readonly author: string;
  readonly createdAt: string;
}

/** Project settings that change how articles are segmented and checked. */
export interface ProjectSettings {
  /** Tokens after which no sentence break happens (e.g. "Kompol."), for new imports. */
  readonly doNotBreakAfter: readonly string[];
  /** LQA pass threshold in penalty points per 1,000 words (default 10). */
  readonly lqaThreshold?: number;
  /** Lowest fuzzy match shown, in percent (default 70). */
  readonly tmThreshold?: number;
  /** Confirming a segment fills identical sources of the document as drafts (default: offered, not applied). */
  readonly autoPropagate?: boolean;
  /** Shares this project's memory with the other projects that share theirs, and uses theirs (the global scope). */
  readonly shareTm?: boolean;
}

export interface Revision {
  readonly id: number;
  readonly segmentId: number;
  readonly version: number;
  readonly target: string;
  readonly state: SegmentState;
  readonly origin: TargetOrigin;
  readonly author: string;
  readonly createdAt: string;
}

/** Words per state for a document's progress bar; skipped segments are not counted. */
export type WordCounts = Readonly<Record<SegmentState, number>> & { readonly total: number };

/** A person's role in one project. Admins manage users and every project. */
export type ProjectRole = 'translator' | 'reviewer' | 'manager';
export const PROJECT_ROLES: readonly ProjectRole[] = ['translator', 'reviewer', 'manager'];

export interface User {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly isAdmin: boolean;
  readonly uiLocale: UiLocale | null;
  readonly disabledAt: string | null;
  /** Set only for demo accounts whose password has not been changed: shown on the sign-in page. */
  readonly demoPassword: string | null;
  readonly createdAt: string;
}

/** Who is acting: every use case that reads or changes project data checks this. */
export interface Actor {
  readonly userId: number;
  readonly username: string;
  readonly isAdmin: boolean;
}

export interface Membership {
  readonly projectId: number;
  readonly user: Pick<User, 'id' | 'username' | 'displayName'>;
  readonly role: ProjectRole;
}

/** One decision about a segment in the review log. */
export interface ReviewEvent {
  readonly id: number;
  readonly segmentId: number;
  readonly revisionId: number | null;
  readonly actor: string;
  readonly action: 'confirm' | 'approve' | 'reject' | 'reopen';
  readonly fromState: SegmentState;
  readonly toState: SegmentState;
  readonly category: string | null;
  readonly severity: string | null;
  readonly comment: string | null;
  readonly createdAt: string;
}

/** A note in a segment's thread. */
export interface Comment {
  readonly id: number;
  readonly segmentId: number;
  readonly author: string;
  readonly body: string;
  readonly createdAt: string;
}

/** A sentence pair in a project's translation memory. */
export interface TmEntry {
  readonly id: number;
  readonly projectId: number;
  readonly source: string;
  readonly target: string;
  /** `segment`: mirrors a confirmed or approved segment; `tmx`: imported. */
  readonly origin: 'tmx' | 'segment';
  readonly segmentId: number | null;
  readonly documentId: number | null;
  /** Neighbouring sources when stored (in-context matches). */
  readonly prevSource: string | null;
  readonly nextSource: string | null;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly changedBy: string | null;
  readonly changedAt: string | null;
}
