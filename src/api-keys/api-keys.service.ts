import { Injectable } from '@nestjs/common';
import { pageOf, type ApiKey, type CreatedApiKey, type Page } from '@app/contracts';
import { AccessPolicy } from '../access/access-policy';
import type { Actor } from '../auth/actor';
import { NotFoundError, ValidationError } from '../common/errors/app-error';
import { offsetOf, type PaginationQueryDto } from '../common/http/pagination.dto';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import { newApiKey } from './api-key-secrets';
import { ApiKeysRepository } from './api-keys.repository';
import type { CreateApiKeyDto } from './dto/api-keys.dto';

/** Admins make, list and revoke API keys; a key is shown once, then only its hash is kept. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly access: AccessPolicy,
    private readonly events: DomainEventPublisher,
  ) {}

  async createKey(actor: Actor, dto: CreateApiKeyDto): Promise<CreatedApiKey> {
    this.access.require(actor, 'api_key.manage', {});
    const expiresAt = dto.expiresAt ? new Date(dto.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) {
      throw new ValidationError([{ field: 'expiresAt', message: 'expiresAt must be in the future' }]);
    }
    const { key, prefix, hash } = newApiKey();
    const scopes = [...new Set(dto.scopes)];
    const created = await this.keys.insert({
      name: dto.name,
      scopes,
      prefix,
      hash,
      createdBy: actor.userId,
      expiresAt,
    });
    return { ...created, key };
  }

  async listKeys(actor: Actor, query: PaginationQueryDto): Promise<Page<ApiKey>> {
    this.access.require(actor, 'api_key.manage', {});
    const [rows, total] = await this.keys.findPage(offsetOf(query), query.limit);
    return pageOf(rows, total, query.page, query.limit);
  }

  /**
   * Revokes at once on every instance: the revocation commits with its `api_key.revoked` event, which forgets the key
   * in every instance's `ActorCache` exactly as a deactivated user is forgotten.
   */
  async revokeKey(actor: Actor, id: string): Promise<void> {
    this.access.require(actor, 'api_key.manage', {});
    const revoked = await this.keys.transaction(async (em) => {
      if (!(await this.keys.revoke(id, em))) {
        throw new NotFoundError('API_KEY_NOT_FOUND', 'API key not found');
      }
      return this.events.record(em, { name: 'api_key.revoked', payload: { apiKeyId: id } });
    });
    this.events.publish(revoked);
  }
}
