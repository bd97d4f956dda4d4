import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Appointment } from '@app/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '../database/prepared';
import type { WeeklyBlock } from '../scheduling/working-hours';
import {
  claimStateOf,
  keyClaimCtes,
  KEY_CLAIM_COLUMNS,
  type ClaimState,
  type KeyClaimRow,
} from '../idempotency/idempotency-keys.repository';
import type { OutboxRow } from '../outbox/outbox.repository';
import type { BookingFacts } from './booking-rules';

/**
 * The booking writer: every statement that books or moves an appointment, and the one rule for which appointments
 * hold a slot. A booking is one transaction of five round trips: BEGIN; one statement that claims the
 * `Idempotency-Key` (when there is one), takes the patient's lock and reads every fact the rules need; one statement
 * that counts the patient's active bookings and inserts (and stores the key's answer and the event's outbox row);
 * the parties' notifications (recorded by the notifications module); COMMIT. Overlaps are refused by the exclusion
 * constraints, whose predicate is `holdsSlotSql` (`src/database/slot-holding.ts`). Both statements here are prepared
 * (`queryPrepared`): they look rows up by key, so one plan serves every booking, and planning their joins again for
 * each booking was most of the database's work.
 *
 * The count cannot share the lock's statement: READ COMMITTED takes a statement's snapshot when it starts, so a count
 * read in the statement that waited for the lock would miss a booking committed while it waited. The facts of the
 * first statement are not guarded by that lock anyway (they were never serialized against profile edits).
 */

/**
 * Upcoming pending/confirmed appointments of the patient given as `patientParam` (a `$n` placeholder): what counts
 * against `maxActiveBookingsPerPatient`. Read only while holding the patient's lock, in a statement that started
 * after the lock was granted (READ COMMITTED takes each statement's snapshot at its start).
 */
function activeBookingsCountSql(patientParam: string): string {
  return `SELECT count(*)::int AS active FROM appointments
           WHERE patient_id = ${patientParam} AND status IN ('pending', 'confirmed') AND starts_at > now()
             AND deleted_at IS NULL`;
}

/** First key of the two-key advisory lock, so our per-patient locks never collide with other advisory locks. */
export const PATIENT_BOOKINGS_LOCK = 0x61707074;

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

/** The key's claim (see `keyClaimCtes`) and the booking's facts, read by one statement. */
export interface ClaimOutcome extends ClaimState {
  facts: BookingFacts;
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

/** The count-and-insert statement, with or without the key's answer. */
function insertSql(answered: boolean): string {
  const e = answered ? 12 : 9;
  const answer = answered
    ? `, answered AS (
           UPDATE idempotency_keys SET response_status = 201, response_body = $12::jsonb
            WHERE user_id = $10::uuid AND key = $11::text AND EXISTS (SELECT 1 FROM inserted)
         )`
    : '';
  // The booking's `appointment.created` goes to the outbox in the same statement, when the row went in.
  const outboxed = `, outboxed AS (
         INSERT INTO outbox_events (id, name, payload, audience)
         SELECT $${e + 1}::uuid, $${e + 2}::text, $${e + 3}::jsonb, $${e + 4}::jsonb WHERE EXISTS (SELECT 1 FROM inserted)
       )`;
  return `WITH counted AS (${activeBookingsCountSql('$2::uuid')}
       ), inserted AS (
         INSERT INTO appointments (id, patient_id, doctor_id, starts_at, ends_at, duration_minutes, status, reason,
                                   created_by, created_at, updated_at)
         SELECT $1::uuid, $2::uuid, $3::uuid, $4::timestamptz, $5::timestamptz, $6::int, 'pending', $7::text,
                $8::uuid, now(), now()
           FROM counted WHERE counted.active < $9::int
         ON CONFLICT DO NOTHING
         RETURNING id
       )${answer}${outboxed}
       SELECT counted.active, EXISTS (SELECT 1 FROM inserted) AS inserted FROM counted`;
}

/**
 * The booking's statements, as the database receives them (the bench sends the same ones straight through `pg` to
 * measure what the database alone costs; see `bench/scenarios/booking.ts`).
 */
export const BOOKING_STATEMENTS = {
  /** `$1..$4` (patient, doctor, startsAt, endsAt): the patient's lock and the facts. */
  lockAndReadFacts: `SELECT ${PATIENT_LOCK} AS patient_locked, ${FACTS_COLUMNS}
         FROM (SELECT 1) AS one ${FACTS_JOINS}`,
  /** `$1..$4` as above, `$5..$7` (user, key, request hash): the key's claim, the lock when claimed, the facts. */
  claimKeyAndReadFacts: `WITH ${keyClaimCtes({ userId: '$5', key: '$6', requestHash: '$7' })}
       SELECT ${KEY_CLAIM_COLUMNS},
              CASE WHEN EXISTS (SELECT 1 FROM claimed) THEN ${PATIENT_LOCK} END AS patient_locked,
              ${FACTS_COLUMNS}
         FROM (SELECT 1) AS one
         LEFT JOIN stored ON true ${FACTS_JOINS}`,
  /**
   * `$1..$9` (id, patient, doctor, startsAt, endsAt, duration, reason, createdBy, max), then the outbox row's four
   * values; `insertAnswered` takes `$10..$12` (user, key, the 201 body) before them.
   */
  insert: insertSql(false),
  insertAnswered: insertSql(true),
};

@Injectable()
export class BookingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Without a key: the patient's lock and the facts, in one statement. */
  async lockPatientAndReadFacts(em: EntityManager, target: BookingTarget): Promise<BookingFacts> {
    const rows = await queryPrepared<FactsRow>(em, BOOKING_STATEMENTS.lockAndReadFacts, factsParams(target));
    return factsOf(rows[0]);
  }

  /**
   * With a key, in one statement: the key's claim, then (only when the key was claimed) the patient's lock, and the
   * facts in any case (three index lookups). `claimed` selects from `key_lock`, so the try-lock runs before the
   * insert; the patient's lock waits on `claimed`.
   */
  async claimKeyAndReadFacts(
    em: EntityManager,
    target: BookingTarget,
    claim: { userId: string; key: string; requestHash: string },
  ): Promise<ClaimOutcome> {
    const rows = await queryPrepared<FactsRow & KeyClaimRow>(em, BOOKING_STATEMENTS.claimKeyAndReadFacts, [
      ...factsParams(target),
      claim.userId,
      claim.key,
      claim.requestHash,
    ]);
    return { ...claimStateOf(rows[0]), facts: factsOf(rows[0]) };
  }

  /** The patient's upcoming pending/confirmed appointments, counted in a statement of its own (after the lock). */
  async countActiveBookings(em: EntityManager, patientId: string): Promise<number> {
    const rows: { active: number }[] = await em.query(activeBookingsCountSql('$1'), [patientId]);
    return rows[0]?.active ?? 0;
  }

  /**
   * Counts the patient's active bookings (a fresh snapshot: this statement starts after the lock was granted) and,
   * below `max`, inserts. `ON CONFLICT DO NOTHING` with no target takes the exclusion constraints as arbiters: an
   * overlap inserts nothing instead of failing the transaction, so a key can still store the 409. With `answerTo`,
   * the key's 201 answer is stored by the same statement when the row went in, and so is the event's outbox row.
   */
  async insertBooking(
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
    if (answerTo) {
      params.push(answerTo.userId, answerTo.key, JSON.stringify(a));
    }
    params.push(...event);
    const rows = await queryPrepared<InsertOutcome>(
      em,
      answerTo ? BOOKING_STATEMENTS.insertAnswered : BOOKING_STATEMENTS.insert,
      params,
    );
    return rows[0];
  }
}
