import { ConflictError, InvalidInputError } from '../core/errors.js';
import type { Project } from '../core/types.js';
import type { Deps } from './deps.js';

export interface CreateProjectInput {
  readonly name: string;
  readonly sourceLang?: string;
  readonly targetLang?: string;
}

/** Creates a project; Jembatan translates Indonesian into English unless told otherwise. */
export async function createProject(deps: Deps, input: CreateProjectInput): Promise<Project> {
  const name = input.name.trim();
  if (name === '' || name.length > 120) throw new InvalidInputError('project.name');
  if (await deps.store.findProjectByName(name)) throw new ConflictError('project.exists', { name });
  return deps.store.createProject({ name, sourceLang: input.sourceLang ?? 'id', targetLang: input.targetLang ?? 'en' });
}

/** For scripts and the CLI: the project with this name, created if missing. */
export async function findOrCreateProject(deps: Deps, name: string): Promise<Project> {
  return (await deps.store.findProjectByName(name.trim())) ?? createProject(deps, { name });
}
