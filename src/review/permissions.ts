import { ForbiddenError } from '../core/errors.js';
import { PROJECT_ROLES, type ProjectRole, type SegmentState } from '../core/types.js';
import { REVIEW_ACTIONS, type SegmentAction } from './transitions.js';

export { PROJECT_ROLES, type ProjectRole } from '../core/types.js';

/** The role that decides a request: a project role, or `admin` (who acts as a manager everywhere). */
export type ActingRole = ProjectRole | 'admin';

/**
 * Whether `role` may take `action` on a segment in `state` (DESIGN.md §4).
 * Translators write and confirm, but an approved segment is the reviewer's:
 * translators may not approve, reject, reopen, or touch approved segments.
 * Whether the transition itself is possible is `nextState`'s business.
 */
export function mayPerform(role: ActingRole, action: SegmentAction, state: SegmentState): boolean {
  if (mayReview(role)) return true;
  if (REVIEW_ACTIONS.includes(action)) return false;
  return state !== 'approved';
}

/** Throws `segment.forbidden` (HTTP 403) unless `role` may take `action` in `state`. */
export function assertMayPerform(role: ActingRole, action: SegmentAction, state: SegmentState): void {
  if (!mayPerform(role, action, state)) throw new ForbiddenError('segment.forbidden', { action, state });
}

/** Managers (and admins) add members, change roles, settings and the LQA threshold. */
export function mayManageProject(role: ActingRole): boolean {
  return role === 'manager' || role === 'admin';
}

/** Reviewers, managers and admins see the review view and pass judgement. */
export function mayReview(role: ActingRole): boolean {
  return role === 'reviewer' || mayManageProject(role);
}

/** Narrows untrusted input (a form field, a database value) to a project role. */
export function isProjectRole(value: unknown): value is ProjectRole {
  return typeof value === 'string' && (PROJECT_ROLES as readonly string[]).includes(value);
}
