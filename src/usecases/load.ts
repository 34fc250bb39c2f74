import { NotFoundError } from '../core/errors.js';
import type { DocumentInfo, Project, Segment } from '../core/types.js';
import type { Deps } from './deps.js';

/** Lookups shared by use cases: each throws NotFound with a stable code. */
export async function loadProject({ store }: Deps, id: number): Promise<Project> {
  const project = await store.findProject(id);
  if (!project) throw new NotFoundError('project.notFound', { id });
  return project;
}

export async function loadDocument({ store }: Deps, id: number): Promise<DocumentInfo> {
  const document = await store.findDocument(id);
  if (!document) throw new NotFoundError('document.notFound', { id });
  return document;
}

export async function loadSegment({ store }: Deps, id: number): Promise<Segment> {
  const segment = await store.findSegment(id);
  if (!segment) throw new NotFoundError('segment.notFound', { id });
  return segment;
}
