import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WAITLIST_MAX_LAPSES, type WaitlistEntry, type WaitlistStatus } from '@app/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { SqlScope } from '../access/access-scope';
import { holdsSlotSql, liveHoldSql } from '../database/slot-holding';
import type { Interval } from '../scheduling/booking-policy';
import type { WaitingEntry } from './waitlist-matching';

interface EntryRow {
  id: string;
  patient_id: string;
  doctor_id: string;
  window_from: Date;
  window_to: Date;
  duration_minutes: number;
  status: WaitlistStatus;
  offer_hold_id: string | null;
  offer_starts_at: Date | null;
  offer_ends_at: Date | null;
  offer_expires_at: Date | null;
  lapsed_starts_at: Date | null;
  lapsed_ends_at: Date | null;
  created_at: Date;
}

const ENTRY_COLUMNS = `e.id, e.patient_id, e.doctor_id, e.window_from, e.window_to, e.duration_minutes, e.status,
  e.offer_hold_id, e.offer_starts_at, e.offer_ends_at, e.offer_expires_at, e.lapsed_starts_at, e.lapsed_ends_at,
  e.created_at`;

const iso = (date: Date) => new Date(date).toISOString();

/** The one place a row becomes the contract's `WaitlistEntry`. */
function toEntry(row: EntryRow): WaitlistEntry {
  return {
    id: row.id,
    patientId: row.patient_id,
    doctorId: row.doctor_id,
    from: iso(row.window_from),
    to: iso(row.window_to),
    durationMinutes: row.duration_minutes,
    status: row.status,
    offer:
      row.offer_hold_id !== null &&
      row.offer_starts_at !== null &&
      row.offer_ends_at !== null &&
      row.offer_expires_at !== null
        ? {
            holdId: row.offer_hold_id,
            startsAt: iso(row.offer_starts_at),
            endsAt: iso(row.offer_ends_at),
            expiresAt: iso(row.offer_expires_at),
          }
        : null,
    createdAt: iso(row.created_at),
  };
}

function waitingOf(row: EntryRow): WaitingEntry {
  return {
    id: row.id,
    patientId: row.patient_id,
    from: new Date(row.window_from),
    to: new Date(row.window_to),
    durationMinutes: row.duration_minutes,
    lapsed:
      row.lapsed_starts_at !== null && row.lapsed_ends_at !== null
        ? { startsAt: new Date(row.lapsed_starts_at), endsAt: new Date(row.lapsed_ends_at) }
        : null,
  };
}

export interface NewEntry {
  patientId: string;
  doctorId: string;
  from: Date;
  to: Date;
  durationMinutes: number;
}

/** An entry as cancelled: its row after, and the hold of the offer it had open (to release), if any. */
export interface CancelledEntry {
  entry: WaitlistEntry;
  openHoldId: string | null;
}

/** The waitlist's table: entries written by their patients, offers by the matching job, bookings by the booking. */
@Injectable()
export class WaitlistRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Inserts the entry if the doctor exists and can be booked (an active account); null otherwise. */
  async insert(entry: NewEntry): Promise<WaitlistEntry | null> {
    const rows: EntryRow[] = await this.dataSource.query(
      `WITH inserted AS (
         INSERT INTO waitlist_entries (patient_id, doctor_id, window_from, window_to, duration_minutes)
         SELECT $1::uuid, d.id, $3::timestamptz, $4::timestamptz, $5::int
           FROM doctors d JOIN users u ON u.id = d.user_id AND u.is_active
          WHERE d.id = $2::uuid
         RETURNING *
       )
       SELECT ${ENTRY_COLUMNS} FROM inserted e`,
      [entry.patientId, entry.doctorId, entry.from.toISOString(), entry.to.toISOString(), entry.durationMinutes],
    );
    return rows[0] ? toEntry(rows[0]) : null;
  }

  /** Newest first, through the caller's scope; one statement (the total rides along as a window count). */
  async findPage(scope: SqlScope, offset: number, limit: number): Promise<[WaitlistEntry[], number]> {
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT ${ENTRY_COLUMNS}, count(*) OVER ()::int AS total FROM waitlist_entries e
        WHERE ${scope.sql}
        ORDER BY e.created_at DESC, e.id DESC
        OFFSET :offset LIMIT :limit`,
      { ...scope.params, offset, limit },
      {},
    );
    const rows: (EntryRow & { total: number })[] = await this.dataSource.query(sql, params);
    if (rows.length === 0 && offset > 0) {
      const [countSql, countParams] = this.dataSource.driver.escapeQueryWithParameters(
        `SELECT count(*)::int AS total FROM waitlist_entries e WHERE ${scope.sql}`,
        scope.params,
        {},
      );
      const [counted] = await this.dataSource.query<{ total: number }[]>(countSql, countParams);
      return [[], counted?.total ?? 0];
    }
    return [rows.map(toEntry), rows[0]?.total ?? 0];
  }

  /** The entry through the caller's scope; null when they may not see it. */
  findVisible(em: EntityManager, scope: SqlScope, id: string): Promise<WaitlistEntry | null> {
    return this.readVisible(em, scope, id, '');
  }

  /** The entry through the caller's scope, locked until `em`'s transaction ends; null when they may not see it. */
  lockVisible(em: EntityManager, scope: SqlScope, id: string): Promise<WaitlistEntry | null> {
    return this.readVisible(em, scope, id, 'FOR UPDATE');
  }

  private async readVisible(
    em: EntityManager,
    scope: SqlScope,
    id: string,
    lock: '' | 'FOR UPDATE',
  ): Promise<WaitlistEntry | null> {
    const [sql, params] = em.connection.driver.escapeQueryWithParameters(
      `SELECT ${ENTRY_COLUMNS} FROM waitlist_entries e WHERE e.id = :id AND (${scope.sql}) ${lock}`,
      { ...scope.params, id },
      {},
    );
    const rows: EntryRow[] = await em.query(sql, params);
    return rows[0] ? toEntry(rows[0]) : null;
  }

  /** `waiting`, `offered` or `expired` → `cancelled` (the offer dropped); answers the offer's hold to release. */
  async cancel(em: EntityManager, id: string): Promise<CancelledEntry | null> {
    const rows: (EntryRow & { open_hold_id: string | null })[] = await em.query(
      `WITH before AS (
         SELECT id, CASE WHEN status = 'offered' THEN offer_hold_id END AS open_hold_id
           FROM waitlist_entries WHERE id = $1 AND status IN ('waiting', 'offered', 'expired')
       ), cancelled AS (
         UPDATE waitlist_entries e
            SET status = 'cancelled', offer_hold_id = NULL, offer_starts_at = NULL, offer_ends_at = NULL,
                offer_expires_at = NULL, updated_at = now()
           FROM before WHERE e.id = before.id
         RETURNING e.*, before.open_hold_id
       )
       SELECT ${ENTRY_COLUMNS}, e.open_hold_id FROM cancelled e`,
      [id],
    );
    return rows[0] ? { entry: toEntry(rows[0]), openHoldId: rows[0].open_hold_id } : null;
  }

  /**
   * Whether any entry of the doctor waits (or holds an offer) for time overlapping each range: the freed ranges that
   * are worth a matching job. An entry holding an offer counts even once its window has passed: the job is what
   * lapses its offer (else it would stay `offered` with a dead hold). One indexed read for all of them.
   */
  async rangesWithEntries(
    em: EntityManager,
    ranges: readonly { doctorId: string; from: string; to: string }[],
  ): Promise<boolean[]> {
    const rows: { n: number; any: boolean }[] = await em.query(
      `SELECT r.n::int AS n, EXISTS (
         SELECT 1 FROM waitlist_entries e
          WHERE e.doctor_id = r.doctor_id AND e.status IN ('waiting', 'offered')
            AND e.window_from < r.range_to AND e.window_to > r.range_from
            AND (e.status = 'offered' OR e.window_to > now())) AS any
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY
              AS r(doctor_id, range_from, range_to, n)
        ORDER BY r.n`,
      [ranges.map((r) => r.doctorId), ranges.map((r) => r.from), ranges.map((r) => r.to)],
    );
    return rows.map((row) => row.any);
  }

  /**
   * The doctor's offers whose hold no longer blocks (it expired, or was released or replaced without a booking): each
   * goes back to `waiting` with one lapse more, remembering the lapsed interval, or to `expired` at the
   * `WAITLIST_MAX_LAPSES`th. A booking consuming the hold marks its entry `booked` in its own transaction (and the
   * hold is visible here until that commits), so a booked offer never lapses. Answers the lapsed entries' patients.
   */
  async lapseStaleOffers(em: EntityManager, doctorId: string): Promise<string[]> {
    const rows: { patient_id: string }[] = await em.query(
      `WITH lapsed AS (
         UPDATE waitlist_entries e
            SET status = CASE WHEN e.lapses + 1 >= $2::int THEN 'expired' ELSE 'waiting' END,
                lapses = e.lapses + 1, lapsed_starts_at = e.offer_starts_at, lapsed_ends_at = e.offer_ends_at,
                offer_hold_id = NULL, offer_starts_at = NULL, offer_ends_at = NULL, offer_expires_at = NULL,
                updated_at = now()
          WHERE e.doctor_id = $1::uuid AND e.status = 'offered'
            AND NOT EXISTS (SELECT 1 FROM appointment_holds h WHERE h.id = e.offer_hold_id AND ${liveHoldSql('h')})
          RETURNING e.patient_id
       )
       SELECT DISTINCT patient_id FROM lapsed`,
      [doctorId, WAITLIST_MAX_LAPSES],
    );
    return rows.map((row) => row.patient_id);
  }

  /** The doctor's `waiting` entries whose window overlaps `range` and is not over, oldest first, at most `limit`. */
  async findWaiting(em: EntityManager, doctorId: string, range: Interval, limit: number): Promise<WaitingEntry[]> {
    const rows: EntryRow[] = await em.query(
      `SELECT ${ENTRY_COLUMNS} FROM waitlist_entries e
        WHERE e.doctor_id = $1::uuid AND e.status = 'waiting'
          AND e.window_from < $3::timestamptz AND e.window_to > $2::timestamptz AND e.window_to > now()
        ORDER BY e.created_at, e.id
        LIMIT $4`,
      [doctorId, range.startsAt.toISOString(), range.endsAt.toISOString(), limit],
    );
    return rows.map(waitingOf);
  }

  /** The patients' own slot-holding appointments (with any doctor) overlapping `range`, by patient. */
  async ownAppointments(
    em: EntityManager,
    patientIds: readonly string[],
    range: Interval,
  ): Promise<Map<string, Interval[]>> {
    const rows: { patient_id: string; starts_at: Date; ends_at: Date }[] = await em.query(
      `SELECT a.patient_id, a.starts_at, a.ends_at FROM appointments a
        WHERE a.patient_id = ANY($1::uuid[]) AND ${holdsSlotSql('a')}
          AND a.starts_at < $3::timestamptz AND a.ends_at > $2::timestamptz`,
      [[...patientIds], range.startsAt.toISOString(), range.endsAt.toISOString()],
    );
    const own = new Map<string, Interval[]>();
    for (const row of rows) {
      own.set(row.patient_id, [
        ...(own.get(row.patient_id) ?? []),
        { startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) },
      ]);
    }
    return own;
  }

  /** Under the offer's locks: locks the entry and answers whether it still waits. */
  async lockIfWaiting(em: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM waitlist_entries WHERE id = $1 AND status = 'waiting' FOR UPDATE`,
      [id],
    );
    return rows.length > 0;
  }

  /** The entry is offered the hold. */
  async markOffered(
    em: EntityManager,
    id: string,
    offer: { holdId: string; startsAt: string; endsAt: string; expiresAt: string },
  ): Promise<WaitlistEntry> {
    const rows: EntryRow[] = await em.query(
      `WITH offered AS (
         UPDATE waitlist_entries
            SET status = 'offered', offer_hold_id = $2, offer_starts_at = $3, offer_ends_at = $4,
                offer_expires_at = $5, updated_at = now()
          WHERE id = $1 AND status = 'waiting'
          RETURNING *
       )
       SELECT ${ENTRY_COLUMNS} FROM offered e`,
      [id, offer.holdId, offer.startsAt, offer.endsAt, offer.expiresAt],
    );
    if (!rows[0]) {
      throw new Error(`waitlist entry ${id} stopped waiting under its lock`);
    }
    return toEntry(rows[0]);
  }

  /** In the booking's transaction: the entries whose offered hold the booking turned into an appointment. */
  async markBooked(em: EntityManager, holdIds: readonly string[]): Promise<void> {
    await em.query(
      `UPDATE waitlist_entries SET status = 'booked', updated_at = now()
        WHERE offer_hold_id = ANY($1::uuid[]) AND status = 'offered'`,
      [[...holdIds]],
    );
  }
}
