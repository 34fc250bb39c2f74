import type { DocumentInfo, Project, Segment, WordCounts } from '../core/types.js';
import { tallyWords } from '../core/words.js';
import { diffWords, type DiffPart } from '../revisions/word-diff.js';
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
  /** For segments whose source a re-import changed: a word diff from the old source to the new one. */
  readonly sourceChanges: Readonly<Record<number, DiffPart[]>>;
}

export async function openDocument(deps: Deps, id: number): Promise<OpenDocument> {
  const document = await loadDocument(deps, id);
  const [project, segments] = await Promise.all([loadProject(deps, document.projectId), deps.store.listSegments(id)]);
  const sourceChanges = Object.fromEntries(segments
    .filter((segment) => segment.sourceBefore !== null)
    .map((segment) => [segment.id, diffWords(segment.sourceBefore ?? '', segment.source)]));
  return { project, document, segments, words: tallyWords(segments), sourceChanges };
}
