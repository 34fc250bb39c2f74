import { InvalidInputError } from '../core/errors.js';
import type { Actor } from '../core/types.js';
import { exportFileName, findExporter, type ExportLabels } from '../formats/index.js';
import type { Deps } from './deps.js';
import { openDocument } from './browse.js';

export interface ExportedFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly body: string;
}

/** Writes a document in one of the export formats; the file name is chosen here, never by the client. */
export async function exportDocument(
  deps: Deps,
  input: { documentId: number; format: string; labels: ExportLabels; actor: Actor },
): Promise<ExportedFile> {
  const exporter = findExporter(input.format);
  if (!exporter) throw new InvalidInputError('export.format', { format: input.format });
  const { project, document, segments } = await openDocument(deps, input.actor, input.documentId);
  const exportDoc = {
    project: { id: project.id, name: project.name, sourceLang: project.sourceLang, targetLang: project.targetLang },
    document: { id: document.id, title: document.title, originalName: document.originalName },
    segments,
    exportedAt: deps.clock.now(),
    labels: input.labels,
  };
  return { fileName: exportFileName(exportDoc, exporter), mediaType: exporter.mediaType, body: exporter.write(exportDoc) };
}
