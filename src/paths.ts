import { fileURLToPath } from 'node:url';

/** The repository root, whether running from src/ (tests, tsx) or from the build in dist/src/. */
export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url)).replace(/\/dist\/$/, '/');

export const DEMO_ARTICLE_PATH = `${PROJECT_ROOT}data/samples/egindo-lavrov-wang-yi.txt`;
