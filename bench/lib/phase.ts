import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from './context';
import { cpuLine, cpuSample, cpuSpent, sumSpent, type CpuSpent } from './cpu';
import { mergeRounds, type Measurement } from './measure';
import type { Child } from './processes';
import { summarizeProfile } from './profile';

function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Runs `work` with `app`'s CPU profiler on when `--profile` is given; the summary joins `ctx.profiles`. */
export async function profiled<T>(ctx: BenchContext, label: string, work: () => Promise<T>, app = ctx.app): Promise<T> {
  if (!ctx.profileDir) {
    return work();
  }
  mkdirSync(ctx.profileDir, { recursive: true });
  const file = join(ctx.profileDir, `${slug(label)}.cpuprofile`);
  await app.agent('profile-start');
  try {
    return await work();
  } finally {
    await app.agent('profile-stop', file);
    ctx.profiles.push({ label, summary: summarizeProfile(file) });
  }
}

/** One side of an alternation: a phase that yields one or more measurements per run. */
export interface Side {
  label: string;
  run: (seconds: number) => Promise<Measurement[]>;
  /** The app this side loads (profiled in its first round with `--profile`); none for a ceiling. */
  app?: Child;
  /** The process that answers this side's requests when it is not the app (a hand-built server), for the CPU split. */
  server?: Child;
}

/**
 * Warms every side up, then runs them in turn, round after round (A B A B …), each round a share of the phase's
 * duration, and merges each side's rounds. On a shared machine the load drifts over minutes: alternating puts a
 * scenario and its ceiling (or the two sizes of the lists) under the same drift, so their ratio holds.
 */
export async function alternate(ctx: BenchContext, sides: Side[]): Promise<Measurement[][]> {
  const { warmupSeconds, durationSeconds, rounds } = ctx.options;
  if (warmupSeconds > 0) {
    for (const side of sides) {
      await side.run(warmupSeconds);
    }
  }
  const perSide: Measurement[][][] = sides.map(() => []);
  const cpu = sides.map(() => ({ spans: [] as (CpuSpent | null)[], requests: 0 }));
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, side] of sides.entries()) {
      const run = () => side.run(durationSeconds / rounds);
      const app = side.app;
      const servingPid = (side.server ?? app)?.process.pid;
      const before = cpuSample(servingPid, 'start');
      const profiling = round === 0 && app !== undefined && ctx.profileDir !== null;
      const measurements = profiling ? await profiled(ctx, side.label, run, app) : await run();
      // A profiled round is left out of the CPU split: the profiler's own work would count as the app's.
      if (!profiling) {
        cpu[i].spans.push(cpuSpent(before, cpuSample(servingPid, 'end')));
        cpu[i].requests += measurements[0]?.completed ?? 0;
      }
      perSide[i].push(measurements);
    }
  }
  for (const [i, side] of sides.entries()) {
    const line = cpuLine(sumSpent(cpu[i].spans), cpu[i].requests, (side.server ?? side.app)?.name ?? null);
    if (line) {
      ctx.log(`    ${side.label}: ${line}`);
    }
  }
  return perSide.map((runs) => runs[0].map((_, k) => mergeRounds(runs.map((measurements) => measurements[k]))));
}
