export const SCENARIO_NAMES = [
  'http',
  'booking',
  'contended',
  'lists',
  'login',
  'realtime',
  'fanout',
  'reminders',
  'webhooks',
  'chaos',
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface BenchOptions {
  quick: boolean;
  /** Multiplies the seeded data set (200 doctors, 20,000 patients, 200,000 appointments). */
  scale: number;
  /** The list scenario is measured again after the data set has grown to `scale × growth`. */
  growth: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** A phase and its ceiling run in alternating rounds that share the duration (see `alternate`). */
  rounds: number;
  /** Concurrent clients of the throughput scenarios and their ceilings. */
  connections: number;
  contendedClients: number;
  contendedSlots: number;
  contendedRounds: number;
  /** Connected Socket.IO clients in the real-time scenario (all doctors, the rest patients); watchers in fanout. */
  sockets: number;
  /** Bookings per second in the real-time scenario; bookings and cancellations per second in fanout. */
  realtimeRate: number;
  /** Bookings per second of the webhook scenario (the issue asks 200). */
  webhookRate: number;
  bcryptRounds: number;
  only: ReadonlySet<ScenarioName>;
  /** Runs the app with `--cpu-prof` and prints where its time went. */
  profile: boolean;
  keepDatabase: boolean;
  /** PostgreSQL on CPU 0, the bench and what it starts on the others (`splitCores`). */
  splitCores: boolean;
  build: boolean;
  /** Runs `src/main.ts` through the SWC hook instead of the build (for when the build is broken mid-change). */
  fromSource: boolean;
  databaseUrl: string;
}

export const USAGE = `Usage: npm run bench -- [options]
  --quick               sanity run: scale 0.1, 1 s warm-up + 3 s per phase, 200 sockets (under 2 minutes)
  --scale N             multiply the data set (default 1: 200 doctors, 20,000 patients, 200,000 appointments)
  --growth N            re-measure the lists at scale × N (default 5)
  --duration S          seconds measured per phase (default 15, quick 3)
  --warmup S            seconds of warm-up before each phase (default 3, quick 1)
  --rounds N            alternate each scenario with its ceiling in N rounds sharing the duration (default 3, quick 1)
  --connections N       concurrent clients of the throughput phases (default 32)
  --sockets N           connected sockets in the real-time phase; watchers in fanout (default 2000, quick 200)
  --rate N              bookings (fanout: and cancellations) per second in those phases (default 20, quick 10)
  --webhook-rate N      bookings per second in the webhooks phase, one delivery each (default 200)
  --bcrypt-rounds N     BCRYPT_ROUNDS of the app and of the login users' hashes (default 10)
  --only a,b            run only these scenarios: ${SCENARIO_NAMES.join(', ')}
  --profile             run the app with --cpu-prof and print its hottest functions
  --keep-db             keep the bench database at the end
  --split-cores         PostgreSQL (on this machine) on CPU 0, the bench, the app and the ceilings on the others, as
                        with a database host of its own (Linux taskset; needs root or the server's user)
  --no-build            use dist/ as it is (by default npm run build runs when a source is newer than dist/)
  --from-source         run src/main.ts through the SWC hook (no build)
Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/bench; the name must contain "bench").`;

function positive(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} needs a positive number, got "${raw ?? ''}"`);
  }
  return value;
}

function whole(name: string, raw: string | undefined): number {
  const value = positive(name, raw);
  if (!Number.isInteger(value)) {
    throw new Error(`${name} needs a whole number, got "${raw ?? ''}"`);
  }
  return value;
}

function scenarioList(raw: string | undefined): Set<ScenarioName> {
  const names = (raw ?? '').split(',').map((name) => name.trim());
  for (const name of names) {
    if (!(SCENARIO_NAMES as readonly string[]).includes(name)) {
      throw new Error(`--only takes ${SCENARIO_NAMES.join(', ')}; got "${name}"`);
    }
  }
  return new Set(names as ScenarioName[]);
}

/** Reads `--flag value` and `--flag=value`; an unknown flag stops the run with the usage. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const flags = new Map<string, string | undefined>();
  const valued = new Set([
    '--scale',
    '--growth',
    '--duration',
    '--rounds',
    '--warmup',
    '--connections',
    '--sockets',
    '--rate',
    '--webhook-rate',
    '--bcrypt-rounds',
    '--only',
  ]);
  const boolean = new Set([
    '--quick',
    '--profile',
    '--keep-db',
    '--split-cores',
    '--no-build',
    '--from-source',
    '--help',
  ]);
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (valued.has(flag)) {
      flags.set(flag, inline ?? argv[++i]);
    } else if (boolean.has(flag) && inline === undefined) {
      flags.set(flag, 'true');
    } else {
      throw new Error(`unknown option "${argv[i]}"\n${USAGE}`);
    }
  }
  if (flags.has('--help')) {
    throw new Error(USAGE);
  }
  const quick = flags.has('--quick');
  const number = (flag: string, fallback: number, parse = positive) =>
    flags.has(flag) ? parse(flag, flags.get(flag)) : fallback;
  const bcryptRounds = number('--bcrypt-rounds', 10, whole);
  if (bcryptRounds < 4 || bcryptRounds > 15) {
    throw new Error('--bcrypt-rounds must be between 4 and 15 (the app accepts 4..15)');
  }
  return {
    quick,
    scale: number('--scale', quick ? 0.1 : 1),
    growth: number('--growth', 5),
    warmupSeconds: number('--warmup', quick ? 1 : 3),
    durationSeconds: number('--duration', quick ? 3 : 15),
    rounds: number('--rounds', quick ? 1 : 3, whole),
    connections: number('--connections', 32, whole),
    contendedClients: 64,
    contendedSlots: 8,
    contendedRounds: quick ? 3 : 10,
    sockets: number('--sockets', quick ? 200 : 2000, whole),
    realtimeRate: number('--rate', quick ? 10 : 20),
    webhookRate: number('--webhook-rate', 200),
    bcryptRounds,
    only: flags.has('--only') ? scenarioList(flags.get('--only')) : new Set(SCENARIO_NAMES),
    profile: flags.has('--profile'),
    keepDatabase: flags.has('--keep-db'),
    splitCores: flags.has('--split-cores'),
    build: !flags.has('--no-build') && !flags.has('--from-source'),
    fromSource: flags.has('--from-source'),
    databaseUrl: env.BENCH_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/bench',
  };
}
