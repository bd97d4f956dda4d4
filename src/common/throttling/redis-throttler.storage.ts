import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { MemoryFixedWindows, RedisFixedWindows, type FixedWindows } from '../rate-limit/fixed-windows';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * `@nestjs/throttler`'s storage on the service's one counter (`fixed-windows.ts`). A store outage lets requests
 * through (and logs it): the churn limit is a brake, while overlaps and the booking limit are held by the database.
 */
export class WindowsThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('Throttling');

  constructor(private readonly windows: FixedWindows = new MemoryFixedWindows()) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    try {
      const hit = await this.windows.increment(key, ttl, limit, blockDuration);
      return {
        totalHits: hit.hits,
        timeToExpire: Math.max(0, Math.ceil(hit.windowMs / 1000)),
        isBlocked: hit.blockMs > 0,
        timeToBlockExpire: Math.max(0, Math.ceil(hit.blockMs / 1000)),
      };
    } catch (error) {
      this.logger.warn({ err: error }, 'rate limit store unavailable; request let through');
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}

/** Throttler counters in Redis, shared by every instance, under `REDIS_PREFIX`. */
export class RedisThrottlerStorage extends WindowsThrottlerStorage {
  constructor(redis: Redis, prefix: string) {
    super(new RedisFixedWindows(redis, `${prefix}:throttle`));
  }
}
