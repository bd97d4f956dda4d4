import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Appointment } from '@app/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '../database/prepared';
import type { BookingPolicy } from '@app/contracts';
import { blockedRangeSql, heldRangeSql, holdsSlotSql, liveHoldSql } from '../database/slot-holding';
import { policyJsonSql } from '../scheduling/booking-policy.repository';
import { policyOrDefault, type Interval } from '../scheduling/booking-policy';
import type { WeeklyBlock } from '../scheduling/working-hours';
import {
  claimStateOf,
  keyClaimCtes,
  KEY_CLAIM_COLUMNS,
  type ClaimState,
  type KeyClaimRow,
} from '../idempotency/idempotency-keys.repository';
import type { OutboxRow } from '../outbox/outbox.repository';
import type { BookingFacts, NamedHold } from './booking-rules';

/**
 * The booking writer: every statement that books or moves an appointment, and the one rule for which appointments
 * hold a slot. A booking is one transaction of five round trips: BEGIN; one statement that claims the
 * `Idempotency-Key` (when there is one), takes the patient's lock and reads every fact the rules need; one statement
 * that counts the patient's active bookings and inserts (and stores the key's answer and the event's outbox row);
 * one statement of the event's listeners' batched writes (its reminders, the parties' notifications, the webhook
 * deliveries: each written by its own module, see `DomainEventPublisher.recordWritten`); COMMIT. Overlaps are refused
 * by the exclusion constraints, whose predicate is `holdsSlotSql` (`src/database/slot-holding.ts`). Both statements
 * here are prepared (`queryPrepared`): they look rows up by key, so one plan serves every booking, and planning their
 * joins again for each booking was most of the database's work.
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
/** First key of the per-doctor lock that serializes a doctor's bookings, moves and holds (see `DOCTOR_LOCK`). */
export const DOCTOR_BOOKINGS_LOCK = 0x646f6374;

/** Who and when, as asked: ids may be null when the request was refused before any read (403/400 with a key). */
export interface BookingTarget {
  patientId: string | null;
  doctorId: string | null;
  startsAt: Date;
  endsAt: Date;
  /** The hold the booking names (`holdId`), if any. */
  holdId?: string | null;
}

/** The facts as one row: `$1` patient, `$2` doctor, `$3` startsAt, `$4` endsAt, `$5` hold. */
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
  /** `[starts_at, ends_at]` of each time off overlapping the interval; null when none. */
  time_off: [string, string][] | null;
  policy: BookingPolicy | null;
  hold_id: string | null;
  hold_patient_id: string | null;
  hold_doctor_id: string | null;
  hold_starts_at: Date | null;
  hold_duration_minutes: number | null;
  hold_expired: boolean | null;
  now: Date;
}

const FACTS_COLUMNS = `
       p.id AS patient_id, pu.id AS patient_user_id, pu.full_name AS patient_name,
       d.id AS doctor_id, du.id AS doctor_user_id, du.full_name AS doctor_name,
       d.specialization AS doctor_specialization, d.timezone AS doctor_timezone,
       (SELECT json_agg(json_build_array(wh.day_of_week, wh.start_minute, wh.end_minute))
          FROM doctor_working_hours wh WHERE wh.doctor_id = d.id) AS working_hours,
       (SELECT json_agg(json_build_array(t.starts_at, t.ends_at) ORDER BY t.starts_at) FROM doctor_time_off t
         WHERE t.doctor_id = d.id AND t.starts_at < $4::timestamptz AND t.ends_at > $3::timestamptz) AS time_off,
       ${policyJsonSql('bp')} AS policy,
       h.id AS hold_id, h.patient_id AS hold_patient_id, h.doctor_id AS hold_doctor_id, h.starts_at AS hold_starts_at,
       h.duration_minutes AS hold_duration_minutes, NOT (${liveHoldSql('h')}) AS hold_expired,
       now() AS now`;

/** Deactivated accounts join as absent: they are not bookable. One row whatever exists. */
const FACTS_JOINS = `
  LEFT JOIN (patients p JOIN users pu ON pu.id = p.user_id AND pu.is_active) ON p.id = $1::uuid
  LEFT JOIN (doctors d JOIN users du ON du.id = d.user_id AND du.is_active) ON d.id = $2::uuid
  LEFT JOIN doctor_booking_policies bp ON bp.doctor_id = d.id
  LEFT JOIN appointment_holds h ON h.id = $5::uuid`;

/**
 * The patient's lock: serializes one patient's bookings and reschedules until their transactions end, so the booking
 * limit holds under concurrency. On the id as the database spells it (cast to uuid and back), so every spelling of one
 * id takes the same lock.
 */
const PATIENT_LOCK = `pg_advisory_xact_lock(${PATIENT_BOOKINGS_LOCK}, hashtext($1::uuid::text))::text`;
/**
 * The doctor's lock, always taken after the patient's (one order, so no deadlock): serializes the doctor's bookings,
 * moves and holds, so that a hold and a booking of overlapping time cannot both pass their check of the other. The
 * check itself runs in a later statement (READ COMMITTED: a statement's snapshot is taken when it starts).
 */
const DOCTOR_LOCK = `pg_advisory_xact_lock(${DOCTOR_BOOKINGS_LOCK}, hashtext($2::uuid::text))::text`;

function factsParams(target: BookingTarget): unknown[] {
  return [
    target.patientId,
    target.doctorId,
    target.startsAt.toISOString(),
    target.endsAt.toISOString(),
    target.holdId ?? null,
  ];
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
          policy: policyOrDefault(row.policy),
        }
      : null;
  const hold: NamedHold | null =
    row.hold_id !== null &&
    row.hold_patient_id !== null &&
    row.hold_doctor_id !== null &&
    row.hold_starts_at !== null &&
    row.hold_duration_minutes !== null
      ? {
          id: row.hold_id,
          patientId: row.hold_patient_id,
          doctorId: row.hold_doctor_id,
          startsAt: new Date(row.hold_starts_at),
          durationMinutes: row.hold_duration_minutes,
          expired: row.hold_expired === true,
        }
      : null;
  return {
    patient,
    doctor,
    timeOff: (row.time_off ?? []).map(([from, to]) => ({ startsAt: new Date(from), endsAt: new Date(to) })),
    hold,
    now: row.now,
  };
}

/** The key's claim (see `keyClaimCtes`) and the booking's facts, read by one statement. */
export interface ClaimOutcome extends ClaimState {
  facts: BookingFacts;
}

/** The appointment as inserted and as the API answers it (every column is given, none left to a default). */
export interface NewAppointment {
  appointment: Appointment;
  createdBy: string;
  /** The range it blocks for its doctor (its interval widened by the buffers in force now). */
  blocked: Interval;
  /** The hold it turns into an appointment (deleted with the insert), if any. */
  holdId: string | null;
}

export interface InsertOutcome {
  /** The patient's upcoming pending/confirmed appointments before this one. */
  active: number;
  /** False: refused by the limit (`active >= max`), by another's live hold, or by an overlap (the constraints). */
  inserted: boolean;
}

/**
 * Another patient's live hold of the doctor `doctorParam` whose range overlaps [fromParam, toParam): what refuses a
 * booking, a move or a hold of that time. Read only under the doctor's lock, in a statement that started after it.
 */
export function othersLiveHoldSql(doctorParam: string, patientParam: string, fromParam: string, toParam: string) {
  return `EXISTS (SELECT 1 FROM appointment_holds oh
                   WHERE oh.doctor_id = ${doctorParam}::uuid AND oh.patient_id <> ${patientParam}::uuid
                     AND ${liveHoldSql('oh')}
                     AND ${heldRangeSql('oh')} && tstzrange(${fromParam}::timestamptz, ${toParam}::timestamptz, '[)'))`;
}

/** The count-and-insert statement, with or without the key's answer. */
function insertSql(answered: boolean): string {
  const e = answered ? 16 : 13;
  const answer = answered
    ? `, answered AS (
           UPDATE idempotency_keys SET response_status = 201, response_body = $16::jsonb
            WHERE user_id = $14::uuid AND key = $15::text AND EXISTS (SELECT 1 FROM inserted)
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
                                   created_by, created_at, updated_at, blocked_from, blocked_to)
         SELECT $1::uuid, $2::uuid, $3::uuid, $4::timestamptz, $5::timestamptz, $6::int, $10::text, $7::text,
                $8::uuid, now(), now(), $11::timestamptz, $12::timestamptz
           FROM counted WHERE counted.active < $9::int AND NOT ${othersLiveHoldSql('$3', '$2', '$11', '$12')}
         ON CONFLICT DO NOTHING
         RETURNING id
       ), consumed AS (
         DELETE FROM appointment_holds WHERE id = $13::uuid AND EXISTS (SELECT 1 FROM inserted)
       )${answer}${outboxed}
       SELECT counted.active, EXISTS (SELECT 1 FROM inserted) AS inserted FROM counted`;
}

/**
 * The booking's statements, as the database receives them (the bench sends the same ones straight through `pg` to
 * measure what the database alone costs; see `bench/scenarios/booking.ts`).
 */
export const BOOKING_STATEMENTS = {
  /** `$1..$5` (patient, doctor, startsAt, endsAt, hold): the patient's and the doctor's locks, and the facts. */
  lockAndReadFacts: `SELECT ${PATIENT_LOCK} AS patient_locked, ${DOCTOR_LOCK} AS doctor_locked, ${FACTS_COLUMNS}
         FROM (SELECT 1) AS one ${FACTS_JOINS}`,
  /** `$1..$5` as above, `$6..$8` (user, key, request hash): the key's claim, the locks when claimed, the facts. */
  claimKeyAndReadFacts: `WITH ${keyClaimCtes({ userId: '$6', key: '$7', requestHash: '$8' })}
       SELECT ${KEY_CLAIM_COLUMNS},
              CASE WHEN EXISTS (SELECT 1 FROM claimed) THEN ${PATIENT_LOCK} END AS patient_locked,
              CASE WHEN EXISTS (SELECT 1 FROM claimed) THEN ${DOCTOR_LOCK} END AS doctor_locked,
              ${FACTS_COLUMNS}
         FROM (SELECT 1) AS one
         LEFT JOIN stored ON true ${FACTS_JOINS}`,
  /**
   * `$1..$13` (id, patient, doctor, startsAt, endsAt, duration, reason, createdBy, max, status, blockedFrom,
   * blockedTo, hold), then the outbox row's four values; `insertAnswered` takes `$14..$16` (user, key, the 201 body)
   * before them.
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
      a.status,
      booking.blocked.startsAt.toISOString(),
      booking.blocked.endsAt.toISOString(),
      booking.holdId,
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

  /** The booking's facts without any lock (an explanation changes nothing). */
  async readFacts(target: BookingTarget): Promise<BookingFacts> {
    const rows = await queryPrepared<FactsRow>(
      this.dataSource.manager,
      `SELECT ${FACTS_COLUMNS} FROM (SELECT 1) AS one ${FACTS_JOINS}`,
      factsParams(target),
    );
    return factsOf(rows[0]);
  }

  /** Who else books or holds the time of `target` (blocked by `blocked`), and the patient's active count. */
  async readOccupancy(target: BookingTarget, blocked: Interval): Promise<Occupancy> {
    const rows: {
      booked: [string, string][] | null;
      own: [string, string][] | null;
      held: [string, string][] | null;
      active: number;
    }[] = await this.dataSource.query(OCCUPANCY_SQL, [
      target.patientId,
      target.doctorId,
      target.startsAt.toISOString(),
      target.endsAt.toISOString(),
      blocked.startsAt.toISOString(),
      blocked.endsAt.toISOString(),
    ]);
    const row = rows[0];
    return {
      booked: intervalsOf(row.booked),
      own: intervalsOf(row.own),
      held: intervalsOf(row.held),
      active: target.patientId === null ? 0 : row.active,
    };
  }

  /** Drops the patient's hold (a patient has at most one): it is replaced by a new one, or released. */
  async removePatientHold(em: EntityManager, patientId: string): Promise<RemovedHold | null> {
    const rows: RemovedHoldRow[] = await em.query(
      `WITH gone AS (DELETE FROM appointment_holds h WHERE h.patient_id = $1
         RETURNING h.doctor_id, h.blocked_from, h.blocked_to, ${unannouncedHoldSql('h')} AS was_live)
       SELECT * FROM gone`,
      [patientId],
    );
    return rows[0] ? removedOf(rows[0]) : null;
  }

  /** Deletes the hold if it is the patient's; null when there is no such hold of theirs. */
  async releaseHold(em: EntityManager, holdId: string, patientId: string): Promise<RemovedHold | null> {
    const rows: RemovedHoldRow[] = await em.query(
      `WITH gone AS (DELETE FROM appointment_holds h WHERE h.id = $1 AND h.patient_id = $2
         RETURNING h.doctor_id, h.blocked_from, h.blocked_to, ${unannouncedHoldSql('h')} AS was_live)
       SELECT * FROM gone`,
      [holdId, patientId],
    );
    return rows[0] ? removedOf(rows[0]) : null;
  }

  /**
   * The patients' locks (in the order of their lock keys, so two such calls cannot deadlock), then the doctor's: the
   * order every writer of a doctor's time takes them in (patient first), for a waitlist offer that may try several
   * patients under one doctor lock. Re-taking one of these later in the transaction (`lockPatientAndReadFacts`) is
   * free: advisory locks are re-entrant.
   */
  async lockPatientsThenDoctor(em: EntityManager, patientIds: readonly string[], doctorId: string): Promise<void> {
    await em.query(
      `SELECT count(pg_advisory_xact_lock(${PATIENT_BOOKINGS_LOCK}, k.key))::int AS locked
         FROM (SELECT DISTINCT hashtext(p::text) AS key FROM unnest($1::uuid[]) AS p ORDER BY key) AS k`,
      [[...patientIds]],
    );
    await em.query(`SELECT pg_advisory_xact_lock(${DOCTOR_BOOKINGS_LOCK}, hashtext($1::uuid::text))::text AS locked`, [
      doctorId,
    ]);
  }

  /** The patient's lock alone (the first every writer of the patient's bookings and holds takes). */
  async lockPatient(em: EntityManager, patientId: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(${PATIENT_BOOKINGS_LOCK}, hashtext($1::uuid::text))::text AS locked`, [
      patientId,
    ]);
  }

  /**
   * Whether the patient keeps a hold a new one must not silently replace: a live one, or an expired one whose expiry
   * was not announced yet (deleting it would lose its `slots.changed`). An expired, announced one is deleted here,
   * so a hold can go in (a patient has one row at most). Run under the patient's lock.
   */
  async patientKeepsHold(em: EntityManager, patientId: string): Promise<boolean> {
    const rows: { kept: boolean }[] = await em.query(
      `WITH stale AS (
         DELETE FROM appointment_holds h WHERE h.patient_id = $1 AND NOT (${unannouncedHoldSql('h')}) RETURNING 1
       )
       SELECT EXISTS (SELECT 1 FROM appointment_holds h WHERE h.patient_id = $1 AND ${unannouncedHoldSql('h')}) AS kept`,
      [patientId],
    );
    return rows[0]?.kept ?? false;
  }

  /**
   * Inserts the hold unless its time is taken (`taken`) or the patient is at the booking limit (`active >= max`); run
   * under the patient's and the doctor's locks. Answers the expiry when it went in.
   */
  async insertHold(
    em: EntityManager,
    hold: Omit<HoldRow, 'expiresAt'>,
    ttlSeconds: number,
    max: number,
  ): Promise<{ taken: boolean; active: number; expiresAt: Date | null }> {
    const rows: { taken: boolean; active: number; expires_at: Date | null }[] = await em.query(INSERT_HOLD_SQL, [
      hold.id,
      hold.patientId,
      hold.doctorId,
      hold.startsAt.toISOString(),
      hold.endsAt.toISOString(),
      hold.durationMinutes,
      hold.blocked.startsAt.toISOString(),
      hold.blocked.endsAt.toISOString(),
      ttlSeconds,
      max,
    ]);
    const row = rows[0];
    return { taken: row.taken, active: row.active, expiresAt: row.expires_at ? new Date(row.expires_at) : null };
  }

  /**
   * Marks up to `batch` holds whose expiry passed unnoticed, skipping rows another instance is marking, and answers
   * what they blocked (their doctors' watchers hear that it is free). Holds expired for a day are deleted.
   */
  async noticeExpiredHolds(em: EntityManager, batch: number): Promise<RemovedHold[]> {
    const rows: RemovedHoldRow[] = await em.query(
      `WITH noticed AS (
         UPDATE appointment_holds h SET expiry_noticed = true
          WHERE h.id IN (SELECT id FROM appointment_holds
                          WHERE NOT expiry_noticed AND expires_at <= statement_timestamp()
                          ORDER BY expires_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING h.doctor_id, h.blocked_from, h.blocked_to, true AS was_live)
       SELECT * FROM noticed`,
      [batch],
    );
    await em.query(
      `DELETE FROM appointment_holds WHERE id IN (
         SELECT id FROM appointment_holds WHERE expiry_noticed AND expires_at < statement_timestamp() - interval '1 day'
          LIMIT $1 FOR UPDATE SKIP LOCKED)`,
      [batch],
    );
    return rows.map(removedOf);
  }
}

/**
 * A hold whose end still has to be announced: live, or expired without `HoldExpirySweeper` having noticed it. Deleting
 * such a hold (replaced, released) announces its time itself, or nobody would.
 */
function unannouncedHoldSql(alias: string): string {
  return `(${liveHoldSql(alias)} OR NOT ${alias}.expiry_noticed)`;
}

/** A hold as stored. */
export interface HoldRow {
  id: string;
  doctorId: string;
  patientId: string;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  blocked: Interval;
  expiresAt: Date;
}

/** A hold that went away, with whether it still blocked (then watchers hear of the freed range). */
export interface RemovedHold {
  doctorId: string;
  blocked: Interval;
  wasLive: boolean;
}

interface RemovedHoldRow {
  doctor_id: string;
  blocked_from: Date;
  blocked_to: Date;
  was_live: boolean;
}

function removedOf(row: RemovedHoldRow): RemovedHold {
  return {
    doctorId: row.doctor_id,
    blocked: { startsAt: new Date(row.blocked_from), endsAt: new Date(row.blocked_to) },
    wasLive: row.was_live,
  };
}

/** What an explanation reads beyond the booking's facts: who else holds or books the time. */
export interface Occupancy {
  /** Blocked ranges of the doctor's slot-holding appointments overlapping the candidate's blocked range. */
  booked: Interval[];
  /** The patient's own appointments with other doctors overlapping the bare interval. */
  own: Interval[];
  /** Blocked ranges of other patients' live holds overlapping the candidate's blocked range. */
  held: Interval[];
  /** The patient's upcoming pending/confirmed appointments (against the booking limit); 0 without a patient. */
  active: number;
}

function intervalsOf(pairs: [string, string][] | null): Interval[] {
  return (pairs ?? []).map(([from, to]) => ({ startsAt: new Date(from), endsAt: new Date(to) }));
}

/**
 * `$1` patient (null for staff), `$2` doctor, `$3`/`$4` the bare interval, `$5`/`$6` its blocked range: the same
 * predicates the exclusion constraints and the insert's hold check apply, read instead of enforced.
 */
const OCCUPANCY_SQL = `
  SELECT
    (SELECT json_agg(json_build_array(lower(r), upper(r)) ORDER BY lower(r))
       FROM (SELECT ${blockedRangeSql('a')} AS r FROM appointments a
              WHERE a.doctor_id = $2::uuid AND ${holdsSlotSql('a')}
                AND ${blockedRangeSql('a')} && tstzrange($5::timestamptz, $6::timestamptz, '[)')) booked) AS booked,
    (SELECT json_agg(json_build_array(a.starts_at, a.ends_at) ORDER BY a.starts_at) FROM appointments a
      WHERE a.patient_id = $1::uuid AND a.doctor_id <> $2::uuid AND ${holdsSlotSql('a')}
        AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange($3::timestamptz, $4::timestamptz, '[)')) AS own,
    (SELECT json_agg(json_build_array(h.blocked_from, h.blocked_to) ORDER BY h.blocked_from) FROM appointment_holds h
      WHERE h.doctor_id = $2::uuid AND h.patient_id IS DISTINCT FROM $1::uuid AND ${liveHoldSql('h')}
        AND ${heldRangeSql('h')} && tstzrange($5::timestamptz, $6::timestamptz, '[)')) AS held,
    (${activeBookingsCountSql('$1::uuid')}) AS active`;

/**
 * A hold's insert, after the locks: refused when the doctor's appointments or other patients' live holds block the
 * range, when the patient has an appointment at that time, or at the booking limit. `$1` id, `$2` patient, `$3`
 * doctor, `$4`/`$5` interval, `$6` duration, `$7`/`$8` blocked range, `$9` ttl seconds, `$10` the booking limit.
 */
const INSERT_HOLD_SQL = `
  WITH counted AS (${activeBookingsCountSql('$2::uuid')}),
  blocked AS (
    SELECT EXISTS (SELECT 1 FROM appointments a
                    WHERE a.doctor_id = $3::uuid AND ${holdsSlotSql('a')}
                      AND ${blockedRangeSql('a')} && tstzrange($7::timestamptz, $8::timestamptz, '[)'))
        OR EXISTS (SELECT 1 FROM appointments a
                    WHERE a.patient_id = $2::uuid AND ${holdsSlotSql('a')}
                      AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange($4::timestamptz, $5::timestamptz, '[)'))
        OR ${othersLiveHoldSql('$3', '$2', '$7', '$8')} AS taken
  ), inserted AS (
    INSERT INTO appointment_holds (id, doctor_id, patient_id, starts_at, ends_at, duration_minutes, blocked_from,
                                   blocked_to, expires_at)
    SELECT $1::uuid, $3::uuid, $2::uuid, $4::timestamptz, $5::timestamptz, $6::int, $7::timestamptz, $8::timestamptz,
           statement_timestamp() + make_interval(secs => $9::int)
      FROM counted, blocked WHERE NOT blocked.taken AND counted.active < $10::int
    RETURNING expires_at
  )
  SELECT blocked.taken, counted.active, (SELECT expires_at FROM inserted) AS expires_at FROM blocked, counted`;

/** One occurrence of a series as its statements take it: the bare interval and the range it blocks for the doctor. */
export interface SeriesOccurrence {
  startsAt: Date;
  endsAt: Date;
  blocked: Interval;
}

/** What stands in each occurrence's way, first to last (the same predicates as `readOccupancy`). */
export interface SeriesOccupancy {
  /** Per occurrence: another appointment of the doctor (or its buffers) overlaps its blocked range. */
  booked: boolean[];
  /** Per occurrence: the patient has an appointment (with any doctor) overlapping its interval. */
  own: boolean[];
  /** Per occurrence: another patient's live hold of the doctor overlaps its blocked range. */
  held: boolean[];
  /** The patient's upcoming pending/confirmed appointments before the series. */
  active: number;
}

/**
 * `$1` patient, `$2` doctor, `$3..$6` the occurrences' starts, ends, blocked froms and blocked tos (arrays, in
 * order): one row per occurrence with what blocks it, all read by one statement after the locks.
 */
const SERIES_OCCUPANCY_SQL = `
  SELECT o.n::int AS occurrence,
         EXISTS (SELECT 1 FROM appointments a
                  WHERE a.doctor_id = $2::uuid AND ${holdsSlotSql('a')}
                    AND ${blockedRangeSql('a')} && tstzrange(o.blocked_from, o.blocked_to, '[)')) AS booked,
         EXISTS (SELECT 1 FROM appointments a
                  WHERE a.patient_id = $1::uuid AND ${holdsSlotSql('a')}
                    AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(o.starts_at, o.ends_at, '[)')) AS own,
         ${othersLiveHoldSql('$2', '$1', 'o.blocked_from', 'o.blocked_to')} AS held,
         (${activeBookingsCountSql('$1::uuid')}) AS active
    FROM unnest($3::timestamptz[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[])
         WITH ORDINALITY AS o(starts_at, ends_at, blocked_from, blocked_to, n)
   ORDER BY o.n`;

/**
 * The series' appointments in one statement, with their events' outbox rows and (with a key) the key's 201 answer.
 * No `ON CONFLICT`: an overlap that got past the read (it cannot while the locks are held, but the constraints are
 * the last word) fails the statement, and with it the whole transaction, so nothing of the series is booked.
 * `$1` series id, `$2` patient, `$3` doctor, `$4` duration, `$5` reason, `$6` status, `$7` created by, `$8..$12`
 * arrays (ids, starts, ends, blocked froms, blocked tos), `$13..$16` the outbox rows' arrays (ids, names, payloads,
 * audiences); `$17..$19` (user, key, 201 body) when answered.
 */
function insertSeriesSql(answered: boolean): string {
  const answer = answered
    ? `, answered AS (
         UPDATE idempotency_keys SET response_status = 201, response_body = $19::jsonb
          WHERE user_id = $17::uuid AND key = $18::text
       )`
    : '';
  return `WITH inserted AS (
       INSERT INTO appointments (id, patient_id, doctor_id, starts_at, ends_at, duration_minutes, status, reason,
                                 created_by, created_at, updated_at, blocked_from, blocked_to, series_id)
       SELECT o.id, $2::uuid, $3::uuid, o.starts_at, o.ends_at, $4::int, $6::text, $5::text, $7::uuid, now(), now(),
              o.blocked_from, o.blocked_to, $1::uuid
         FROM unnest($8::uuid[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[])
              AS o(id, starts_at, ends_at, blocked_from, blocked_to)
       RETURNING id
     ), outboxed AS (
       INSERT INTO outbox_events (id, name, payload, audience)
       SELECT e.id, e.name, e.payload::jsonb, e.audience::jsonb
         FROM unnest($13::uuid[], $14::text[], $15::text[], $16::text[]) AS e(id, name, payload, audience)
     )${answer}
     SELECT count(*)::int AS inserted FROM inserted`;
}

/** A series as inserted: its rows share everything but their times and ids. */
export interface NewSeries {
  seriesId: string;
  appointments: Appointment[];
  blocked: Interval[];
  createdBy: string;
}

@Injectable()
export class SeriesBookingRepository {
  /** What blocks each occurrence, read in one statement; run after the patient's and the doctor's locks. */
  async readOccupancy(
    em: EntityManager,
    patientId: string,
    doctorId: string,
    occurrences: readonly SeriesOccurrence[],
  ): Promise<SeriesOccupancy> {
    const rows: { occurrence: number; booked: boolean; own: boolean; held: boolean; active: number }[] = await em.query(
      SERIES_OCCUPANCY_SQL,
      [
        patientId,
        doctorId,
        occurrences.map((o) => o.startsAt.toISOString()),
        occurrences.map((o) => o.endsAt.toISOString()),
        occurrences.map((o) => o.blocked.startsAt.toISOString()),
        occurrences.map((o) => o.blocked.endsAt.toISOString()),
      ],
    );
    return {
      booked: rows.map((row) => row.booked),
      own: rows.map((row) => row.own),
      held: rows.map((row) => row.held),
      active: rows[0]?.active ?? 0,
    };
  }

  /** Inserts every occurrence, their outbox rows and the key's answer in one statement; answers how many went in. */
  async insertSeries(
    em: EntityManager,
    series: NewSeries,
    answerTo: { userId: string; key: string; body: unknown } | null,
    events: readonly OutboxRow[],
  ): Promise<number> {
    const [first] = series.appointments;
    const params: unknown[] = [
      series.seriesId,
      first.patientId,
      first.doctorId,
      first.durationMinutes,
      first.reason,
      first.status,
      series.createdBy,
      series.appointments.map((a) => a.id),
      series.appointments.map((a) => a.startsAt),
      series.appointments.map((a) => a.endsAt),
      series.blocked.map((b) => b.startsAt.toISOString()),
      series.blocked.map((b) => b.endsAt.toISOString()),
      events.map((e) => e[0]),
      events.map((e) => e[1]),
      events.map((e) => e[2]),
      events.map((e) => e[3]),
    ];
    if (answerTo) {
      params.push(answerTo.userId, answerTo.key, JSON.stringify(answerTo.body));
    }
    const rows: { inserted: number }[] = await em.query(insertSeriesSql(answerTo !== null), params);
    return rows[0]?.inserted ?? 0;
  }
}
