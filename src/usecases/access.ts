import { ForbiddenError, NotFoundError } from '../core/errors.js';
import type { Actor, ProjectRole } from '../core/types.js';
import type { Deps } from './deps.js';

/** What an intention needs in its project. */
export type Access = 'read' | 'translate' | 'review' | 'manage';

const GRANTS: Readonly<Record<ProjectRole | 'admin', readonly Access[]>> = {
  translator: ['read', 'translate'],
  reviewer: ['read', 'translate', 'review'],
  manager: ['read', 'translate', 'review', 'manage'],
  admin: ['read', 'translate', 'review', 'manage'],
};

/** The command line and start-up tasks act with full rights on the machine that holds the database. */
export const systemActor = (username = 'system'): Actor => ({ userId: 0, username, isAdmin: true });

/**
 * The actor's role in the project, checked on the server for every use case.
 * Someone who is not a member gets "not found", never a peek at the project.
 */
export async function requireAccess(deps: Deps, actor: Actor, projectId: number, need: Access): Promise<ProjectRole | 'admin'> {
  const role = actor.isAdmin ? 'admin' : await deps.store.findRole(projectId, actor.userId);
  if (role === null) throw new NotFoundError('project.notFound', { id: projectId });
  if (!GRANTS[role].includes(need)) throw new ForbiddenError('project.forbidden', { need });
  return role;
}
