import type { EntityManager } from 'typeorm';
import { AppError, NotFoundError } from '../common/errors/app-error';
import { DoctorEntity } from '../doctors/doctor.entity';
import { PatientEntity } from '../patients/patient.entity';
import { UserEntity } from '../users/user.entity';

/** First key of the two-key advisory lock, so our per-patient locks never collide with other advisory locks. */
const PATIENT_BOOKINGS_LOCK = 0x61707074;

/**
 * Serializes the bookings of one patient until the transaction ends, so the booking limit holds under
 * concurrency (a count-then-insert alone would let parallel requests all pass the count).
 */
export async function lockPatientBookings(em: EntityManager, patientId: string): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [PATIENT_BOOKINGS_LOCK, patientId]);
}

/** Upcoming pending/confirmed appointments count against `maxActiveBookingsPerPatient`. */
export async function assertBelowBookingLimit(em: EntityManager, patientId: string, max: number): Promise<void> {
  const rows: { active: number }[] = await em.query(
    `SELECT count(*)::int AS active FROM appointments
      WHERE patient_id = $1 AND status IN ('pending', 'confirmed') AND starts_at > now() AND deleted_at IS NULL`,
    [patientId],
  );
  if ((rows[0]?.active ?? 0) >= max) {
    throw new AppError('BOOKING_LIMIT_REACHED', `A patient may hold at most ${max} upcoming appointments`);
  }
}

export function assertStartsInFuture(startsAt: Date): void {
  if (startsAt.getTime() <= Date.now()) {
    throw new AppError('START_IN_PAST', 'The appointment must start in the future');
  }
}

export function endOf(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + durationMinutes * 60_000);
}

/** A deactivated account is not bookable: it answers as unknown (404), like a patient or doctor who never was. */
export async function assertActivePatient(em: EntityManager, patientId: string): Promise<void> {
  const exists = await em
    .createQueryBuilder(PatientEntity, 'p')
    .innerJoin(UserEntity, 'u', 'u.id = p.user_id')
    .where('p.id = :patientId AND u.is_active', { patientId })
    .getExists();
  if (!exists) {
    throw new NotFoundError('PATIENT_NOT_FOUND', 'Patient not found');
  }
}

export async function assertActiveDoctor(em: EntityManager, doctorId: string): Promise<void> {
  const exists = await em
    .createQueryBuilder(DoctorEntity, 'd')
    .innerJoin(UserEntity, 'u', 'u.id = d.user_id')
    .where('d.id = :doctorId AND u.is_active', { doctorId })
    .getExists();
  if (!exists) {
    throw new NotFoundError('DOCTOR_NOT_FOUND', 'Doctor not found');
  }
}
