import { Inject, Injectable } from '@nestjs/common';
import { hashApiKey } from '../api-keys/api-key-secrets';
import { ApiKeyUsage } from '../api-keys/api-key-usage';
import { ApiKeysRepository } from '../api-keys/api-keys.repository';
import { AppError, TooManyRequestsError } from '../common/errors/app-error';
import { RateLimitStore } from '../common/rate-limit.store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Actor, ApiKeyRow } from './actor';
import { ActorCache } from './actor-cache';

/** The fixed window of `RATE_LIMIT_API_KEY_PER_MINUTE`. */
const API_KEY_WINDOW_SECONDS = 60;

/** A revoked or expired key is refused; the cache may only accept (a refusal is the database's word, as for users). */
function accepts(row: ApiKeyRow | undefined, now: number): row is ApiKeyRow {
  return row !== undefined && row.revoked_at === null && (row.expires_at === null || row.expires_at.getTime() > now);
}

/**
 * Turns a presented API key into its caller, `{ userId: <key id>, role: 'integration', scopes }`: found by the key's
 * SHA-256 (remembered in `ActorCache` like a user's row, forgotten on revocation on every instance), refused when
 * revoked or expired (401), counted against the key's own limit (429), and its use noted for `lastUsedAt`.
 */
@Injectable()
export class ApiKeyActors {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly cache: ActorCache,
    private readonly usage: ApiKeyUsage,
    private readonly limits: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async actorFor(key: string): Promise<Actor> {
    const hash = hashApiKey(key);
    const now = Date.now();
    let row = this.cache.getKey(hash);
    if (!accepts(row, now)) {
      const mark = this.cache.mark();
      row = await this.keys.findByHash(hash);
      if (!accepts(row, now)) {
        throw new AppError('UNAUTHORIZED', 'Missing, invalid, revoked or expired API key');
      }
      this.cache.storeKey(hash, row, mark);
    }
    await this.limit(row.id);
    this.usage.touch(row.id);
    return { userId: row.id, role: 'integration', patientId: null, doctorId: null, scopes: row.scopes };
  }

  /** Each key's own fixed window (the service's one counter, shared through Redis when configured). */
  private async limit(apiKeyId: string): Promise<void> {
    const max = this.config.rateLimit.apiKeyPerMinute;
    if (max === 0) {
      return;
    }
    const window = await this.limits.hit(`api-key:${apiKeyId}`, API_KEY_WINDOW_SECONDS);
    if (window.count > max) {
      throw new TooManyRequestsError('Too many requests with this API key; try again later', window.retryAfter);
    }
  }
}
