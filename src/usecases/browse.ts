import type { DocumentInfo, Project, Segment, WordCounts } from '../core/types.js';
import { tallyWords } from '../core/words.js';
import type { DocumentSummary, ProjectSummary } from '../store/store.js';
import type { Deps } from './deps.js';
import { loadDocument, loadProject } from './load.js';

/** Read-only views used by pages and the API. */
export async function listProjects(deps: Deps): Promise<ProjectSummary[]> {
  return deps.store.listProjects();
}

export async function getProject(deps: Deps, id: number): Promise<{ project: Project; documents: DocumentSummary[] }> {
  const project = await loadProject(deps, id);
  return { project, documents: await deps.store.listDocuments(id) };
}

export interface OpenDocument {
  readonly project: Project;
  readonly document: DocumentInfo;
  readonly segments: Segment[];
  readonly words: WordCounts;
}

export async function openDocument(deps: Deps, id: number): Promise<OpenDocument> {
  const document = await loadDocument(deps, id);
  const [project, segments] = await Promise.all([loadProject(deps, document.projectId), deps.store.listSegments(id)]);
  return { project, document, segments, words: tallyWords(segments) };
}
