import { InvalidInputError } from '../core/errors.js';
import type { Actor, Project } from '../core/types.js';
import { parseExceptionList } from '../segmentation/index.js';
import type { Deps } from './deps.js';
import { loadProject } from './load.js';

/**
 * Saves a project's "do not break after" list (one entry per line or comma-separated).
 * Malformed entries are dropped; the list applies to articles imported from now on.
 */
export async function updateSegmentationExceptions(deps: Deps, input: { projectId: number; text: string; actor: Actor }): Promise<Project> {
  const project = await loadProject(deps, input.actor, input.projectId, 'manage');
  return deps.store.updateProjectSettings(project.id, { ...project.settings, doNotBreakAfter: parseExceptionList(input.text) });
}

/** The LQA pass threshold in penalty points per 1,000 words (0–1000). Managers only. */
export async function setLqaThreshold(deps: Deps, input: { projectId: number; threshold: number; actor: Actor }): Promise<Project> {
  if (!Number.isFinite(input.threshold) || input.threshold < 0 || input.threshold > 1000) throw new InvalidInputError('project.lqaThreshold');
  const project = await loadProject(deps, input.actor, input.projectId, 'manage');
  return deps.store.updateProjectSettings(project.id, { ...project.settings, lqaThreshold: input.threshold });
}

/** The memory's settings: lowest fuzzy match shown, filling repetitions at once, and the shared (global) scope. */
export async function setMemorySettings(deps: Deps, input: {
  projectId: number; tmThreshold: number; autoPropagate: boolean; shareTm: boolean; actor: Actor;
}): Promise<Project> {
  if (!Number.isInteger(input.tmThreshold) || input.tmThreshold < 70 || input.tmThreshold > 100) throw new InvalidInputError('project.tmThreshold');
  const project = await loadProject(deps, input.actor, input.projectId, 'manage');
  return deps.store.updateProjectSettings(project.id, {
    ...project.settings, tmThreshold: input.tmThreshold, autoPropagate: input.autoPropagate, shareTm: input.shareTm,
  });
}
