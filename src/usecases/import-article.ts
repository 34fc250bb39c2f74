import { InvalidInputError } from '../core/errors.js';
import type { Actor, DocumentInfo } from '../core/types.js';
import { countWords } from '../core/words.js';
import { readArticle, readArticleDocx } from '../formats/index.js';
import { segmentArticle } from '../segmentation/index.js';
import type { Deps } from './deps.js';
import { loadProject } from './load.js';

export interface ImportArticleInput {
  readonly projectId: number;
  readonly content: Buffer | string;
  readonly fileName?: string | undefined;
  /** `paste` for text typed into the browser; otherwise taken from the file name. */
  readonly format?: ArticleImportFormat | undefined;
  readonly title?: string | undefined;
  readonly actor: Actor;
}

export type ArticleImportFormat = 'txt' | 'md' | 'html' | 'docx' | 'paste';

const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleImportFormat>> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html', docx: 'docx',
};

/** The article format a file name stands for, or undefined. */
export function articleFormatOf(fileName: string): ArticleImportFormat | undefined {
  return ARTICLE_EXTENSIONS[/\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''];
}

/** Plain text, Markdown, a saved web page (main text extracted) or a Word document (its paragraphs). */
export function readArticleFile(content: Buffer | string, format: ArticleImportFormat, fileName?: string): { title: string | null; text: string; format: string } {
  if (format === 'docx') {
    const docx = readArticleDocx(typeof content === 'string' ? Buffer.from(content) : content);
    return { title: docx.title, text: docx.text, format: 'docx' };
  }
  return readArticle(content, { fileName, format });
}

/** Reads an article, splits it into segments and stores it as a new document, all or nothing. */
export async function importArticle(deps: Deps, input: ImportArticleInput): Promise<DocumentInfo> {
  const project = await loadProject(deps, input.actor, input.projectId, 'manage');
  const format = input.format ?? (input.fileName === undefined ? 'paste' : articleFormatOf(input.fileName));
  if (format === undefined) throw new InvalidInputError('import.fileType', { fileName: input.fileName ?? '' });
  const article = readArticleFile(input.content, format, input.fileName);
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
