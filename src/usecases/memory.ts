import { InvalidInputError, NotFoundError } from '../core/errors.js';
import type { Actor, DocumentInfo, Project, Segment, TmEntry } from '../core/types.js';
import { writeTmxUnits } from '../formats/index.js';
import { diffWords, type DiffPart } from '../revisions/word-diff.js';
import { matchPercent, normalizeSource } from '../tm/index.js';
import { mayManageProject } from '../review/permissions.js';
import { requireAccess } from './access.js';
import type { Deps } from './deps.js';
import { loadDocument, loadProject, loadSegment } from './load.js';
import { saveTarget } from './save-target.js';

export const DEFAULT_TM_THRESHOLD = 70;
const MAX_MATCHES = 5;

export interface TmMatch {
  readonly entryId: number;
  /** 101: same source in the same context; 100: same source; below: fuzzy. */
  readonly score: number;
  readonly source: string;
  readonly target: string;
  /** From the match's source to the segment's source, word by word. */
  readonly sourceDiff: DiffPart[];
  readonly author: string | null;
  readonly date: string;
  readonly origin: TmEntry['origin'];
}

/** Up to five memory matches for a segment, best first (never the segment's own entry). */
export async function findMatches(deps: Deps, actor: Actor, segmentId: number): Promise<TmMatch[]> {
  const { segment } = await loadSegment(deps, actor, segmentId, 'read');
  const document = (await deps.store.findDocument(segment.documentId))!;
  const project = (await deps.store.findProject(document.projectId))!;
  return matchesFor(deps, project, segment);
}

async function matchesFor(deps: Deps, project: Project, segment: Segment): Promise<TmMatch[]> {
  if (segment.kind === 'skip') return [];
  const threshold = (project.settings.tmThreshold ?? DEFAULT_TM_THRESHOLD) / 100;
  const hits = await searchScope(deps, project, segment.source, { limit: MAX_MATCHES * 2, threshold });
  const entries = (await deps.store.findTmEntries(hits.map((hit) => hit.id))).filter((entry) => entry.segmentId !== segment.id);
  if (entries.length === 0) return [];
  const context = entries.some((entry) => entry.prevSource !== null || entry.nextSource !== null) ? await deps.store.neighbourSources(segment.id) : null;
  return entries
    .map((entry): TmMatch => {
      const percent = matchPercent(segment.source, entry.source);
      const inContext = percent === 100 && context !== null && sameText(entry.prevSource, context.prev) && sameText(entry.nextSource, context.next);
      return {
        entryId: entry.id, score: inContext ? 101 : percent, source: entry.source, target: entry.target,
        sourceDiff: diffWords(entry.source, segment.source), author: entry.changedBy ?? entry.createdBy,
        date: entry.changedAt ?? entry.createdAt, origin: entry.origin,
      };
    })
    .filter((match) => match.score >= threshold * 100)
    .sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || b.entryId - a.entryId)
    // The same pair stored twice (a repeated sentence) is offered once, at its best.
    .filter((match, index, all) => all.findIndex((other) => other.source === match.source && other.target === match.target) === index)
    .slice(0, MAX_MATCHES);
}

/**
 * The project's own memory and, when it shares its memory, the memories of every other project
 * that shares theirs (the global scope), best hits first.
 */
async function searchScope(deps: Deps, project: Project, query: string, options: { limit: number; threshold: number }): Promise<{ id: number; score: number }[]> {
  const scope = project.settings.shareTm === true
    ? [project.id, ...(await deps.store.listProjects()).filter((other) => other.id !== project.id && other.settings.shareTm === true).map((other) => other.id)]
    : [project.id];
  const hits = (await Promise.all(scope.map((projectId) => deps.memory.search(projectId, query, options)))).flat();
  return hits.sort((a, b) => b.score - a.score || b.id - a.id).slice(0, options.limit);
}

function sameText(a: string | null, b: string | null): boolean {
  return (a === null ? '' : normalizeSource(a)) === (b === null ? '' : normalizeSource(b));
}

/** Leverage bands of the analysis report, as CAT tools print them. */
export const LEVERAGE_BANDS = ['101', '100', '95-99', '85-94', '75-84', '50-74', 'none'] as const;
export type LeverageBand = (typeof LEVERAGE_BANDS)[number] | 'repetition';

export interface LeverageReport {
  readonly rows: readonly { readonly band: LeverageBand; readonly segments: number; readonly words: number }[];
  readonly total: { readonly segments: number; readonly words: number };
}

/**
 * What the memory already knows of a document before translation starts: words per
 * match band, with later occurrences of a source counted as repetitions.
 */
export async function leverageReport(deps: Deps, actor: Actor, documentId: number): Promise<{ project: Project; document: DocumentInfo; report: LeverageReport }> {
  const document = await loadDocument(deps, actor, documentId, 'read');
  const project = (await deps.store.findProject(document.projectId))!;
  const segments = (await deps.store.listSegments(document.id)).filter((segment) => segment.kind !== 'skip');
  const counts = new Map<LeverageBand, { segments: number; words: number }>();
  const seen = new Set<string>();
  for (const segment of segments) {
    const key = normalizeSource(segment.source);
    let band: LeverageBand;
    if (seen.has(key)) band = 'repetition';
    else {
      seen.add(key);
      const best = await bestScoreOutsideDocument(deps, project, segment);
      band = bandOf(best);
    }
    const row = counts.get(band) ?? { segments: 0, words: 0 };
    counts.set(band, { segments: row.segments + 1, words: row.words + segment.wordCount });
  }
  const rows = [...LEVERAGE_BANDS, 'repetition' as const].map((band) => ({ band, ...(counts.get(band) ?? { segments: 0, words: 0 }) }));
  const total = { segments: segments.length, words: segments.reduce((sum, segment) => sum + segment.wordCount, 0) };
  return { project, document, report: { rows, total } };
}

/** The best match from elsewhere (entries of this document's own segments do not count as leverage). */
async function bestScoreOutsideDocument(deps: Deps, project: Project, segment: Segment): Promise<number | null> {
  // The index looks no lower than 70 %: the 50–74 band counts the matches from 70 % up.
  const hits = await searchScope(deps, project, segment.source, { limit: 10, threshold: 0.7 });
  if (hits.length === 0) return null;
  const entries = await deps.store.findTmEntries(hits.map((hit) => hit.id));
  const outside = entries.filter((entry) => entry.documentId !== segment.documentId);
  if (outside.length === 0) return null;
  const context = await deps.store.neighbourSources(segment.id);
  return Math.max(...outside.map((entry) => {
    const percent = matchPercent(segment.source, entry.source);
    return percent === 100 && sameText(entry.prevSource, context.prev) && sameText(entry.nextSource, context.next) ? 101 : percent;
  }));
}

export function bandOf(score: number | null): LeverageBand {
  if (score === null || score < 50) return 'none';
  if (score >= 101) return '101';
  if (score >= 100) return '100';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 75) return '75-84';
  return '50-74';
}

/** The memory page and concordance: entries whose source or target contains the text. */
export async function searchMemory(deps: Deps, actor: Actor, input: { projectId: number; query: string; limit?: number }): Promise<{ project: Project; entries: TmEntry[]; total: number; manages: boolean }> {
  const project = await loadProject(deps, actor, input.projectId, 'read');
  const manages = mayManageProject(await requireAccess(deps, actor, project.id, 'read'));
  const query = input.query.trim();
  if (query.length > 200) throw new InvalidInputError('tm.query');
  const [entries, total] = await Promise.all([deps.store.searchTm(project.id, query, Math.min(input.limit ?? 50, 200)), deps.store.countTmEntries(project.id)]);
  return { project, entries, total, manages };
}

export async function editMemoryEntry(deps: Deps, actor: Actor, input: { entryId: number; target: string }): Promise<TmEntry> {
  const entry = await loadEntry(deps, actor, input.entryId);
  const target = input.target.trim();
  if (target === '' || target.length > 10_000) throw new InvalidInputError('tm.target');
  const updated = (await deps.store.updateTmEntry(entry.id, target, actor.username))!;
  return updated;
}

export async function deleteMemoryEntry(deps: Deps, actor: Actor, entryId: number): Promise<TmEntry> {
  const entry = await loadEntry(deps, actor, entryId);
  await deps.store.deleteTmEntry(entry.id);
  deps.memory.apply([{ op: 'remove', projectId: entry.projectId, id: entry.id }]);
  return entry;
}

async function loadEntry(deps: Deps, actor: Actor, entryId: number): Promise<TmEntry> {
  const [entry] = await deps.store.findTmEntries([entryId]);
  if (!entry) throw new NotFoundError('tm.notFound', { id: entryId });
  await loadProject(deps, actor, entry.projectId, 'manage').catch((error: unknown) => {
    throw error instanceof NotFoundError ? new NotFoundError('tm.notFound', { id: entryId }) : error;
  });
  return entry;
}

/** The whole memory of a project as TMX 1.4. */
export async function exportMemory(deps: Deps, actor: Actor, projectId: number): Promise<{ fileName: string; body: string }> {
  const project = await loadProject(deps, actor, projectId, 'read');
  const entries = await deps.store.listTmEntries(project.id);
  const body = writeTmxUnits({ sourceLang: project.sourceLang, targetLang: project.targetLang, exportedAt: deps.clock.now() }, entries.map((entry) => ({
    tuid: `tm${entry.id}`, source: entry.source, target: entry.target,
    creationId: entry.createdBy, creationDate: entry.createdAt, changeId: entry.changedBy, changeDate: entry.changedAt,
    props: { 'x-project': project.name },
  })));
  const slug = project.name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || `project-${project.id}`;
  return { fileName: `${slug}.memory.${project.sourceLang}-${project.targetLang}.tmx`.replace(/[^A-Za-z0-9.-]/g, ''), body };
}

/** Segments of the same document with the same source and no translation yet. */
async function emptyRepetitions(deps: Deps, segment: Segment): Promise<Segment[]> {
  const key = normalizeSource(segment.source);
  return (await deps.store.listSegments(segment.documentId))
    .filter((other) => other.id !== segment.id && other.kind !== 'skip' && other.state === 'new' && other.target === '' && normalizeSource(other.source) === key);
}

/** How many untranslated repetitions a confirmed segment could fill (offered in the editor). */
export async function countRepetitions(deps: Deps, actor: Actor, segmentId: number): Promise<number> {
  const { segment } = await loadSegment(deps, actor, segmentId, 'read');
  return segment.target === '' ? 0 : (await emptyRepetitions(deps, segment)).length;
}

/**
 * Fills the untranslated repetitions of a segment with its translation, as drafts
 * (origin `tm`, 100 %): the translator still confirms each one in its context.
 */
export async function propagateRepetitions(deps: Deps, actor: Actor, segmentId: number): Promise<Segment[]> {
  const { segment } = await loadSegment(deps, actor, segmentId, 'translate');
  if (segment.target.trim() === '' || (segment.state !== 'translated' && segment.state !== 'approved')) throw new InvalidInputError('tm.propagateUnconfirmed');
  const filled: Segment[] = [];
  for (const other of await emptyRepetitions(deps, segment)) {
    // A teammate typing into one of them meanwhile wins: that one is left alone.
    const saved = await saveTarget(deps, { segmentId: other.id, baseVersion: other.version, target: segment.target, action: 'edit', origin: 'tm', originScore: 100, actor })
      .catch(() => null);
    if (saved) filled.push(saved.segment);
  }
  return filled;
}
