import { ConflictError, InvalidInputError } from '../core/errors.js';
import type { Actor, DocumentInfo, Project } from '../core/types.js';
import { countWords } from '../core/words.js';
import { alignSegments, respectRestructuring, type AlignmentSummary } from '../alignment/index.js';
import { diffWords, type DiffPart } from '../revisions/word-diff.js';
import { segmentArticle, type SegmentDraft } from '../segmentation/index.js';
import type { NewSegment, ReimportStep } from '../store/store.js';
import type { Deps } from './deps.js';
import { articleFormatOf, readArticleFile, type ArticleImportFormat } from './import-article.js';
import { loadDocument } from './load.js';

export interface ReimportArticleInput {
  readonly documentId: number;
  readonly content: Buffer | string;
  readonly fileName?: string | undefined;
  readonly format?: ArticleImportFormat | undefined;
  readonly actor: Actor;
}

export interface ReimportReport {
  readonly project: Project;
  readonly document: DocumentInfo;
  readonly summary: AlignmentSummary;
  /** Edited sources, each with a word diff from the old source to the new one. */
  readonly changed: readonly { readonly segmentId: number; readonly diff: DiffPart[] }[];
  /** Sentences gone from the article, with the translation they had (kept in their history). */
  readonly removed: readonly { readonly segmentId: number; readonly source: string; readonly target: string }[];
}

/**
 * Brings a newer version of an article into its document. Unchanged sentences keep
 * target, state and history; edited ones keep their target and show "source changed";
 * new ones arrive empty; removed ones leave the grid but keep their history.
 */
export async function reimportArticle(deps: Deps, input: ReimportArticleInput): Promise<ReimportReport> {
  const document = await loadDocument(deps, input.actor, input.documentId, 'manage');
  const project = (await deps.store.findProject(document.projectId))!;
  const format = input.format ?? (input.fileName === undefined ? 'paste' : articleFormatOf(input.fileName));
  if (format === undefined) throw new InvalidInputError('import.fileType', { fileName: input.fileName ?? '' });
  const article = readArticleFile(input.content, format, input.fileName);
  const current = await deps.store.listSegments(document.id);
  const segmented = segmentArticle(article.text, { doNotBreakAfter: project.settings.doNotBreakAfter });
  if (segmented.length === 0) throw new InvalidInputError('import.empty');
  const drafts = respectRestructuring(current, segmented);
  const alignment = alignSegments(current, drafts);
  const byId = new Map(current.map((segment) => [segment.id, segment]));
  const steps = alignment.steps.map((step): ReimportStep => {
    if (step.op === 'remove') return { op: 'remove', segmentId: step.oldId };
    const segment = toNewSegment(drafts[step.newIndex]!);
    if (step.op === 'add') return { op: 'add', segment };
    // An unchanged sentence keeps its kind: the translator may have marked it for translation (or skipped it).
    const before = byId.get(step.oldId)!;
    const kept = step.op === 'keep' ? { ...segment, kind: before.kind, label: before.label } : segment;
    return { op: step.op, segmentId: step.oldId, segment: kept };
  });
  const outcome = await deps.store.reimportDocument({ documentId: document.id, basedOn: current.map((s) => s.id), steps, author: input.actor.username });
  if (!outcome.done) throw new ConflictError('document.changedDuringImport');
  return {
    project,
    document,
    summary: alignment.summary,
    changed: alignment.steps.flatMap((step) => step.op === 'change'
      ? [{ segmentId: step.oldId, diff: diffWords(byId.get(step.oldId)!.source, drafts[step.newIndex]!.source) }] : []),
    removed: alignment.steps.flatMap((step) => {
      const gone = step.op === 'remove' ? byId.get(step.oldId) : undefined;
      return gone ? [{ segmentId: gone.id, source: gone.source, target: gone.target }] : [];
    }),
  };
}

function toNewSegment(draft: SegmentDraft): NewSegment {
  return { ...draft, wordCount: countWords(draft.source) };
}
