import type { Patient } from '@app/contracts';
import type { PatientEntity } from './patient.entity';
import { profileUpdatedAt } from '../users/account-fields';

/** `patient.user` must be loaded (the repository always joins it). */
export function toPatientResponse(patient: PatientEntity): Patient {
  return {
    id: patient.id,
    userId: patient.userId,
    fullName: patient.user.fullName,
    email: patient.user.email,
    phone: patient.user.phone,
    dateOfBirth: patient.dateOfBirth,
    gender: patient.gender,
    bloodType: patient.bloodType,
    allergies: patient.allergies,
    address: patient.address,
    emergencyContact: patient.emergencyContact,
    createdAt: patient.createdAt.toISOString(),
    updatedAt: profileUpdatedAt(patient).toISOString(),
  };
}
