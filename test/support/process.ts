import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface AppProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Runs `src/main.ts` in a child process, as `npm start` would run the build. `preload`: more modules to load first
 * (after the TypeScript hook), such as a fault a test plants in the child.
 */
export function spawnApp(env: Record<string, string>, preload: string[] = []): AppProcess {
  let output = '';
  const loads = [join(root, 'test/support/register-ts.js'), ...preload].flatMap((file) => ['-r', file]);
  const child = spawn(process.execPath, [...loads, join(root, 'src/main.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, url: `http://127.0.0.1:${env.PORT}`, output: () => output, exited };
}

/**
 * How long a started process may take to answer /health/ready. A start is mostly the embedded database's migrations:
 * about 8 s on a quiet 2-core machine, several times that on a CI machine running two test files side by side.
 */
export const START_WITHIN_MS = 120_000;
/** For a test that starts processes: room for two starts and the work between them. */
export const PROCESS_TEST_TIMEOUT_MS = 3 * 60_000;

/** Polls /health/ready until the process answers, for at most `withinMs`. */
export async function waitUntilReady(app: AppProcess, withinMs = START_WITHIN_MS): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${app.url}/health/ready`);
      if (res.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    if (app.child.exitCode !== null) {
      throw new Error(`app exited early:\n${app.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`app did not become ready within ${withinMs} ms:\n${app.output()}`);
}
