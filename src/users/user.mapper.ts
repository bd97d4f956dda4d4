import type { User } from '@app/contracts';
import type { UserEntity } from './user.entity';

export interface UserWithProfiles {
  user: UserEntity;
  patientId: string | null;
  doctorId: string | null;
}

export function toUserResponse({ user, patientId, doctorId }: UserWithProfiles): User {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    phone: user.phone,
    isActive: user.isActive,
    patientId,
    doctorId,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
