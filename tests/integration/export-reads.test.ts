import { describe, expect, it } from 'vitest';
import { englishLabels } from '../../src/formats/__fixtures__/sample-document.js';
import { exporters } from '../../src/formats/index.js';
import { systemActor } from '../../src/usecases/access.js';
import { createProject } from '../../src/usecases/create-project.js';
import { exportDocument } from '../../src/usecases/export-document.js';
import { importArticle } from '../../src/usecases/import-article.js';
import type { ExportReads } from '../../src/store/store.js';
import { createTestApp } from '../support/test-app.js';

describe('what an export asks the store for', () => {
  it.each(Object.values(exporters).map((exporter) => [exporter.id, exporter] as const))(
    '%s asks for the history it names and, for TMX alone, only the finished segments',
    async (_, exporter) => {
      const t = await createTestApp();
      const actor = systemActor();
      const project = await createProject(t.deps, actor, { name: 'Desk' });
      const document = await importArticle(t.deps, { projectId: project.id, content: 'Judul\n\nSatu kalimat. Dua kalimat.', format: 'paste', title: 'T', actor });
      const asked: ExportReads[] = [];
      const read = t.deps.store.listExportSegments.bind(t.deps.store);
      t.deps.store.listExportSegments = (documentId, reads) => {
        asked.push(reads);
        return read(documentId, reads);
      };
      await exportDocument(t.deps, { documentId: document.id, format: exporter.id, labels: englishLabels, actor });
      expect(asked).toEqual([{
        finishedOnly: exporter.segments === 'finished',
        authors: exporter.reads.includes('authors'), comments: exporter.reads.includes('comments'),
        rejections: exporter.reads.includes('rejection'), revised: exporter.reads.includes('revised'),
      }]);
    },
  );
});
