import { createHash, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { BOOKING_STATEMENTS } from '../../src/appointments/booking.repository';
import { composeWrites, type BatchedWrite } from '../../src/database/batched-writes';
import { noticesWrite } from '../../src/notifications/notifications.repository';
import { planJobsWrite } from '../../src/jobs/jobs.repository';
import { reminderKey, REMINDER_KIND } from '../../src/appointments/reminder-plan';
import { deliveriesWrite } from '../../src/webhooks/webhooks.repository';
import { BOOKING_MINUTES } from '../lib/calendar';
import { APP_POOL_SIZE, type BenchContext, type ScenarioOutcome } from '../lib/context';
import { runHttpLoad, runLoop, summaryLine, type Measurement } from '../lib/measure';
import { alternate } from '../lib/phase';
import { idOf, indexesOf } from '../lib/population';

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
/**
 * `MAX_ACTIVE_BOOKINGS_PER_PATIENT` of the bench's app: each of 16 lanes books thousands in a run, and the count
 * still runs on every booking (app and hand-built alike); only its refusal is out of reach.
 */
export const BENCH_MAX_ACTIVE_BOOKINGS = 1000;
const MAX_ACTIVE = BENCH_MAX_ACTIVE_BOOKINGS;

interface FactsRow {
  key_claimed: boolean;
  patient_user_id: string | null;
  patient_name: string | null;
  doctor_user_id: string | null;
  doctor_name: string | null;
  doctor_specialization: string | null;
  doctor_timezone: string | null;
  time_off: unknown[] | null;
  now: Date;
}

/**
 * The booking as a user would write it by hand on `pg`: the app's very statements (`BOOKING_STATEMENTS`, and the
 * one statement that plans the reminders, stores the parties' notification and inserts the webhook deliveries), in one
 * transaction on one pooled client, prepared by name: claim the key, take the patient's lock and read the facts; count,
 * insert, store the key's 201 answer and the outbox row; the reminders, notifications and deliveries; COMMIT. It checks what the app checks (the key was claimed, both parties exist, not in time off, the
 * row went in); it skips what only a framework does (validation of the body, the access policy, the working-hours
 * rule in the doctor's zone, the event's publication after commit).
 */
async function bookByHand(
  pool: Pool,
  published: string[],
  patient: { id: string; userId: string },
  doctorId: string,
  startsAt: Date,
): Promise<void> {
  const endsAt = new Date(startsAt.getTime() + BOOKING_MINUTES * 60_000);
  const key = randomUUID();
  const request = { doctorId, startsAt: startsAt.toISOString(), durationMinutes: BOOKING_MINUTES };
  const requestHash = createHash('sha256')
    .update(JSON.stringify(['POST /appointments', request]))
    .digest('hex');
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const facts = (
      await client.query<FactsRow>({
        name: 'hand-claim-facts',
        text: BOOKING_STATEMENTS.claimKeyAndReadFacts,
        values: [patient.id, doctorId, startsAt, endsAt, null, patient.userId, key, requestHash],
      })
    ).rows[0];
    if (!facts.key_claimed || !facts.patient_user_id || !facts.doctor_user_id || facts.time_off !== null) {
      throw new Error('hand-built booking refused by its facts');
    }
    const id = randomUUID();
    const createdAt = facts.now.toISOString();
    const appointment = {
      id,
      patientId: patient.id,
      doctorId,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      durationMinutes: BOOKING_MINUTES,
      status: 'pending',
      reason: 'Benchmark check-up',
      notes: null,
      cancellationReason: null,
      cancelledBy: null,
      lateCancellation: false,
      seriesId: null,
      createdAt,
      updatedAt: createdAt,
      patient: { id: patient.id, fullName: facts.patient_name },
      doctor: { id: doctorId, fullName: facts.doctor_name, specialization: facts.doctor_specialization },
    };
    const recipients = [facts.patient_user_id, facts.doctor_user_id];
    const eventId = randomUUID();
    const inserted = (
      await client.query<{ inserted: boolean }>({
        name: 'hand-insert',
        text: BOOKING_STATEMENTS.insertAnswered,
        values: [
          id,
          patient.id,
          doctorId,
          startsAt,
          endsAt,
          BOOKING_MINUTES,
          appointment.reason,
          patient.userId,
          MAX_ACTIVE,
          // Status, the blocked range (no buffers in the bench's policies) and no hold, as the app sends them.
          'pending',
          startsAt,
          endsAt,
          null,
          patient.userId,
          key,
          JSON.stringify(appointment),
          eventId,
          'appointment.created',
          JSON.stringify({ appointment }),
          JSON.stringify({ recipientUserIds: recipients, doctorTimezone: facts.doctor_timezone }),
        ],
      })
    ).rows[0];
    if (!inserted.inserted) {
      throw new Error('hand-built booking refused by the insert');
    }
    // Its reminders at the default leads (REMINDER_LEAD_MINUTES 1440,60), the parties' notification and the event's
    // webhook deliveries (none: the bench has no endpoint), in one statement, as the app writes them with the change.
    const leads = [1440, 60];
    const writes: (BatchedWrite | null)[] = [
      planJobsWrite(
        leads.map((lead) => ({
          kind: REMINDER_KIND,
          dedupeKey: reminderKey(id, lead, appointment.startsAt),
          payload: { appointmentId: id, minutesBefore: lead, startsAt: appointment.startsAt },
          runAt: new Date(startsAt.getTime() - lead * 60_000),
          maxAttempts: 5,
        })),
      ),
      noticesWrite([
        {
          userIds: recipients,
          notice: {
            type: 'appointment.created',
            title: 'Appointment booked',
            body: `${facts.patient_name} with ${facts.doctor_name} on ${startsAt.toISOString()}.`,
            data: { appointmentId: id, doctorId, patientId: patient.id, startsAt: appointment.startsAt },
          },
        },
      ]),
      deliveriesWrite([
        {
          eventId,
          type: 'appointment.created',
          body: JSON.stringify({ type: 'appointment.created', data: { appointment } }),
        },
      ]),
    ];
    const batch = composeWrites(writes.filter((write): write is BatchedWrite => write !== null));
    await client.query({ name: 'hand-writes', text: batch.text, values: batch.params });
    await client.query('COMMIT');
    // Published (by whatever the user built): its outbox row goes in the next batch delete, as the app's relay does.
    published.push(eventId);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

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
 * an Idempotency-Key and the `appointment.created` event. Lane k books as patient k with doctor k mod D; every slot
 * comes from the run's SlotBook, so no booking collides: any non-2xx is a failure, shown in the table.
 */
export async function bookingScenario(ctx: BenchContext): Promise<ScenarioOutcome> {
  const connections = BOOKING_CONNECTIONS;
  const doctors = ctx.population.doctors;
  const ceilingPatients = indexesOf(ctx.population.ceilingLanes);

  const lanes = ctx.laneSessions;
  const pool = new Pool({ connectionString: ctx.databaseUrl, max: APP_POOL_SIZE });
  const sweepers: NodeJS.Timeout[] = [];
  let ceiling: Measurement;
  let handBuilt: Measurement;
  let scenario: Measurement;
  try {
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
    // Each hand-built booking goes to the next ceiling patient, as each app booking goes to the next lane.
    let handBuiltTurn = 0;
    // The hand-built bookings' outbox rows are deleted in batches every 100 ms, like the app's relay deletes its own
    // (left behind, the app's relay would find them after its grace period and publish them during other phases).
    const published: string[] = [];
    const sweeper = setInterval(() => {
      const ids = published.splice(0);
      if (ids.length > 0) {
        void pool.query('DELETE FROM outbox_events WHERE id = ANY($1::uuid[])', [ids]).catch(() => undefined);
      }
    }, 100);
    sweepers.push(sweeper);
    const handBuiltPatients = ceilingPatients.slice(connections);
    let appTurn = 0;
    const byHand = (seconds: number) =>
      runLoop('Hand-built booking', connections, seconds, async () => {
        // Not the INSERT ceiling's patients (its first `connections`): they hold thousands of rows, past the limit.
        const patient = handBuiltPatients[handBuiltTurn++ % handBuiltPatients.length];
        const doctor = patient % doctors;
        await bookByHand(
          pool,
          published,
          { id: idOf('patient', patient), userId: idOf('patientUser', patient) },
          idOf('doctor', doctor),
          ctx.slots.next(doctor),
        );
      });
    const bookings = (seconds: number) =>
      runHttpLoad({
        label: 'POST /appointments',
        url: ctx.app.url,
        connections,
        seconds,
        method: 'POST',
        path: '/api/v1/appointments',
        nextRequest: () => {
          const lane = appTurn++ % lanes.length;
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
    [[ceiling], [handBuilt], [scenario]] = await alternate(ctx, [
      { label: 'Database ceiling', run: async (seconds) => [await inserts(seconds)] },
      { label: 'Hand-built booking', run: async (seconds) => [await byHand(seconds)] },
      { label: 'POST /appointments', app: ctx.app, run: async (seconds) => [await bookings(seconds)] },
    ]);
  } finally {
    sweepers.forEach(clearInterval);
    await pool.end();
  }
  ctx.log(`  ${summaryLine(ceiling)}`);
  ctx.log(`  ${summaryLine(handBuilt)}`);
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
