import { execFileSync } from 'node:child_process';

/** Browser journeys load the bundled client script: build it once before they run. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', 'client'], { stdio: 'inherit' });
}
