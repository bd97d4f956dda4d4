import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole schema of the first release. Guarantees live here: unique emails and licence numbers, CHECKs on
 * every enumerated column, foreign keys, the two exclusion constraints that make double booking impossible,
 * and the trigger that keeps the audit log append-only.
 */
export class InitialSchema1764150000000 implements MigrationInterface {
  name = 'InitialSchema1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        password_hash text NOT NULL,
        full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (role IN ('patient', 'doctor', 'admin')),
        phone text,
        is_active boolean NOT NULL DEFAULT true,
        token_version integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_users_email ON users (email)`);
    await q.query(`CREATE INDEX ix_users_role ON users (role, created_at)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id),
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id)`);

    await q.query(`
      CREATE TABLE patients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        date_of_birth date,
        gender text,
        blood_type text,
        allergies text[] NOT NULL DEFAULT '{}',
        address text,
        emergency_contact jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_patients_user ON patients (user_id)`);

    await q.query(`
      CREATE TABLE doctors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        specialization text NOT NULL,
        license_number text NOT NULL,
        years_of_experience integer CHECK (years_of_experience BETWEEN 0 AND 80),
        bio text,
        timezone text NOT NULL DEFAULT 'UTC',
        is_online boolean NOT NULL DEFAULT false,
        preferred_status text NOT NULL DEFAULT 'online' CHECK (preferred_status IN ('online', 'busy')),
        last_seen_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_doctors_user ON doctors (user_id)`);
    await q.query(`CREATE UNIQUE INDEX uq_doctors_license_number ON doctors (license_number)`);
    await q.query(`CREATE INDEX ix_doctors_specialization ON doctors (specialization)`);
    await q.query(`CREATE INDEX ix_doctors_online ON doctors (is_online)`);

    await q.query(`
      CREATE TABLE doctor_working_hours (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        doctor_id uuid NOT NULL REFERENCES doctors (id),
        day_of_week smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
        start_minute smallint NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
        end_minute smallint NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
        CHECK (start_minute < end_minute),
        CONSTRAINT ex_working_hours_overlap EXCLUDE USING gist (
          doctor_id WITH =, day_of_week WITH =, int4range(start_minute, end_minute, '[)') WITH &&
        )
      )`);
    await q.query(`CREATE INDEX ix_doctor_working_hours_doctor ON doctor_working_hours (doctor_id, day_of_week)`);

    await q.query(`
      CREATE TABLE doctor_time_off (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        doctor_id uuid NOT NULL REFERENCES doctors (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_at < ends_at)
      )`);
    await q.query(`CREATE INDEX ix_doctor_time_off_doctor ON doctor_time_off (doctor_id, starts_at)`);

    await q.query(`
      CREATE TABLE appointments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        patient_id uuid NOT NULL REFERENCES patients (id),
        doctor_id uuid NOT NULL REFERENCES doctors (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480 AND duration_minutes % 5 = 0),
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'confirmed', 'in_progress', 'completed', 'cancelled', 'no_show')),
        reason text,
        notes text,
        cancellation_reason text,
        cancelled_by uuid REFERENCES users (id),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CHECK (ends_at = starts_at + make_interval(mins => duration_minutes)),
        CONSTRAINT ex_appointments_doctor_overlap EXCLUDE USING gist (
          doctor_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
        ) WHERE (status <> 'cancelled' AND deleted_at IS NULL),
        CONSTRAINT ex_appointments_patient_overlap EXCLUDE USING gist (
          patient_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
        ) WHERE (status <> 'cancelled' AND deleted_at IS NULL)
      )`);
    await q.query(`CREATE INDEX ix_appointments_doctor_starts ON appointments (doctor_id, starts_at)`);
    await q.query(`CREATE INDEX ix_appointments_patient_starts ON appointments (patient_id, starts_at)`);
    await q.query(`CREATE INDEX ix_appointments_starts ON appointments (starts_at)`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users (id),
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
        request_hash text NOT NULL,
        response_status integer,
        response_body jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, key)
      )`);
    await q.query(`CREATE INDEX ix_idempotency_keys_expires ON idempotency_keys (expires_at)`);

    await q.query(`
      CREATE TABLE medical_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        patient_id uuid NOT NULL REFERENCES patients (id),
        doctor_id uuid NOT NULL REFERENCES doctors (id),
        appointment_id uuid REFERENCES appointments (id),
        diagnosis text NOT NULL,
        icd10_code text CHECK (icd10_code ~ '^[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?$'),
        notes text,
        prescriptions text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'resolved')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_medical_records_patient ON medical_records (patient_id, created_at)`);
    await q.query(`CREATE INDEX ix_medical_records_doctor ON medical_records (doctor_id)`);

    await q.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid,
        actor_role text,
        action text NOT NULL,
        patient_id uuid,
        record_id uuid,
        request_id text,
        outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_audit_events_patient ON audit_events (patient_id, created_at)`);
    await q.query(`CREATE INDEX ix_audit_events_actor ON audit_events (actor_id, created_at)`);
    await q.query(`CREATE INDEX ix_audit_events_created ON audit_events (created_at)`);
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        type text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        data jsonb,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_notifications_user_created ON notifications (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX ix_notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'notifications',
      'audit_events',
      'medical_records',
      'idempotency_keys',
      'appointments',
      'doctor_time_off',
      'doctor_working_hours',
      'doctors',
      'patients',
      'refresh_tokens',
      'users',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_events_append_only()`);
  }
}
