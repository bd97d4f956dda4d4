import type { PatientProfileDto } from './dto/patient-profile.dto';
import type { PatientEntity } from './patient.entity';

export type NewPatientProfile = Pick<
  PatientEntity,
  'userId' | 'dateOfBirth' | 'gender' | 'bloodType' | 'allergies' | 'address' | 'emergencyContact'
>;

/** The row a registration's patient block makes; unknown fields are null (`allergies`: none known). */
export function patientProfileRow(userId: string, given?: PatientProfileDto | null): NewPatientProfile {
  // `patient` is optional at registration, and an explicit `null` means "nothing to say" too.
  const profile: PatientProfileDto = given ?? {};
  return {
    userId,
    dateOfBirth: profile.dateOfBirth ?? null,
    gender: profile.gender ?? null,
    bloodType: profile.bloodType ?? null,
    allergies: profile.allergies ?? [],
    address: profile.address ?? null,
    emergencyContact: profile.emergencyContact ? { ...profile.emergencyContact } : null,
  };
}
