import type { Deps } from './deps.js';
import { createProject } from './create-project.js';
import { importArticle } from './import-article.js';

export const DEMO_PROJECT_NAME = 'Demo: EGINDO news';

/**
 * On a fresh database, creates the demo project with the sample article.
 * Does nothing once any project exists, so a deleted demo stays deleted.
 */
export async function ensureDemoProject(deps: Deps, article: { text: string; fileName: string }): Promise<boolean> {
  if ((await deps.store.listProjects()).length > 0) return false;
  const project = await createProject(deps, { name: DEMO_PROJECT_NAME });
  await importArticle(deps, { projectId: project.id, content: article.text, fileName: article.fileName });
  return true;
}
