import type { DoctorEntity } from './doctor.entity';
import type { DoctorProfileDto } from './dto/doctor-profile.dto';

export type NewDoctorProfile = Pick<
  DoctorEntity,
  'userId' | 'specialization' | 'licenseNumber' | 'yearsOfExperience' | 'bio' | 'timezone'
>;

/** The row a registration's doctor block makes (the defaults of the contract filled in). */
export function doctorProfileRow(userId: string, profile: DoctorProfileDto): NewDoctorProfile {
  return {
    userId,
    specialization: profile.specialization,
    licenseNumber: profile.licenseNumber,
    yearsOfExperience: profile.yearsOfExperience ?? null,
    bio: profile.bio ?? null,
    timezone: profile.timezone ?? 'UTC',
  };
}
