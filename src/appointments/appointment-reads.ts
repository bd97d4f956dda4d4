import type { AppointmentStatus } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import { appointmentScope } from '../access/access-scope';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/app-error';
import { queryPrepared } from '../database/prepared';
import type { LoadedAppointment } from './appointment.mapper';

/**
 * Appointments with their patient's and doctor's names: one statement, four inner joins, no query per row. This is
 * the hottest read of the service (every appointment GET, list and write re-reads through it), so it is plain SQL
 * mapped straight to `LoadedAppointment`: building the same statement through TypeORM's query builder and hydrating
 * entities was a fifth of the CPU of `GET /appointments/:id`. Soft-deleted appointments are never read.
 */
const SELECT_LOADED = `
  SELECT a.id, a.patient_id, a.doctor_id, a.starts_at, a.ends_at, a.duration_minutes, a.status, a.reason, a.notes,
         a.cancellation_reason, a.cancelled_by, a.created_at, a.updated_at,
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
export interface LoadedQuery {
  /** SQL conditions joined with AND, over the alias `a` (appointments), with `:named` parameters. */
  conditions: string[];
  params: Record<string, unknown>;
  direction: 'ASC' | 'DESC';
  limit: number;
  offset: number;
}

/** `:named` (and `:...list`) parameters to `$n`, by the driver's own rule (as TypeORM's query builder does it). */
function numbered(em: EntityManager, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  return em.connection.driver.escapeQueryWithParameters(sql, params, {});
}

/**
 * The page and the total in one statement: the matching appointments are counted (`count(*) OVER ()`) and cut to the
 * page on `appointments` alone, and only the page's rows are joined to their parties (an admin's unfiltered list
 * counts every appointment, but joins twenty). Only a page past the end, which has no row to carry the total, costs
 * a second (count) statement.
 */
export async function loadAppointmentPage(
  em: EntityManager,
  query: LoadedQuery,
): Promise<{ rows: LoadedAppointment[]; total: number }> {
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

/**
 * One appointment the actor may see (the same scope as the lists), else 404 `APPOINTMENT_NOT_FOUND`. Without an
 * actor it reads by id only: for re-reading a row this request has just written.
 */
export async function loadAppointment(em: EntityManager, id: string, actor?: Actor): Promise<LoadedAppointment> {
  const scope = actor ? appointmentScope(actor, 'a') : { sql: 'TRUE', params: {} };
  const [sql, params] = numbered(em, `${SELECT_LOADED} ${FROM_LOADED} AND a.id = :id AND (${scope.sql})`, {
    ...scope.params,
    id,
  });
  // Prepared: the four-join plan is the same for every id, and planning it was most of this read's database time.
  const rows = await queryPrepared<LoadedRow>(em, sql, params);
  if (rows.length === 0) {
    throw new NotFoundError('APPOINTMENT_NOT_FOUND', 'Appointment not found');
  }
  return toLoaded(rows[0]);
}
