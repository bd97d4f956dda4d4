import type { Actor } from '../auth/actor';

/** A WHERE fragment with its own named parameters, ready for `qb.andWhere(scope.sql, scope.params)`. */
export interface SqlScope {
  sql: string;
  params: Record<string, unknown>;
}

const NOTHING: SqlScope = { sql: 'FALSE', params: {} };

/**
 * The one rule for "which patients may the caller see", as SQL over a `patients` alias: admin all; a patient
 * only themself; a doctor only patients who have or had a (non-deleted) appointment with them. Every
 * patient-scoped route and query goes through this, so lists and single reads cannot disagree, and a record
 * the caller may not see is simply not found (404, never a hint it exists).
 */
export function patientScope(actor: Actor, patientAlias: string): SqlScope {
  switch (actor.role) {
    case 'admin':
    case 'integration': // an API key sees what an admin sees; its scopes decide whether it reads patients at all
      return { sql: 'TRUE', params: {} };
    case 'patient':
      return actor.patientId
        ? { sql: `${patientAlias}.id = :scopePatientId`, params: { scopePatientId: actor.patientId } }
        : NOTHING;
    case 'doctor':
      return actor.doctorId
        ? {
            sql: `EXISTS (SELECT 1 FROM appointments scope_a WHERE scope_a.patient_id = ${patientAlias}.id AND scope_a.doctor_id = :scopeDoctorId AND scope_a.deleted_at IS NULL)`,
            params: { scopeDoctorId: actor.doctorId },
          }
        : NOTHING;
  }
}

/**
 * The one rule for "which appointments may the caller see", as SQL over an `appointments` alias: its patient,
 * its doctor, or admin. Deleted appointments are never visible.
 */
export function appointmentScope(actor: Actor, appointmentAlias: string): SqlScope {
  const notDeleted = `${appointmentAlias}.deleted_at IS NULL`;
  switch (actor.role) {
    case 'admin':
    case 'integration':
      return { sql: notDeleted, params: {} };
    case 'patient':
      return actor.patientId
        ? {
            sql: `${notDeleted} AND ${appointmentAlias}.patient_id = :scopePatientId`,
            params: { scopePatientId: actor.patientId },
          }
        : NOTHING;
    case 'doctor':
      return actor.doctorId
        ? {
            sql: `${notDeleted} AND ${appointmentAlias}.doctor_id = :scopeDoctorId`,
            params: { scopeDoctorId: actor.doctorId },
          }
        : NOTHING;
  }
}

/** Which waitlist entries the caller may see, as SQL over a `waitlist_entries` alias: its patient, its doctor, admin. */
export function waitlistScope(actor: Actor, entryAlias: string): SqlScope {
  switch (actor.role) {
    case 'admin':
    case 'integration':
      return { sql: 'TRUE', params: {} };
    case 'patient':
      return actor.patientId
        ? { sql: `${entryAlias}.patient_id = :scopePatientId`, params: { scopePatientId: actor.patientId } }
        : NOTHING;
    case 'doctor':
      return actor.doctorId
        ? { sql: `${entryAlias}.doctor_id = :scopeDoctorId`, params: { scopeDoctorId: actor.doctorId } }
        : NOTHING;
  }
}
