import { InvalidInputError } from '../core/errors.js';
import type { Actor } from '../core/types.js';
import { exportFileName, findExporter, type Exporter, type ExportLabels } from '../formats/index.js';
import type { ExportReads } from '../store/store.js';
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
  const [project, segments] = await Promise.all([
    deps.store.findProject(document.projectId), deps.store.listExportSegments(document.id, exportReads(exporter)),
  ]);
  const exportDoc = {
    project: { id: project!.id, name: project!.name, sourceLang: project!.sourceLang, targetLang: project!.targetLang },
    document: { id: document.id, title: document.title, originalName: document.originalName },
    // The store's records are export segments already: with their comment threads and what review did to them.
    segments,
    exportedAt: deps.clock.now(),
    labels: input.labels,
  };
  return { fileName: exportFileName(exportDoc, exporter), mediaType: exporter.mediaType, body: exporter.write(exportDoc) };
}

/** Only what the writer reads is looked up (formats/types.ts: Exporter's `reads` and `segments`). */
function exportReads({ reads, segments }: Exporter): ExportReads {
  return {
    finishedOnly: segments === 'finished',
    authors: reads.includes('authors'), comments: reads.includes('comments'), rejections: reads.includes('rejection'), revised: reads.includes('revised'),
  };
}
