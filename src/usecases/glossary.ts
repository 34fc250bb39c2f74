import { ConflictError, InvalidInputError, NotFoundError } from '../core/errors.js';
import type { Actor, Project, Segment } from '../core/types.js';
import { slugify } from '../formats/index.js';
import { compileGlossary, readGlossaryCsv, readTbx, validateTerm, writeGlossaryCsv, writeTbx, type GlossaryMatcher, type GlossaryTermInput, type NewGlossaryTerm } from '../glossary/index.js';
import { mayManageProject } from '../review/permissions.js';
import type { GlossaryEntry } from '../store/store.js';
import { requireAccess } from './access.js';
import type { Deps } from './deps.js';
import { loadProject } from './load.js';

export interface GlossaryView {
  readonly project: Project;
  readonly terms: readonly GlossaryEntry[];
  /** Whether the actor may add, edit, delete and import terms. */
  readonly manages: boolean;
}

/** The project's terms, sorted by source; any member may read them. */
export async function listGlossary(deps: Deps, actor: Actor, projectId: number): Promise<GlossaryView> {
  const project = await loadProject(deps, actor, projectId, 'read');
  const manages = mayManageProject(await requireAccess(deps, actor, project.id, 'read'));
  return { project, terms: await deps.store.listGlossary(project.id), manages };
}

/** One typed term; a pair the project has already is a conflict, not a silent no-op. */
export async function addGlossaryTerm(deps: Deps, actor: Actor, input: { projectId: number; term: GlossaryTermInput }): Promise<GlossaryEntry> {
  const project = await loadProject(deps, actor, input.projectId, 'manage');
  const term = validateTerm(input.term);
  const { added } = await deps.store.addGlossaryEntries(project.id, [term], actor.username);
  if (added === 0) throw new ConflictError('glossary.duplicate', { source: term.source });
  return (await deps.store.listGlossary(project.id)).find((entry) => entry.source === term.source && entry.target === term.target)!;
}

/** Several terms at once (the demo's seed terms, scripts); pairs the project has already are counted. */
export async function addGlossaryTerms(deps: Deps, actor: Actor, input: { projectId: number; terms: readonly GlossaryTermInput[] }): Promise<{ added: number; duplicates: number }> {
  const project = await loadProject(deps, actor, input.projectId, 'manage');
  return deps.store.addGlossaryEntries(project.id, input.terms.map((term) => validateTerm(term)), actor.username);
}

export async function editGlossaryTerm(deps: Deps, actor: Actor, input: { termId: number; term: GlossaryTermInput }): Promise<GlossaryEntry> {
  const entry = await loadTerm(deps, actor, input.termId, 'manage');
  const updated = await deps.store.updateGlossaryEntry(entry.id, validateTerm(input.term), actor.username);
  if (updated === null) throw new NotFoundError('glossary.notFound', { id: entry.id });
  return updated;
}

export async function deleteGlossaryTerm(deps: Deps, actor: Actor, termId: number): Promise<GlossaryEntry> {
  const entry = await loadTerm(deps, actor, termId, 'manage');
  if (!(await deps.store.deleteGlossaryEntry(entry.id))) throw new NotFoundError('glossary.notFound', { id: entry.id });
  return entry;
}

/** The project a term belongs to, for someone who may read it (a refused edit shows that glossary again). */
export async function projectOfTerm(deps: Deps, actor: Actor, termId: number): Promise<number> {
  return (await loadTerm(deps, actor, termId, 'read')).projectId;
}

/** A term for someone with `need` in its project; outsiders get "not found", as for projects. */
async function loadTerm(deps: Deps, actor: Actor, termId: number, need: 'read' | 'manage'): Promise<GlossaryEntry> {
  const entry = await deps.store.findGlossaryEntry(termId);
  if (!entry) throw new NotFoundError('glossary.notFound', { id: termId });
  await loadProject(deps, actor, entry.projectId, need).catch((error: unknown) => {
    throw error instanceof NotFoundError ? new NotFoundError('glossary.notFound', { id: termId }) : error;
  });
  return entry;
}

export interface GlossaryImport {
  readonly project: Project;
  /** Terms read from the file. */
  readonly terms: number;
  readonly added: number;
  /** Pairs the project had already (or the file had twice). */
  readonly duplicates: number;
  /** TBX entries without a usable term in both of the project's languages. */
  readonly skipped: number;
}

/** A CSV or TBX file (by its extension) into the glossary: every term, or on any error none. */
export async function importGlossary(deps: Deps, input: { projectId: number; content: Uint8Array | null; fileName: string; actor: Actor }): Promise<GlossaryImport> {
  const project = await loadProject(deps, input.actor, input.projectId, 'manage');
  if (input.content === null) throw new InvalidInputError('import.noFile');
  const { terms, skipped } = readGlossaryFile(input.content, input.fileName, project);
  const { added, duplicates } = await deps.store.addGlossaryEntries(project.id, terms, input.actor.username);
  return { project, terms: terms.length, added, duplicates, skipped };
}

function readGlossaryFile(content: Uint8Array, fileName: string, project: Project): { terms: NewGlossaryTerm[]; skipped: number } {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv') return { ...readGlossaryCsv(content), skipped: 0 };
  if (extension !== 'tbx' && extension !== 'xml') throw new InvalidInputError('glossary.fileType', { fileName });
  const tbx = readTbx(content, { sourceLang: project.sourceLang, targetLang: project.targetLang });
  if (tbx.terms.length === 0) throw new InvalidInputError('glossary.noUsableTerms', { entries: tbx.skipped, source: project.sourceLang, target: project.targetLang });
  return tbx;
}

export interface GlossaryFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly body: string;
}

const EXPORT_TYPES = { csv: 'text/csv; charset=utf-8', tbx: 'application/x-tbx+xml' } as const;

/** The whole glossary as CSV (for spreadsheets) or TBX (for other CAT tools). */
export async function exportGlossary(deps: Deps, actor: Actor, input: { projectId: number; format: 'csv' | 'tbx' }): Promise<GlossaryFile> {
  const project = await loadProject(deps, actor, input.projectId, 'read');
  const terms = await deps.store.listGlossary(project.id);
  const body = input.format === 'csv'
    ? writeGlossaryCsv(terms)
    : writeTbx(terms, { sourceLang: project.sourceLang, targetLang: project.targetLang, title: project.name });
  const slug = slugify(project.name) || `project-${project.id}`;
  const fileName = `${slug}.glossary.${project.sourceLang}-${project.targetLang}.${input.format}`.replace(/[^A-Za-z0-9.-]/g, '');
  return { fileName, mediaType: EXPORT_TYPES[input.format], body };
}

/** A term found in a segment's source, with what the translator needs to see about it. */
export interface GlossaryHit {
  readonly termId: number;
  readonly start: number;
  readonly end: number;
  /** The text as found in the source (`mengunjungi` for the term `kunjung`). */
  readonly text: string;
  readonly source: string;
  readonly target: string;
  readonly note: string | null;
  readonly forbidden: string | null;
}

/**
 * The glossary's hits in each segment's source (skipped lines and segments without hits left
 * out), from terms the caller has read; the caller has checked that the actor may read the document.
 */
export function glossaryHits(terms: readonly GlossaryEntry[], segments: readonly Segment[]): Readonly<Record<number, readonly GlossaryHit[]>> {
  if (terms.length === 0) return NO_HITS;
  const known = hitsOfDocument.get(segments);
  if (known !== undefined && known.terms === terms) return known.hits;
  const { byId, matcher } = compiledTerms(terms);
  const hits: Record<number, readonly GlossaryHit[]> = {};
  for (const segment of segments) {
    if (segment.kind === 'skip') continue;
    const known = hitsOfSegment.get(segment);
    let found: readonly GlossaryHit[];
    if (known !== undefined && known.terms === terms) found = known.hits;
    else {
      found = Object.freeze(matcher.find(segment.source).map((hit) => {
        const { source, target, note, forbidden } = byId.get(hit.termId)!;
        return Object.freeze({ ...hit, source, target, note, forbidden });
      }));
      hitsOfSegment.set(segment, { terms, hits: found });
    }
    if (found.length > 0) hits[segment.id] = found;
  }
  hitsOfDocument.set(segments, { terms, hits: Object.freeze(hits) });
  return hits;
}

const NO_HITS: Readonly<Record<number, readonly GlossaryHit[]>> = Object.freeze({});

/** A document's hits, kept with the segment list and the terms they were found in (the store hands out the same frozen lists while they are current). */
const hitsOfDocument = new WeakMap<readonly Segment[], { readonly terms: readonly GlossaryEntry[]; readonly hits: Readonly<Record<number, readonly GlossaryHit[]>> }>();

/**
 * A segment's hits, kept with the terms they were found from. The store hands out the same frozen
 * segment and the same frozen terms while they are unchanged, so each editor opening matches only
 * the segments that changed; the same hit lists come back, and the rows compare them by identity.
 */
const hitsOfSegment = new WeakMap<Segment, { readonly terms: readonly GlossaryEntry[]; readonly hits: readonly GlossaryHit[] }>();

/**
 * Terms compiled for matching, with their ids. Every save's QA and every editor page match
 * against the project's terms: the store hands back the same frozen list while they are
 * unchanged, so each list is compiled once.
 */
export function compiledTerms(terms: readonly GlossaryEntry[]): CompiledTerms {
  let known = compiledLists.get(terms);
  if (known === undefined) {
    known = { byId: new Map(terms.map((term) => [term.id, term])), matcher: compileGlossary(terms) };
    compiledLists.set(terms, known);
  }
  return known;
}

export interface CompiledTerms {
  readonly byId: ReadonlyMap<number, GlossaryEntry>;
  readonly matcher: GlossaryMatcher;
}

const compiledLists = new WeakMap<readonly GlossaryEntry[], CompiledTerms>();
