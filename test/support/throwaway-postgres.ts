import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './process';

/**
 * A PostgreSQL cluster of its own for tests that stop, kill or starve the database: built with the machine's
 * PostgreSQL binaries in a temporary folder, on a free port, never the shared server. As root it runs as the
 * `postgres` OS user, since initdb and postgres refuse to run as root.
 */
export interface ThrowawayPostgres {
  /** `postgres://postgres@127.0.0.1:PORT/<database>`, trust auth. */
  url: string;
  port: number;
  /** Starts the stopped server again (same data, same port). */
  start(): Promise<void>;
  /** `fast` ends sessions cleanly; `immediate` is the crash-like stop (no shutdown checkpoint). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops the server if it runs and deletes its folder; safe to call twice and after a failed start. */
  remove(): Promise<void>;
}

const COMMAND_TIMEOUT_MS = 60_000;
/** pg_ctl's own wait for start and stop, in seconds (below the command timeout). */
const PG_CTL_WAIT_SECONDS = '40';

function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(`No PostgreSQL binaries (initdb) under ${root}`);
  }
  return join(root, versions[0], 'bin');
}

function postgresIds(): { uid: number; gid: number } {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error('Running as root needs a "postgres" OS user to run the throwaway cluster');
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

const asRoot = process.getuid?.() === 0;

/** The command line, run as the postgres user when we are root. */
function commandLine(binary: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
}

function run(binary: string, args: string[]): Promise<string> {
  const [file, argv] = commandLine(binary, args);
  return new Promise((resolve, reject) => {
    execFile(file, argv, { timeout: COMMAND_TIMEOUT_MS, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`${binary} ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
      } else {
        resolve(stdout);
      }
    });
  });
}

export async function startThrowawayPostgres(database = 'faults_test'): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const root = mkdtempSync(join(tmpdir(), 'clinic-pg-'));
  const dataDir = join(root, 'data');
  const socketDir = join(root, 'socket');
  const logFile = join(root, 'postgres.log');
  mkdirSync(socketDir);
  if (asRoot) {
    const { uid, gid } = postgresIds();
    chownSync(root, uid, gid);
    chownSync(socketDir, uid, gid);
  }
  const port = await freePort();
  const pgCtl = join(bin, 'pg_ctl');
  // fsync off: a throwaway cluster needs no durability, and it keeps start and stop quick on a busy machine.
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -k ${socketDir} -c fsync=off -c max_connections=40`;
  let running = false;
  let removed = false;

  const stopNow = (mode: 'fast' | 'immediate') =>
    run(pgCtl, ['-D', dataDir, '-t', PG_CTL_WAIT_SECONDS, '-m', mode, '-w', 'stop']);
  const removeSync = () => {
    if (removed) {
      return;
    }
    removed = true;
    if (running) {
      const [file, argv] = commandLine(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      spawnSync(file, argv, { timeout: COMMAND_TIMEOUT_MS });
      running = false;
    }
    rmSync(root, { recursive: true, force: true });
  };
  // A test run that dies before afterAll must not leave a server running.
  process.once('exit', removeSync);

  const handle: ThrowawayPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    port,
    start: async () => {
      await run(pgCtl, ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-t', PG_CTL_WAIT_SECONDS, '-w', 'start']);
      running = true;
    },
    stop: async (mode = 'fast') => {
      await stopNow(mode);
      running = false;
    },
    remove: async () => {
      if (removed) {
        return;
      }
      if (running) {
        await stopNow('immediate').catch(() => undefined);
        running = false;
      }
      removeSync();
      process.removeListener('exit', removeSync);
    },
  };

  try {
    await run(join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    await handle.start();
    const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${database}"`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await handle.remove();
    throw error;
  }
  return handle;
}
