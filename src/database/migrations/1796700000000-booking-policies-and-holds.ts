import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduling as clinics run it (issue 14):
 * - `doctor_booking_policies`: a doctor's booking rules; no row means the contract's defaults (today's behaviour).
 * - Buffers: each appointment keeps the range it blocks for its doctor, its interval widened by the buffers in force
 *   when it was booked (`blocked_from`/`blocked_to`; NULL means no buffer on that side, which is what every existing
 *   row had). The doctor's exclusion constraint moves onto that range, so buffers hold under any concurrency like any
 *   overlap; the patient's constraint stays on the bare interval (the patient's own rule ignores buffers).
 * - `late_cancellation` and `series_id` on appointments.
 * - `appointment_holds`: a patient's temporary reservation of an interval (at most one per patient). Holds and
 *   bookings of one doctor are serialized by the doctor's advisory lock (see `BookingRepository`), and a hold blocks
 *   only while `expires_at` is ahead; `expiry_noticed` records that its expiry was announced (`slots.changed`).
 */
export class BookingPoliciesAndHolds1796700000000 implements MigrationInterface {
  name = 'BookingPoliciesAndHolds1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE doctor_booking_policies (
        doctor_id uuid PRIMARY KEY REFERENCES doctors (id) ON DELETE CASCADE,
        buffer_before_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_before_minutes BETWEEN 0 AND 120),
        buffer_after_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_after_minutes BETWEEN 0 AND 120),
        minimum_notice_minutes integer NOT NULL DEFAULT 0 CHECK (minimum_notice_minutes BETWEEN 0 AND 20160),
        booking_horizon_days integer NOT NULL DEFAULT 365 CHECK (booking_horizon_days BETWEEN 1 AND 730),
        cancellation_window_hours integer NOT NULL DEFAULT 0 CHECK (cancellation_window_hours BETWEEN 0 AND 168),
        auto_confirm boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      ALTER TABLE appointments
        ADD COLUMN blocked_from timestamptz,
        ADD COLUMN blocked_to timestamptz,
        ADD COLUMN late_cancellation boolean NOT NULL DEFAULT false,
        ADD COLUMN series_id uuid`);
    await q.query(`
      ALTER TABLE appointments ADD CONSTRAINT ck_appointments_blocked_range
        CHECK ((blocked_from IS NULL OR blocked_from <= starts_at) AND (blocked_to IS NULL OR blocked_to >= ends_at))`);
    await q.query(`ALTER TABLE appointments DROP CONSTRAINT ex_appointments_doctor_overlap`);
    await q.query(`
      ALTER TABLE appointments ADD CONSTRAINT ex_appointments_doctor_overlap EXCLUDE USING gist (
        doctor_id WITH =,
        tstzrange(COALESCE(blocked_from, starts_at), COALESCE(blocked_to, ends_at), '[)') WITH &&
      ) WHERE (status <> 'cancelled' AND deleted_at IS NULL)`);
    await q.query(`CREATE INDEX ix_appointments_series ON appointments (series_id) WHERE series_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE appointment_holds (
        id uuid PRIMARY KEY,
        doctor_id uuid NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
        patient_id uuid NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
        blocked_from timestamptz NOT NULL,
        blocked_to timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        expiry_noticed boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_at < ends_at AND blocked_from <= starts_at AND blocked_to >= ends_at)
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_appointment_holds_patient ON appointment_holds (patient_id)`);
    await q.query(`
      CREATE INDEX ix_appointment_holds_doctor_range ON appointment_holds
        USING gist (doctor_id, tstzrange(blocked_from, blocked_to, '[)'))`);
    await q.query(
      `CREATE INDEX ix_appointment_holds_unnoticed ON appointment_holds (expires_at) WHERE NOT expiry_noticed`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS appointment_holds`);
    await q.query(`DROP INDEX IF EXISTS ix_appointments_series`);
    await q.query(`ALTER TABLE appointments DROP CONSTRAINT ex_appointments_doctor_overlap`);
    await q.query(`
      ALTER TABLE appointments ADD CONSTRAINT ex_appointments_doctor_overlap EXCLUDE USING gist (
        doctor_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
      ) WHERE (status <> 'cancelled' AND deleted_at IS NULL)`);
    await q.query(`ALTER TABLE appointments DROP CONSTRAINT ck_appointments_blocked_range`);
    await q.query(`
      ALTER TABLE appointments DROP COLUMN series_id, DROP COLUMN late_cancellation,
        DROP COLUMN blocked_to, DROP COLUMN blocked_from`);
    await q.query(`DROP TABLE IF EXISTS doctor_booking_policies`);
  }
}
