import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where a phase's CPU went, per request: the bench process (the load's client, or the whole hand-built booking), the
 * process that answers (the app, or a hand-built server) and PostgreSQL (its backends and its own processes). On
 * two shared cores a ratio to a ceiling is a ratio of CPU per request, so this says which side's work sets it.
 */

/** CPU time (user + system) in ms at one instant. */
export interface CpuSample {
  at: number;
  bench: number;
  server: number;
  /** Per PostgreSQL process: one that ends between two samples drops out of both (its last CPU is not counted). */
  postgres: Map<number, { ticks: number; own: boolean }>;
}

/** CPU ms spent between two samples (or summed over several such spans), and the wall time they took. */
export interface CpuSpent {
  wallMs: number;
  bench: number;
  server: number;
  postgres: number;
  /** Of `postgres`: its own processes (WAL writer, checkpointer, background writer), not a connection's backend. */
  postgresOwn: number;
}

/** Clock ticks per second of /proc's times (USER_HZ: 100 on every Linux we run on). */
const TICK_MS = 10;

function ticksOf(stat: string): { comm: string; ticks: number } {
  // The command name is in parentheses and may hold spaces; utime and stime are the 12th and 13th fields after it.
  const close = stat.lastIndexOf(')');
  const comm = stat.slice(stat.indexOf('(') + 1, close);
  const fields = stat
    .slice(close + 2)
    .split(' ')
    .map((field) => Number(field));
  return { comm, ticks: fields[11] + fields[12] };
}

/** Each PostgreSQL process's ticks, and whether it is one of the server's own (no client's address in its title). */
function postgresTicks(): Map<number, { ticks: number; own: boolean }> {
  const found = new Map<number, { ticks: number; own: boolean }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const { comm, ticks } = ticksOf(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (comm === 'postgres') {
        // A backend's title names its client: "postgres: 15/main: user db 127.0.0.1(port) idle", or "[local]" over
        // a Unix socket.
        const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        found.set(Number(entry), { ticks, own: !title.includes('(') && !title.includes('[local]') });
      }
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return found;
}

/**
 * Null off Linux (no /proc), or when the server's process is gone: the split is then left out of the log. The bench's
 * own time is read after the scan of /proc at the start of a round and before it at the end, so the scans are not
 * charged to the round.
 */
export function cpuSample(serverPid: number | undefined, edge: 'start' | 'end'): CpuSample | null {
  const benchMs = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  try {
    const benchAtEnd = edge === 'end' ? benchMs() : null;
    const postgres = postgresTicks();
    const server =
      serverPid === undefined ? 0 : ticksOf(readFileSync(`/proc/${serverPid}/stat`, 'utf8')).ticks * TICK_MS;
    return { at: performance.now(), bench: benchAtEnd ?? benchMs(), server, postgres };
  } catch {
    return null;
  }
}

export function cpuSpent(before: CpuSample | null, after: CpuSample | null): CpuSpent | null {
  if (!before || !after) {
    return null;
  }
  let postgres = 0;
  let postgresOwn = 0;
  for (const [pid, { ticks, own }] of after.postgres) {
    // A process that started in between counts from zero.
    const spent = (ticks - (before.postgres.get(pid)?.ticks ?? 0)) * TICK_MS;
    postgres += spent;
    postgresOwn += own ? spent : 0;
  }
  return {
    wallMs: after.at - before.at,
    bench: after.bench - before.bench,
    server: after.server - before.server,
    postgres,
    postgresOwn,
  };
}

/** The sum of a side's spans; null when there is none, or one is unknown (a partial sum would mislead). */
export function sumSpent(spans: readonly (CpuSpent | null)[]): CpuSpent | null {
  if (spans.length === 0 || spans.some((span) => span === null)) {
    return null;
  }
  const sum = (key: keyof CpuSpent) => spans.reduce((total, span) => total + (span?.[key] ?? 0), 0);
  return {
    wallMs: sum('wallMs'),
    bench: sum('bench'),
    server: sum('server'),
    postgres: sum('postgres'),
    postgresOwn: sum('postgresOwn'),
  };
}

/**
 * "CPU ms per request: bench 0.29, app 1.86, postgres 2.98 (its own processes 0.01); 1.71 cores busy", the answering
 * process named as it was started (`server`: none, for a side the bench itself serves).
 */
export function cpuLine(spent: CpuSpent | null, requests: number, server: string | null): string | null {
  if (!spent || requests <= 0 || spent.wallMs <= 0) {
    return null;
  }
  const ms = (value: number) => (value / requests).toFixed(2);
  const cores = (spent.bench + spent.server + spent.postgres) / spent.wallMs;
  const serving = server === null ? '' : `, ${server} ${ms(spent.server)}`;
  return (
    `CPU ms per request: bench ${ms(spent.bench)}${serving}, postgres ${ms(spent.postgres)} ` +
    `(its own processes ${ms(spent.postgresOwn)}); ${cores.toFixed(2)} cores busy`
  );
}
