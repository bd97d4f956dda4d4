import type { AccountFieldsDto } from './dto/users.dto';
import type { UserEntity } from './user.entity';

/** The name and phone an edit sets on the user row (`undefined` keeps a field, `null` clears the phone). */
export function accountChanges(dto: AccountFieldsDto): Partial<Pick<UserEntity, 'fullName' | 'phone'>> {
  const changes: Partial<Pick<UserEntity, 'fullName' | 'phone'>> = {};
  if (dto.fullName !== undefined) {
    changes.fullName = dto.fullName;
  }
  if (dto.phone !== undefined) {
    changes.phone = dto.phone;
  }
  return changes;
}

/**
 * A patient or doctor profile spans two rows (the name and phone live on the user): it changed when either did, so
 * an edit through `/users/:id` shows in the profile's `updatedAt` too.
 */
export function profileUpdatedAt(profile: { updatedAt: Date; user: { updatedAt: Date } }): Date {
  return profile.user.updatedAt > profile.updatedAt ? profile.user.updatedAt : profile.updatedAt;
}
