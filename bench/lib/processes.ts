import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = join(__dirname, '..', '..');
const OUTPUT_TAIL = 64 * 1024;

/** A child process we started: its output is kept (the tail) for error messages, and it is killed with us. */
export interface Child {
  name: string;
  process: ChildProcess;
  url: string;
  output(): string;
  /** Resident set size, in bytes (Linux /proc, else `ps`). */
  rssBytes(): number;
  /**
   * Asks the `bench/support/app-agent.js` preload (over IPC) to run a full GC, or to start / stop the CPU profiler
   * (writing the profile to `file`). Only the app has the agent.
   */
  agent(type: 'gc' | 'profile-start' | 'profile-stop', file?: string): Promise<void>;
  /** SIGTERM (graceful: the app finishes requests and writes a --cpu-prof profile), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Whatever happens to the benchmark, it leaves no app or ceiling server behind. */
function killChildrenOnExit(): void {
  if (exitHookInstalled) {
    return;
  }
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) {
      child.kill('SIGKILL');
    }
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    if (match) {
      return Number(match[1]) * 1024;
    }
  } catch {
    // not Linux: ask ps
  }
  const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  return Number(ps.stdout.trim()) * 1024;
}

export function startChild(name: string, args: string[], env: Record<string, string>, url: string): Child {
  killChildrenOnExit();
  let output = '';
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  running.add(child);
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_TAIL);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  let nextMessage = 0;
  const replies = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  child.on('message', (message: { id: number; ok: boolean; error?: string }) => {
    const reply = replies.get(message.id);
    replies.delete(message.id);
    if (message.ok) {
      reply?.resolve();
    } else {
      reply?.reject(new Error(`${name} agent: ${message.error ?? 'failed'}`));
    }
  });
  const pid = () => {
    if (child.pid === undefined || child.exitCode !== null) {
      throw new Error(`${name} is not running:\n${output}`);
    }
    return child.pid;
  };
  return {
    name,
    process: child,
    url,
    output: () => output,
    rssBytes: () => rssOf(pid()),
    agent: (type, file) =>
      new Promise<void>((resolve, reject) => {
        pid();
        const id = nextMessage++;
        const timer = setTimeout(() => {
          replies.delete(id);
          reject(new Error(`${name} agent did not answer "${type}"`));
        }, 60_000);
        replies.set(id, {
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        child.send({ id, type, file });
      }),
    stop: async (graceMs = 35_000) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return;
      }
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(killed);
    },
  };
}

/** Polls `path` until it answers 200 (bounded); fails early, with the child's output, if the child dies. */
/**
 * The hand-built ceilings' server (`bench/ceiling-server.ts`: bare Fastify, the same JWT check, `pg`) on a free port,
 * against the run's database and secret; the read and the booking scenarios each start their own.
 */
export async function startCeilingServer(databaseUrl: string, jwtSecret: string): Promise<Child> {
  const port = await freePort();
  return startChild(
    'ceiling server',
    ['-r', './test/support/register-ts.js', 'bench/ceiling-server.ts'],
    { PORT: String(port), NODE_ENV: 'production', DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret },
    `http://127.0.0.1:${port}`,
  );
}

export async function waitUntilAnswering(child: Child, path: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(`${child.name} exited during start:\n${child.output()}`);
    }
    try {
      const res = await fetch(`${child.url}${path}`);
      if (res.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${child.name} did not answer ${path} within ${timeoutMs / 1000} s:\n${child.output()}`);
}

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/** True when `dist/` was built after the last change to the sources and build settings. */
export function buildIsCurrent(): boolean {
  const entry = join(ROOT, 'dist', 'src', 'main.js');
  if (!existsSync(entry)) {
    return false;
  }
  const inputs = [
    'src',
    'libs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'nest-cli.json',
  ];
  const newest = Math.max(
    ...inputs
      .map((input) => join(ROOT, input))
      .filter(existsSync)
      .map(newestChange),
  );
  return newest < statSync(entry).mtimeMs;
}

/** `npm run build`, the production build; its output is shown only when it fails. */
export function buildApp(): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) {
    throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  }
}
