import type { Appointment } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import type { OutboxRow } from '../outbox/outbox.repository';
import { queryPrepared } from '../database/prepared';
import type { WeeklyBlock } from '../doctors/working-hours';
import { activeBookingsCountSql, PATIENT_BOOKINGS_LOCK, type BookingFacts } from './booking-rules';
import type { BookingAnswer } from './booking-request';
import { IDEMPOTENCY_KEY_LOCK, KEY_TTL, storedKeyOf, type StoredKey } from './idempotency.service';

/**
 * The statements of one booking. A booking is one transaction of five round trips: BEGIN; one statement that
 * claims the `Idempotency-Key` (when there is one), takes the patient's lock and reads every fact the rules need;
 * one statement that counts the patient's active bookings and inserts (and stores the key's answer); the parties'
 * notifications (recorded by the notifications module); COMMIT. Both statements here are prepared
 * (`queryPrepared`): they look rows up by key, so one plan serves every booking, and planning their joins again
 * for each booking was most of the database's work.
 *
 * The count cannot share the lock's statement: READ COMMITTED takes a statement's snapshot when it starts, so a
 * count read in the statement that waited for the lock would miss a booking committed while it waited. The facts
 * of the first statement are not guarded by that lock anyway (they were never serialized against profile edits).
 */

/** Who and when, as asked: ids may be null when the request was refused before any read (403/400 with a key). */
export interface BookingTarget {
  patientId: string | null;
  doctorId: string | null;
  startsAt: Date;
  endsAt: Date;
}

/** The facts as one row: `$1` patient, `$2` doctor, `$3` startsAt, `$4` endsAt. */
interface FactsRow {
  patient_id: string | null;
  patient_user_id: string | null;
  patient_name: string | null;
  doctor_id: string | null;
  doctor_user_id: string | null;
  doctor_name: string | null;
  doctor_specialization: string | null;
  doctor_timezone: string | null;
  /** `[day_of_week, start_minute, end_minute]` per block; null without blocks or without a doctor. */
  working_hours: [number, number, number][] | null;
  in_time_off: boolean;
  now: Date;
}

const FACTS_COLUMNS = `
       p.id AS patient_id, pu.id AS patient_user_id, pu.full_name AS patient_name,
       d.id AS doctor_id, du.id AS doctor_user_id, du.full_name AS doctor_name,
       d.specialization AS doctor_specialization, d.timezone AS doctor_timezone,
       (SELECT json_agg(json_build_array(wh.day_of_week, wh.start_minute, wh.end_minute))
          FROM doctor_working_hours wh WHERE wh.doctor_id = d.id) AS working_hours,
       EXISTS (SELECT 1 FROM doctor_time_off t
                WHERE t.doctor_id = d.id AND t.starts_at < $4::timestamptz AND t.ends_at > $3::timestamptz) AS in_time_off,
       now() AS now`;

/** Deactivated accounts join as absent: they are not bookable. One row whatever exists. */
const FACTS_JOINS = `
  LEFT JOIN (patients p JOIN users pu ON pu.id = p.user_id AND pu.is_active) ON p.id = $1::uuid
  LEFT JOIN (doctors d JOIN users du ON du.id = d.user_id AND du.is_active) ON d.id = $2::uuid`;

/**
 * The patient's lock: serializes one patient's bookings and reschedules until their transactions end, so the booking
 * limit holds under concurrency. On the id as the database spells it (cast to uuid and back), so every spelling of one
 * id takes the same lock.
 */
const PATIENT_LOCK = `pg_advisory_xact_lock(${PATIENT_BOOKINGS_LOCK}, hashtext($1::uuid::text))::text`;

function factsParams(target: BookingTarget): unknown[] {
  return [target.patientId, target.doctorId, target.startsAt.toISOString(), target.endsAt.toISOString()];
}

function factsOf(row: FactsRow): BookingFacts {
  const patient =
    row.patient_id !== null && row.patient_user_id !== null && row.patient_name !== null
      ? { id: row.patient_id, userId: row.patient_user_id, fullName: row.patient_name }
      : null;
  const doctor =
    row.doctor_id !== null &&
    row.doctor_user_id !== null &&
    row.doctor_name !== null &&
    row.doctor_specialization !== null &&
    row.doctor_timezone !== null
      ? {
          id: row.doctor_id,
          userId: row.doctor_user_id,
          fullName: row.doctor_name,
          specialization: row.doctor_specialization,
          hours: {
            timezone: row.doctor_timezone,
            blocks: (row.working_hours ?? []).map(([dayOfWeek, startMinute, endMinute]): WeeklyBlock => ({
              dayOfWeek,
              startMinute,
              endMinute,
            })),
          },
        }
      : null;
  return { patient, doctor, inTimeOff: row.in_time_off, now: row.now };
}

/** Without a key: the patient's lock and the facts, in one statement. */
export async function lockPatientAndReadFacts(em: EntityManager, target: BookingTarget): Promise<BookingFacts> {
  const rows = await queryPrepared<FactsRow>(
    em,
    `SELECT ${PATIENT_LOCK} AS patient_locked, ${FACTS_COLUMNS}
       FROM (SELECT 1) AS one ${FACTS_JOINS}`,
    factsParams(target),
  );
  return factsOf(rows[0]);
}

export interface KeyClaim {
  userId: string;
  key: string;
  requestHash: string;
}

/**
 * - `acquired` false: another transaction holds the key right now (we never wait for it).
 * - `claimed`: the key is ours until this transaction ends: a new row, or an expired one taken over.
 * - `stored`: the key's committed answer as this statement's snapshot saw it, if any.
 */
export interface ClaimOutcome {
  acquired: boolean;
  claimed: boolean;
  stored: StoredKey | null;
  facts: BookingFacts;
}

interface ClaimRow extends FactsRow {
  key_acquired: boolean;
  key_claimed: boolean;
  stored_hash: string | null;
  stored_status: number | null;
  stored_body: BookingAnswer['body'] | null;
}

/**
 * With a key, in one statement: try the key's lock (never wait: the holder's first request is still running, or
 * another repeat is reading the answer); with it, insert the key's row, or take over the row of an expired key
 * in the same statement (`ON CONFLICT ... DO UPDATE ... WHERE expired`). A committed row without an answer can
 * only be left by the earlier two-transaction protocol (which committed its claim first and took no lock): it is
 * taken over once it is 60 s old, as that protocol did, so during a rolling deploy a request still running on an
 * old instance keeps its key. Only
 * a claimed key takes the patient's lock. The facts are read in any case (three index lookups).
 *
 * Order inside the statement: `key_lock` calls a volatile function, so it is materialized once, and `claimed`
 * selects from it, so the try-lock runs before the insert; the patient's lock waits on `claimed`. The lock is on a
 * 32-bit hash of user and key: two keys that collide while both run make one answer 409 `IDEMPOTENCY_KEY_IN_USE`
 * (retryable), never a second booking.
 */
export async function claimKeyAndReadFacts(
  em: EntityManager,
  target: BookingTarget,
  claim: KeyClaim,
): Promise<ClaimOutcome> {
  const rows = await queryPrepared<ClaimRow>(
    em,
    `WITH key_lock AS (
       SELECT pg_try_advisory_xact_lock(${IDEMPOTENCY_KEY_LOCK}, hashtext($5::uuid::text || ':' || $6::text)) AS acquired
     ), stored AS (
       SELECT request_hash, response_status, response_body FROM idempotency_keys
        WHERE user_id = $5::uuid AND key = $6::text AND expires_at > now()
     ), claimed AS (
       INSERT INTO idempotency_keys (user_id, key, request_hash, expires_at)
       SELECT $5::uuid, $6::text, $7::text, now() + ${KEY_TTL} FROM key_lock WHERE acquired
       ON CONFLICT (user_id, key) DO UPDATE
          SET request_hash = EXCLUDED.request_hash, response_status = NULL, response_body = NULL,
              created_at = now(), expires_at = EXCLUDED.expires_at
        WHERE idempotency_keys.expires_at <= now()
           OR (idempotency_keys.response_status IS NULL AND idempotency_keys.created_at < now() - interval '60 seconds')
       RETURNING 1
     )
     SELECT (SELECT acquired FROM key_lock) AS key_acquired,
            EXISTS (SELECT 1 FROM claimed) AS key_claimed,
            stored.request_hash AS stored_hash, stored.response_status AS stored_status,
            stored.response_body AS stored_body,
            CASE WHEN EXISTS (SELECT 1 FROM claimed) THEN ${PATIENT_LOCK} END AS patient_locked,
            ${FACTS_COLUMNS}
       FROM (SELECT 1) AS one
       LEFT JOIN stored ON true ${FACTS_JOINS}`,
    [...factsParams(target), claim.userId, claim.key, claim.requestHash],
  );
  const row = rows[0];
  return {
    acquired: row.key_acquired,
    claimed: row.key_claimed,
    stored:
      row.stored_hash === null
        ? null
        : storedKeyOf({
            request_hash: row.stored_hash,
            response_status: row.stored_status,
            response_body: row.stored_body,
          }),
    facts: factsOf(row),
  };
}

/** The appointment as inserted and as the API answers it (every column is given, none left to a default). */
export interface NewAppointment {
  appointment: Appointment;
  createdBy: string;
}

export interface InsertOutcome {
  /** The patient's upcoming pending/confirmed appointments before this one. */
  active: number;
  /** False: refused by the limit (`active >= max`) or by an overlap (the exclusion constraints). */
  inserted: boolean;
}

/**
 * Counts the patient's active bookings (a fresh snapshot: this statement starts after the lock was granted) and,
 * below `max`, inserts. `ON CONFLICT DO NOTHING` with no target takes the exclusion constraints as arbiters: an
 * overlap inserts nothing instead of failing the transaction, so a key can still store the 409. With `answerTo`,
 * the key's 201 answer is stored by the same statement when the row went in, and so is the event's outbox row.
 */
export async function insertBooking(
  em: EntityManager,
  booking: NewAppointment,
  max: number,
  answerTo: { userId: string; key: string } | null,
  event: OutboxRow,
): Promise<InsertOutcome> {
  const a = booking.appointment;
  const params: unknown[] = [
    a.id,
    a.patientId,
    a.doctorId,
    a.startsAt,
    a.endsAt,
    a.durationMinutes,
    a.reason,
    booking.createdBy,
    max,
  ];
  const answered = answerTo
    ? `, answered AS (
         UPDATE idempotency_keys SET response_status = 201, response_body = $12::jsonb
          WHERE user_id = $10::uuid AND key = $11::text AND EXISTS (SELECT 1 FROM inserted)
       )`
    : '';
  if (answerTo) {
    params.push(answerTo.userId, answerTo.key, JSON.stringify(a));
  }
  const e = params.length;
  params.push(...event);
  // The booking's `appointment.created` goes to the outbox in the same statement, when the row went in.
  const outboxed = `, outboxed AS (
       INSERT INTO outbox_events (id, name, payload, audience)
       SELECT $${e + 1}::uuid, $${e + 2}::text, $${e + 3}::jsonb, $${e + 4}::jsonb WHERE EXISTS (SELECT 1 FROM inserted)
     )`;
  const rows = await queryPrepared<InsertOutcome>(
    em,
    `WITH counted AS (${activeBookingsCountSql('$2::uuid')}
     ), inserted AS (
       INSERT INTO appointments (id, patient_id, doctor_id, starts_at, ends_at, duration_minutes, status, reason,
                                 created_by, created_at, updated_at)
       SELECT $1::uuid, $2::uuid, $3::uuid, $4::timestamptz, $5::timestamptz, $6::int, 'pending', $7::text,
              $8::uuid, now(), now()
         FROM counted WHERE counted.active < $9::int
       ON CONFLICT DO NOTHING
       RETURNING id
     )${answered}${outboxed}
     SELECT counted.active, EXISTS (SELECT 1 FROM inserted) AS inserted FROM counted`,
    params,
  );
  return rows[0];
}
