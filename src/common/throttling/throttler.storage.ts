import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { limiterFor, refusalOf, wholeSeconds } from '../rate-limit/limiters';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * `@nestjs/throttler`'s storage on the service's one limiter (`rate-limit/limiters.ts`): in memory, or in Redis under
 * `REDIS_PREFIX` (shared by every instance). A store outage lets requests through (and logs it): the churn limit is a
 * brake, while overlaps and the booking limit are held by the database.
 */
export class LimiterThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('Throttling');
  /** One limiter per throttler shape (window, limit, block); the service declares one. */
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(
    private readonly redis: Redis | null = null,
    private readonly keyPrefix = 'throttle',
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const limiter = this.limiterOf(wholeSeconds(ttl), limit, wholeSeconds(blockDuration));
    try {
      const passed = await limiter.consume(key);
      return {
        totalHits: passed.consumedPoints,
        timeToExpire: Math.ceil(passed.msBeforeNext / 1000),
        isBlocked: false,
        timeToBlockExpire: 0,
      };
    } catch (rejection) {
      const refused = refusalOf(rejection);
      if (refused) {
        const seconds = wholeSeconds(refused.msBeforeNext);
        return {
          totalHits: refused.consumedPoints,
          timeToExpire: seconds,
          isBlocked: true,
          timeToBlockExpire: seconds,
        };
      }
      this.logger.warn({ err: rejection }, 'rate limit store unavailable; request let through');
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  private limiterOf(windowSeconds: number, points: number, blockSeconds: number): RateLimiterAbstract {
    const shape = `${windowSeconds}:${points}:${blockSeconds}`;
    const known = this.limiters.get(shape);
    if (known) {
      return known;
    }
    const limiter = limiterFor(this.redis, { keyPrefix: this.keyPrefix, points, windowSeconds, blockSeconds });
    this.limiters.set(shape, limiter);
    return limiter;
  }
}

/** Throttler counters in Redis, shared by every instance, under `REDIS_PREFIX`. */
export function throttlerStorageFor(redis: Redis | null, prefix: string): LimiterThrottlerStorage {
  return new LimiterThrottlerStorage(redis, `${prefix}:throttle`);
}
