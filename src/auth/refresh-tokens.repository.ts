import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity';

export type NewRefreshToken = Pick<RefreshTokenEntity, 'id' | 'userId' | 'familyId' | 'tokenHash' | 'expiresAt'>;

/**
 * The refresh_tokens table. Each method takes the transaction's manager when it is part of one (rotation locks the
 * row it uses; revocation commits with the change that caused it).
 */
@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction; its manager is what the other methods take to join it. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(token: NewRefreshToken, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em.insert(RefreshTokenEntity, token);
  }

  /** The token by its jti, locked until the transaction ends: two refreshes with one token cannot both use it. */
  findForUpdate(id: string, em: EntityManager): Promise<RefreshTokenEntity | null> {
    return em.findOne(RefreshTokenEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async markUsed(id: string, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em.update(RefreshTokenEntity, { id }, { usedAt: new Date() });
  }

  /**
   * Revokes every live refresh token of a user (password change, deactivation). A used one needs nothing: presenting
   * it again is reuse, which revokes its family anyway.
   */
  async revokeAllOfUser(userId: string, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL AND used_at IS NULL', { userId })
      .execute();
  }

  /** Revokes a whole login (token family): used on logout and when a used token is presented again. */
  async revokeFamily(familyId: string, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }
}
