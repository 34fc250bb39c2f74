import { InvalidInputError } from '../core/errors.js';
import type { Actor, Comment, Revision, Segment } from '../core/types.js';
import { exportFileName, findExporter, type ExportLabels, type ExportSegment } from '../formats/index.js';
import { reviewStates, type LoggedReview, type SegmentReviewState } from '../review/review-state.js';
import type { Deps } from './deps.js';
import { loadDocument } from './load.js';

export interface ExportedFile {
  readonly fileName: string;
  readonly mediaType: string;
  /** Text (written as UTF-8) or the bytes of a binary format. */
  readonly body: string | Uint8Array;
}

/** Writes a document in one of the export formats; the file name is chosen here, never by the client. */
export async function exportDocument(
  deps: Deps,
  input: { documentId: number; format: string; labels: ExportLabels; actor: Actor },
): Promise<ExportedFile> {
  const exporter = findExporter(input.format);
  if (!exporter) throw new InvalidInputError('export.format', { format: input.format });
  const document = await loadDocument(deps, input.actor, input.documentId, 'read');
  const [project, segments, events, comments, revisions] = await Promise.all([
    deps.store.findProject(document.projectId), deps.store.listSegments(document.id), deps.store.listDocumentReviewEvents(document.id),
    deps.store.listDocumentComments(document.id), deps.store.listDocumentRevisions(document.id),
  ]);
  const exportDoc = {
    project: { id: project!.id, name: project!.name, sourceLang: project!.sourceLang, targetLang: project!.targetLang },
    document: { id: document.id, title: document.title, originalName: document.originalName },
    segments: exportSegments(segments, events, comments, revisions),
    exportedAt: deps.clock.now(),
    labels: input.labels,
  };
  return { fileName: exportFileName(exportDoc, exporter), mediaType: exporter.mediaType, body: exporter.write(exportDoc) };
}

/** Segments with their comment threads and what review did to them. */
export function exportSegments(
  segments: readonly Segment[], events: readonly LoggedReview[], comments: readonly Comment[], revisions: readonly Revision[],
): ExportSegment[] {
  const states = reviewStates(events);
  const threads = groupBy(comments, (comment) => comment.segmentId);
  const latest = new Map<number, Revision>();
  const first = new Map<number, Revision>();
  for (const revision of revisions) {
    latest.set(revision.segmentId, revision);
    if (!first.has(revision.segmentId)) first.set(revision.segmentId, revision);
  }
  return segments.map((segment) => ({
    ...segment,
    createdBy: first.get(segment.id)?.author ?? null,
    createdAt: first.get(segment.id)?.createdAt ?? null,
    updatedBy: latest.get(segment.id)?.author ?? null,
    comments: (threads.get(segment.id) ?? []).map(({ author, body, createdAt }) => ({ author, body, createdAt })),
    rejection: rejectionOf(segment, states.get(segment.id)),
    revised: revisedOf(segment, states.get(segment.id), latest.get(segment.id)),
  }));
}

function rejectionOf(segment: Segment, state: SegmentReviewState | undefined): ExportSegment['rejection'] {
  const event = segment.state === 'rejected' ? state?.lastRejection : null;
  if (!event) return null;
  return { author: event.actor, category: event.category, severity: event.severity, comment: event.comment, createdAt: event.createdAt };
}

/** A reviewer's change on top of the translator's confirmed text (as the editor shows it). */
function revisedOf(segment: Segment, state: SegmentReviewState | undefined, current: Revision | undefined): ExportSegment['revised'] {
  const confirmed = state?.lastConfirmed?.revisionTarget;
  if (confirmed === undefined || confirmed === null || confirmed === segment.target || current === undefined) return null;
  if (segment.state === 'draft' || segment.state === 'rejected' || segment.state === 'new') return null;
  return { confirmed, confirmedBy: state?.lastConfirmed?.revisionAuthor ?? null, revisedBy: current.author, revisedAt: current.createdAt };
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
