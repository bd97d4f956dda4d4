import type { Doctor, DoctorStatus } from '@app/contracts';
import type { UserEntity } from '../users/user.entity';
import type { DoctorEntity } from './doctor.entity';
import { profileUpdatedAt } from '../users/account-fields';

/** A doctor with its user loaded (name, email and phone live on the user). */
export type DoctorWithUser = DoctorEntity & { user: UserEntity };

/** `offline` while no socket of the doctor is connected, else the status they chose. */
export function doctorStatusOf(doctor: Pick<DoctorEntity, 'isOnline' | 'preferredStatus'>): DoctorStatus {
  return doctor.isOnline ? doctor.preferredStatus : 'offline';
}

export function toDoctorResponse(doctor: DoctorWithUser): Doctor {
  return {
    id: doctor.id,
    userId: doctor.userId,
    fullName: doctor.user.fullName,
    email: doctor.user.email,
    phone: doctor.user.phone,
    specialization: doctor.specialization,
    licenseNumber: doctor.licenseNumber,
    yearsOfExperience: doctor.yearsOfExperience,
    bio: doctor.bio,
    timezone: doctor.timezone,
    isOnline: doctor.isOnline,
    status: doctorStatusOf(doctor),
    lastSeenAt: doctor.lastSeenAt ? doctor.lastSeenAt.toISOString() : null,
    createdAt: doctor.createdAt.toISOString(),
    updatedAt: profileUpdatedAt(doctor).toISOString(),
  };
}
