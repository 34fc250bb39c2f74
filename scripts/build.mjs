// Builds what `npm start` runs: the server (tsc → dist/), its SQL and locale files, and the client bundle.
import { chmodSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const only = process.argv[2];

if (only !== 'client') {
  rmSync('dist', { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  cpSync('src/store/migrations', 'dist/src/store/migrations', { recursive: true });
  cpSync('src/i18n/locales', 'dist/src/i18n/locales', { recursive: true });
  // The `jembatan` bin: npx and npm link run it directly.
  chmodSync('dist/src/cli.js', 0o755);
}

mkdirSync('public/js', { recursive: true });
await build({
  entryPoints: ['src/client/editor.ts', 'src/client/keyboard-settings.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  outdir: 'public/js',
  sourcemap: true,
  minify: true,
  logLevel: 'warning',
});
