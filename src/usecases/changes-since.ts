import { InvalidInputError } from '../core/errors.js';
import type { Actor, Revision, Segment } from '../core/types.js';
import { diffWords, type DiffPart } from '../revisions/word-diff.js';
import { openDocument, type OpenDocument } from './browse.js';
import type { Deps } from './deps.js';

export interface SegmentChange {
  readonly segment: Segment;
  /** From the text as it stood at `since` to the current one. */
  readonly diff: DiffPart[];
  readonly authors: string[];
}

/** Every segment changed after a time, with its diff since then and who changed it. */
export async function changesSince(deps: Deps, actor: Actor, documentId: number, since: string): Promise<OpenDocument & { changes: SegmentChange[]; since: string }> {
  if (Number.isNaN(Date.parse(since))) throw new InvalidInputError('changes.since');
  const opened = await openDocument(deps, actor, documentId);
  const bySegment = new Map<number, Revision[]>();
  for (const revision of await deps.store.listDocumentRevisions(documentId)) {
    bySegment.set(revision.segmentId, [...(bySegment.get(revision.segmentId) ?? []), revision]);
  }
  const cutoff = new Date(since).toISOString();
  const changes = opened.segments.flatMap((segment) => {
    const revisions = bySegment.get(segment.id) ?? [];
    const after = revisions.filter((revision) => revision.createdAt > cutoff);
    if (after.length === 0) return [];
    const before = revisions.filter((revision) => revision.createdAt <= cutoff).at(-1)?.target ?? '';
    return [{ segment, diff: diffWords(before, segment.target), authors: [...new Set(after.map((revision) => revision.author))] }];
  });
  return { ...opened, changes, since: cutoff };
}
