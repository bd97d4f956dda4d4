import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (user + system) in ms of the bench itself, the app under load and every PostgreSQL process. */
export interface CpuSample {
  at: number;
  bench: number;
  app: number;
  /** Per PostgreSQL process: a process that ends between two samples drops out of both (its CPU is not counted). */
  postgres: Map<number, { ticks: number; own: boolean }>;
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

function processTicks(pid: number): number {
  try {
    return ticksOf(readFileSync(`/proc/${pid}/stat`, 'utf8')).ticks;
  } catch {
    return 0;
  }
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
        // A backend's title names its client's address: "postgres: 15/main: user db 127.0.0.1(port) idle".
        found.set(Number(entry), { ticks, own: !readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('(') });
      }
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return found;
}

/** Null off Linux (no /proc): the CPU split is then left out of the log. */
export function cpuSample(appPid: number | undefined): CpuSample | null {
  try {
    const usage = process.cpuUsage();
    return {
      at: performance.now(),
      bench: (usage.user + usage.system) / 1000,
      app: appPid === undefined ? 0 : processTicks(appPid) * TICK_MS,
      postgres: postgresTicks(),
    };
  } catch {
    return null;
  }
}

/** CPU ms per completed request of each side between two samples, and the cores they kept busy together. */
export function cpuLine(before: CpuSample | null, after: CpuSample | null, requests: number): string | null {
  if (!before || !after || requests <= 0) {
    return null;
  }
  let postgres = 0;
  let own = 0;
  for (const [pid, { ticks, own: isOwn }] of after.postgres) {
    const spent = (ticks - (before.postgres.get(pid)?.ticks ?? 0)) * TICK_MS;
    postgres += spent;
    own += isOwn ? spent : 0;
  }
  const ms = (value: number) => (value / requests).toFixed(2);
  const per = (key: 'bench' | 'app') => ms(after[key] - before[key]);
  const busy = after.bench - before.bench + (after.app - before.app) + postgres;
  const cores = busy / (after.at - before.at);
  return `CPU ms per request: bench ${per('bench')}, app ${per('app')}, postgres ${ms(postgres)} (of which its own processes ${ms(own)}); ${cores.toFixed(2)} cores busy`;
}
