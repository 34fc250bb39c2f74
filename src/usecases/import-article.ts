import { InvalidInputError } from '../core/errors.js';
import type { Actor, DocumentInfo } from '../core/types.js';
import { countWords } from '../core/words.js';
import { readArticle } from '../formats/index.js';
import { segmentArticle } from '../segmentation/index.js';
import type { Deps } from './deps.js';
import { loadProject } from './load.js';

export interface ImportArticleInput {
  readonly projectId: number;
  readonly content: Buffer | string;
  readonly fileName?: string | undefined;
  /** `paste` for text typed into the browser; otherwise taken from the file name. */
  readonly format?: 'txt' | 'md' | 'paste' | undefined;
  readonly title?: string | undefined;
  readonly actor: Actor;
}

const IMPORTABLE = /\.(txt|text|md|markdown)$/i;

/** Reads an article, splits it into segments and stores it as a new document, all or nothing. */
export async function importArticle(deps: Deps, input: ImportArticleInput): Promise<DocumentInfo> {
  const project = await loadProject(deps, input.actor, input.projectId, 'manage');
  if (input.fileName !== undefined && input.format !== 'paste' && !IMPORTABLE.test(input.fileName)) {
    throw new InvalidInputError('import.fileType', { fileName: input.fileName });
  }
  const article = readArticle(input.content, { fileName: input.fileName, format: input.format });
  const drafts = segmentArticle(article.text, { doNotBreakAfter: project.settings.doNotBreakAfter });
  if (drafts.length === 0) throw new InvalidInputError('import.empty');
  const title = input.title?.trim() || article.title || input.fileName || 'Untitled';
  return deps.store.createDocument({
    projectId: project.id,
    title: title.slice(0, 300),
    sourceFormat: article.format,
    originalName: input.fileName ?? null,
    segments: drafts.map((draft) => ({ ...draft, wordCount: countWords(draft.source) })),
  });
}
