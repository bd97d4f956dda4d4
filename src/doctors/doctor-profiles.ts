import type { DoctorEntity } from './doctor.entity';
import type { DoctorProfileDto } from './dto/doctor-profile.dto';

/** Monday–Friday 09:00–17:00 local time, every new doctor's starting schedule. */
export const DEFAULT_WEEKLY_HOURS = [1, 2, 3, 4, 5].map((dayOfWeek) => ({
  dayOfWeek,
  startMinute: 9 * 60,
  endMinute: 17 * 60,
}));

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
