import type { Request } from 'express';
import type { Actor } from '../../core/types.js';
import type { Deps } from '../../usecases/deps.js';
import { importArticle } from '../../usecases/import-article.js';
import { importIntoProject, type ProjectImport } from '../../usecases/import-file.js';
import { articleFromRequest } from '../inputs/article-upload.js';

/** A project import from a form or a script: pasted text is an article; a file goes by its format. */
export async function importIntoProjectFromRequest(
  deps: Deps, projectId: number, req: Request, actor: Actor, accept: 'documents' | 'anything',
): Promise<ProjectImport> {
  const upload = articleFromRequest(req);
  if (upload.format === 'paste' || upload.fileName === undefined) {
    return { kind: 'document', document: await importArticle(deps, { projectId, ...upload, actor }), summary: null };
  }
  return importIntoProject(deps, {
    projectId, content: Buffer.from(upload.content), fileName: upload.fileName, title: upload.title, actor, documentsOnly: accept === 'documents',
  });
}
