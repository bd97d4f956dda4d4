import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { Role } from '@app/contracts';
import type Redis from 'ioredis';
import type { RecordedEvent } from '../common/domain-events';
import type { ApiKeyRow } from './actor';
import { subscriberOf } from '../common/redis/redis-clients';
import { REDIS } from '../common/redis/redis.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** What authentication needs of a user: read from `users` (+ profile ids) and compared with the token. */
export interface ActorRow {
  id: string;
  role: Role;
  is_active: boolean;
  token_version: number;
  patient_id: string | null;
  doctor_id: string | null;
}

/** Far more callers than any clinic has at once; past it the oldest entry goes. */
const MAX_ENTRIES = 50_000;

/**
 * Remembers the callers' user rows for `ACTOR_CACHE_TTL_MS`, so an authenticated request does not read `users`
 * every time (it was one of the two statements of `GET /appointments/:id`).
 *
 * Only what retires tokens can make an entry wrong — deactivation and a password change (`token_version`); roles and
 * profile ids never change after registration — and both raise `user.access_revoked` (published after their commit). That event
 * forgets the user here and, through Redis pub/sub, on every other instance. Two more rules keep it safe:
 * - a cached row can only *accept* a token; a token it would refuse is checked against the database again, so an
 *   instance that has not yet heard of a new `token_version` never refuses the new tokens;
 * - a row read before an invalidation is not stored after it (`generation`), so a request racing a deactivation
 *   cannot put the old row back.
 * If a pub/sub message were lost, another instance would trust the old row for at most the TTL. Socket handshakes
 * never use it (`AccessTokenAuthenticator.authenticateSocket`): a socket lasts until its token expires.
 *
 * API keys are remembered the same way, by the hash of the key, and forgotten the same way: a revoked key raises
 * `api_key.revoked`, which goes down this very path (`revokeEverywhere`: forget here, publish the id on the same
 * channel, every instance forgets it), with the same generation rule.
 */
@Injectable()
export class ActorCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ActorCache.name);
  private readonly entries = new Map<string, { row: ActorRow; expiresAt: number }>();
  /** API keys by the hash of the key, and the hash of each remembered key id (revocations name the id). */
  private readonly keys = new Map<string, { row: ApiKeyRow; expiresAt: number }>();
  private readonly keyHashes = new Map<string, string>();
  private readonly ttlMs: number;
  private readonly channel: string;
  private subscriber: Redis | null = null;
  /** Bumped by every invalidation: a read that started before one must not be stored. */
  private invalidations = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {
    this.ttlMs = config.actorCacheTtlMs;
    this.channel = `${config.redisPrefix}:actor-invalidated`;
  }

  onModuleInit(): void {
    if (!this.redis || this.ttlMs === 0) {
      return;
    }
    this.subscriber = subscriberOf(this.redis);
    this.subscriber.on('message', (_channel: string, userId: string) => this.forget(userId));
    this.subscriber.on('error', (error: Error) => this.logger.warn(`actor invalidation channel: ${error.message}`));
    // Not awaited: an instance starts while Redis is down, as the rest of the app does. The subscription is made once
    // Redis answers (`subscriberOf`: it waits, and after a reconnect ioredis subscribes again). Until then this
    // instance hears only its own revocations; the TTL bounds the rest.
    this.subscriber.subscribe(this.channel).catch((error: Error) => {
      this.logger.warn(`could not subscribe to ${this.channel} yet: ${error.message}`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const subscriber = this.subscriber;
    this.subscriber = null;
    if (subscriber && subscriber.status !== 'end') {
      await subscriber.quit().catch(() => subscriber.disconnect());
    }
  }

  get(userId: string): ActorRow | undefined {
    const entry = this.entries.get(userId);
    if (!entry) {
      return undefined;
    }
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(userId);
      return undefined;
    }
    return entry.row;
  }

  /** Take before reading the row; pass to `store`. */
  mark(): number {
    return this.invalidations;
  }

  store(row: ActorRow, mark: number): void {
    if (this.ttlMs === 0 || mark !== this.invalidations) {
      return;
    }
    this.entries.delete(row.id);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) {
        this.entries.delete(oldest.value);
      }
    }
    this.entries.set(row.id, { row, expiresAt: Date.now() + this.ttlMs });
  }

  getKey(hash: string): ApiKeyRow | undefined {
    const entry = this.keys.get(hash);
    if (!entry) {
      return undefined;
    }
    if (entry.expiresAt <= Date.now()) {
      this.keys.delete(hash);
      this.keyHashes.delete(entry.row.id);
      return undefined;
    }
    return entry.row;
  }

  storeKey(hash: string, row: ApiKeyRow, mark: number): void {
    if (this.ttlMs === 0 || mark !== this.invalidations) {
      return;
    }
    if (this.keys.size >= MAX_ENTRIES) {
      const oldest = this.keys.entries().next();
      if (!oldest.done) {
        this.keys.delete(oldest.value[0]);
        this.keyHashes.delete(oldest.value[1].row.id);
      }
    }
    this.keys.set(hash, { row, expiresAt: Date.now() + this.ttlMs });
    this.keyHashes.set(row.id, hash);
  }

  /** Forgets a user or an API key (ids are UUIDs: one never names the other). */
  forget(id: string): void {
    this.invalidations += 1;
    this.entries.delete(id);
    const hash = this.keyHashes.get(id);
    if (hash !== undefined) {
      this.keyHashes.delete(id);
      this.keys.delete(hash);
    }
  }

  @OnEvent('user.access_revoked')
  onAccessRevoked({ payload: { userId } }: RecordedEvent<'user.access_revoked'>): void {
    this.revokeEverywhere(userId);
  }

  @OnEvent('api_key.revoked')
  onApiKeyRevoked({ payload: { apiKeyId } }: RecordedEvent<'api_key.revoked'>): void {
    this.revokeEverywhere(apiKeyId);
  }

  /** Forgets here, and through Redis on every other instance. */
  private revokeEverywhere(id: string): void {
    this.forget(id);
    if (this.redis && this.ttlMs > 0) {
      this.redis.publish(this.channel, id).catch((error: Error) => {
        this.logger.warn(`could not tell other instances that ${id} lost access: ${error.message}`);
      });
    }
  }
}
