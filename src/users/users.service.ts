import { Injectable } from '@nestjs/common';
import { pageOf, type Page, type User } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import type { Actor } from '../auth/actor';
import { RefreshTokensRepository } from '../auth/refresh-tokens.repository';
import type { AccessRevokedEvent, RecordedEvent } from '../common/domain-events';
import { AccessPolicy, notFound } from '../access/access-policy';
import { AppError } from '../common/errors/app-error';
import { offsetOf } from '../common/http/pagination.dto';
import type { ChangePasswordDto, ListUsersQueryDto, UpdateUserDto } from './dto/users.dto';
import { PasswordService } from './password.service';
import { toUserResponse } from './user.mapper';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { accountChanges } from './account-fields';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly passwords: PasswordService,
    private readonly events: DomainEventPublisher,
    private readonly access: AccessPolicy,
  ) {}

  /** In the transaction that retires the tokens: once it commits, caches forget the user and their sockets close. */
  private accessRevoked(
    em: EntityManager,
    userId: string,
    reason: AccessRevokedEvent['reason'],
  ): Promise<RecordedEvent<'user.access_revoked'>> {
    return this.events.record(em, { name: 'user.access_revoked', payload: { userId, reason } });
  }

  async listUsers(_actor: Actor, query: ListUsersQueryDto): Promise<Page<User>> {
    const [rows, total] = await this.users.findPage(query, offsetOf(query), query.limit);
    return pageOf(rows.map(toUserResponse), total, query.page, query.limit);
  }

  /** Self or admin; anyone else learns nothing (404). */
  async getUser(actor: Actor, id: string): Promise<User> {
    this.access.require(actor, 'user.read', { userId: id });
    const found = await this.users.findById(id);
    if (!found) {
      throw notFound('user');
    }
    return toUserResponse(found);
  }

  async updateUser(actor: Actor, id: string, dto: UpdateUserDto): Promise<User> {
    this.access.require(actor, 'user.edit', {
      userId: id,
      setsActive: dto.isActive !== undefined,
      deactivates: dto.isActive === false,
    });
    let revoked: RecordedEvent<'user.access_revoked'> | null = null;
    const updated = await this.users.transaction(async (em) => {
      const user = await this.users.findForUpdate(id, em);
      if (!user) {
        throw notFound('user');
      }
      const changes: Partial<UserEntity> = accountChanges(dto);
      if (dto.isActive !== undefined && dto.isActive !== user.isActive) {
        changes.isActive = dto.isActive;
        if (!dto.isActive) {
          changes.tokenVersion = user.tokenVersion + 1;
          await this.refreshTokens.revokeAllOfUser(id, em);
          revoked = await this.accessRevoked(em, id, 'deactivated');
        }
      }
      if (Object.keys(changes).length > 0) {
        await this.users.update(id, changes, em);
      }
      return toUserResponse((await this.users.findById(id, em))!);
    });
    if (revoked) {
      this.events.publish(revoked);
    }
    return updated;
  }

  async changePassword(actor: Actor, dto: ChangePasswordDto): Promise<void> {
    const user = await this.users.findCredentialsById(actor.userId);
    if (!user || !(await this.passwords.verify(dto.currentPassword, user.passwordHash))) {
      throw new AppError('WRONG_PASSWORD', 'The current password is wrong');
    }
    const passwordHash = await this.passwords.hash(dto.newPassword);
    const revoked = await this.users.transaction(async (em) => {
      await this.users.setPassword(actor.userId, passwordHash, em);
      await this.refreshTokens.revokeAllOfUser(actor.userId, em);
      return this.accessRevoked(em, actor.userId, 'password_changed');
    });
    this.events.publish(revoked);
  }

  /** Deactivates (never deletes): the data stays, the tokens stop working. */
  async deactivateUser(actor: Actor, id: string): Promise<void> {
    await this.updateUser(actor, id, { isActive: false });
  }
}
