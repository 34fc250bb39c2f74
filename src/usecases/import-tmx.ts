import { InvalidInputError } from '../core/errors.js';
import type { Actor, Project } from '../core/types.js';
import { readTmx } from '../formats/index.js';
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
  const { added, duplicates, ids } = await deps.store.addTmEntries(project.id, tmx.units.map((unit) => ({
    sourceLang: project.sourceLang, targetLang: project.targetLang, source: unit.source, target: unit.target, origin: 'tmx',
    createdBy: unit.creationId, createdAt: tmxTimeToIso(unit.creationDate), changedBy: unit.changeId, changedAt: tmxTimeToIso(unit.changeDate),
    props: unit.props,
  })));
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
