import type { Actor } from '../auth/actor';
import { ForbiddenError, NotFoundError } from '../common/errors/app-error';
import { AccessPolicy, isRefusal, notFound, refusalOf, type Action, type ActionTargets } from './access-policy';

const admin: Actor = { userId: 'u-admin', role: 'admin', patientId: null, doctorId: null };
const doctor: Actor = { userId: 'u-doc', role: 'doctor', patientId: null, doctorId: 'd-1' };
const otherDoctor: Actor = { userId: 'u-doc2', role: 'doctor', patientId: null, doctorId: 'd-2' };
const patient: Actor = { userId: 'u-pat', role: 'patient', patientId: 'p-1', doctorId: null };

/** `allow`, `403`, or the 404 code. */
function answer<A extends Action>(actor: Actor, action: A, target: ActionTargets[A]): string {
  const refusal = refusalOf(actor, action, target);
  if (!refusal) {
    return 'allow';
  }
  return refusal instanceof ForbiddenError ? '403' : refusal.code;
}

describe('AccessPolicy rules', () => {
  it('booking: a patient for themself, a doctor with themself, an admin any pair', () => {
    expect(answer(patient, 'appointment.book', { patientId: null, doctorId: 'd-1' })).toBe('allow');
    expect(answer(patient, 'appointment.book', { patientId: 'p-1', doctorId: 'd-1' })).toBe('allow');
    expect(answer(patient, 'appointment.book', { patientId: 'p-2', doctorId: 'd-1' })).toBe('403');
    expect(answer(doctor, 'appointment.book', { patientId: 'p-1', doctorId: 'd-1' })).toBe('allow');
    expect(answer(doctor, 'appointment.book', { patientId: 'p-1', doctorId: 'd-2' })).toBe('403');
    expect(answer(admin, 'appointment.book', { patientId: 'p-9', doctorId: 'd-9' })).toBe('allow');
    expect(answer({ ...patient, patientId: null }, 'appointment.book', { patientId: null, doctorId: 'd-1' })).toBe(
      '403',
    );
  });

  it('what the caller may not see is 404 with its own code, before any 403', () => {
    expect(answer(doctor, 'appointment.read', { visible: false })).toBe('APPOINTMENT_NOT_FOUND');
    expect(answer(doctor, 'patient.edit', { visible: false })).toBe('PATIENT_NOT_FOUND');
    expect(answer(doctor, 'patient.edit', { visible: true })).toBe('403');
    expect(answer(patient, 'patient.edit', { visible: true })).toBe('allow');
    expect(answer(doctor, 'record.read', { visible: false })).toBe('PATIENT_NOT_FOUND');
    expect(answer(patient, 'appointment.move', { visible: false, to: 'confirmed', roles: ['doctor'] })).toBe(
      'APPOINTMENT_NOT_FOUND',
    );
    expect(answer(patient, 'user.read', { userId: 'u-other' })).toBe('USER_NOT_FOUND');
  });

  it('status moves follow the roles of the table row', () => {
    expect(answer(patient, 'appointment.move', { visible: true, to: 'confirmed', roles: ['doctor', 'admin'] })).toBe(
      '403',
    );
    expect(answer(doctor, 'appointment.move', { visible: true, to: 'confirmed', roles: ['doctor', 'admin'] })).toBe(
      'allow',
    );
  });

  it('notes only by a doctor, refused before visibility; deletes only by an admin', () => {
    expect(answer(patient, 'appointment.edit', { visible: false, writesNotes: true })).toBe('403');
    expect(answer(doctor, 'appointment.edit', { visible: true, writesNotes: true })).toBe('allow');
    expect(answer(patient, 'appointment.edit', { visible: true, writesNotes: false })).toBe('allow');
    expect(answer(doctor, 'appointment.delete', { visible: true })).toBe('403');
    expect(answer(admin, 'appointment.delete', { visible: false })).toBe('APPOINTMENT_NOT_FOUND');
  });

  it('patients cannot list patients', () => {
    expect(answer(patient, 'patient.list', {})).toBe('403');
    expect(answer(doctor, 'patient.list', {})).toBe('allow');
  });

  it('records: only a doctor writes (admins and patients 403 whoever the patient is); only the author edits', () => {
    expect(answer(admin, 'record.create', { visible: true })).toBe('403');
    expect(answer(patient, 'record.create', { visible: false })).toBe('403');
    expect(answer(doctor, 'record.create', { visible: false })).toBe('PATIENT_NOT_FOUND');
    expect(answer(doctor, 'record.create', { visible: true })).toBe('allow');
    expect(answer(doctor, 'record.edit', { authorDoctorId: 'd-1' })).toBe('allow');
    expect(answer(otherDoctor, 'record.edit', { authorDoctorId: 'd-1' })).toBe('403');
    expect(answer(admin, 'record.edit', { authorDoctorId: 'd-1' })).toBe('403');
  });

  it('doctors: the doctor themself or an admin manages; only an admin changes a licence number', () => {
    expect(answer(doctor, 'doctor.manage', { doctorId: 'd-1' })).toBe('allow');
    expect(answer(otherDoctor, 'doctor.manage', { doctorId: 'd-1' })).toBe('403');
    expect(answer(patient, 'doctor.manage', { doctorId: 'd-1' })).toBe('403');
    expect(answer(doctor, 'doctor.manage', { doctorId: 'd-1', changesLicence: true })).toBe('403');
    expect(answer(admin, 'doctor.manage', { doctorId: 'd-1', changesLicence: true })).toBe('allow');
    expect(answer(doctor, 'doctor.set_status', {})).toBe('allow');
    expect(answer(admin, 'doctor.set_status', {})).toBe('403');
  });

  it('accounts: self or admin; only an admin (de)activates, never their own account', () => {
    expect(answer(patient, 'user.read', { userId: 'u-pat' })).toBe('allow');
    expect(answer(admin, 'user.read', { userId: 'u-pat' })).toBe('allow');
    expect(answer(patient, 'user.edit', { userId: 'u-doc' })).toBe('USER_NOT_FOUND');
    expect(answer(patient, 'user.edit', { userId: 'u-pat', setsActive: true })).toBe('403');
    expect(answer(admin, 'user.edit', { userId: 'u-pat', setsActive: true, deactivates: true })).toBe('allow');
    expect(answer(admin, 'user.edit', { userId: 'u-admin', setsActive: true, deactivates: true })).toBe('403');
    expect(answer(admin, 'notification.send', {})).toBe('allow');
    expect(answer(doctor, 'notification.send', {})).toBe('403');
    expect(answer(admin, 'job.list', {})).toBe('allow');
    expect(answer(doctor, 'job.list', {})).toBe('403');
  });

  it('refusals are the 403s and 404s, and each 404 has its code', () => {
    expect(isRefusal(new ForbiddenError())).toBe(true);
    expect(isRefusal(notFound('doctor'))).toBe(true);
    expect(notFound('doctor')).toBeInstanceOf(NotFoundError);
    expect(notFound('doctor').code).toBe('DOCTOR_NOT_FOUND');
    expect(isRefusal(new Error('boom'))).toBe(false);
  });

  it("gives a doctor-only action the caller's doctor id, and refuses anyone else with 403", () => {
    const policy = new AccessPolicy({} as never);
    expect(policy.doctorIdOf(doctor)).toBe('d-1');
    expect(() => policy.doctorIdOf(admin)).toThrow(ForbiddenError);
    expect(() => policy.doctorIdOf({ ...doctor, doctorId: null })).toThrow(ForbiddenError);
  });
});
