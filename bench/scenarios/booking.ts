import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { bookingRequest } from '../lib/booking-request';
import { BOOKING_MINUTES } from '../lib/calendar';
import { APP_POOL_SIZE, ratioRow, type BenchContext, type ScenarioOutcome } from '../lib/context';
import { BENCH_MAX_ACTIVE_BOOKINGS, bookByHand, publishedRowsSweeper } from '../lib/hand-booking';
import { runHttpLoad, runLoop, summaryLine, type Measurement } from '../lib/measure';
import { alternate } from '../lib/phase';
import { idOf, indexesOf, PASSWORD, patientEmail } from '../lib/population';
import { startCeilingServer, waitUntilAnswering } from '../lib/processes';
import { loginAll, type Session } from '../lib/sessions';

const TARGET_RATIO = 0.7;
const TARGET_P99_MS = 50;
/** The target is at 16 concurrent clients (the other throughput rows keep `--connections`). */
export const BOOKING_CONNECTIONS = 16;
/**
 * The INSERT ceiling books the last `BOOKING_CONNECTIONS` doctors, one per worker, thousands of times a second: their
 * next free slots soon lie past the default booking horizon (365 days), so no app booking of any scenario may name
 * them (it would answer 422 TOO_FAR_AHEAD). `bookableDoctors` is how many doctors, from 0 up, the app's bookings use.
 */
export const INSERT_CEILING_DOCTORS = BOOKING_CONNECTIONS;
export function bookableDoctors(doctors: number): number {
  return doctors - INSERT_CEILING_DOCTORS;
}
export { BENCH_MAX_ACTIVE_BOOKINGS };

/**
 * The booking's row INSERT (the same columns the app writes), one statement, autocommit: what the database alone
 * costs per booking, with the same exclusion constraints and indexes. The app's booking is one transaction of five
 * statements around the same insert (facts and locks; count + insert + key answer; its reminders, the parties'
 * notifications and its webhook deliveries in one).
 */
const BOOKING_INSERT = `INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, duration_minutes, status, reason, created_by)
VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7) RETURNING id`;

/**
 * 2. The database ceiling (the booking INSERT straight through pg, on a pool as large as the app's, at the same
 * concurrency, distinct free slots) against POST /api/v1/appointments with JWT, validation, the availability check,
 * an Idempotency-Key and the `appointment.created` event. The target's ceiling is the same booking transaction sent
 * straight through pg; for scale, the same transaction behind a bare Fastify route with the same JWT check gets the
 * app's very requests (what any HTTP service of this transaction costs here). The three sides each book for a pool of
 * patients of their own, of one size (`bookingSides`), in turn: the k-th booking of a side is for the side's patient
 * k mod P with doctor (k mod P) mod D (D: the bookable doctors), so each side's patients and doctors gather bookings
 * alike. Every slot comes from the run's SlotBook, so no booking collides: any non-2xx is a failure, shown in the
 * table.
 */
export async function bookingScenario(ctx: BenchContext): Promise<ScenarioOutcome> {
  const connections = BOOKING_CONNECTIONS;
  const doctors = ctx.population.doctors;
  const ceilingPatients = indexesOf(ctx.population.ceilingLanes);
  const sides = ctx.population.bookingSides;
  const bookable = bookableDoctors(doctors);
  const handBuiltPatients = indexesOf(sides.handBuilt);
  // Set-up, not measured: the app's and the route's patients log in (cost-4 hashes).
  const appSessions = await loginAll(ctx.app.url, indexesOf(sides.app).map(patientEmail), PASSWORD);
  const routeSessions = await loginAll(ctx.app.url, indexesOf(sides.route).map(patientEmail), PASSWORD);

  const pool = new Pool({ connectionString: ctx.databaseUrl, max: APP_POOL_SIZE });
  // The hand-built bookings' outbox rows are deleted in batches, like the app's relay deletes its own.
  const sweeper = publishedRowsSweeper(pool);
  // The same transaction behind a bare Fastify route with the same JWT check (`bench/ceiling-server.ts`): the
  // hand-built booking with the HTTP edge the app cannot go without, for scale beside the target's ceiling.
  const server = await startCeilingServer(ctx.databaseUrl, ctx.jwtSecret);
  let ceiling: Measurement;
  let handBuilt: Measurement;
  let handBuiltRoute: Measurement;
  let scenario: Measurement;
  try {
    await waitUntilAnswering(server, '/', 30_000);
    const inserts = (seconds: number) =>
      runLoop('Database ceiling', connections, seconds, async (worker) => {
        const patient = ceilingPatients[worker % ceilingPatients.length];
        // The last doctors, which no app booking names (`bookableDoctors`).
        const doctor = doctors - 1 - (worker % INSERT_CEILING_DOCTORS);
        const startsAt = ctx.slots.next(doctor);
        await pool.query(BOOKING_INSERT, [
          idOf('patient', patient),
          idOf('doctor', doctor),
          startsAt,
          new Date(startsAt.getTime() + BOOKING_MINUTES * 60_000),
          BOOKING_MINUTES,
          'Benchmark check-up',
          idOf('patientUser', patient),
        ]);
      });
    // Each hand-built booking goes to the side's next patient, as each request of the app's side does.
    let handBuiltTurn = 0;
    const byHand = (seconds: number) =>
      runLoop('Hand-built booking', connections, seconds, async () => {
        const k = handBuiltTurn++ % handBuiltPatients.length;
        const patient = handBuiltPatients[k];
        const doctor = k % bookable;
        await bookByHand(
          pool,
          sweeper.published,
          { id: idOf('patient', patient), userId: idOf('patientUser', patient) },
          {
            doctorId: idOf('doctor', doctor),
            startsAt: ctx.slots.next(doctor),
            durationMinutes: BOOKING_MINUTES,
            reason: 'Benchmark check-up',
            key: randomUUID(),
          },
        );
      });
    // The same requests (the side's k-th patient books doctor k mod D, a fresh key each), to the app or to the route.
    const bookings = (label: string, url: string, sessions: readonly Session[]) => {
      let turn = 0;
      return (seconds: number) =>
        runHttpLoad({
          label,
          url,
          connections,
          seconds,
          method: 'POST',
          path: '/api/v1/appointments',
          nextRequest: () => {
            const k = turn++ % sessions.length;
            const doctor = k % bookable;
            return bookingRequest(ctx.slots, sessions[k], doctor, 'Benchmark check-up');
          },
        });
    };
    const byApp = bookings('POST /appointments', ctx.app.url, appSessions);
    const byRoute = bookings('Hand-built booking route', server.url, routeSessions);
    [[ceiling], [handBuilt], [handBuiltRoute], [scenario]] = await alternate(ctx, [
      { label: 'Database ceiling', run: async (seconds) => [await inserts(seconds)] },
      { label: 'Hand-built booking', run: async (seconds) => [await byHand(seconds)] },
      { label: 'Hand-built booking route', server, run: async (seconds) => [await byRoute(seconds)] },
      { label: 'POST /appointments', app: ctx.app, run: async (seconds) => [await byApp(seconds)] },
    ]);
  } finally {
    sweeper.stop();
    await server.stop(5000);
    await pool.end();
  }
  ctx.log(`  ${summaryLine(ceiling)}`);
  ctx.log(`  ${summaryLine(handBuilt)}`);
  ctx.log(`  ${summaryLine(handBuiltRoute)}`);
  ctx.log(`  ${summaryLine(scenario)}`);
  const ratio = scenario.rps / handBuilt.rps;
  const clean = scenario.non2xx === 0 && scenario.errors === 0 && handBuilt.non2xx === 0 && handBuilt.errors === 0;
  return {
    rows: [
      {
        scenario: '2. Ceiling: the same booking transaction by hand (same statements, locks and rows via pg)',
        measurement: handBuilt,
      },
      { scenario: '2. (for scale) the booking INSERT alone, straight through pg', measurement: ceiling },
      {
        scenario: '2. (for scale) the same transaction behind a bare Fastify route (same JWT check, same requests)',
        measurement: handBuiltRoute,
        ratio: handBuiltRoute.rps / handBuilt.rps,
      },
      ratioRow('2. (for scale) POST /appointments against that route', scenario.rps / handBuiltRoute.rps),
      {
        scenario: `2. POST /api/v1/appointments (distinct free slots, Idempotency-Key, ${BOOKING_CONNECTIONS} clients)`,
        measurement: scenario,
        ratio,
        target: {
          description: `ratio ≥ ${TARGET_RATIO}, p99 < ${TARGET_P99_MS} ms`,
          measured: `${ratio.toFixed(2)}, ${scenario.p99.toFixed(1)} ms`,
          met: ratio >= TARGET_RATIO && scenario.p99 < TARGET_P99_MS && clean,
        },
      },
    ],
  };
}
