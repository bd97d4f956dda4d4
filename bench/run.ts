import * as bcrypt from 'bcrypt';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeCalendar, SlotBook } from './lib/calendar';
import type { ListPlans } from './lib/explain';
import { APP_POOL_SIZE, type BenchContext, type Row, type ScenarioOutcome } from './lib/context';
import {
  dropBenchDatabase,
  recreateBenchDatabase,
  serverVersion,
  siblingDatabase,
  withoutPassword,
} from './lib/database';
import { splitCores } from './lib/cores';
import { parseOptions, SCENARIO_NAMES, type BenchOptions, type ScenarioName } from './lib/options';
import {
  BENCH_ADMIN,
  doctorEmail,
  indexesOf,
  PASSWORD,
  patientEmail,
  planPopulation,
  SESSION_BCRYPT_ROUNDS,
  sizesAt,
} from './lib/population';
import { buildApp, buildIsCurrent, freePort, ROOT, startChild, waitUntilAnswering, type Child } from './lib/processes';
import { formatProfile } from './lib/profile';
import { markdownTable } from './lib/report';
import { seed, type SeedReport } from './lib/seed';
import { loginAll } from './lib/sessions';
import { BENCH_MAX_ACTIVE_BOOKINGS, bookingScenario } from './scenarios/booking';
import { contendedScenario } from './scenarios/contended';
import { httpScenario, loadReaders, type Readers } from './scenarios/http';
import { LIST_DOCTORS, listsScenario } from './scenarios/lists';
import { loginScenario } from './scenarios/login';
import { realtimeScenario } from './scenarios/realtime';
import { remindersScenario } from './scenarios/reminders';
import { slotsFanoutScenario } from './scenarios/slots-fanout';
import { makeReceiverTls, webhookAppEnv, webhooksScenario, type ReceiverTls } from './scenarios/webhooks';
import { chaosScenario } from './scenarios/chaos';

const RESULTS = join(ROOT, 'bench', 'results');

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function appEnv(
  options: BenchOptions,
  databaseUrl: string,
  port: number,
  jwtSecret: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    ...extra,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    // Shared by both apps of the list scenario, so one login works on either (ids are the same in both databases).
    JWT_SECRET: jwtSecret,
    // The run can outlast the default 15 minutes; tokens are taken once, at the start.
    JWT_ACCESS_TTL: '3600',
    LOG_LEVEL: 'warn',
    BCRYPT_ROUNDS: String(options.bcryptRounds),
    // One client address sends every request, and each booking lane books hundreds a minute: the per-address and
    // booking-churn limits would measure themselves (they answer 429), not the work behind them.
    RATE_LIMIT_ADDRESS_MAX: '0',
    RATE_LIMIT_BOOKINGS_PER_MINUTE: '0',
    // Booking lanes hold a few hundred upcoming appointments each by the end of the run.
    MAX_ACTIVE_BOOKINGS_PER_PATIENT: String(BENCH_MAX_ACTIVE_BOOKINGS),
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    // Due jobs (the reminders scenario) are looked for every second rather than every 15 s, so their time to be sent
    // is the runner's work and not mostly the wait for its next pass.
    JOBS_INTERVAL_MS: '1000',
    // The same pool as the hand-built ceilings', whatever the app's default.
    DB_POOL_SIZE: String(APP_POOL_SIZE),
  };
}

async function startApp(
  options: BenchOptions,
  databaseUrl: string,
  jwtSecret: string,
  extra: Record<string, string> = {},
): Promise<Child> {
  const port = await freePort();
  const node = ['--expose-gc', '-r', './bench/support/app-agent.js'];
  const entry = options.fromSource ? ['-r', './test/support/register-ts.js', 'src/main.ts'] : ['dist/src/main.js'];
  const env = appEnv(options, databaseUrl, port, jwtSecret, extra);
  const app = startChild('app', [...node, ...entry], env, `http://127.0.0.1:${port}`);
  await waitUntilAnswering(app, '/health/ready');
  return app;
}

/** A scenario that throws becomes a failed row (with its message) and the run goes on to the next one. */
async function attempt(
  name: string,
  title: string,
  outcomes: Map<string, ScenarioOutcome>,
  run: () => Promise<ScenarioOutcome>,
): Promise<void> {
  log(`\n${title}`);
  try {
    outcomes.set(name, await run());
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    log(`  FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    outcomes.set(name, {
      rows: [
        {
          scenario: title,
          measurement: null,
          target: { description: 'runs', measured: `error: ${message}`, met: false },
        },
      ],
      details: { error: message },
    });
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const runs = (name: ScenarioName) => options.only.has(name);
  const startedAt = new Date();
  const started = performance.now();
  const calendar = makeCalendar(startedAt);
  const population = planPopulation(options);
  const databaseUrl = options.databaseUrl;
  const profileDir = options.profile ? join(RESULTS, 'profiles', startedAt.toISOString().replace(/[:.]/g, '-')) : null;
  log(
    `clinic booking benchmark: scale ${options.scale} (${population.doctors} doctors, ${population.patients} patients, ` +
      `~${population.appointments} appointments), ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s ` +
      `per phase, ${options.connections} connections, bcrypt cost ${options.bcryptRounds}`,
  );
  if (options.build && buildIsCurrent()) {
    log('dist/ is newer than every source: using it (touch a source or delete dist/ to rebuild)');
  } else if (options.build) {
    log('building (npm run build)…');
    buildApp();
  }
  const postgres = await serverVersion(databaseUrl);
  const split = options.splitCores ? await splitCores(databaseUrl) : null;
  if (split) {
    log(`split cores: PostgreSQL on CPU ${split.database}, the bench, the app and the ceilings on CPU ${split.rest}`);
    process.on('exit', () => split.restore());
  }
  await recreateBenchDatabase(databaseUrl);
  const hashes = Promise.all([
    bcrypt.hash(PASSWORD, SESSION_BCRYPT_ROUNDS),
    bcrypt.hash(PASSWORD, options.bcryptRounds),
  ]).then(([session, configured]) => ({ session, configured }));
  const jwtSecret = randomBytes(48).toString('base64url');
  let app: Child | null = null;
  const outcomes = new Map<string, ScenarioOutcome>();
  const seeds: (SeedReport & { label: string })[] = [];
  const profiles: BenchContext['profiles'] = [];
  try {
    log('starting the app (production build, migrations at start)…');
    // The webhook scenario's receiver is https on 127.0.0.1: the app must trust its certificate and reach it.
    const receiverTls: ReceiverTls | null = runs('webhooks') ? makeReceiverTls() : null;
    app = await startApp(options, databaseUrl, jwtSecret, receiverTls ? webhookAppEnv(receiverTls) : {});
    log(`seeding scale ${options.scale}…`);
    const base = sizesAt(options.scale);
    const baseRange = {
      doctorFrom: 0,
      doctorTo: base.doctors,
      patientFrom: 0,
      patientTo: base.patients,
      appointments: base.appointments,
    };
    const baseSeed = await seed(databaseUrl, baseRange, calendar, await hashes, population, log);
    seeds.push({ label: `${options.scale}×`, ...baseSeed });
    log(`  ${baseSeed.appointments} appointments in ${baseSeed.seconds.toFixed(1)} s`);

    const laneSessions = await loginAll(app.url, indexesOf(population.bookingLanes).map(patientEmail), PASSWORD);
    const ctx: BenchContext = {
      options,
      population,
      calendar,
      slots: new SlotBook(calendar.bookingFrom),
      app,
      databaseUrl,
      jwtSecret,
      hashes: await hashes,
      laneSessions,
      profileDir,
      profiles,
      log,
    };
    if (runs('lists')) {
      const grownScale = Number((options.scale * options.growth).toPrecision(6));
      await attempt('lists', `4. Lists at ${options.scale}× and ${grownScale}×`, outcomes, async () => {
        const grownUrl = siblingDatabase(databaseUrl, 'grown');
        let grownApp: Child | null = null;
        try {
          await recreateBenchDatabase(grownUrl);
          grownApp = await startApp(options, grownUrl, jwtSecret);
          log(`  seeding a second database at scale ${grownScale} (the same rows as at ${options.scale}×, and more)…`);
          const grown = sizesAt(grownScale);
          await seed(grownUrl, baseRange, calendar, ctx.hashes, population, log);
          const grownSeed = await seed(
            grownUrl,
            {
              doctorFrom: base.doctors,
              doctorTo: grown.doctors,
              patientFrom: base.patients,
              patientTo: grown.patients,
              appointments: grown.appointments - base.appointments,
            },
            calendar,
            ctx.hashes,
            population,
            log,
          );
          seeds.push({ label: `${grownScale}×`, ...grownSeed });
          log(`  ${grownSeed.appointments} appointments`);
          const doctors = await loginAll(
            ctx.app.url,
            Array.from({ length: Math.min(LIST_DOCTORS, population.doctors) }, (_, i) => doctorEmail(i)),
            PASSWORD,
          );
          return await listsScenario(
            ctx,
            [
              { label: `${options.scale}×`, app: ctx.app, databaseUrl, appointments: baseSeed.appointments },
              { label: `${grownScale}×`, app: grownApp, databaseUrl: grownUrl, appointments: grownSeed.appointments },
            ],
            doctors,
          );
        } finally {
          if (grownApp) {
            await grownApp.stop();
            writeFileSync(join(RESULTS, 'app-grown-output.log'), grownApp.output());
          }
          if (!options.keepDatabase) {
            await dropBenchDatabase(grownUrl);
          }
        }
      });
    }
    let readers: Readers | null = null;
    const getReaders = async () => (readers ??= await loadReaders(ctx));
    if (runs('http')) {
      await attempt('http', '1. HTTP ceiling vs GET /appointments/:id', outcomes, async () =>
        httpScenario(ctx, await getReaders()),
      );
    }
    if (runs('booking')) {
      await attempt('booking', '2. Database ceiling vs POST /appointments', outcomes, () => bookingScenario(ctx));
    }
    if (runs('contended')) {
      await attempt('contended', '3. Contended booking', outcomes, async () =>
        contendedScenario(
          ctx,
          await loginAll(ctx.app.url, indexesOf(population.contended).map(patientEmail), PASSWORD),
        ),
      );
    }
    if (runs('realtime')) {
      await attempt('realtime', '6. Real time', outcomes, async () => {
        const connectedDoctors = Math.min(population.doctors, options.sockets);
        const doctors = await loginAll(
          ctx.app.url,
          Array.from({ length: connectedDoctors }, (_, i) => doctorEmail(i)),
          PASSWORD,
        );
        const patients = await loginAll(ctx.app.url, indexesOf(population.socketPatients).map(patientEmail), PASSWORD);
        return realtimeScenario(ctx, doctors, patients.length > 0 ? patients : ctx.laneSessions);
      });
    }
    if (runs('fanout')) {
      await attempt('fanout', '7. slots.changed fan-out', outcomes, () => slotsFanoutScenario(ctx, ctx.laneSessions));
    }
    if (runs('reminders')) {
      await attempt('reminders', '8. 10,000 due reminders', outcomes, async () =>
        remindersScenario(ctx, await getReaders()),
      );
    }
    if (runs('webhooks') && receiverTls) {
      await attempt('webhooks', '9. Webhook deliveries', outcomes, () => webhooksScenario(ctx, receiverTls));
    }
    if (runs('login')) {
      await attempt('login', '5. bcrypt ceiling vs POST /auth/login', outcomes, async () =>
        loginScenario(ctx, await getReaders()),
      );
    }
    if (runs('chaos')) {
      await attempt('chaos', '10. An instance killed under booking load', outcomes, async () => {
        const doctors = await loginAll(
          ctx.app.url,
          Array.from({ length: Math.min(population.doctors, 20) }, (_, i) => doctorEmail(i)),
          PASSWORD,
        );
        return chaosScenario(ctx, doctors, (env) => startApp(options, databaseUrl, jwtSecret, env));
      });
    }
  } finally {
    if (app) {
      await app.stop();
      // The app logs at "warn": anything it said (a 5xx's cause, above all) is kept for reading.
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(join(RESULTS, 'app-output.log'), app.output());
      if (app.process.exitCode !== 0 && app.process.exitCode !== null) {
        log(`the app exited with ${app.process.exitCode}:\n${app.output()}`);
      }
    }
    if (!options.keepDatabase) {
      await dropBenchDatabase(databaseUrl);
    }
    split?.restore();
  }

  const rows: Row[] = SCENARIO_NAMES.flatMap((name) => outcomes.get(name)?.rows ?? []);
  const finishedAt = new Date();
  const seconds = (performance.now() - started) / 1000;
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((load) => Math.round(load * 100) / 100),
    node: process.version,
    postgres,
    splitCores: split ? { database: split.database, rest: split.rest } : null,
  };
  const table = markdownTable(rows);
  const listDetails = outcomes.get('lists')?.details as
    { sizes?: { label: string; plans: ListPlans | { error: string } }[] } | undefined;
  const output = [
    '',
    table,
    '',
    `Scale ${options.scale} (${seeds.map((s) => `${s.label}: ${s.doctors} doctors, ${s.patients} patients, ${s.appointments} appointments`).join('; ')}). ` +
      `${options.warmupSeconds} s warm-up + ${options.durationSeconds} s per phase; bcrypt cost ${options.bcryptRounds}; ` +
      `${machine.cores} × ${machine.cpu}, Node ${machine.node}, PostgreSQL ${postgres}` +
      `${split ? ` (split cores: PostgreSQL on CPU ${split.database}, the rest on CPU ${split.rest})` : ''}; load average at start ` +
      `${machine.loadAverageAtStart.join(' ')}; whole run ${Math.round(seconds)} s.`,
    `Ratios divide a scenario by its ceiling measured in the same run, in ${options.rounds} alternating round(s); for ` +
      'the lists, the p99 at the grown size by the p99 at the seeded size (two apps on two databases, alternated). ' +
      'Contended: p50/p99 are the settle time over the rounds (p99 = slowest round). Real time: p50/p99 are the ' +
      "latency from a booking's 201 to the event at the doctor's socket; req/s is the booking rate. Slots fan-out: " +
      "p50/p99 over every (change, watcher) pair, from the change's answer to the watcher's slots.changed; req/s " +
      "is the rate of bookings and cancellations. Webhooks: p50/p99 from the booking's 201 to the signed delivery at " +
      'the local https receiver; req/s is deliveries per second.',
  ];
  // Both sizes: a plan that changes with the size (a scan at one, an index at the other) is the thing to see.
  for (const size of listDetails?.sizes ?? []) {
    if ('appointmentList' in size.plans) {
      output.push(
        '',
        `EXPLAIN (ANALYZE, BUFFERS) of the doctor's-week list at ${size.label} (page, then count), as the app issues it:`,
        '',
      );
      for (const statement of size.plans.appointmentList) {
        output.push('```text', statement.plan, '```');
      }
    }
  }
  console.log(output.join('\n'));
  for (const { label, summary } of profiles) {
    console.log(`\n${label}: ${formatProfile(summary)}`);
  }
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, 'latest.json');
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        startedAt,
        finishedAt,
        seconds,
        options: { ...options, only: [...options.only], databaseUrl: withoutPassword(options.databaseUrl) },
        machine,
        seeds,
        rows,
        details: Object.fromEntries([...outcomes].map(([name, outcome]) => [name, outcome.details ?? null])),
        profiles,
      },
      null,
      2,
    )}\n`,
  );
  log(`\nwrote ${relative(ROOT, file)}`);
  const broken = [...outcomes.values()].some((outcome) => outcome.details && 'error' in outcome.details);
  return broken ? 1 : 0;
}

// Ctrl-C: exit through process.exit so the exit hook kills the app and the ceiling server.
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
