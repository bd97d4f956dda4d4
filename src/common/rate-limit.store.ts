import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { REDIS } from './redis/redis.module';

export interface WindowCount {
  count: number;
  /** Seconds until the window resets. */
  retryAfter: number;
}

/**
 * Fixed-window counters for rate limits: in memory for one instance, in Redis (shared by every instance)
 * when `REDIS_URL` is set.
 */
@Injectable()
export class RateLimitStore {
  private readonly memory = new Map<string, { count: number; resetAt: number }>();

  /** Under `REDIS_PREFIX`, like every other key of this deployment. */
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.prefix = `${config.redisPrefix}:rl:`;
  }

  async hit(key: string, windowSeconds: number): Promise<WindowCount> {
    if (this.redis) {
      const redisKey = this.prefix + key;
      const result = await this.redis.multi().incr(redisKey).expire(redisKey, windowSeconds, 'NX').ttl(redisKey).exec();
      const count = Number(result?.[0]?.[1] ?? 1);
      const ttl = Number(result?.[2]?.[1] ?? windowSeconds);
      return { count, retryAfter: ttl > 0 ? ttl : windowSeconds };
    }
    const now = Date.now();
    this.sweep(now);
    const entry = this.memory.get(key);
    if (!entry || entry.resetAt <= now) {
      this.memory.set(key, { count: 1, resetAt: now + windowSeconds * 1000 });
      return { count: 1, retryAfter: windowSeconds };
    }
    entry.count += 1;
    return { count: entry.count, retryAfter: Math.ceil((entry.resetAt - now) / 1000) };
  }

  async peek(key: string): Promise<WindowCount> {
    if (this.redis) {
      const [count, ttl] = await Promise.all([this.redis.get(this.prefix + key), this.redis.ttl(this.prefix + key)]);
      return { count: Number(count ?? 0), retryAfter: ttl > 0 ? ttl : 0 };
    }
    const entry = this.memory.get(key);
    const now = Date.now();
    if (!entry || entry.resetAt <= now) {
      return { count: 0, retryAfter: 0 };
    }
    return { count: entry.count, retryAfter: Math.ceil((entry.resetAt - now) / 1000) };
  }

  async reset(key: string): Promise<void> {
    if (this.redis) {
      await this.redis.del(this.prefix + key);
      return;
    }
    this.memory.delete(key);
  }

  /** Bounded memory: expired windows are dropped as new ones arrive. */
  private sweep(now: number): void {
    if (this.memory.size < 10_000) {
      return;
    }
    for (const [key, entry] of this.memory) {
      if (entry.resetAt <= now) {
        this.memory.delete(key);
      }
    }
  }
}
