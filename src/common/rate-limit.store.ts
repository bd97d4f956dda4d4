import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { COUNT_ONLY, limiterFor } from './rate-limit/limiters';
import { REDIS } from './redis/redis.module';

export interface WindowCount {
  count: number;
  /** Seconds until the window resets. */
  retryAfter: number;
}

/**
 * Counting windows for the login, registration and API-key brakes, on the service's one limiter
 * (`rate-limit/limiters.ts`): in memory for one instance, in Redis under `REDIS_PREFIX` when `REDIS_URL` is set. The
 * callers compare the count with their own limits. A Redis outage fails the request (503): guesses at passwords are
 * not let through.
 */
@Injectable()
export class RateLimitStore {
  private readonly counter: RateLimiterAbstract;

  constructor(@Inject(REDIS) redis: Redis | null, @Inject(APP_CONFIG) config: AppConfig) {
    // Every hit names its own window; the one-second default only bounds a count a release might leave behind.
    this.counter = limiterFor(redis, {
      keyPrefix: `${config.redisPrefix}:rl`,
      points: COUNT_ONLY,
      windowSeconds: 1,
      blockSeconds: 0,
    });
  }

  async hit(key: string, windowSeconds: number): Promise<WindowCount> {
    const res = await this.counter.consume(key, 1, { customDuration: windowSeconds });
    return {
      count: res.consumedPoints,
      retryAfter: res.msBeforeNext > 0 ? Math.ceil(res.msBeforeNext / 1000) : windowSeconds,
    };
  }

  /**
   * Gives one hit back: an attempt that turned out not to count. A count never stays below zero: a release after the
   * window ended, or two at once for one hit, would otherwise leave credit for more attempts. What a release below
   * zero creates lives at most the one-second default window, and is put back to zero at once.
   */
  async release(key: string): Promise<void> {
    const after = await this.counter.reward(key, 1);
    if (after.consumedPoints < 0) {
      await this.counter.penalty(key, -after.consumedPoints);
    }
  }

  async reset(key: string): Promise<void> {
    await this.counter.delete(key);
  }
}
