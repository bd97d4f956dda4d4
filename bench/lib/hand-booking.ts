import { createHash, randomUUID } from 'node:crypto';
import type { Appointment } from '@app/contracts';
import type { Pool } from 'pg';
import { BOOKING_STATEMENTS } from '../../src/appointments/booking.repository';
import { composeWrites, type BatchedWrite } from '../../src/database/batched-writes';
import { noticesWrite } from '../../src/notifications/notifications.repository';
import { planJobsWrite } from '../../src/jobs/jobs.repository';
import { reminderKey, REMINDER_KIND } from '../../src/appointments/reminder-plan';
import { deliveriesWrite } from '../../src/webhooks/webhooks.repository';

/**
 * `MAX_ACTIVE_BOOKINGS_PER_PATIENT` of the bench's app: each of 16 lanes books thousands in a run, and the count
 * still runs on every booking (app and hand-built alike); only its refusal is out of reach.
 */
export const BENCH_MAX_ACTIVE_BOOKINGS = 1000;
const MAX_ACTIVE = BENCH_MAX_ACTIVE_BOOKINGS;

/** What one hand-built booking is asked for (the body the app would get, and the `Idempotency-Key`). */
export interface HandBooking {
  doctorId: string;
  startsAt: Date;
  durationMinutes: number;
  reason: string | null;
  key: string;
}

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
export async function bookByHand(
  pool: Pool,
  published: string[],
  patient: { id: string; userId: string },
  booking: HandBooking,
): Promise<Appointment> {
  const { doctorId, startsAt, durationMinutes, reason, key } = booking;
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  const request = { doctorId, startsAt: startsAt.toISOString(), durationMinutes };
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
    const { patient_user_id: patientUserId, patient_name: patientName, doctor_user_id: doctorUserId } = facts;
    const { doctor_name: doctorName, doctor_specialization: specialization } = facts;
    if (
      !facts.key_claimed ||
      patientUserId === null ||
      patientName === null ||
      doctorUserId === null ||
      doctorName === null ||
      specialization === null ||
      facts.time_off !== null
    ) {
      throw new Error('hand-built booking refused by its facts');
    }
    const id = randomUUID();
    const createdAt = facts.now.toISOString();
    // Written out as a user would, typed as the contract's answer, so it cannot drift from the app's 201 body.
    const appointment: Appointment = {
      id,
      patientId: patient.id,
      doctorId,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      durationMinutes,
      status: 'pending',
      reason,
      notes: null,
      cancellationReason: null,
      cancelledBy: null,
      lateCancellation: false,
      seriesId: null,
      createdAt,
      updatedAt: createdAt,
      patient: { id: patient.id, fullName: patientName },
      doctor: { id: doctorId, fullName: doctorName, specialization },
    };
    const recipients = [patientUserId, doctorUserId];
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
          durationMinutes,
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
            body: `${patientName} with ${doctorName} on ${startsAt.toISOString()}.`,
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
    return appointment;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Deletes the outbox rows of what the hand-built bookings published, in batches every 100 ms, as the app's relay
 * deletes its own (left behind, the app's relay would find them after its grace period and publish them during other
 * phases). `stop` ends it.
 */
export function publishedRowsSweeper(pool: Pool): { published: string[]; stop(): void } {
  const published: string[] = [];
  const timer = setInterval(() => {
    const ids = published.splice(0);
    if (ids.length > 0) {
      void pool.query('DELETE FROM outbox_events WHERE id = ANY($1::uuid[])', [ids]).catch(() => undefined);
    }
  }, 100);
  return { published, stop: () => clearInterval(timer) };
}
