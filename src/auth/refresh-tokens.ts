import type { EntityManager } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity';

/**
 * Revokes every live refresh token of a user (password change, deactivation). A used one needs nothing: presenting
 * it again is reuse, which revokes its family anyway.
 */
export async function revokeAllRefreshTokens(em: EntityManager, userId: string): Promise<void> {
  await em
    .createQueryBuilder()
    .update(RefreshTokenEntity)
    .set({ revokedAt: () => 'now()' })
    .where('user_id = :userId AND revoked_at IS NULL AND used_at IS NULL', { userId })
    .execute();
}

/** Revokes a whole login (token family): used on logout and when a used token is presented again. */
export async function revokeRefreshFamily(em: EntityManager, familyId: string): Promise<void> {
  await em
    .createQueryBuilder()
    .update(RefreshTokenEntity)
    .set({ revokedAt: () => 'now()' })
    .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
    .execute();
}
