import { ConflictError, InvalidInputError } from '../core/errors.js';
import type { Actor, DocumentInfo, Project, Segment, SegmentState } from '../core/types.js';
import { countWords } from '../core/words.js';
import { readBilingualDocx, readCsv, readXliff, type BilingualFile } from '../formats/index.js';
import { planImport, type ImportSummary, type SegmentImport } from '../review/import-plan.js';
import { assertApprovable } from './qa.js';
import type { Deps } from './deps.js';
import { requireAccess } from './access.js';
import { loadDocument, loadProject } from './load.js';

/** Bilingual formats a document takes its translations back from. */
export type BilingualImportFormat = 'xliff' | 'docx' | 'csv';

export interface ImportTranslationsInput {
  readonly documentId: number;
  /** null when no file was sent (refused after the access check, so outsiders learn nothing). */
  readonly content: Uint8Array | null;
  readonly fileName?: string | undefined;
  /** Otherwise from the file name. */
  readonly format?: BilingualImportFormat | undefined;
  /** State names as they may appear in a DOCX state column (the UI languages). */
  readonly stateNames?: readonly Readonly<Record<SegmentState, string>>[] | undefined;
  readonly actor: Actor;
}

export interface TranslationsImport {
  readonly project: Project;
  readonly document: DocumentInfo;
  readonly format: BilingualFile['format'];
  readonly summary: ImportSummary;
}

/**
 * Brings back a bilingual file (XLIFF, the DOCX table, CSV) that went out for
 * offline translation or review. All or nothing: a unit that cannot be applied
 * refuses the whole file, naming the unit, and nothing is stored.
 */
export async function importTranslations(deps: Deps, input: ImportTranslationsInput): Promise<TranslationsImport> {
  const document = await loadDocument(deps, input.actor, input.documentId, 'translate');
  const [project, role] = await Promise.all([
    deps.store.findProject(document.projectId), requireAccess(deps, input.actor, document.projectId, 'translate'),
  ]);
  if (input.content === null) throw new InvalidInputError('import.noFile');
  const file = readBilingual(input.content, bilingualFormatOf(input.format, input.fileName), input.stateNames);
  checkLanguages(file, project!);
  const [segments, comments, revisions] = await Promise.all([
    deps.store.listSegments(document.id), deps.store.listDocumentComments(document.id), deps.store.listDocumentRevisions(document.id),
  ]);
  const threads = new Map<number, string[]>();
  for (const comment of comments) {
    const thread = threads.get(comment.segmentId);
    if (thread) thread.push(comment.body);
    else threads.set(comment.segmentId, [comment.body]);
  }
  // What each segment was at each version: an old file is compared with what it was exported from.
  const history = new Map(revisions.map((revision) => [`${revision.segmentId}:${revision.version}`, revision]));
  const exported = (segmentId: number, version: number) =>
    version === 0 ? { target: '', state: 'new' as const } : history.get(`${segmentId}:${version}`);
  const plan = planImport({ segments, units: file.units, comments: threads, role, exported, threadsInOneCell: file.format === 'csv' });
  await assertImportedApprovals(deps, segments, plan.segments);
  const outcome = await deps.store.applyImport({ segments: plan.segments, author: input.actor.username });
  if (!outcome.done) throw new ConflictError('import.stale');
  deps.memory.apply(outcome.memory);
  return { project: project!, document, format: file.format, summary: plan.summary };
}

export interface ImportXliffDocumentInput {
  readonly projectId: number;
  readonly content: Uint8Array;
  readonly fileName?: string | undefined;
  readonly title?: string | undefined;
  readonly actor: Actor;
}

/**
 * A new document from an XLIFF file (ours or another tool's): its units become the
 * segments, paragraphs and glue as the file has them; targets, states and comments
 * come along as if the importing person had entered them.
 */
export async function importXliffDocument(deps: Deps, input: ImportXliffDocumentInput): Promise<{ document: DocumentInfo; summary: ImportSummary }> {
  const project = await loadProject(deps, input.actor, input.projectId, 'manage');
  const role = await requireAccess(deps, input.actor, project.id, 'manage');
  const file = readXliff(input.content);
  checkLanguages(file, project);
  if (file.units.length === 0) throw new InvalidInputError('import.empty');
  // Plan against the segments as they will be born: empty, version 0, numbered by position.
  const born: Segment[] = file.units.map((unit, index) => ({
    id: index + 1, documentId: 0, position: index, paragraph: unit.paragraph, kind: unit.kind, label: unit.label,
    source: unit.source, target: '', state: 'new', version: 0, origin: null, glueAfter: unit.glueAfter,
    wordCount: countWords(unit.source), updatedAt: null, sourceBefore: null,
  }));
  const plan = planImport({ segments: born, units: file.units.map((unit, index) => ({ ...unit, segmentId: index + 1, version: null })), comments: new Map(), role });
  const imports = new Map(plan.segments.map(({ segmentId, steps, comments, memory }) => [segmentId - 1, { steps, comments, memory }]));
  const fallback = input.fileName ?? 'Untitled';
  const title = (input.title?.trim() || file.original || fallback).slice(0, 300);
  const document = await deps.store.createDocument({
    projectId: project.id, title, sourceFormat: file.format, originalName: input.fileName ?? file.original,
    segments: born.map(({ paragraph, kind, label, source, glueAfter, wordCount }) => ({ paragraph, kind, label, source, glueAfter, wordCount })),
    imports, author: input.actor.username,
  });
  // Confirmed and approved units went into the memory with the document: rebuild the project's index on next use.
  if (plan.segments.some((segment) => segment.memory === 'remember')) deps.memory.drop(project.id);
  return { document, summary: plan.summary };
}

/** An approval from a file passes the same QA as one on the review page. */
async function assertImportedApprovals(deps: Deps, segments: readonly Segment[], plans: readonly SegmentImport[]): Promise<void> {
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  for (const plan of plans) {
    const last = plan.steps[plan.steps.length - 1];
    if (!last || !plan.steps.some((step) => step.action === 'approve')) continue;
    await assertApprovable(deps, { ...byId.get(plan.segmentId)!, target: last.target }).catch((error: unknown) => {
      throw error instanceof ConflictError ? new ConflictError('import.qaBlocked', { ...error.details, unit: `s${plan.segmentId}` }) : error;
    });
  }
}

const BILINGUAL_EXTENSIONS: Readonly<Record<string, BilingualImportFormat>> = { xlf: 'xliff', xliff: 'xliff', docx: 'docx', csv: 'csv' };

export function bilingualFormatOf(format: BilingualImportFormat | undefined, fileName: string | undefined): BilingualImportFormat {
  if (format !== undefined) return format;
  const extension = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';
  const found = BILINGUAL_EXTENSIONS[extension];
  if (found === undefined) throw new InvalidInputError('import.bilingualType', { fileName: fileName ?? '' });
  return found;
}

function readBilingual(content: Uint8Array, format: BilingualImportFormat, stateNames: ImportTranslationsInput['stateNames']): BilingualFile {
  switch (format) {
    case 'xliff': return readXliff(content);
    case 'docx': return readBilingualDocx(content, stateNames === undefined ? undefined : [...stateNames]);
    case 'csv': return readCsv(content);
  }
}

/** A file for another language pair is refused before anything else (`id` matches `id-ID`, `ID`). */
function checkLanguages(file: BilingualFile, project: Project): void {
  const differs = (fileLang: string | null, projectLang: string) => fileLang !== null && primary(fileLang) !== primary(projectLang);
  if (differs(file.sourceLang, project.sourceLang) || differs(file.targetLang, project.targetLang)) {
    throw new InvalidInputError('import.languagePair', {
      file: `${file.sourceLang ?? '?'} → ${file.targetLang ?? '?'}`, project: `${project.sourceLang} → ${project.targetLang}`,
    });
  }
}

function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
