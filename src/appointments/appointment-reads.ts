import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { appointmentScope } from '../access/access-scope';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/app-error';
import { AppointmentEntity } from './appointment.entity';
import { isLoaded, type LoadedAppointment } from './appointment.mapper';

/**
 * Appointments with their patient's and doctor's names in one query (four inner joins, no query per row).
 * Soft-deleted appointments are left out by TypeORM (`deleted_at IS NULL`).
 */
export function appointmentReads(em: EntityManager): SelectQueryBuilder<AppointmentEntity> {
  return em
    .createQueryBuilder(AppointmentEntity, 'a')
    .innerJoin('a.patient', 'p')
    .innerJoin('p.user', 'pu')
    .innerJoin('a.doctor', 'd')
    .innerJoin('d.user', 'du')
    .addSelect(['p.id', 'pu.id', 'pu.fullName', 'd.id', 'd.specialization', 'du.id', 'du.fullName']);
}

export function loadedOnly(rows: AppointmentEntity[]): LoadedAppointment[] {
  return rows.map((row) => {
    if (!isLoaded(row)) {
      throw new Error(`Appointment ${row.id} was read without its parties`);
    }
    return row;
  });
}

/**
 * One appointment the actor may see (the same scope as the lists), else 404 `APPOINTMENT_NOT_FOUND`. Without an
 * actor it reads by id only: for re-reading a row this request has just written.
 */
export async function loadAppointment(em: EntityManager, id: string, actor?: Actor): Promise<LoadedAppointment> {
  const qb = appointmentReads(em).where('a.id = :id', { id });
  if (actor) {
    const scope = appointmentScope(actor, 'a');
    qb.andWhere(scope.sql, scope.params);
  }
  const found = await qb.getOne();
  if (!found) {
    throw new NotFoundError('APPOINTMENT_NOT_FOUND', 'Appointment not found');
  }
  return loadedOnly([found])[0];
}
