import { InvalidInputError } from '../core/errors.js';
import type { Actor, DocumentInfo, SegmentState } from '../core/types.js';
import type { ImportSummary } from '../review/import-plan.js';
import type { Deps } from './deps.js';
import { articleFormatOf, importArticle, type ArticleImportFormat } from './import-article.js';
import { importTmx, type TmxImport } from './import-tmx.js';
import { importTranslations, importXliffDocument, type BilingualImportFormat, type TranslationsImport } from './import-translations.js';

/** Every format `jembatan import` and the import forms take (README: Formats). */
export const IMPORT_FORMATS = ['txt', 'md', 'html', 'docx', 'xliff', 'tmx', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export function isImportFormat(value: string): value is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(value);
}

/** The format a file name stands for (`.xlf` and `.xliff` are XLIFF 1.2 or 2.x, told apart by content). */
export function importFormatOf(fileName: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'xlf' || extension === 'xliff') return 'xliff';
  if (extension === 'tmx' || extension === 'csv') return extension;
  const article = articleFormatOf(fileName);
  if (article === undefined) throw new InvalidInputError('import.fileType', { fileName });
  return article === 'paste' ? 'txt' : article;
}

export type ProjectImport =
  | { readonly kind: 'document'; readonly document: DocumentInfo; readonly summary: ImportSummary | null }
  | ({ readonly kind: 'tm' } & TmxImport);

/**
 * A file brought into a project: an article (txt, md, html, docx) or an XLIFF becomes a
 * new document; a TMX goes into the project's translation memory. CSV carries only
 * targets, so it goes onto an existing document (`importOntoDocument`).
 */
export async function importIntoProject(deps: Deps, input: {
  projectId: number; content: Buffer; fileName: string; format?: ImportFormat | undefined; title?: string | undefined; actor: Actor;
  /** Refuse a TMX (for callers that promise a document). */
  documentsOnly?: boolean | undefined;
}): Promise<ProjectImport> {
  const format = input.format ?? importFormatOf(input.fileName);
  switch (format) {
    case 'tmx':
      if (input.documentsOnly === true) throw new InvalidInputError('import.tmxToMemory');
      return { kind: 'tm', ...(await importTmx(deps, input)) };
    case 'xliff':
      return { kind: 'document', ...(await importXliffDocument(deps, input)) };
    case 'csv':
      throw new InvalidInputError('import.csvNeedsDocument');
    default:
      return { kind: 'document', document: await importArticle(deps, { ...input, format: format satisfies ArticleImportFormat }), summary: null };
  }
}

/** A bilingual file (XLIFF, the DOCX table, CSV) brought back onto the document it was exported from. */
export async function importOntoDocument(deps: Deps, input: {
  documentId: number; content: Buffer | null; fileName: string; format?: ImportFormat | undefined;
  stateNames?: readonly Readonly<Record<SegmentState, string>>[] | undefined; actor: Actor;
}): Promise<TranslationsImport> {
  const format = input.format;
  if (format !== undefined && format !== 'xliff' && format !== 'docx' && format !== 'csv') {
    throw new InvalidInputError('import.bilingualType', { fileName: input.fileName });
  }
  return importTranslations(deps, { ...input, format: format satisfies BilingualImportFormat | undefined });
}
