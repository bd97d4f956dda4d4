import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPOINTMENT_DURATION, type AppointmentStatus } from '@app/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { appointmentScope } from '../access/access-scope';
import type { Actor } from '../auth/actor';
import { queryPrepared } from '../database/prepared';
import { AppointmentEntity } from './appointment.entity';
import type { LoadedAppointment } from './appointment.mapper';
import { othersLiveHoldSql } from './booking.repository';

/**
 * Appointments with their patient's and doctor's names: one statement, four inner joins, no query per row. This is
 * the hottest read of the service (every appointment GET, list and write re-reads through it), so it is plain SQL
 * mapped straight to `LoadedAppointment`: building the same statement through TypeORM's query builder and hydrating
 * entities was a fifth of the CPU of `GET /appointments/:id`. Soft-deleted appointments are never read.
 */
const SELECT_LOADED = `
  SELECT a.id, a.patient_id, a.doctor_id, a.starts_at, a.ends_at, a.duration_minutes, a.status, a.reason, a.notes,
         a.cancellation_reason, a.cancelled_by, a.late_cancellation, a.series_id, a.created_at, a.updated_at,
         COALESCE(a.blocked_from, a.starts_at) AS blocked_from, COALESCE(a.blocked_to, a.ends_at) AS blocked_to,
         pu.id AS patient_user_id, pu.full_name AS patient_name,
         du.id AS doctor_user_id, du.full_name AS doctor_name, d.specialization AS doctor_specialization,
         d.timezone AS doctor_timezone`;

/** The parties of the appointments `a`: rows the foreign keys guarantee, so the joins never drop one. */
const PARTIES = `
    JOIN patients p ON p.id = a.patient_id
    JOIN users pu ON pu.id = p.user_id
    JOIN doctors d ON d.id = a.doctor_id
    JOIN users du ON du.id = d.user_id`;

const FROM_LOADED = `FROM appointments a ${PARTIES} WHERE a.deleted_at IS NULL`;

interface LoadedRow {
  id: string;
  patient_id: string;
  doctor_id: string;
  starts_at: Date;
  ends_at: Date;
  duration_minutes: number;
  status: AppointmentStatus;
  reason: string | null;
  notes: string | null;
  cancellation_reason: string | null;
  cancelled_by: string | null;
  late_cancellation: boolean;
  series_id: string | null;
  blocked_from: Date;
  blocked_to: Date;
  created_at: Date;
  updated_at: Date;
  patient_user_id: string;
  patient_name: string;
  doctor_user_id: string;
  doctor_name: string;
  doctor_specialization: string;
  doctor_timezone: string;
}

function toLoaded(row: LoadedRow): LoadedAppointment {
  return {
    id: row.id,
    patientId: row.patient_id,
    doctorId: row.doctor_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    durationMinutes: row.duration_minutes,
    status: row.status,
    reason: row.reason,
    notes: row.notes,
    cancellationReason: row.cancellation_reason,
    cancelledBy: row.cancelled_by,
    lateCancellation: row.late_cancellation,
    seriesId: row.series_id,
    blocked: { startsAt: row.blocked_from, endsAt: row.blocked_to },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    patient: { id: row.patient_id, userId: row.patient_user_id, fullName: row.patient_name },
    doctor: {
      id: row.doctor_id,
      userId: row.doctor_user_id,
      fullName: row.doctor_name,
      specialization: row.doctor_specialization,
      timezone: row.doctor_timezone,
    },
  };
}

/** A page of loaded appointments under extra conditions. */
interface LoadedQuery {
  /** SQL conditions joined with AND, over the alias `a` (appointments), with `:named` parameters. */
  conditions: string[];
  params: Record<string, unknown>;
  direction: 'ASC' | 'DESC';
  limit: number;
  offset: number;
}

/** What the lists filter on: the API's query, and what a route fixes from its path. All given ones must match. */
export interface AppointmentFilter {
  patientId?: string;
  doctorId?: string;
  /** From the path (`/patients/:id/appointments`, `/doctors/:id/appointments`), beside the query's own. */
  pathPatientId?: string;
  pathDoctorId?: string;
  statuses?: AppointmentStatus[];
  /** Overlap with [from, to), half-open. */
  from?: Date;
  to?: Date;
  /** The start alone in [startsFrom, startsBefore) (FHIR's `date`, which searches `Appointment.start`). */
  startsFrom?: Date;
  startsBefore?: Date;
  newestFirst: boolean;
  limit: number;
  offset: number;
}

/** The fields an edit may change. */
export interface EditableFields {
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  reason: string | null;
  notes: string | null;
}

/** A status move, with who cancelled and why when it cancels. */
export interface StatusMove {
  status: AppointmentStatus;
  cancellation?: { reason: string | null; by: string; late: boolean };
}

/** A move to a new time: the range it will block, and the patient whose own holds do not count against it. */
export interface TimeMove {
  blocked: { startsAt: Date; endsAt: Date };
  patientId: string;
  doctorId: string;
}

/** `:named` (and `:...list`) parameters to `$n`, by the driver's own rule (as TypeORM's query builder does it). */
function numbered(em: EntityManager, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  return em.connection.driver.escapeQueryWithParameters(sql, params, {});
}

/**
 * The time-driven sweeps, one per status they move (`$1` no-show minutes, `$2` completion minutes; null turns that
 * sweep off; the pending one is always on): when a row of `status` is overdue, where it goes, and the column its
 * partial index orders by.
 */
const SWEEPS: { status: AppointmentStatus; next: AppointmentStatus; overdue: string; by: 'starts_at' | 'ends_at' }[] = [
  { status: 'pending', next: 'cancelled', overdue: 'starts_at <= now()', by: 'starts_at' },
  {
    status: 'confirmed',
    next: 'no_show',
    overdue: '$1::int IS NOT NULL AND starts_at <= now() - make_interval(mins => $1::int)',
    by: 'starts_at',
  },
  {
    status: 'in_progress',
    next: 'completed',
    overdue: '$2::int IS NOT NULL AND ends_at <= now() - make_interval(mins => $2::int)',
    by: 'ends_at',
  },
];

const dueSql = ({ status, overdue }: (typeof SWEEPS)[number]) => `status = '${status}' AND ${overdue}`;

/**
 * One pass of the sweeps: `$1` no-show minutes, `$2` completion minutes, `$3` the batch, `$4` the cancellation
 * reason. Each sweep reads at most `$3` candidates through a partial index of its own status
 * (`ix_appointments_pending_start`, `ix_appointments_confirmed_start`, `ix_appointments_in_progress_end`): one scan
 * with the three rules OR-ed walked `ix_appointments_starts` through every past appointment instead (200–420 ms and
 * 187,000 buffers a pass at 200,000 appointments). The candidates' ids then go to the primary key as one array; the
 * rules are checked again on each row as locked, so a row that moved meanwhile is left alone.
 */
export const SWEEP_OVERDUE_SQL = `WITH candidates AS (
         ${SWEEPS.map(
           (sweep) =>
             `(SELECT id FROM appointments WHERE ${dueSql(sweep)} AND deleted_at IS NULL ORDER BY ${sweep.by} LIMIT $3)`,
         ).join('\n         UNION ALL\n         ')}
       ), due AS (
         SELECT id, status AS previous,
                CASE status ${SWEEPS.map(({ status, next }) => `WHEN '${status}' THEN '${next}'`).join(' ')} END AS next
           FROM appointments
          WHERE id = ANY (ARRAY(SELECT id FROM candidates)) AND deleted_at IS NULL
            AND (${SWEEPS.map((sweep) => `(${dueSql(sweep)})`).join(' OR ')})
          ORDER BY starts_at
          LIMIT $3
          FOR UPDATE SKIP LOCKED
       ), moved AS (
         UPDATE appointments a
            SET status = due.next, updated_at = now(),
                cancellation_reason = CASE WHEN due.next = 'cancelled' THEN $4 ELSE a.cancellation_reason END
           FROM due
          WHERE a.id = due.id AND a.status = due.previous
         RETURNING a.id, due.previous
       )
       SELECT id, previous FROM moved`;

/**
 * Appointment reads, lists and writes after booking (status moves, edits, deletes). Every read goes through the
 * caller's `appointmentScope` unless it re-reads a row the same request has just written; every write is a
 * compare-and-swap on what was read, so it cannot land on a row that changed meanwhile.
 */
@Injectable()
export class AppointmentsRepository {
  private readonly readOne = new Map<string, { text: string; names: string[] }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * One appointment the actor may see (the same scope as the lists), or null. Without an actor it reads by id only:
   * for re-reading a row this request has just written.
   */
  async findLoaded(
    id: string,
    actor?: Actor,
    em: EntityManager = this.dataSource.manager,
  ): Promise<LoadedAppointment | null> {
    const scope = actor ? appointmentScope(actor, 'a') : { sql: 'TRUE', params: {} };
    const statement = this.readOneStatement(em, scope.sql, Object.keys(scope.params));
    const values: Record<string, unknown> = { ...scope.params, id };
    // Prepared: the four-join plan is the same for every id, and planning it was most of this read's database time.
    const rows = await queryPrepared<LoadedRow>(
      em,
      statement.text,
      statement.names.map((name) => values[name]),
    );
    return rows.length === 0 ? null : toLoaded(rows[0]);
  }

  /**
   * The single read's positional text and its parameters' order, once per scope (there are four: by id, a patient's,
   * a doctor's, nothing): numbering the named parameters again for every read was 2% of `GET /appointments/:id`.
   */
  private readOneStatement(
    em: EntityManager,
    scopeSql: string,
    scopeNames: string[],
  ): { text: string; names: string[] } {
    let statement = this.readOne.get(scopeSql);
    if (!statement) {
      const named = `${SELECT_LOADED} ${FROM_LOADED} AND a.id = :id AND (${scopeSql})`;
      const names = [...scopeNames, 'id'];
      // Each parameter's value is its own name, so the driver's numbering tells the order it chose.
      const [text, order] = numbered(em, named, Object.fromEntries(names.map((name) => [name, name])));
      statement = { text, names: order as string[] };
      this.readOne.set(scopeSql, statement);
    }
    return statement;
  }

  /** A page of the appointments the actor may see under `filter`, and how many there are in all. */
  findPage(actor: Actor, filter: AppointmentFilter): Promise<{ rows: LoadedAppointment[]; total: number }> {
    const scope = appointmentScope(actor, 'a');
    const conditions: string[] = [scope.sql];
    const params: Record<string, unknown> = { ...scope.params };
    const where = (condition: string, values: Record<string, unknown>) => {
      conditions.push(condition);
      Object.assign(params, values);
    };
    const equalities = {
      filterPatientId: ['patient_id', filter.patientId],
      filterDoctorId: ['doctor_id', filter.doctorId],
      pathPatientId: ['patient_id', filter.pathPatientId],
      pathDoctorId: ['doctor_id', filter.pathDoctorId],
    } as const;
    for (const [param, [column, value]] of Object.entries(equalities)) {
      if (value !== undefined) {
        where(`a.${column} = :${param}`, { [param]: value });
      }
    }
    if (filter.statuses && filter.statuses.length > 0) {
      where('a.status IN (:...statuses)', { statuses: filter.statuses });
    }
    // Half-open overlap with [from, to): an appointment ending exactly at `from` is outside.
    // The extra bound on starts_at (no appointment is longer than the longest duration) lets the
    // (doctor_id, starts_at) / (patient_id, starts_at) indexes bound the scan instead of reading the whole history.
    if (filter.from) {
      where('a.ends_at > :rangeFrom AND a.starts_at > :rangeFromEarliest', {
        rangeFrom: filter.from,
        rangeFromEarliest: new Date(filter.from.getTime() - APPOINTMENT_DURATION.max * 60_000),
      });
    }
    if (filter.to) {
      where('a.starts_at < :rangeTo', { rangeTo: filter.to });
    }
    if (filter.startsFrom) {
      where('a.starts_at >= :startsFrom', { startsFrom: filter.startsFrom });
    }
    if (filter.startsBefore) {
      where('a.starts_at < :startsBefore', { startsBefore: filter.startsBefore });
    }
    return this.loadPage(this.dataSource.manager, {
      conditions,
      params,
      direction: filter.newestFirst ? 'DESC' : 'ASC',
      limit: filter.limit,
      offset: filter.offset,
    });
  }

  /** Moves the status if it is still `expected`; false when another move landed first. */
  async moveStatus(em: EntityManager, id: string, expected: AppointmentStatus, move: StatusMove): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(AppointmentEntity)
      .set({
        status: move.status,
        updatedAt: () => 'now()',
        ...(move.cancellation
          ? {
              cancellationReason: move.cancellation.reason,
              cancelledBy: move.cancellation.by,
              lateCancellation: move.cancellation.late,
            }
          : {}),
      })
      .where('id = :id AND status = :expected AND deleted_at IS NULL', { id, expected })
      .execute();
    return result.affected === 1;
  }

  /**
   * The time-driven sweeps in one statement: up to `limit` overdue appointments move at once, each by a
   * compare-and-swap on the status it was found in (rows another transaction holds are skipped, for the next pass):
   * `confirmed` not started `noShowMinutes` after its start → `no_show`; `in_progress` `completeMinutes` past its end
   * → `completed`; `pending` whose start has come → `cancelled` with `cancellationReason`. A null minutes turns its
   * sweep off. Answers the moved ids with the status each left.
   */
  async sweepOverdue(
    em: EntityManager,
    rules: { noShowMinutes: number | null; completeMinutes: number | null; unconfirmedReason: string },
    limit: number,
  ): Promise<{ id: string; previous: AppointmentStatus }[]> {
    return em.query(SWEEP_OVERDUE_SQL, [rules.noShowMinutes, rules.completeMinutes, limit, rules.unconfirmedReason]);
  }

  /**
   * Writes the edited fields if the status is still `expected` (else `updated: false`). With `move`, the time changes:
   * the blocked range moves with it (the appointment keeps its buffers), and another patient's live hold of the new
   * range refuses the write (`held: true`); run it under the doctor's lock (`lockPatientAndReadFacts`).
   */
  async updateFields(
    em: EntityManager,
    id: string,
    expected: AppointmentStatus,
    fields: EditableFields,
    move: TimeMove | null,
  ): Promise<{ updated: boolean; held: boolean }> {
    // Without a move, $8..$11 are null and the hold check is off (`$10 IS NOT NULL`).
    const held = `$10::uuid IS NOT NULL AND ${othersLiveHoldSql('$10', '$11', '$8', '$9')}`;
    const rows: { updated: boolean; held: boolean }[] = await em.query(
      `WITH held AS (SELECT ${held} AS held), updated AS (
         UPDATE appointments a
            SET starts_at = $3, ends_at = $4, duration_minutes = $5, reason = $6, notes = $7, updated_at = now(),
                blocked_from = COALESCE($8::timestamptz, a.blocked_from), blocked_to = COALESCE($9::timestamptz, a.blocked_to)
          WHERE a.id = $1 AND a.status = $2 AND a.deleted_at IS NULL AND NOT (SELECT held FROM held)
          RETURNING 1
       )
       SELECT (SELECT held FROM held) AS held, EXISTS (SELECT 1 FROM updated) AS updated`,
      [
        id,
        expected,
        fields.startsAt,
        fields.endsAt,
        fields.durationMinutes,
        fields.reason,
        fields.notes,
        move?.blocked.startsAt ?? null,
        move?.blocked.endsAt ?? null,
        move?.doctorId ?? null,
        move?.patientId ?? null,
      ],
    );
    return rows[0];
  }

  /** The appointments of a series the actor may see (the same scope as the lists), first to last. */
  async findSeries(seriesId: string, actor: Actor, em: EntityManager): Promise<LoadedAppointment[]> {
    const scope = appointmentScope(actor, 'a');
    const rows: LoadedRow[] = await em.query(
      ...numbered(
        em,
        `${SELECT_LOADED} ${FROM_LOADED} AND a.series_id = :seriesId AND (${scope.sql}) ORDER BY a.starts_at, a.id`,
        { ...scope.params, seriesId },
      ),
    );
    return rows.map(toLoaded);
  }

  /** Appointments by id with their parties (no scope: ids this request wrote), first to last, in one statement. */
  async findLoadedByIds(em: EntityManager, ids: readonly string[]): Promise<LoadedAppointment[]> {
    const rows: LoadedRow[] = await em.query(
      `${SELECT_LOADED} ${FROM_LOADED} AND a.id = ANY($1::uuid[]) ORDER BY a.starts_at, a.id`,
      [ids],
    );
    return rows.map(toLoaded);
  }

  /**
   * The appointments of due reminders, read in the job's transaction and share-locked (`FOR SHARE OF a`): a status move
   * or a reschedule writing one of them meanwhile finishes first and its result is what the reminder sees, or waits
   * for the reminder's commit. Soft-deleted ones are not read.
   */
  async findForReminders(em: EntityManager, ids: readonly string[]): Promise<LoadedAppointment[]> {
    const rows: LoadedRow[] = await em.query(
      `${SELECT_LOADED} ${FROM_LOADED} AND a.id = ANY($1::uuid[]) FOR SHARE OF a`,
      [ids],
    );
    return rows.map(toLoaded);
  }

  /**
   * Cancels each of `moves` still in the status it was read in (a compare-and-swap per row, in one statement), with
   * the same reason and canceller; `late` per row. Answers the ids it cancelled.
   */
  async cancelMany(
    em: EntityManager,
    moves: readonly { id: string; expected: AppointmentStatus; late: boolean }[],
    cancellation: { reason: string | null; by: string },
  ): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `WITH cancelled AS (
         UPDATE appointments a
            SET status = 'cancelled', cancellation_reason = $4, cancelled_by = $5::uuid, late_cancellation = m.late,
                updated_at = now()
           FROM unnest($1::uuid[], $2::text[], $3::boolean[]) AS m(id, expected, late)
          WHERE a.id = m.id AND a.status = m.expected AND a.deleted_at IS NULL
          RETURNING a.id
       )
       SELECT id FROM cancelled`,
      [
        moves.map((m) => m.id),
        moves.map((m) => m.expected),
        moves.map((m) => m.late),
        cancellation.reason,
        cancellation.by,
      ],
    );
    return rows.map((row) => row.id);
  }

  /** Soft-deletes; false when it was already gone. */
  async softDelete(em: EntityManager, id: string): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(AppointmentEntity)
      .set({ deletedAt: () => 'now()' })
      .where('id = :id AND deleted_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  /**
   * The page and the total in one statement: the matching appointments are counted (`count(*) OVER ()`) and cut to
   * the page on `appointments` alone, and only the page's rows are joined to their parties (an admin's unfiltered
   * list counts every appointment, but joins twenty). Only a page past the end, which has no row to carry the total,
   * costs a second (count) statement.
   */
  private async loadPage(em: EntityManager, query: LoadedQuery): Promise<{ rows: LoadedAppointment[]; total: number }> {
    const where = query.conditions.map((condition) => ` AND (${condition})`).join('');
    const rows: (LoadedRow & { total: string })[] = await em.query(
      ...numbered(
        em,
        `${SELECT_LOADED}, a.total
           FROM (SELECT a.*, count(*) OVER () AS total FROM appointments a WHERE a.deleted_at IS NULL${where}
                  ORDER BY a.starts_at ${query.direction}, a.id ${query.direction}
                  LIMIT :pageLimit OFFSET :pageOffset) a ${PARTIES}
          ORDER BY a.starts_at ${query.direction}, a.id ${query.direction}`,
        { ...query.params, pageLimit: query.limit, pageOffset: query.offset },
      ),
    );
    if (rows.length > 0) {
      return { rows: rows.map(toLoaded), total: Number(rows[0].total) };
    }
    if (query.offset === 0) {
      return { rows: [], total: 0 };
    }
    const counted: { total: string }[] = await em.query(
      ...numbered(em, `SELECT count(*) AS total FROM appointments a WHERE a.deleted_at IS NULL${where}`, query.params),
    );
    return { rows: [], total: Number(counted[0]?.total ?? 0) };
  }
}
