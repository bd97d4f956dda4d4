import type { Calendar, SlotBook } from './calendar';
import type { Measurement } from './measure';
import type { BenchOptions } from './options';
import type { Population } from './population';
import type { ProfileSummary } from './profile';
import type { Child } from './processes';
import type { Hashes } from './seed';
import type { Session } from './sessions';

/** The app's PostgreSQL pool (`DB_POOL_SIZE`, set to this for the bench's apps): the hand-built ceilings get the same. */
export const APP_POOL_SIZE = 20;

export interface BenchContext {
  options: BenchOptions;
  population: Population;
  calendar: Calendar;
  slots: SlotBook;
  app: Child;
  databaseUrl: string;
  /** The app's `JWT_SECRET`: the hand-built ceiling verifies the same tokens. */
  jwtSecret: string;
  hashes: Hashes;
  /** Logged in once, at start: one per booking lane (also the readers of GET /appointments/:id). */
  laneSessions: Session[];
  /** Where `--profile` writes one `.cpuprofile` per measured app phase (null without `--profile`). */
  profileDir: string | null;
  profiles: { label: string; summary: ProfileSummary }[];
  log(line: string): void;
}

/** A target of the issue, with what was measured against it. */
export interface Target {
  description: string;
  measured: string;
  met: boolean;
}

/** One line of the results table. */
export interface Row {
  scenario: string;
  measurement: Measurement | null;
  /** Scenario ÷ ceiling (throughput), or 5× ÷ 1× (p99 growth of the lists). */
  ratio?: number;
  target?: Target;
  /** Replaces the figures of a row that is not a throughput phase (settle times, memory). */
  figures?: Partial<Record<'rps' | 'p50' | 'p99' | 'non2xx' | 'errors', string>>;
}

/** A row that only gives a ratio of two measured rows (its figures are the other rows'). */
export function ratioRow(scenario: string, ratio: number): Row {
  return {
    scenario,
    measurement: null,
    ratio,
    figures: { rps: '—', p50: '—', p99: '—', non2xx: '—', errors: '—' },
  };
}

export interface ScenarioOutcome {
  rows: Row[];
  /** Anything worth keeping in latest.json (EXPLAIN plans, per-round tallies, …). */
  details?: Record<string, unknown>;
}
