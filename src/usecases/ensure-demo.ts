import type { Deps } from './deps.js';
import { systemActor } from './access.js';
import { createDemoAccount } from './accounts.js';
import { createProject } from './create-project.js';
import { addGlossaryTerms } from './glossary.js';
import { importArticle } from './import-article.js';

export const DEMO_PROJECT_NAME = 'Demo: EGINDO news';

/** Demo accounts with documented passwords; the sign-in page shows them until each is changed. */
export const DEMO_ACCOUNTS = [
  { username: 'admin', password: 'jembatan-admin', isAdmin: true, role: null },
  { username: 'translator', password: 'jembatan-translator', isAdmin: false, role: 'translator' },
  { username: 'reviewer', password: 'jembatan-reviewer', isAdmin: false, role: 'reviewer' },
] as const;

/** The demo glossary: terms of the sample article, so the editor shows highlighted terms at once. */
export const DEMO_GLOSSARY = [
  { source: 'Menlu', target: 'Foreign Minister', note: 'Short for Menteri Luar Negeri.' },
  { source: 'Tiongkok', target: 'China', note: 'The official Indonesian name since 2014.', forbidden: 'Mainland China' },
  { source: 'RRT', target: 'PRC', note: 'Republik Rakyat Tiongkok.' },
  { source: 'Kementerian Luar Negeri', target: 'Foreign Ministry', note: 'Often shortened to Kemlu.' },
];

/**
 * On a fresh database (no projects, no accounts), creates the demo project with
 * the sample article and the demo accounts. Does nothing afterwards, so a
 * deleted demo stays deleted.
 */
export async function ensureDemoProject(deps: Deps, article: { text: string; fileName: string }): Promise<boolean> {
  if ((await deps.store.listProjects()).length > 0 || (await deps.store.countUsers()) > 0) return false;
  const actor = systemActor();
  const project = await createProject(deps, actor, { name: DEMO_PROJECT_NAME });
  await importArticle(deps, { projectId: project.id, content: article.text, fileName: article.fileName, actor });
  await addGlossaryTerms(deps, actor, { projectId: project.id, terms: DEMO_GLOSSARY });
  for (const account of DEMO_ACCOUNTS) {
    const user = await createDemoAccount(deps, account);
    if (account.role) await deps.store.setMembership({ projectId: project.id, userId: user.id, role: account.role });
  }
  return true;
}
