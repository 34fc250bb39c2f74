import { InvalidInputError } from '../core/errors.js';
import type { Actor } from '../core/types.js';
import { exportFileName, findExporter, type ExportComment, type ExportHistory, type ExportLabels, type ExportSegment } from '../formats/index.js';
import type { DocumentExportRecords, ExportReads } from '../store/store.js';
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
  const [project, records] = await Promise.all([
    deps.store.findProject(document.projectId), deps.store.listExportRecords(document.id, exportReads(exporter.reads)),
  ]);
  const exportDoc = {
    project: { id: project!.id, name: project!.name, sourceLang: project!.sourceLang, targetLang: project!.targetLang },
    document: { id: document.id, title: document.title, originalName: document.originalName },
    segments: exportSegments(records),
    exportedAt: deps.clock.now(),
    labels: input.labels,
  };
  return { fileName: exportFileName(exportDoc, exporter), mediaType: exporter.mediaType, body: exporter.write(exportDoc) };
}

/** Only what the writer reads is looked up (formats/types.ts, ExportHistory). */
function exportReads(reads: readonly ExportHistory[]): ExportReads {
  return { authors: reads.includes('authors'), comments: reads.includes('comments'), rejections: reads.includes('rejection'), revised: reads.includes('revised') };
}

/** Segments with their comment threads and what review did to them, as far as the records carry them. */
export function exportSegments(records: DocumentExportRecords): ExportSegment[] {
  const threads = new Map<number, ExportComment[]>();
  for (const { segmentId, author, body, createdAt } of records.comments) {
    const thread = threads.get(segmentId);
    if (thread) thread.push({ author, body, createdAt });
    else threads.set(segmentId, [{ author, body, createdAt }]);
  }
  const rejections = new Map(records.rejections.map(({ segmentId, actor, category, severity, comment, createdAt }) =>
    [segmentId, { author: actor, category, severity, comment, createdAt }]));
  const revisions = new Map(records.revised.map(({ segmentId, ...revised }) => [segmentId, revised]));
  return records.segments.map((record): ExportSegment => {
    const segment: ExportSegment = {
      id: record.id,
      position: record.position,
      paragraph: record.paragraph,
      kind: record.kind,
      label: record.label,
      source: record.source,
      target: record.target,
      state: record.state,
      version: record.version,
      glueAfter: record.glueAfter,
      updatedAt: record.updatedAt,
      comments: threads.get(record.id) ?? [],
      rejection: rejections.get(record.id) ?? null,
      revised: revisions.get(record.id) ?? null,
    };
    if (record.firstAuthor !== undefined) segment.createdBy = record.firstAuthor;
    if (record.firstAt !== undefined) segment.createdAt = record.firstAt;
    if (record.latestAuthor !== undefined) segment.updatedBy = record.latestAuthor;
    return segment;
  });
}
