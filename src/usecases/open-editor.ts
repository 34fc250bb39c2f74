import type { Actor } from '../core/types.js';
import { openDocument, type OpenDocument } from './browse.js';
import { unresolvedThreads } from './comments.js';
import type { Deps } from './deps.js';
import { glossaryHits, type GlossaryHit } from './glossary.js';
import { findingsOfSegments, type ShownFinding } from './qa.js';

export interface OpenEditor extends OpenDocument {
  /** QA findings per segment (segments without findings are left out). */
  readonly findings: ReadonlyMap<number, readonly ShownFinding[]>;
  /** Glossary hits per segment's source (segments without hits are left out). */
  readonly glossary: Readonly<Record<number, readonly GlossaryHit[]>>;
  /** Segments whose comment threads are not resolved (the header counts them; a filter shows them). */
  readonly unresolvedThreads: readonly number[];
}

/**
 * Everything the editor page shows of a document: its segments with their review notes, comment
 * counts, QA findings and glossary hits. Each table is read once.
 */
export async function openEditor(deps: Deps, actor: Actor, documentId: number): Promise<OpenEditor> {
  const opened = await openDocument(deps, actor, documentId);
  const [acknowledged, terms, unresolved] = await Promise.all([
    deps.store.qaAcknowledgements(documentId), deps.store.listGlossary(opened.project.id), unresolvedThreads(deps, documentId),
  ]);
  const findings = await findingsOfSegments(deps, { project: opened.project, segments: opened.segments, acknowledged, glossary: terms });
  return { ...opened, findings, glossary: glossaryHits(terms, opened.segments), unresolvedThreads: unresolved };
}
