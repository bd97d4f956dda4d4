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

  /** Gives one hit back (never below zero): an attempt that turned out not to count. */
  async release(key: string): Promise<void> {
    if (this.redis) {
      const redisKey = this.prefix + key;
      // DECR of a missing key would create -1: only an existing, positive count goes down.
      await this.redis.eval(
        "local n = redis.call('GET', KEYS[1]) if n and tonumber(n) > 0 then redis.call('DECR', KEYS[1]) end return 0",
        1,
        redisKey,
      );
      return;
    }
    const entry = this.memory.get(key);
    if (entry && entry.count > 0) {
      entry.count -= 1;
    }
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
