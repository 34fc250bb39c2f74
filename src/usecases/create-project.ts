import { ConflictError, InvalidInputError } from '../core/errors.js';
import { ForbiddenError } from '../core/errors.js';
import type { Actor, Project } from '../core/types.js';
import type { Deps } from './deps.js';

export interface CreateProjectInput {
  readonly name: string;
  readonly sourceLang?: string;
  readonly targetLang?: string;
}

/** Creates a project; Jembatan translates Indonesian into English unless told otherwise. */
export async function createProject(deps: Deps, actor: Actor, input: CreateProjectInput): Promise<Project> {
  if (!actor.isAdmin) throw new ForbiddenError('project.createForbidden');
  const name = input.name.trim();
  if (name === '' || name.length > 120) throw new InvalidInputError('project.name');
  if (await deps.store.findProjectByName(name)) throw new ConflictError('project.exists', { name });
  const project = await deps.store.createProject({ name, sourceLang: input.sourceLang ?? 'id', targetLang: input.targetLang ?? 'en' });
  // Whoever creates a project manages it (a system actor has no account to add).
  if (actor.userId > 0) await deps.store.setMembership({ projectId: project.id, userId: actor.userId, role: 'manager' });
  return project;
}

/** For scripts and the CLI: the project with this name, created if missing. */
export async function findOrCreateProject(deps: Deps, actor: Actor, name: string): Promise<Project> {
  return (await deps.store.findProjectByName(name.trim())) ?? createProject(deps, actor, { name });
}
