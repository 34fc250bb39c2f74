import { NotFoundError } from '../core/errors.js';
import type { Actor, DocumentInfo, Project, ProjectRole, Segment } from '../core/types.js';
import { requireAccess, type Access } from './access.js';
import type { Deps } from './deps.js';

/** Lookups shared by use cases: each throws NotFound with a stable code, and checks the actor's access. */
export async function loadProject(deps: Deps, actor: Actor, id: number, need: Access): Promise<Project> {
  const project = await deps.store.findProject(id);
  if (!project) throw new NotFoundError('project.notFound', { id });
  await requireAccess(deps, actor, project.id, need);
  return project;
}

export async function loadDocument(deps: Deps, actor: Actor, id: number, need: Access): Promise<DocumentInfo> {
  const document = await deps.store.findDocument(id);
  if (!document) throw new NotFoundError('document.notFound', { id });
  await requireAccess(deps, actor, document.projectId, need).catch((error: unknown) => {
    // Not a member: the document does not exist for them either.
    throw error instanceof NotFoundError ? new NotFoundError('document.notFound', { id }) : error;
  });
  return document;
}

/** The segment and the actor's role in its project. */
export async function loadSegment(deps: Deps, actor: Actor, id: number, need: Access): Promise<{ segment: Segment; role: ProjectRole | 'admin' }> {
  const found = await deps.store.findSegmentInProject(id);
  if (!found) throw new NotFoundError('segment.notFound', { id });
  const { segment, projectId } = found;
  const role = await requireAccess(deps, actor, projectId, need).catch((error: unknown) => {
    throw error instanceof NotFoundError ? new NotFoundError('segment.notFound', { id }) : error;
  });
  return { segment, role };
}
