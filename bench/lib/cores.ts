import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { serverDataDirectory } from './database';

/** How `--split-cores` divided the machine: PostgreSQL's CPU, and the CPUs of the bench and everything it starts. */
export interface CoreSplit {
  database: string;
  rest: string;
  /**
   * Gives PostgreSQL and this process every CPU again (the server's processes at the time, so backends forked since
   * are included); once: the run's end and the exit hook both call it.
   */
  restore(): void;
}

function setAffinity(cpuList: string, pid: number): void {
  // -a: every thread of the process; a process forked later (a new backend, the app) inherits its parent's list.
  execFileSync('taskset', ['-a', '-cp', cpuList, String(pid)], { stdio: 'ignore' });
}

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

/**
 * Puts PostgreSQL on CPU 0 and this process (so the app, the ceiling server and the load it generates) on the
 * others, as a database on a host of its own would be: on a shared machine the HTTP side's processes take CPU from the
 * database, which the pg-only ceilings do not have. Needs Linux's `taskset`, the server on this machine, and the right
 * to change its processes (root, or the server's user); `data_directory` needs a superuser.
 */
export async function splitCores(databaseUrl: string): Promise<CoreSplit> {
  const count = cpus().length;
  if (count < 2) {
    throw new Error('--split-cores needs at least 2 CPUs');
  }
  const dataDirectory = await serverDataDirectory(databaseUrl);
  // postmaster.pid's first line is the server's pid; its children are the backends and background workers.
  const postmaster = Number(readFileSync(join(dataDirectory, 'postmaster.pid'), 'utf8').split('\n')[0]);
  if (!Number.isInteger(postmaster) || postmaster <= 0) {
    throw new Error(`--split-cores: no server pid in ${dataDirectory}/postmaster.pid`);
  }
  const database = '0';
  const rest = count === 2 ? '1' : `1-${count - 1}`;
  const all = `0-${count - 1}`;
  const serverProcesses = () => [postmaster, ...childrenOf(postmaster)];
  for (const pid of serverProcesses()) {
    setAffinity(database, pid);
  }
  setAffinity(rest, process.pid);
  let restored = false;
  return {
    database,
    rest,
    restore() {
      if (restored) {
        return;
      }
      restored = true;
      for (const pid of serverProcesses()) {
        try {
          setAffinity(all, pid);
        } catch {
          // A backend that ended in between.
        }
      }
      setAffinity(all, process.pid);
    },
  };
}
