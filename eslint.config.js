// Flat, type-aware ESLint config. Module boundaries (STYLE.md) are import zones:
// each layer lists what it may not import, so a wrong dependency fails lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const zone = (files, forbidden, message) => ({
  files,
  ignores: ['**/*.test.ts', '**/__fixtures__/**'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: forbidden.map((group) => ({ group: [group], message })),
    }],
  },
});

const PURE = ['src/segmentation/**', 'src/formats/**', 'src/review/**', 'src/revisions/**', 'src/restructure/**', 'src/alignment/**', 'src/glossary/**', 'src/qa/**', 'src/tm/**', 'src/keymap/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'public/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs', 'tests/interop/*.mjs', 'tests/durability/*.mjs', 'bench/*.mjs', 'bench/lib/*.mjs'],
          // The plain-JS scripts (bench, interop, durability children) outgrew the default of 8.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 24,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      // A tagged template as a statement writes a line (formats/line-writer.ts: ``lines.line`…` ``).
      '@typescript-eslint/no-unused-expressions': ['error', { allowTaggedTemplates: true }],
    },
  },
  {
    // The SQLite store is synchronous underneath; its methods are async for the interface's sake (DESIGN.md §2).
    files: ['src/store/**'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly' } },
  },
  zone(['src/core/**'], ['../*', 'express', 'better-sqlite3', 'node:*'], 'core imports nothing of ours and no I/O.'),
  zone(PURE, ['**/store/**', '**/web/**', '**/usecases/**', 'express', 'better-sqlite3', 'node:fs', 'node:fs/*', 'node:http', 'node:net'],
    'Domain modules are pure: core and their own npm packages only.'),
  zone(['src/store/**'], ['**/web/**', '**/usecases/**', 'express'], 'store knows SQL, not HTTP or use cases.'),
  zone(['src/usecases/**'], ['**/web/**', 'express', 'better-sqlite3', '**/store/sqlite-*', '**/store/open-*', '**/store/migrate*'],
    'Use cases see the store interface only, never Express or SQLite.'),
  zone(['src/web/**'], ['**/store/*', '!**/store/store.js', 'better-sqlite3'], 'web calls use cases; it never touches the store.'),
  zone(['src/client/**'], ['../*', '!./*'], 'The browser bundle stands alone.'),
  {
    files: ['**/*.test.ts', 'tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
);
