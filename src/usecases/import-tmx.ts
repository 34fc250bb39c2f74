import { InvalidInputError } from '../core/errors.js';
import type { Actor, Project } from '../core/types.js';
import { readTmx, readTmxUnits, TmxChunker, type TmxUnit } from '../formats/index.js';
import type { NewTmEntry } from '../store/store.js';
import type { Deps } from './deps.js';
import { loadProject } from './load.js';

export interface TmxImport {
  readonly project: Project;
  /** Units in the file for the project's language pair. */
  readonly units: number;
  readonly added: number;
  /** Pairs the project's memory already had. */
  readonly duplicates: number;
  /** Units without both languages of the project. */
  readonly skipped: number;
}

/** Reads a TMX file into the project's translation memory: all of it or, on a broken file, nothing. */
export async function importTmx(deps: Deps, input: { projectId: number; content: Uint8Array | null; actor: Actor }): Promise<TmxImport> {
  const project = await loadProject(deps, input.actor, input.projectId, 'manage');
  if (input.content === null) throw new InvalidInputError('import.noFile');
  const tmx = readTmx(input.content, { sourceLang: project.sourceLang, targetLang: project.targetLang });
  const { added, duplicates, ids } = await deps.store.addTmEntries(project.id, tmx.units.map((unit) => toEntry(project, unit)));
  deps.memory.apply(ids.map(({ id, source }) => ({ op: 'upsert', projectId: project.id, id, source })));
  return { project, units: tmx.units.length, added, duplicates, skipped: tmx.skipped };
}

/** TMX writes `20261102T093000Z`; anything else is dropped rather than stored wrong. */
export function tmxTimeToIso(value: string | null): string | null {
  const match = value === null ? null : /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export interface TmxStreamImport extends TmxImport {
  readonly seconds: number;
}

const STORE_BATCH = 5_000;

/**
 * A large TMX (a whole memory) read in pieces with bounded memory: a first pass checks the
 * whole file (so that a broken file stores nothing), a second stores the units in batches.
 * `open` is called once per pass and yields the file's text in chunks.
 */
export async function importTmxStream(deps: Deps, input: {
  projectId: number; open: () => AsyncIterable<string>; actor: Actor; onProgress?: (progress: { pass: 'check' | 'store'; units: number }) => void;
}): Promise<TmxStreamImport> {
  const started = Date.now();
  const project = await loadProject(deps, input.actor, input.projectId, 'manage');
  const langs = { sourceLang: project.sourceLang, targetLang: project.targetLang };
  let units = 0;
  let skipped = 0;
  await eachPiece(input.open(), (piece) => {
    const read = readTmxUnits(piece, langs, () => {});
    units += read.units;
    skipped += read.skipped;
    input.onProgress?.({ pass: 'check', units });
  });
  if (units === 0) throw new InvalidInputError('tmx.noUnits', { skipped });

  let added = 0;
  let duplicates = 0;
  let stored = 0;
  let batch: TmxUnit[] = [];
  const flush = async () => {
    const result = await deps.store.addTmEntries(project.id, batch.map((unit) => toEntry(project, unit)));
    added += result.added;
    duplicates += result.duplicates;
    stored += batch.length;
    batch = [];
    input.onProgress?.({ pass: 'store', units: stored });
  };
  await eachPiece(input.open(), async (piece) => {
    readTmxUnits(piece, langs, (unit) => batch.push(unit));
    if (batch.length >= STORE_BATCH) await flush();
  });
  if (batch.length > 0) await flush();
  // A bulk change: the project's fuzzy index is rebuilt from SQLite on its next lookup.
  deps.memory.drop(project.id);
  return { project, units, added, duplicates, skipped, seconds: (Date.now() - started) / 1000 };
}

async function eachPiece(chunks: AsyncIterable<string>, onPiece: (piece: string) => void | Promise<void>): Promise<void> {
  const chunker = new TmxChunker();
  for await (const chunk of chunks) {
    for (const piece of chunker.push(chunk)) await onPiece(piece);
  }
  for (const piece of chunker.end()) await onPiece(piece);
}

function toEntry(project: Project, unit: TmxUnit): NewTmEntry {
  return {
    sourceLang: project.sourceLang, targetLang: project.targetLang, source: unit.source, target: unit.target, origin: 'tmx',
    createdBy: unit.creationId, createdAt: tmxTimeToIso(unit.creationDate), changedBy: unit.changeId, changedAt: tmxTimeToIso(unit.changeDate),
    props: unit.props,
  };
}
