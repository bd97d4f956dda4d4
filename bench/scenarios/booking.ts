import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { BOOKING_MINUTES } from '../lib/calendar';
import { APP_POOL_SIZE, type BenchContext, type ScenarioOutcome } from '../lib/context';
import { runHttpLoad, runLoop, summaryLine, type Measurement } from '../lib/measure';
import { alternate } from '../lib/phase';
import { idOf, indexesOf } from '../lib/population';

const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 50;

/**
 * The booking's row INSERT (the same columns the app writes), one statement, autocommit: what the database alone
 * costs per booking, with the same exclusion constraints and indexes. The app's booking is one transaction of five
 * statements around the same insert (facts and locks; count + insert + key answer; the parties' notifications).
 */
const BOOKING_INSERT = `INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, duration_minutes, status, reason, created_by)
VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7) RETURNING id`;

/**
 * 2. The database ceiling (the booking INSERT straight through pg, on a pool as large as the app's, at the same
 * concurrency, distinct free slots) against POST /api/v1/appointments with JWT, validation, the availability check,
 * an Idempotency-Key and the `appointment.created` event. Lane k books as patient k with doctor k mod D; every slot
 * comes from the run's SlotBook, so no booking collides: any non-2xx is a failure, shown in the table.
 */
export async function bookingScenario(ctx: BenchContext): Promise<ScenarioOutcome> {
  const { connections } = ctx.options;
  const doctors = ctx.population.doctors;
  const ceilingPatients = indexesOf(ctx.population.ceilingLanes);

  const lanes = ctx.laneSessions;
  const pool = new Pool({ connectionString: ctx.databaseUrl, max: APP_POOL_SIZE });
  let ceiling: Measurement;
  let scenario: Measurement;
  try {
    const inserts = (seconds: number) =>
      runLoop('Database ceiling', connections, seconds, async (worker) => {
        const patient = ceilingPatients[worker % ceilingPatients.length];
        const doctor = patient % doctors;
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
    const bookings = (seconds: number) =>
      runHttpLoad({
        label: 'POST /appointments',
        url: ctx.app.url,
        connections,
        seconds,
        method: 'POST',
        path: '/api/v1/appointments',
        nextRequest: (connection) => {
          const lane = connection % lanes.length;
          const doctor = (ctx.population.bookingLanes.from + lane) % doctors;
          return {
            method: 'POST',
            path: '/api/v1/appointments',
            headers: {
              ...lanes[lane].headers,
              'content-type': 'application/json',
              'idempotency-key': randomUUID(),
            },
            body: JSON.stringify({
              doctorId: idOf('doctor', doctor),
              startsAt: ctx.slots.next(doctor).toISOString(),
              durationMinutes: BOOKING_MINUTES,
              reason: 'Benchmark check-up',
            }),
          };
        },
      });
    [[ceiling], [scenario]] = await alternate(ctx, [
      { label: 'Database ceiling', run: async (seconds) => [await inserts(seconds)] },
      { label: 'POST /appointments', app: ctx.app, run: async (seconds) => [await bookings(seconds)] },
    ]);
  } finally {
    await pool.end();
  }
  ctx.log(`  ${summaryLine(ceiling)}`);
  ctx.log(`  ${summaryLine(scenario)}`);
  const ratio = scenario.rps / ceiling.rps;
  const clean = scenario.non2xx === 0 && scenario.errors === 0;
  return {
    rows: [
      { scenario: '2. Ceiling: booking INSERT straight through pg', measurement: ceiling },
      {
        scenario: '2. POST /api/v1/appointments (distinct free slots)',
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
