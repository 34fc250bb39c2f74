import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

/** A port nobody listens on right now (the kernel's choice), for a server started as a process. */
export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

/** The built server (`node dist/src/main.js`, as `npm start` runs it) on a database file, without the demo. */
export class ServerProcess {
  output = '';
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess, readonly url: string) {
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  }

  static async start(dbPath: string): Promise<ServerProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/src/main.js')], {
      env: { ...process.env, DB_PATH: dbPath, PORT: String(port), HOST: '127.0.0.1', DEMO: '0' }, stdio: 'pipe',
    });
    const server = new ServerProcess(child, `http://127.0.0.1:${port}`);
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => server.output.includes('is listening') && resolve());
      void server.exited.then(() => reject(new Error(`the server did not start: ${server.output}`)));
    });
    return server;
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Resolves once the process has exited, with its code (or the signal that ended it). */
  exit(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exited;
  }

  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.signal('SIGTERM');
    return this.exited;
  }
}
