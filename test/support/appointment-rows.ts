import type { TestApp } from './test-app';

let slot = 0;

/**
 * Inserts an appointment straight into the table (status `pending`, 30 minutes), bypassing the booking rules: for
 * tests that only need a doctor–patient relationship. Each call takes a fresh hour far in the future, so the
 * overlap constraints never fire.
 */
export async function insertAppointment(
  t: TestApp,
  patientId: string,
  doctorId: string,
  fields: { status?: string; deleted?: boolean } = {},
): Promise<string> {
  slot += 1;
  const startsAt = new Date(Date.UTC(2035, 0, 1) + slot * 60 * 60 * 1000).toISOString();
  const rows: { id: string }[] = await t.dataSource.query(
    `INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, duration_minutes, status, deleted_at)
     VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '30 minutes', 30, $4, $5)
     RETURNING id`,
    [patientId, doctorId, startsAt, fields.status ?? 'pending', fields.deleted ? new Date().toISOString() : null],
  );
  return rows[0].id;
}
